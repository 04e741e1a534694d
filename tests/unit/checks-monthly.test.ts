// Monthly checks (issue 18): a month's total and a per-day average in a month against a monthly
// series of the same scope and count; the month from the claim, the sentence or the headline;
// months named as comparisons ignored; every verdict names series, period and vintage.
import { describe, expect, it } from 'vitest';
import { checkClaims, monthsOfClaim } from '../../src/pipeline/checks.ts';
import { loadSeries } from '../../src/pipeline/reference/series.ts';
import type { Article, Claim, ReferenceSeries } from '../../src/pipeline/types.ts';
import path from 'node:path';

const yearly: ReferenceSeries = {
  id: 'y', name: 'Yearly', definition: 'd', unit: 'apprehensions', default: true, scope: 'southwest',
  rows: [{ fiscal_year: 2024, value: 1_500_000, source_url: 'https://example.gov/y' }, { fiscal_year: 2025, value: 237_538, source_url: 'https://example.gov/y' }],
  breaks: [],
};
const monthly = (id: string, scope: 'southwest' | 'nationwide', component: 'usbp' | 'cbp', months: [string, number][]): ReferenceSeries => ({
  id, name: `Monthly ${id}`, definition: 'd', unit: 'apprehensions', default: false, scope, component, frequency: 'monthly', vintage: 'as first announced',
  rows: [], breaks: [], months: months.map(([month, value]) => ({ month, value, source_url: 'https://example.gov/m' })),
});
const SERIES = [yearly, monthly('swb', 'southwest', 'usbp', [['2025-06', 6070], ['2025-07', 4598]]), monthly('nat', 'nationwide', 'usbp', [['2025-07', 6177]]), monthly('cbp', 'nationwide', 'cbp', [['2025-07', 24630]])];

let k = 0;
function claim(quote: string, text: string, value: number, more: Partial<Claim> = {}): Claim {
  const start = quote.indexOf(text);
  if (start < 0) throw new Error(`${text} not in ${quote}`);
  const sid = `m-${++k}:p1s1`;
  return {
    id: `${sid}#n1`, article: more.article ?? 'a.txt', slug: 'a', sentence_id: sid, value, value_high: null, unit: 'apprehensions', unit_family: 'events',
    entity: ['USBP'], qualifier: 'exact', status: 'reported', time: null, time_resolved: null, subject: 'x', quote, start, end: start + text.length,
    display: text, negated: false, fact_id: null, ...more,
  };
}
function art(headline: string, date: string, file = 'a.txt'): Article {
  return { file, slug: 'a', headline, headlineGenerated: false, dek: null, dateline: null, attribution: {}, outlet: null, url: null, byline: null, sections: [], paragraphs: [], period: { from: date, to: date, label: date, kind: 'sidecar', evidence: [] } };
}
const check = (c: Claim, a: Article[] = [art('h', '2025-08-01')]) => checkClaims([c], SERIES, a).find((x) => x.claim_id === c.id)!;

describe('monthly checks', () => {
  it('checks a month’s total named with its year and names series, period and vintage', () => {
    const c = check(claim('In July 2025, the Border Patrol recorded 4,598 apprehensions along the southwest border.', '4,598', 4598));
    expect(c.verdict).toBe('consistent');
    expect([c.series, c.period, c.vintage, c.fiscal_year]).toEqual(['swb', '2025-07', 'as first announced', 2025]);
    expect(c.explanation).toMatch(/July 2025/);
  });
  it('says inconsistent when the month’s figure differs beyond the tolerance', () => {
    expect(check(claim('In July 2025, the Border Patrol recorded 5,400 apprehensions along the southwest border.', '5,400', 5400)).verdict).toBe('inconsistent');
  });
  it('takes the month from the headline when the sentence names none, and ignores a month named as a comparison', () => {
    const c = check(claim('Lowest Border Patrol Apprehensions Nationwide: 6,177—shattering June’s all-time low.', '6,177', 6177), [art('Border records in July', '2025-08-01')]);
    expect([c.verdict, c.series, c.period]).toEqual(['consistent', 'nat', '2025-07']);
  });
  it('reads CBP encounters without the Border Patrol named as CBP-wide', () => {
    const c = check(claim('Lowest Nationwide Encounters Ever: 24,630—down 2.4% from June.', '24,630', 24630, { entity: [] }), [art('Records in July', '2025-08-01')]);
    expect([c.verdict, c.series]).toEqual(['consistent', 'cbp']);
  });
  it('compares a per-day average with the month’s total over its days, tolerance shown', () => {
    const c = check(claim('Border Patrol apprehensions at the southwest border averaged 148 per day in July.', '148', 148, { unit: 'apprehensions per day', unit_family: 'rate' }));
    expect(c.verdict).toBe('consistent');
    expect(c.compared_with).toBe(148.3);
    expect(c.explanation).toMatch(/31 days/);
    expect(c.tolerance).toMatch(/±/);
    const far = check(claim('Border Patrol apprehensions at the southwest border averaged 300 per day in July.', '300', 300, { unit: 'apprehensions per day', unit_family: 'rate' }));
    expect(far.verdict).toBe('inconsistent');
  });
  it('leaves averages over several months, single days and months the series lacks not checkable', () => {
    const avg = check(claim('It averaged 5,110 apprehensions per day from Feb 2021–Dec 2024 at the southwest border.', '5,110', 5110, { unit: 'apprehensions per day', unit_family: 'rate', time_resolved: { from: '2021-02-01', to: '2024-12-31' } }));
    expect(avg.verdict).toBe('not-checkable');
    const day = check(claim('Lowest single-day apprehensions: 88 at the southwest border on July 20.', '88', 88));
    expect(day.kind).not.toBe('month');
    const lacking = check(claim('In March 2025 the Border Patrol recorded 7,181 apprehensions at the southwest border.', '7,181', 7181));
    expect(lacking.verdict).toBe('not-checkable');
    expect(lacking.explanation).toMatch(/June 2025 to July 2025/);
  });
  it('a fiscal year beside the figure still goes to the yearly series', () => {
    const c = check(claim('In FY2025, which ended in September, the Border Patrol made 237,538 apprehensions at the southwest border.', '237,538', 237538));
    expect([c.series, c.period]).toEqual(['y', 'FY2025']);
  });
  it('places a month without a year on or before the article’s date', () => {
    const c = claim('In December, agents recorded 100 apprehensions.', '100', 100);
    expect(monthsOfClaim(c, { from: '2025-08-01', to: '2025-08-01', headline: '' })?.months).toEqual(['2024-12']);
    expect(monthsOfClaim(c, { from: null, to: null, headline: '' })).toBeNull();
    // An estimated span of dates fixes the year only when both ends give the same one.
    expect(monthsOfClaim(c, { from: '2025-12-01', to: '2026-06-30', headline: '' })?.months).toEqual(['2025-12']);
    expect(monthsOfClaim(c, { from: '2025-01-20', to: '2025-12-31', headline: '' })).toBeNull(); // December 2024 or 2025
  });
  it('the committed monthly series load and agree with their cross-checks', async () => {
    const all = await loadSeries(path.resolve(import.meta.dirname, '../..'));
    const swb = all.find((s) => s.id === 'usbp_swb_encounters_cbp_monthly')!;
    const july = swb.months!.find((m) => m.month === '2025-07')!.value;
    expect(Math.round((july / 31) * 10) / 10).toBeCloseTo(148, 0); // the release's own daily average
    const cbp = all.find((s) => s.id === 'cbp_nationwide_encounters_monthly')!;
    const [jun, jul] = ['2025-06', '2025-07'].map((m) => cbp.months!.find((x) => x.month === m)!.value);
    expect(1 - jul! / jun!).toBeCloseTo(0.024, 3); // "down 2.4% from June"
  });
});

describe('what the monthly path leaves alone', () => {
  it('a single day is not compared with the month; a rate over hours “last July” is read as the July before the one just ended', () => {
    const day = check(claim('Lowest Single-Day Apprehensions in History: 88 at the Southwest Border, 116 nationwide on July 20.', '88', 88));
    expect([day.verdict, day.kind]).toEqual(['not-checkable', 'none']);
    const hours = check(claim('That is lower than the rate of 152 apprehensions every two hours under Biden last July.', '152', 152), [art('Records in July', '2025-08-01')]);
    // The fixture series holds no July 2024: not checkable, and the verdict names the month it looked for.
    expect([hours.verdict, hours.kind]).toEqual(['not-checkable', 'month']);
    expect(hours.explanation).toMatch(/July 2024/);
  });
  it('interior arrests by ICE and numbers inside legal citations are not border claims', () => {
    const ice = claim('During the operation ICE officers apprehended 119 noncitizens.', '119', 119, { entity: ['ICE', 'ERO'] });
    const cite = claim('A decline in CBP apprehensions due to 42 U.S.C. §§ 265 and 268 orders.', '268', 268, { entity: ['CBP'] });
    expect(checkClaims([ice, cite], SERIES)).toEqual([]);
  });
});
