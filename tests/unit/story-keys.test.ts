// Cache keys of story pages and share cards (src/lib/story-keys.ts): each covers what its page
// draws from, and a fact that many stories report is hashed once, not once per story.
import { describe, expect, it } from 'vitest';
import { storyKeys, type StoryKeyInputs } from '../../src/lib/story-keys';
import type { CheckData, ClaimData, FactData } from '../../src/lib/figures-store';

type Archive = { stories: string[]; facts: FactData[]; claims: ClaimData[]; checks: CheckData[]; places: { id: string; slug: string; city: string }[]; headlines: Record<string, string>; pages?: Record<string, number>; series?: unknown[] };

const claim = (slug: string, n: number, fact: string | null): ClaimData => ({ id: `${slug}:p1:s${n}:n1`, slug, sentence_id: `${slug}:p1:s${n}`, fact_id: fact, display: `${n}0 agents`, value: n * 10 }) as unknown as ClaimData;
const fact = (id: string, claims: ClaimData[], conflicts: string[] = []): FactData =>
  ({ id, subject: 'agents deployed', value: 10, value_high: null, claims: claims.map((c) => c.id), sources: [...new Set(claims.map((c) => c.slug))], conflicts }) as unknown as FactData;

function inputs(a: Archive): StoryKeyInputs {
  const claimsBySlug = new Map<string, ClaimData[]>();
  for (const c of a.claims) claimsBySlug.set(c.slug, [...(claimsBySlug.get(c.slug) ?? []), c]);
  const checksByClaim = new Map<string, CheckData[]>();
  for (const k of a.checks) checksByClaim.set(k.claim_id, [...(checksByClaim.get(k.claim_id) ?? []), k]);
  return {
    claimsBySlug,
    factById: new Map(a.facts.map((f) => [f.id, f])),
    checksByClaim,
    sentenceChecksBySlug: new Map(),
    headlineBySlug: new Map(Object.entries(a.headlines)),
    pageOf: new Map(Object.entries(a.pages ?? {})),
    charts: {
      facts: a.facts as never,
      checks: a.checks as never,
      places: a.places as never,
      series: (a.series ?? []) as never,
      cities: [],
      stories: a.stories.map((slug) => ({ slug, headline: a.headlines[slug] ?? slug, outlet: null, period: { from: '', to: '', label: '' } })),
    },
  };
}

// Three stories report one fact (a shared figure); story c also has a figure of its own.
function archive(): Archive {
  const a1 = claim('a', 1, 'f-shared');
  const b1 = claim('b', 1, 'f-shared');
  const c1 = claim('c', 1, 'f-shared');
  const c2 = claim('c', 2, 'f-own');
  return {
    stories: ['a', 'b', 'c'],
    claims: [a1, b1, c1, c2],
    facts: [fact('f-shared', [a1, b1, c1]), fact('f-own', [c2])],
    checks: [],
    places: [],
    headlines: { a: 'Agents sent to the border', b: 'More agents arrive', c: 'The county counts its deputies' },
  };
}

const entry = (id: string, body = `Story ${id}.`) => ({ id, data: { headline: id }, body });

describe('story page and share card keys', () => {
  it('are stable for the same inputs', () => {
    const x = storyKeys(inputs(archive()));
    const y = storyKeys(inputs(archive()));
    expect(x.page(entry('a'))).toBe(y.page(entry('a')));
    expect(x.card(entry('a'))).toBe(y.card(entry('a')));
  });

  it("change when another story's headline changes and both report one fact (the page lists its sources)", () => {
    const before = storyKeys(inputs(archive()));
    const edited = archive();
    edited.headlines.b = 'More agents arrive in the valley';
    const after = storyKeys(inputs(edited));
    expect(after.page(entry('a'))).not.toBe(before.page(entry('a')));
    // The card's lead chart lists the fact's stories too.
    expect(after.card(entry('a'))).not.toBe(before.card(entry('a')));
  });

  it('stay when a story that shares no fact changes', () => {
    const before = storyKeys(inputs(archive()));
    const edited = archive();
    edited.facts[1] = { ...edited.facts[1]!, value: 12 };
    const after = storyKeys(inputs(edited));
    expect(after.page(entry('a'))).toBe(before.page(entry('a')));
    expect(after.page(entry('c'))).not.toBe(before.page(entry('c')));
  });

  it("change when a fact's /data/ page moves, when a conflicting fact changes, and with the story's own text", () => {
    const base = archive();
    const before = storyKeys(inputs(base));
    const moved = storyKeys(inputs({ ...archive(), pages: { 'f-shared': 2 } }));
    expect(moved.page(entry('b'))).not.toBe(before.page(entry('b')));

    const withConflict = archive();
    withConflict.facts[0] = { ...withConflict.facts[0]!, conflicts: ['f-own'] };
    const k1 = storyKeys(inputs(withConflict)).page(entry('a'));
    withConflict.facts[1] = { ...withConflict.facts[1]!, subject: 'deputies on patrol' };
    expect(storyKeys(inputs(withConflict)).page(entry('a'))).not.toBe(k1);

    expect(before.page(entry('a', 'Story a, corrected.'))).not.toBe(before.page(entry('a')));
  });

  it("change with the chart inputs: a place the story names, a check of its figure, the reference series", () => {
    const before = storyKeys(inputs(archive()));
    const placed = { ...archive(), places: [{ id: 'pl1', slug: 'a', city: 'el-paso-tx' }] };
    expect(storyKeys(inputs(placed)).card(entry('a'))).not.toBe(before.card(entry('a')));
    expect(storyKeys(inputs(placed)).card(entry('b'))).toBe(before.card(entry('b')));
    const checked = { ...archive(), checks: [{ claim_id: 'b:p1:s1:n1', sentence_id: 'b:p1:s1', verdict: 'consistent' } as unknown as CheckData] };
    expect(storyKeys(inputs(checked)).page(entry('b'))).not.toBe(before.page(entry('b')));
    const series = { ...archive(), series: [{ id: 'cbp-encounters', months: [] }] };
    expect(storyKeys(inputs(series)).card(entry('c'))).not.toBe(before.card(entry('c')));
  });

  it('hash a fact reported by every story once, not once per story', () => {
    const n = 2000;
    const slugs = Array.from({ length: n }, (_, i) => `s${String(i).padStart(4, '0')}`);
    const claims = slugs.map((s) => claim(s, 1, 'f-everywhere'));
    const a: Archive = { stories: slugs, claims, facts: [fact('f-everywhere', claims)], checks: [], places: [], headlines: Object.fromEntries(slugs.map((s) => [s, `Headline of ${s}`])) };
    const keys = storyKeys(inputs(a));
    const all = new Set(slugs.map((s) => keys.page(entry(s))));
    for (const s of slugs) keys.card(entry(s));
    expect(all.size).toBe(n);
    expect(keys.factsHashed()).toBe(1);
  });
});
