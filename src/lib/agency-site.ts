// Loads what the agency pages need from the build's content: the gazetteer,
// claims and facts (the figures store) and story texts.
import { getCollection } from 'astro:content';
import { defaultGazetteer } from '../pipeline/reference/agencies.ts';
import type { Claim } from '../pipeline/types.ts';
import { agencyPageParts, agencyPages, agencyTree, figures, storyMentions, type AgencyPage, type AgencyPagePart } from './agencies.ts';
import { pageLimits } from './paging.ts';
import { figuresStore } from './figures-store.ts';

// Estimated HTML bytes of a figure (its line, then one list item per sentence reporting it) and of
// a story link, for splitting long agency pages (SURGE_PAGE_ITEMS / SURGE_PAGE_WEIGHT override).
const FIGURE = 330;
const SOURCE = 90;
const STORY = 40;
export const AGENCY_PAGE_WEIGHT = 700_000;

let cache: Promise<Awaited<ReturnType<typeof build>>> | null = null;

async function build() {
  const gaz = defaultGazetteer();
  const { claims, facts } = figuresStore();
  const stories = await getCollection('stories');
  const figs = figures(claims as Claim[], facts);
  const mentions = storyMentions(stories.map((s) => [s.id, s.body] as const), gaz);
  const tree = agencyTree(gaz.agencies, [...figs.flatMap((f) => f.entity), ...[...mentions.values()].flat()]);
  const pages = agencyPages(tree, figs, mentions);
  const headlines = new Map(stories.map((s) => [s.id, s.data.headline]));
  const weight = {
    figure: (f: (typeof figs)[number]) => FIGURE + f.subject.length + f.claims.reduce((n, c) => n + SOURCE + 2 * c.slug.length + c.id.length + c.quote.length + (headlines.get(c.slug)?.length ?? 0), 0),
    story: (slug: string) => STORY + slug.length + (headlines.get(slug)?.length ?? 0),
  };
  const limits = pageLimits(AGENCY_PAGE_WEIGHT);
  const parts = new Map<string, AgencyPagePart[]>(pages.map((p) => [p.node.slug, agencyPageParts(p, limits, weight)]));
  return { tree, pages, parts, headlines, bySlug: new Map<string, AgencyPage>(pages.map((p) => [p.node.slug, p])) };
}

/** Built once per build and shared by the index and every agency page. */
export function agencySite() {
  return (cache ??= build());
}
