// /stories/<slug>/share.png: the story's 1200×630 Open Graph / Twitter card image:
// headline, outlet, date and the story's lead chart (its first placed chart,
// as the standalone SVG the chart downloads use). Headline only when the story
// has no chart or the chart modules are not there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderShareCard, resvgMeasure } from '../../../lib/share-card';
import { leadChartSvg } from '../../../lib/chart-tools';
import { storyKeysOfBuild } from '../../../lib/story-index';

export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  const keys = await storyKeysOfBuild();
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: keys.card(entry) }));
}) satisfies GetStaticPaths;

const measure = resvgMeasure();

export const GET: APIRoute = async ({ props }) => {
  const d = (props as { entry: CollectionEntry<'stories'> }).entry.data;
  const figures = d.claims > 0 ? `${d.claims} ${d.claims === 1 ? 'figure' : 'figures'} traced to their sentences` : null;
  const meta = [d.period.kind === 'unknown' ? null : d.period.label, figures].filter(Boolean).join(' · ');
  const chartSvg = await leadChartSvg(d.charts, (props as { entry: CollectionEntry<'stories'> }).entry.id);
  const png = await renderShareCard({ headline: d.headline, kicker: d.outlet, meta: meta || 'Federal agents redeployed to immigration enforcement', chartSvg }, measure);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
