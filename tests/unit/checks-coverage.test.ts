// Checks coverage (issue 18): which claims count in the denominator. Interior arrests by ICE are
// listed apart and not counted; an ICE figure tied to the border still counts (nothing real hidden).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { formatCoverage, isEncounterClaim, isInteriorArrest, measureCoverage, sourcesLabel, summarise } from '../../src/pipeline/eval/checks-coverage.ts';
import type { Check, Claim } from '../../src/pipeline/types.ts';

let k = 0;
function claim(quote: string, text: string, more: Partial<Claim> = {}): Claim {
  const start = quote.indexOf(text);
  const sid = `c:p1s${++k}`;
  return {
    id: `${sid}#n1`, article: 'c.txt', slug: 'c', sentence_id: sid, value: Number(text.replace(/\D/g, '')), value_high: null, unit: 'noncitizens', unit_family: 'other',
    entity: ['ICE', 'ERO'], qualifier: 'exact', status: 'reported', time: null, time_resolved: null, subject: 'x', quote, start, end: start + text.length,
    display: text, negated: false, fact_id: null, ...more,
  };
}
const verdict = (c: Claim, v: Check['verdict']): Check => ({
  claim_id: c.id, article: c.article, sentence_id: c.sentence_id, quote: c.quote, verdict: v, series: 's', fiscal_year: 2025, compared_with: 1,
  tolerance: 't', explanation: 'e', period: 'FY2025', vintage: 'v',
});

describe('checks coverage denominator', () => {
  const interior = claim('ICE officers apprehended 119 noncitizens during a national operation.', '119');
  const atBorder = claim('ICE officers apprehended 40 noncitizens at the southwest border.', '40');
  const border = claim('Border Patrol agents apprehended 4,598 migrants in July.', '4,598', { entity: ['USBP'], unit: 'apprehensions', unit_family: 'events' });
  const unchecked = claim('Agents encountered 300 people in one sector.', '300', { entity: ['USBP'], unit: 'people', unit_family: 'other' });

  it('tells interior arrests from border figures by owner and place', () => {
    expect([isInteriorArrest(interior), isInteriorArrest(atBorder), isInteriorArrest(border)]).toEqual([true, false, false]);
  });
  it('lists interior arrests apart and counts the rest, checked or not', () => {
    const cov = summarise(1, [interior, atBorder, border, unchecked], [verdict(border, 'consistent')]);
    expect(cov.rows).toHaveLength(4);
    expect([cov.total, cov.verdicts, cov.apart]).toEqual([3, 1, 1]); // atBorder and unchecked count, without a verdict
    expect(cov.share).toBeCloseTo(1 / 3, 6);
    expect(cov.rows.find((r) => r.claim_id === interior.id)!.counted).toBe(false);
    expect(cov.rows.find((r) => r.claim_id === atBorder.id)!.counted).toBe(true);
  });
  it('counts a figure of people (unit family personnel) when encounter words stand beside it', () => {
    const people = claim('Agents encountered 1,200 migrants near Yuma.', '1,200', { entity: ['USBP'], unit: 'migrants', unit_family: 'personnel' });
    const troops = claim('The Pentagon sent 1,200 troops to Texas.', '1,200', { entity: ['DoD'], unit: 'troops', unit_family: 'personnel' });
    expect([isEncounterClaim(people), isEncounterClaim(troops)]).toEqual([true, false]);
  });
  it('the headline names the folders the archive was built from', () => {
    const root = '/repo';
    expect(sourcesLabel(['/repo/seeds', '/repo/corpora/news'], root)).toBe('seeds + corpora/news');
    expect(sourcesLabel(['/elsewhere/texts'], root)).toBe('texts');
    const cov = summarise(1, [border], [verdict(border, 'consistent')], sourcesLabel(['/repo/corpora/news'], root));
    expect(formatCoverage(cov).split('\n')[0]).toMatch(/^checks coverage \(corpora\/news, 1 stories\)/);
  });
  it('a not-checkable verdict counts in the denominator, not the numerator', () => {
    const cov = summarise(1, [border], [{ ...verdict(border, 'not-checkable'), series: null }]);
    expect([cov.total, cov.verdicts]).toEqual([1, 0]);
  });
});

// The measure on the development archive: at least 80 % of the encounter and apprehension
// claims get a verdict, each naming series, period and vintage. The rest are single days (no daily
// series) and a per-day figure for unnamed sectors (true in any month: not compared).
describe('checks coverage on the development archive (seeds + gov texts)', async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const cov = await measureCoverage([path.join(root, 'seeds'), path.join(root, 'tests/fixtures/gov/texts')], root);
  it('reaches the 80 % target, every verdict named', () => {
    expect(cov.share).toBeGreaterThanOrEqual(0.8);
    expect(cov.unnamed).toBe(0);
  });
  it('checks the July 2025 nationwide record against OHSS’s months from 2003, not only CBP’s from 2021', () => {
    const r = cov.rows.find((x) => x.claim_id === '007-dhs-july-2025-border-records:p1s1')!;
    expect(r.verdict).toBe('inconsistent');
    expect(r.explanation).toMatch(/lowest since April 2017 \(24,220/);
    const left = cov.rows.filter((x) => x.counted && x.verdict === 'not-checkable').map((x) => x.explanation);
    expect(left.every((e) => /single day|some sectors/.test(e))).toBe(true);
  });
});
