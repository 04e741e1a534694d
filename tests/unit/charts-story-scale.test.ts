// A story's charts at archive scale (issue 20): a figure that many stories report must not make
// every one of those stories pay for all the others. Work is counted, not timed: the facts' source
// and claim lists and the stories' headlines and periods are read through counting proxies, so the
// test fails on a build that copies, sorts or looks up a shared fact's lists for each story, whatever
// the code that does it (timing would only tell on a quiet machine).
import { describe, expect, it } from 'vitest';
import { ARCHIVE_MAX_MARKS, chartById, chartSpecs, chartWork, STORY_SPECS_KEPT } from '../../src/charts/registry.ts';
import { chartCsv } from '../../src/charts/csv.ts';
import { ROW_LISTED_STORIES, SPEC_LISTED_STORIES } from '../../src/charts/listed.ts';
import type { ChartData, StoryMeta } from '../../src/charts/types.ts';
import type { Check, Claim, Fact, ReferenceSeries } from '../../src/pipeline/types.ts';
import { claim, factOf, series } from './charts-fixture.ts';

/** An array whose element reads are counted (indexing, iteration, copying, sorting a copy). */
function counted<T>(items: T[], reads: { n: number }): T[] {
  return new Proxy(items, {
    get(target, key, recv) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, recv);
    },
  });
}

/**
 * `n` stories. Each reports its own deployment (a figure no other story has) and two figures
 * every story reports: a Guard request of 20,000 troops, and 1,200 agents planned by ICE.
 */
function archive(n: number) {
  const reads = { n: 0 };
  const meta = { n: 0 };
  const slug = (i: number) => `s${String(i).padStart(5, '0')}`;
  const claims: Claim[] = [];
  const facts: Fact[] = [];
  const shared = [
    { unit: 'troops', value: 20_000, status: 'requested' as const, entity: ['National Guard'] },
    { unit: 'agents', value: 1_200, status: 'planned' as const, entity: ['ICE'] },
  ];
  const sharedClaims: string[][] = shared.map(() => []);
  for (let i = 0; i < n; i++) {
    const own = claim({ id: `${slug(i)}:p1s1#n1`, value: 100 + i, unit: 'deputies', status: 'deployed', entity: ['USMS'] });
    claims.push(own);
    facts.push({ ...factOf(own), sources: counted([own.slug], reads), claims: counted([own.id], reads) });
    shared.forEach((s, k) => {
      const c = claim({ id: `${slug(i)}:p2s${k + 1}#n1`, ...s });
      claims.push(c);
      sharedClaims[k]!.push(c.id);
    });
  }
  shared.forEach((s, k) => {
    const first = claims.find((c) => c.id === sharedClaims[k]![0])!;
    // Listed out of order on purpose: the charts sort them.
    const sources = Array.from({ length: n }, (_, i) => slug(n - 1 - i));
    facts.push({ ...factOf(first), id: `f-shared-${k}`, sources: counted(sources, reads), claims: counted([...sharedClaims[k]!].reverse(), reads) });
  });
  const stories: StoryMeta[] = Array.from({ length: n }, (_, i) => {
    const m = { slug: slug(i), outlet: null, headline: `Story number ${i}`, period: { from: '2025-03-01', to: '2025-03-31', label: 'March 2025', kind: 'estimated' as const } };
    // Headline and period reads counted: a per-story walk over every source's story shows here.
    return Object.defineProperties({ slug: m.slug, outlet: null } as StoryMeta, {
      headline: { get: () => (meta.n++, m.headline), enumerable: true },
      period: { get: () => (meta.n++, m.period), enumerable: true },
    });
  });
  const data: ChartData = { claims, facts, checks: [], places: [], series: [], cities: [], stories };
  return { data, reads, meta, slug };
}

/** Counted work of building every story's charts once (the archive's charts too). */
function everyStory(n: number) {
  const a = archive(n);
  chartSpecs(a.data);
  a.reads.n = 0;
  a.meta.n = 0;
  const before = { ...chartWork };
  for (let i = 0; i < n; i++) chartSpecs(a.data, { story: a.slug(i) });
  return {
    ...a,
    listReads: a.reads.n,
    metaReads: a.meta.n,
    factLists: chartWork.factLists - before.factLists,
    storyEntries: chartWork.storyEntries - before.storyEntries,
  };
}

describe('story charts at archive scale', () => {
  it('reads a shared fact’s lists and its stories’ metadata a bounded number of times per story, not once per source', () => {
    const small = everyStory(200);
    const large = everyStory(800);
    // Linear: four times the stories, about four times the work (a per-story walk over the shared
    // facts' sources would be sixteen times). The bounds are per story, with room for constant work.
    expect(large.listReads / small.listReads).toBeLessThan(5);
    expect(large.metaReads / small.metaReads).toBeLessThan(5);
    expect(large.listReads).toBeLessThan(30 * 800);
    expect(large.metaReads).toBeLessThan(80 * 800);
    // Each shared list is built once, however many stories report the fact (here: in the archive build).
    expect(large.factLists).toBeLessThanOrEqual(800);
    // A spec names a bounded number of stories.
    expect(large.storyEntries).toBeLessThan(800 * 4 * (SPEC_LISTED_STORIES + 3 * ROW_LISTED_STORIES));
  });

  it('names the first few stories of a shared figure and counts all of them, in the story and in the archive', () => {
    const { data, slug } = archive(120);
    for (const scope of [{ story: slug(57) }, {}]) {
      const p = chartById(data, 'personnel-by-agency', scope)!;
      const guard = p.rows.find((r) => r.entity.includes('National Guard'))!;
      expect(guard.story_count).toBe(120);
      expect(guard.stories).toEqual([0, 1, 2, 3, 4].map(slug));
      // Claim ids stay whole (the CSV's machine column), sorted.
      expect(guard.claim_ids).toHaveLength(120);
      expect([...guard.claim_ids]).toEqual([...guard.claim_ids].sort());
      expect(p.story_count).toBe(120);
      expect(p.source).toMatch(/120 news articles/);
      // The spec's named stories: its first ten, and every story a row names, with headlines.
      expect(p.stories.slice(0, SPEC_LISTED_STORIES).map((s) => s.slug)).toEqual(Array.from({ length: 10 }, (_, i) => slug(i)));
      for (const r of p.rows) for (const s of r.stories) expect(p.stories.map((x) => x.slug)).toContain(s);
      expect(p.stories.length).toBeLessThanOrEqual(SPEC_LISTED_STORIES + ROW_LISTED_STORIES * p.rows.length);
      expect(p.stories[0]!.headline).toBe('Story number 0');
    }
    // The story's own figure and quote are its own.
    const own = chartById(data, 'personnel-by-agency', { story: slug(57) })!;
    expect(own.rows.find((r) => r.unit === 'deputies')!.stories).toEqual([slug(57)]);
    expect(own.rows.find((r) => r.entity.includes('ICE'))!.quote).toContain('1200');
    // The CSV counts every story of a row in its own column.
    const csv = chartCsv(own).split('\n');
    expect(csv[0]!.split(',')).toContain('story_count');
    expect(csv.some((line) => /,120,/.test(line))).toBe(true);
  });

  it('counts a source listed twice once, and a source with no story file too', () => {
    const c = claim({ id: 'k00:p1s1#n1', value: 900, unit: 'officers', status: 'deployed', entity: ['CBP'] });
    // Ten distinct sources, the first listed three times, one with no story file (and another in a second fact); a story file listed twice.
    const sources = ['k00', 'k00', 'k00', 'k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08', 'ghost'];
    const stories = [...sources.filter((x) => x !== 'ghost'), 'k00'].map((slug) => ({ slug, headline: `About ${slug}`, outlet: null, period: { from: '2025-01-01', to: '2025-01-31', label: 'January 2025' } }));
    const other = claim({ id: 'k01:p2s1#n1', value: 40, unit: 'agents', status: 'planned', entity: ['ICE'] });
    const data: ChartData = { claims: [c, other], facts: [{ ...factOf(c), sources }, { ...factOf(other), sources: ['k01', 'zz-ghost'] }], checks: [], places: [], series: [], cities: [], stories };
    for (const scope of [{}, { story: 'k01' }]) {
      const p = chartById(data, 'personnel-by-agency', scope)!;
      expect(p.story_count).toBe(11);
      expect(p.stories.slice(0, SPEC_LISTED_STORIES).map((s) => s.slug)).toEqual(['ghost', 'k00', 'k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08']);
      expect(p.stories.find((s) => s.slug === 'ghost')!.headline).toBe('ghost');
    }
  });

  it('keeps the specs of the last few stories, not of every story', () => {
    const { data, slug } = archive(STORY_SPECS_KEPT + 4);
    const first = chartSpecs(data, { story: slug(0) });
    expect(chartSpecs(data, { story: slug(0) })).toBe(first);
    for (let i = 1; i <= STORY_SPECS_KEPT; i++) chartSpecs(data, { story: slug(i) });
    // Story 0 fell out of the cache: rebuilt, equal but a new object.
    const again = chartSpecs(data, { story: slug(0) });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // A story asked for again is kept longer than the ones not asked for since.
    const kept = chartSpecs(data, { story: slug(5) });
    for (let i = 100; i < 100 + STORY_SPECS_KEPT - 1; i++) chartSpecs(data, { story: `none-${i}` });
    expect(chartSpecs(data, { story: slug(5) })).toBe(kept);
  });
});

describe('monthly view of an archive', () => {
  it('names a yearly figure\'s first stories in slug order when one slug opens another (raid, raid-02)', () => {
    // Claim ids sort "raid-02:…" before "raid:…" ('-' < ':'); the slugs must still be in slug order.
    const slugs = ['raid', ...Array.from({ length: 11 }, (_, i) => `raid-${String(i + 2).padStart(2, '0')}`)];
    const claims = slugs.map((slug) => claim({ id: `${slug}:p1s1#n1`, value: 237_000, unit: 'encounters', unit_family: 'events', qualifier: 'approx', time: 'FY2025', entity: ['CBP'] }));
    const stories = slugs.map((slug, i) => ({ slug, headline: `Raid story ${i}`, outlet: null, period: { from: '2025-01-01', to: '2025-01-31', label: 'January 2025' } }));
    const data: ChartData = { claims, facts: [], checks: [], places: [], series, cities: [], stories };
    const row = chartById(data, 'border-encounters')!.rows.find((r) => r.type === 'claim')!;
    expect(row.story_count).toBe(slugs.length);
    expect(row.stories).toEqual(slugs.slice(0, ROW_LISTED_STORIES));
  });

  it('draws the largest month totals up to the archive limit and says how many there are', () => {
    const months = Array.from({ length: 36 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const monthly: ReferenceSeries = {
      id: 'monthly_scale_test', name: 'Encounters by month (scale test)', definition: 'Per calendar month.', unit: 'encounters',
      default: false, rows: [], breaks: [], frequency: 'monthly', scope: 'southwest',
      months: months.map((month, i) => ({ month, value: 50_000 + i * 1000, source_url: 'https://example.org/m' })),
    };
    const n = ARCHIVE_MAX_MARKS * 3;
    const claims = Array.from({ length: n }, (_, i) => claim({ id: `m${i}:p1s1#n1`, value: 40_000 + i * 100, unit: 'encounters', unit_family: 'events', entity: ['USBP'] }));
    const checks: Check[] = claims.map((c, i) => ({
      claim_id: c.id, article: `${c.slug}.txt`, sentence_id: c.sentence_id, quote: '', verdict: 'consistent', series: monthly.id, fiscal_year: null,
      compared_with: null, tolerance: '', explanation: '', period: months[i % months.length]!, kind: 'month',
    }));
    const stories = claims.map((c, i) => ({ slug: c.slug, headline: `Month story ${i}`, outlet: null, period: { from: '2025-01-01', to: '2025-01-31', label: 'January 2025' } }));
    const data: ChartData = { claims, facts: [], checks, places: [], series: [...series, monthly], cities: [], stories };
    const spec = chartById(data, 'border-encounters--monthly')!;
    const drawn = spec.rows.filter((r) => r.type === 'claim');
    expect(drawn).toHaveLength(ARCHIVE_MAX_MARKS);
    expect(Math.min(...drawn.map((r) => r.value!))).toBe(40_000 + (n - ARCHIVE_MAX_MARKS) * 100);
    expect(spec.notes.join(' ')).toContain(`Showing ${ARCHIVE_MAX_MARKS} of the ${n} month totals`);
    expect(spec.dek).toContain(`the ${ARCHIVE_MAX_MARKS} largest of the ${n} article figures`);
    // Every month of the series stays.
    expect(spec.rows.filter((r) => r.type === 'reference')).toHaveLength(36);
    // A story still draws its own figure.
    expect(chartById(data, 'border-encounters', { story: 'm0' })!.rows.filter((r) => r.type === 'claim')).toHaveLength(1);
  });
});
