// A figure for one group of those encountered (single adults, family units, unaccompanied children)
// is compared with that group's series only, in the fiscal year its paragraph names; a figure for
// everyone never uses a group's series. Expected values are read from the committed CSV rows first.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/pipeline/checks.ts';
import { loadSeries } from '../../src/pipeline/reference/series.ts';
import type { Article, Check, Claim, ReferenceSeries } from '../../src/pipeline/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const series: ReferenceSeries[] = await loadSeries(ROOT);
const value = (id: string, fy: number) => series.find((s) => s.id === id)!.rows.find((r) => r.fiscal_year === fy)?.value;

/** One paragraph of `sentences`; the claim `text` (valued `v`) sits in the sentence `at`. */
function check(sentences: string[], at: number, text: string, v: number): Check {
  const paragraph = { id: 'g:p1', text: sentences.join(' '), sentences: sentences.map((t, i) => ({ id: `g:p1s${i + 1}`, text: t })) };
  const a = {
    file: 'g.txt', slug: 'g', headline: 'h', headlineGenerated: false, dek: null, dateline: null, attribution: {}, outlet: null, url: null, byline: null, sections: [],
    period: { from: '2022-03-01', to: '2022-03-01', label: '', kind: 'sidecar', evidence: [] }, paragraphs: [paragraph],
  } as unknown as Article;
  const quote = sentences[at]!;
  const start = quote.indexOf(text);
  const c: Claim = {
    id: `g:p1s${at + 1}#n1`, article: 'g.txt', slug: 'g', sentence_id: `g:p1s${at + 1}`, value: v, value_high: null, unit: 'encounters', unit_family: 'events',
    entity: ['USBP'], qualifier: 'exact', status: 'reported', time: null, time_resolved: null, subject: 'x', quote, start, end: start + text.length,
    display: text, negated: false, fact_id: null,
  };
  return checkClaims([c], series, [a]).find((x) => x.claim_id === c.id)!;
}

describe('claims about one group of those encountered', () => {
  const lead = 'In FY2023, the Border Patrol recorded 2,045,838 encounters at the southwest border.';
  it('takes the paragraph’s fiscal year and that group’s series, naming series, period and vintage', () => {
    const want = value('usbp_swb_family_unit_individuals_ohss_rounded10', 2023)!;
    const c = check([lead, `Of those, ${want.toLocaleString('en-US')} were members of family units.`], 1, want.toLocaleString('en-US'), want);
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['consistent', 'usbp_swb_family_unit_individuals_ohss_rounded10', 'FY2023', want]);
    expect(c.vintage).toMatch(/fy25m11/);
  });
  it('a group figure far from the group’s series is inconsistent, not compared with the total', () => {
    const c = check([lead, 'Of those, 900,000 involved unaccompanied children.'], 1, '900,000', 900_000);
    expect([c.verdict, c.series]).toEqual(['inconsistent', 'usbp_swb_unaccompanied_children_ohss_rounded10']);
  });
  it('a group no series splits out stays not checkable', () => {
    const c = check([lead, 'Some 40,000 involved minors travelling with relatives.'], 1, '40,000', 40_000);
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/no reference series counts that group/);
  });
  it('a group figure in a paragraph naming two fiscal years is not checkable', () => {
    const c = check(['In FY2022 and FY2023 encounters at the southwest border rose.', 'About 1,200,000 involved single adults.'], 1, '1,200,000', 1_200_000);
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/several fiscal years/);
  });
  it('a group figure with its own fiscal year still takes the group’s series, not the total', () => {
    const want = value('usbp_swb_single_adults_ohss_rounded10', 2022)!;
    const text = want.toLocaleString('en-US');
    const c = check([lead, `In FY2022, ${text} single adults were encountered at the southwest border.`], 1, text, want);
    expect([c.verdict, c.series, c.period]).toEqual(['consistent', 'usbp_swb_single_adults_ohss_rounded10', 'FY2022']);
    expect(c.explanation).not.toMatch(/paragraph names/);
  });
  it('a figure for everyone never uses a group series', () => {
    const c = check([lead], 0, '2,045,838', 2_045_838);
    expect(c.series).toBe('usbp_swb_apprehensions_or_encounters_pew');
    expect(c.verdict).toBe('consistent');
  });
});
