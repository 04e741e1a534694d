// Cache keys of story pages and share cards (Astro's experimental.incrementalBuild reuses last
// build's file when the key and the page's code are unchanged). Pure: the inputs are plain data,
// so the keys are tested without Astro (tests/unit/story-keys.test.ts).
//
// Why not hash what the page shows: a fact reported by many stories carries every source and
// every claim id, and a story's chart rows list every story that reports the fact (with its
// headline). Hashing those per story made the keys quadratic in the archive: at 2,000 stories
// the top fact has 1,274 sources; at 10,000 the story route's getStaticPaths held every story's
// list of source headlines at once (issue 20, bench/notes.md "heap20b"). So each fact is hashed
// once per build, with what a page draws from it (its record, its /data/ page, each source's
// headline and chart metadata), and a story hashes its own records plus its facts' digests.
// The charts are covered by their inputs: a story's charts are built from the story's claims,
// facts, checks and places and from archive-wide reference data (src/charts/registry.ts,
// storyData), hashed once.
import { createHash } from 'node:crypto';
import { storyOf } from '../model/ids.ts';
import type { ChartData } from '../charts/types.ts';
import type { CheckData, ClaimData, FactData } from './figures-store.ts';

const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('base64url');

export interface StoryKeyInputs {
  claimsBySlug: Map<string, ClaimData[]>;
  factById: Map<string, FactData>;
  checksByClaim: Map<string, CheckData[]>;
  sentenceChecksBySlug: Map<string, CheckData[]>;
  headlineBySlug: Map<string, string>;
  /** Page of /data/ that lists each fact (the story links there). */
  pageOf: Map<string, number>;
  /** What the charts are built from. */
  charts: Pick<ChartData, 'facts' | 'checks' | 'places' | 'series' | 'cities' | 'stories' | 'agencies'>;
}

export interface StoryEntry {
  id: string;
  data: unknown;
  body?: string;
}

export interface StoryKeys {
  page(entry: StoryEntry): string;
  card(entry: StoryEntry): string;
  /** Facts hashed so far (each once, however many stories report it). */
  factsHashed(): number;
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function storyKeys(inp: StoryKeyInputs): StoryKeys {
  const metaBySlug = new Map(inp.charts.stories.map((s) => [s.slug, s]));
  // The registry's per-story scope (storyData): facts by source, checks by their id's story, places by slug.
  const chartFacts = new Map<string, string[]>();
  for (const f of inp.charts.facts) for (const slug of new Set(f.sources)) push(chartFacts, slug, f.id);
  const chartChecks = new Map<string, unknown[]>();
  for (const c of inp.charts.checks) push(chartChecks, storyOf(c.claim_id), c);
  const chartPlaces = new Map<string, unknown[]>();
  for (const p of inp.charts.places) push(chartPlaces, p.slug, p);

  let archive: string | null = null;
  const archiveDigest = () => (archive ??= sha({ series: inp.charts.series, cities: inp.charts.cities, agencies: inp.charts.agencies ?? null }));

  const digests = new Map<string, string>();
  const fact = (id: string): string => {
    let d = digests.get(id);
    if (d === undefined) {
      const f = inp.factById.get(id) ?? null;
      const sources = (f?.sources ?? []).map((s) => [s, inp.headlineBySlug.get(s) ?? null, metaBySlug.get(s) ?? null]);
      d = sha({ fact: f, page: inp.pageOf.get(id) ?? 1, sources });
      digests.set(id, d);
    }
    return d;
  };

  const charts = (slug: string) => ({
    facts: (chartFacts.get(slug) ?? []).map(fact),
    checks: chartChecks.get(slug) ?? [],
    places: chartPlaces.get(slug) ?? [],
    archive: archiveDigest(),
  });

  return {
    /**
     * Everything a story page draws from besides its code: the story (frontmatter and text), its
     * claims and checks, the facts they belong to and the facts those conflict with (each with its
     * /data/ page and its sources' headlines), and the inputs of the story's charts.
     */
    page(entry) {
      const claims = inp.claimsBySlug.get(entry.id) ?? [];
      const factIds = [...new Set(claims.map((c) => c.fact_id).filter((id): id is string => !!id))].sort();
      const conflictIds = [...new Set(factIds.flatMap((id) => inp.factById.get(id)?.conflicts ?? []))].sort();
      return sha({
        data: entry.data,
        body: entry.body,
        claims,
        checks: claims.map((c) => inp.checksByClaim.get(c.id) ?? []),
        sentenceChecks: inp.sentenceChecksBySlug.get(entry.id) ?? [],
        facts: factIds.map((id) => [id, fact(id)]),
        conflicts: conflictIds.map((id) => [id, fact(id)]),
        charts: charts(entry.id),
      });
    },
    /** The share card: its frontmatter and the inputs of its lead chart (the story's charts). */
    card(entry) {
      return sha({ data: entry.data, charts: charts(entry.id) });
    },
    factsHashed: () => digests.size,
  };
}
