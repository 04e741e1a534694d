// The monthly trend chart on an archive (issue 18, found on the seeds + gov corpora): the numbers
// of its article points agree between the drawing, the notes under it and the description read
// by screen readers; a point's number never sits on a month's mark of the series; verdicts are
// printed in words ("not checkable"), not as data codes.
import { describe, expect, it } from 'vitest';
import { layoutLine } from '../../src/charts/layout/line.ts';
import { chartById } from '../../src/charts/registry.ts';
import { overlaps, textBox } from '../../src/charts/text.ts';
import type { Check, ReferenceSeries } from '../../src/pipeline/types.ts';
import type { ChartRow } from '../../src/charts/types.ts';
import { claim, data, series } from './charts-fixture.ts';

const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
// A series that falls steeply and then lies flat near zero, as southwest-border months did in 2024–2025.
const monthly: ReferenceSeries = {
  id: 'swb_monthly_test', name: 'Border Patrol encounters by month (test)', definition: 'Encounters per calendar month.', unit: 'encounters',
  default: false, rows: [], breaks: [], frequency: 'monthly', scope: 'southwest',
  months: months.map((month, i) => ({ month, value: i < 12 ? 200_000 - i * 15_000 : 8000 - (i - 12) * 200, source_url: 'https://example.org/monthly' })),
};

// Three articles' month totals; their checks come in article order, not month order.
const mclaims = [
  claim({ id: 'a:p1s1#n1', value: 7200, unit: 'encounters', unit_family: 'events', entity: ['USBP'] }),
  claim({ id: 'b:p1s1#n1', value: 190_000, unit: 'encounters', unit_family: 'events', entity: ['USBP'] }),
  claim({ id: 'c:p1s1#n1', value: 7800, unit: 'encounters', unit_family: 'events', entity: ['USBP'] }),
];
const check = (claim_id: string, period: string, verdict: Check['verdict']): Check => ({
  claim_id, article: `${claim_id[0]}.txt`, sentence_id: claim_id.split('#')[0]!, quote: '', verdict, series: monthly.id, fiscal_year: null,
  compared_with: null, tolerance: '', explanation: '', period, kind: 'month',
});
const mchecks = [check('a:p1s1#n1', '2025-06', 'consistent'), check('b:p1s1#n1', '2024-01', 'inconsistent'), check('c:p1s1#n1', '2025-03', 'not-checkable')];
const d = data({ claims: mclaims, facts: [], checks: mchecks, places: [], series: [...series, monthly] });

describe('monthly trend chart', () => {
  const spec = chartById(d, 'border-encounters--monthly')!;

  it('is built from the month checks', () => {
    expect(spec).toBeDefined();
    expect(spec.rows.filter((r) => r.type === 'claim').map((r) => r.month)).toEqual(['2024-01', '2025-03', '2025-06']);
  });

  it('numbers the points the same way in the drawing, its notes and the description', () => {
    const l = layoutLine(spec.rows, spec.series, 600, false);
    const byKey = new Map(spec.rows.map((r) => [r.key, r]));
    // Drawing: point n is the claim of that month.
    const drawn = l.points.map((p) => [p.n, byKey.get(p.key)!.month]);
    expect(drawn).toEqual([[1, '2024-01'], [2, '2025-03'], [3, '2025-06']]);
    // Description: "1, 190,000 encounters for 2024-01 …; 2, 7,800 … for 2025-03 …; and 3, 7,200 … for 2025-06".
    for (const [n, month] of drawn) expect(spec.description).toMatch(new RegExp(`\\b${n}, [^;]* for ${month}\\b`));
    expect(l.notes.map((t) => t.text).join(' ')).toMatch(/1\. 190,000 encounters, Jan 2024 .*2\. 7,800 encounters, Mar 2025 .*3\. 7,200 encounters, Jun 2025/);
  });

  it('says verdicts in words in the notes, tooltips and description', () => {
    const l = layoutLine(spec.rows, spec.series, 600, false);
    const texts = [...l.notes.map((t) => t.text), ...l.points.map((p) => p.tip), spec.description];
    expect(texts.join(' ')).toContain('not checkable');
    expect(texts.join(' ')).not.toMatch(/not-checkable|partly-consistent/);
  });

  it('keeps every point number off the series’ month marks, at 320, 768 and 1,200 px', () => {
    for (const w of [288, 736, 1168]) {
      const l = layoutLine(spec.rows, spec.series, w, w < 480);
      if (w > 480) expect(l.refDots.length).toBe(24);
      for (const t of l.pointLabels) {
        const box = textBox(t.x, t.y, t.text, t.anchor);
        const hits = l.refDots.filter((m) => overlaps({ x: m.cx - 3.5, y: m.cy - 3.5, w: 7, h: 7 }, box, 0));
        expect(hits, `label "${t.text}" at ${w} px`).toEqual([]);
      }
    }
  });
});

describe('a story’s monthly chart', () => {
  // One release citing two months ten months apart (a month's total now and one a year before).
  const two = [
    claim({ id: 'e:p1s1#n1', value: 185_000, unit: 'encounters', unit_family: 'events', entity: ['USBP'] }),
    claim({ id: 'e:p1s2#n1', value: 65_000, unit: 'encounters', unit_family: 'events', entity: ['USBP'] }),
  ];
  const sd = data({ claims: two, facts: [], checks: [check('e:p1s1#n1', '2024-02', 'consistent'), check('e:p1s2#n1', '2024-11', 'consistent')], places: [], series: [...series, monthly] });

  it('draws the series over the months between and around its figures, not two lone months', () => {
    const spec = chartById(sd, 'border-encounters', { story: 'e' })!;
    const drawn = spec.rows.filter((r) => r.type === 'reference').map((r) => r.month);
    // 2024-02 − 3 months is before the series begins (2024-01); 2024-11 + 3 is 2025-02.
    expect(drawn).toEqual(months.slice(0, 14));
    const l = layoutLine(spec.rows, spec.series, 600, false);
    expect(l.path).toMatch(/^M[^M]+$/); // one unbroken line
    expect(spec.dek).toContain('the story’s months, with 3 months either side');
  });
});

describe('yearly trend chart numbering', () => {
  it('numbers ties of one fiscal year in the spec’s order, so the notes match the description', () => {
    const row = (key: string, value: number): ChartRow => ({
      key, type: 'claim', label: 'x', value, value_high: null, display: String(value), qualifier: 'exact', status: null, unit: 'apprehensions', entity: [],
      combined: false, fiscal_year: 2016, from: null, to: null, period_label: null, date_kind: null, city: null, lat: null, lon: null, claim_ids: [key],
      fact_id: null, stories: ['s'], story_count: 1, quote: '', source_url: null, series: null, verdict: null,
    });
    // Keys that byte order (the registry's) and a locale-aware compare sort apart: "0" < "_" by code point, "_" < "0" by locale.
    const rows = [row('story0:p1s1#n1', 100), row('story_b:p1s1#n1', 200), row('story_b:p2s1#n1', 300)].sort((a, b) => (a.key < b.key ? -1 : 1));
    const l = layoutLine(rows, undefined, 600, false);
    expect(l.points.map((p) => p.key)).toEqual(rows.map((r) => r.key));
  });
});

describe('a story’s map with one city', () => {
  it('says “1 city named as a destination”, not “1 city named as destinations”', async () => {
    const { places } = await import('./charts-fixture.ts');
    const one = data({ places: places.slice(0, 1).map((p) => ({ ...p, slug: 'c' })) });
    const spec = chartById(one, 'destination-map', { story: 'c' })!;
    expect(spec.dek).toMatch(/^1 city named as a destination, in 1 state/);
    expect(spec.description).toContain('marking 1 city named as a destination:');
    expect(`${spec.dek} ${spec.description}`).not.toMatch(/1 city named as destinations/);
  });
});

describe('personnel description order', () => {
  it('lists each agency’s figures in the order the bars are drawn (status, then date)', async () => {
    const { factOf } = await import('./charts-fixture.ts');
    // The deployed figure comes first in the data; the chart draws "requested" first.
    const cs = [
      claim({ id: 'a:p1s1#n1', value: 2200, unit: 'troops', status: 'deployed', entity: ['DOD'] }),
      claim({ id: 'b:p1s1#n1', value: 900, unit: 'troops', status: 'requested', entity: ['DOD'] }),
    ];
    const spec = chartById(data({ claims: cs, facts: cs.map((c) => factOf(c)), checks: [], places: [] }), 'personnel-by-agency')!;
    const drawn = spec.rows.filter((r) => r.group !== null).map((r) => r.display);
    expect(drawn).toEqual(['900', '2,200']);
    expect(spec.description.indexOf('900 troops')).toBeLessThan(spec.description.indexOf('2,200 troops'));
  });
});

describe('yearly trend chart: verdicts and one-year breaks', () => {
  const c = claim({ id: 'x:p1s1#n1', value: 400_000, unit: 'apprehensions', unit_family: 'events', time: 'FY2015', entity: ['USBP'] });
  const k: Check = { claim_id: c.id, article: 'x.txt', sentence_id: 'x:p1s1', quote: '', verdict: 'consistent', series: 'swb_test', fiscal_year: 2015, compared_with: 400_100, tolerance: '', explanation: '' };
  // The nationwide view with a break of one year (a measure that changed within FY2020).
  const ser = [series[0]!, { ...series[1]!, breaks: [{ from_fy: 2019, to_fy: 2019, label: 'Title 42 from March' }] }];
  const yd = data({ claims: [c], facts: [], checks: [k], places: [], series: ser });

  it('prints a verdict as such on the series it was decided on, and says so on another series', () => {
    const main = chartById(yd, 'border-encounters')!;
    const alt = chartById(yd, 'border-encounters--nationwide-test')!;
    expect(main.series!.id).toBe('swb_test');
    expect(alt.series!.id).toBe('nationwide_test');
    const mainNotes = layoutLine(main.rows, main.series, 600, false).notes.map((t) => t.text).join(' ');
    const altL = layoutLine(alt.rows, alt.series, 600, false);
    expect(mainNotes).toMatch(/FY2015 — consistent/);
    expect(altL.notes.map((t) => t.text).join(' ')).toMatch(/FY2015 — checked against another series: consistent/);
    expect(altL.points[0]!.tip).toContain('checked against another series: consistent');
    expect(alt.description).toContain('(checked against another series: consistent)');
  });

  it('names a one-year break "FY2019", not "FY2019–FY2019", in its notes and description', () => {
    const alt = chartById(yd, 'border-encounters--nationwide-test')!;
    const text = `${alt.notes.join(' ')} ${alt.description}`;
    expect(text).toContain('FY2019: Title 42 from March');
    expect(text).toContain('Shaded: FY2019, Title 42 from March');
    expect(text).not.toContain('FY2019–FY2019');
  });
});

describe('monthly marks on a narrow screen', () => {
  const row = (month: string, value: number): ChartRow => ({
    key: `s:${month}`, type: 'reference', label: month, value, value_high: null, display: String(value), qualifier: 'exact', status: null, unit: 'encounters',
    entity: [], combined: false, fiscal_year: null, from: null, to: null, period_label: null, date_kind: null, city: null, lat: null, lon: null, claim_ids: [],
    fact_id: null, stories: [], story_count: 0, quote: '', source_url: null, series: 's', verdict: null, month,
  });
  // Four years of months with one gap: 2023-06 stands alone between two missing months.
  const all = Array.from({ length: 48 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const rows = all.filter((m) => m !== '2023-05' && m !== '2023-07').map((m, i) => row(m, 100_000 + (i % 7) * 9000));

  it('never draws month marks closer together than they are wide; a lone month keeps its mark', () => {
    for (const w of [288, 736, 1168]) {
      const l = layoutLine(rows, undefined, w, w < 480);
      const xs = l.refDots.map((d) => d.cx).sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!, `${w} px`).toBeGreaterThanOrEqual(7);
      // The lone month (a gap either side, no line through it) is always marked.
      const step = l.plot.w / 47;
      expect(l.refDots.some((d) => Math.abs(d.cx - (l.plot.x + 17 * step)) < 0.2), `${w} px`).toBe(true);
    }
    expect(layoutLine(rows, undefined, 1168, false).refDots.length).toBe(46);
  });
});

describe('trend chart notes at 320 px', () => {
  it('wrap inside the share of the width every long label keeps (FIT), continuation indent included', async () => {
    const { FIT } = await import('../../src/charts/layout/common.ts');
    const { textWidth } = await import('../../src/charts/text.ts');
    const c = claim({ id: 'x:p1s1#n1', value: 327_000, unit: 'apprehensions', unit_family: 'events', qualifier: 'more-than', time: 'FY2011', entity: ['USBP'] });
    const k: Check = { claim_id: c.id, article: 'x.txt', sentence_id: 'x:p1s1', quote: '', verdict: 'consistent', series: 'swb_test', fiscal_year: 2011, compared_with: 1, tolerance: '', explanation: '' };
    const alt = chartById(data({ claims: [c], facts: [], checks: [k], places: [] }), 'border-encounters--nationwide-test')!;
    for (const w of [288, 300]) {
      const l = layoutLine(alt.rows, alt.series, w, true);
      expect(l.notes.length).toBeGreaterThan(1);
      for (const t of l.notes) expect(t.x + textWidth(t.text), `"${t.text}" at ${w} px`).toBeLessThanOrEqual(w * FIT + 0.01);
    }
  });
});
