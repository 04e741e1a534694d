// Lookups shared by every story page (claims by story, facts by id, checks by claim, headlines),
// built once per build. Each story page and each number in it used to scan whole collections,
// which made the build quadratic in the archive's size. The figures' lookups are the figures
// store's (src/lib/figures-store.ts, which re-reads changed files in `astro dev`); in dev the
// stories change under the server too, so the index is rebuilt on every request there.
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { chartData } from '../charts/data';
import { chartSpecs } from '../charts/registry';
import { dataPages } from './data-pages';
import { figuresStore } from './figures-store';

async function build() {
  const stories = await getCollection('stories');
  const headlineBySlug = new Map(stories.map((s) => [s.id, s.data.headline]));
  const { claimById, claimsBySlug, factById, checksByClaim, sentenceChecksBySlug } = figuresStore();
  return { headlineBySlug, claimById, claimsBySlug, factById, checksByClaim, sentenceChecksBySlug };
}

let cache: ReturnType<typeof build> | null = null;

export function storyIndex(): ReturnType<typeof build> {
  if (import.meta.env.DEV) return build();
  return (cache ??= build());
}

const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('base64url');

/**
 * Everything a story page draws from besides its own code, hashed: Astro's incremental build
 * (experimental.incrementalBuild) reuses last build's page when this key and the page's code
 * are unchanged. It covers the story (frontmatter and text), its claims and checks, the facts
 * they belong to with every source's headline, the facts they conflict with, and the story's
 * charts (whose specs carry the reference series and headlines they show), and the page of
 * /data/ each of those facts is on (the story links there; other stories' facts can move it).
 */
export async function storyPageKey(entry: CollectionEntry<'stories'>): Promise<string> {
  const ix = await storyIndex();
  const claims = ix.claimsBySlug.get(entry.id) ?? [];
  const factIds = [...new Set(claims.map((c) => c.fact_id).filter((id): id is string => !!id))].sort();
  const facts = factIds.map((id) => ix.factById.get(id) ?? null);
  const conflictIds = [...new Set(facts.flatMap((f) => f?.conflicts ?? []))].sort();
  const sources = [...new Set(facts.flatMap((f) => f?.sources ?? []))].sort();
  const { pageOf } = await dataPages();
  return sha({
    data: entry.data,
    body: entry.body,
    claims,
    checks: claims.map((c) => ix.checksByClaim.get(c.id) ?? []),
    sentenceChecks: ix.sentenceChecksBySlug.get(entry.id) ?? [],
    facts,
    conflicts: conflictIds.map((id) => ix.factById.get(id) ?? null),
    factPages: [...factIds, ...conflictIds].map((id) => pageOf.get(id) ?? 1),
    headlines: sources.map((s) => [s, ix.headlineBySlug.get(s) ?? null]),
    charts: chartSpecs(await chartData(), { story: entry.id }),
  });
}

/** The same for the story's share card: its frontmatter and its lead chart. */
export async function storyCardKey(entry: CollectionEntry<'stories'>): Promise<string> {
  const specs = chartSpecs(await chartData(), { story: entry.id });
  return sha({ data: entry.data, charts: specs.filter((s) => entry.data.charts.includes(s.id)) });
}
