// The extractor on the seeds against the hand-labelled fixture (tests/fixtures/seed-claims.json,
// copied from ../shared/fixtures). Thresholds from issue 3.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/pipeline/eval/seeds.ts';
import { score, type EvalResult, type FixtureClaim } from '../../src/pipeline/eval/score.ts';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import type { Claim } from '../../src/pipeline/types.ts';

const expected = JSON.parse(readFileSync('tests/fixtures/seed-claims.json', 'utf8')) as FixtureClaim[];
const structure = JSON.parse(readFileSync('tests/fixtures/seed-structure.json', 'utf8')) as Record<string, { must_drop?: string[] }>;
const mustDrop = Object.fromEntries(Object.entries(structure).map(([k, v]) => [k, v.must_drop ?? []]));

let result: EvalResult;
let claims: Claim[];
beforeAll(async () => {
  const articles = await loadArticles('seeds');
  claims = articles.flatMap((a) => extractClaims(a));
  result = score(expected, claims, mustDrop);
});

describe('eval on the seeds', () => {
  it('value + unit family + entity: precision and recall ≥ 0.95', () => {
    expect(result.valueUnitEntity.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.valueUnitEntity.recall).toBeGreaterThanOrEqual(0.95);
  });
  it('qualifier and status: ≥ 0.9', () => {
    for (const m of [result.qualifier, result.status]) {
      expect(m.precision).toBeGreaterThanOrEqual(0.9);
      expect(m.recall).toBeGreaterThanOrEqual(0.9);
    }
  });
  it('no claim from boilerplate, no vague quantity, no year or source count', () => {
    expect(result.violations.boilerplate).toEqual([]);
    expect(result.violations.vague).toEqual([]);
    expect(result.violations.yearOrSourceCount).toEqual([]);
  });
});

describe('score', () => {
  const f: FixtureClaim = { article: 'a.txt', value: 500, unit: 'personnel', entity: ['CBP'], qualifier: 'approx', status: 'planned', time: null, quote: 'The effort is expected to involve around 500 personnel.' };
  const c = (p: Partial<Claim>): Claim => ({
    id: 'a:p1s1#n1', article: 'a.txt', slug: 'a', sentence_id: 'a:p1s1', value: 500, value_high: null, unit: 'personnel', unit_family: 'personnel',
    entity: ['CBP'], qualifier: 'approx', status: 'planned', time: null, time_resolved: null, subject: '', quote: 'The effort is expected to involve  around 500 personnel.',
    start: 0, end: 0, display: 'around 500', negated: false, fact_id: null, ...p,
  });

  it('matches across white-space differences and counts misses and false positives', () => {
    expect(score([f], [c({})]).valueUnitEntity).toEqual({ tp: 1, precision: 1, recall: 1 });
    const wrongEntity = score([f], [c({ entity: ['ICE'] })]);
    expect(wrongEntity.valueUnitEntity.tp).toBe(0);
    expect(wrongEntity.fieldErrors).toHaveLength(1);
    const extra = score([f], [c({}), c({ id: 'a:p1s2#n1', value: 7, quote: 'Other text with 7 agents.' })]);
    expect(extra.valueUnitEntity.precision).toBe(0.5);
    expect(extra.falsePositives).toHaveLength(1);
    expect(score([f], []).misses).toHaveLength(1);
  });

  it('flags vague numbers, years and source counts as violations', () => {
    const r = score([], [
      c({ display: 'thousands', value: 1000 }),
      c({ id: 'y', display: '2019', value: 2019, quote: 'In 2019, arrests rose.', start: 3, end: 7 }),
      c({ id: 's', display: 'three', value: 3, quote: 'three sources familiar with the plan said', start: 0, end: 5 }),
    ]);
    expect(r.violations.vague).toHaveLength(1);
    expect(r.violations.yearOrSourceCount).toHaveLength(2);
  });
});
