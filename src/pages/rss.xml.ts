// /rss.xml: one item per story, newest estimated period first (the front page's order).
// RSS needs absolute links. With SITE_URL they are absolute; without it the
// feed is still built, with links as root-relative paths under the base path
// (feed readers resolve them against the feed's own URL), so a site deployed
// without a configured URL still has a usable feed.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { newestFirst } from '../lib/story-order.ts';
import { getCollection } from 'astro:content';
import { plainLead } from '../lib/structured-data';
import { url } from '../lib/paths';

// Reserved TLD (RFC 2606): stands in for the site while @astrojs/rss builds the feed, then removed.
const PLACEHOLDER = 'https://surge-desk.invalid';

export async function GET(context: APIContext) {
  // The newest 50: a feed reader wants what is new, not the whole archive on every poll.
  const stories = (await getCollection('stories')).sort(newestFirst).slice(0, 50);
  // The channel links to the front page: the site URL plus the base path.
  const site = new URL(import.meta.env.BASE_URL, context.site ?? PLACEHOLDER).href;
  const response = await rss({
    title: 'Surge Desk',
    description: 'News reports on federal agents redeployed to immigration enforcement, with every figure traced to its sentence.',
    site,
    trailingSlash: true,
    // The feed's own address, as RSS validators ask, when it is known.
    ...(context.site
      ? { xmlns: { atom: 'http://www.w3.org/2005/Atom' }, customData: `<atom:link href="${new URL('rss.xml', site).href}" rel="self" type="application/rss+xml"/>` }
      : {}),
    items: stories.map((s) => {
      const d = s.data;
      const notes = (d.corrections ?? []).map((c) => `Corrected on ${c.date}: ${c.note}`);
      return {
        title: d.headline,
        link: url(`stories/${s.id}/`),
        // Only an editor-given date is a publication date; an estimated period goes in the text.
        ...(d.period.kind === 'sidecar' ? { pubDate: new Date(`${d.period.from}T12:00:00Z`) } : {}),
        description: [d.dek ?? plainLead(s.body, 400), d.period.kind === 'unknown' ? null : `Date: ${d.period.label}.`, ...notes].filter(Boolean).join(' '),
        ...(d.outlet ? { categories: [d.outlet] } : {}),
      };
    }),
  });
  if (context.site) return response;
  const xml = (await response.text()).replaceAll(PLACEHOLDER, '');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
