// The window stories and embeds draw of a long series (src/charts/frame.ts), and which series a
// figure can be drawn against (src/charts/series-fit.ts); property tests over random spans.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { focusWindow, MONTH_FRAME, YEAR_FRAME } from '../../src/charts/frame.ts';
import { bestSeries, fitsSeries, measureOf } from '../../src/charts/series-fit.ts';
import { layoutLine } from '../../src/charts/layout/line.ts';
import type { ChartRow } from '../../src/charts/types.ts';

const span = fc.tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 0, max: 130 })).map(([lo, n]) => ({ lo, hi: lo + n }));

describe('focusWindow', () => {
  it('holds every figure, stays inside the data, and is shorter than the whole or absent', () => {
    fc.assert(
      fc.property(span, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 100 }), fc.constantFrom(YEAR_FRAME, MONTH_FRAME), ({ lo, hi }, ts, rule) => {
        const all = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
        const marks = ts.map((t) => lo + Math.round(t * (hi - lo)));
        const w = focusWindow(marks, all, rule);
        if (!w) return;
        for (const m of marks) expect(m >= w.from && m <= w.to).toBe(true);
        expect(w.from).toBeGreaterThanOrEqual(lo);
        expect(w.to).toBeLessThanOrEqual(hi);
        expect(w.to - w.from).toBeLessThan(0.8 * (hi - lo));
        expect(w.to - w.from).toBeGreaterThanOrEqual(Math.min(rule.minSpan, hi - lo));
        expect(Number.isInteger(w.from) && Number.isInteger(w.to)).toBe(true);
      }),
    );
  });
  it('frames the last decade of a 1960–2025 series around FY2016–FY2025 figures, with years before them', () => {
    const all = Array.from({ length: 66 }, (_, i) => 1960 + i);
    expect(focusWindow([2016, 2021, 2022, 2025], all, YEAR_FRAME)).toEqual({ from: 2010, to: 2025 });
    expect(focusWindow([2025], all, YEAR_FRAME)).toEqual({ from: 2015, to: 2025 });
    expect(focusWindow([1965, 2020], all, YEAR_FRAME)).toBeNull();
    expect(focusWindow([], all, YEAR_FRAME)).toBeNull();
  });
  it('draws only the framed years, with no coordinate outside the SVG', () => {
    const row = (over: Partial<ChartRow>): ChartRow => ({
      key: 'k', type: 'reference', label: '', value: 1, value_high: null, display: '1', qualifier: 'exact', status: null, unit: 'encounters', entity: [], combined: false,
      fiscal_year: null, from: null, to: null, period_label: null, city: null, lat: null, lon: null, claim_ids: [], fact_id: null, stories: [], story_count: 0, quote: '', source_url: null, series: 's', verdict: null, ...over,
    });
    const rows = [...Array.from({ length: 66 }, (_, i) => row({ key: `s:${1960 + i}`, fiscal_year: 1960 + i, value: 1000 * (i + 1) })), row({ key: 'c', type: 'claim', fiscal_year: 2022, value: 60000 })];
    for (const width of [288, 600]) {
      const full = layoutLine(rows, undefined, width, width < 480);
      const framed = layoutLine(rows, undefined, width, width < 480, { from: 2012, to: 2025 });
      expect(framed.xTicks.every((t) => Number(t.text) >= 2012 && Number(t.text) <= 2025)).toBe(true);
      expect(full.xTicks.some((t) => Number(t.text) < 2000)).toBe(true);
      for (const p of framed.points) expect(p.cx >= 0 && p.cx <= width && p.cy >= 0 && p.cy <= framed.height).toBe(true);
      expect(framed.path).not.toMatch(/NaN/);
    }
  });
});

describe('series fit', () => {
  const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ fiscal_year: from + i, value: 1, source_url: 'https://example.org' }));
  const cbp = { unit: 'apprehensions', rows: rows(1925, 2020) };
  const pew = { unit: 'apprehensions or encounters', rows: rows(1960, 2025) };
  it('reads the measure a unit names', () => {
    expect(measureOf('encounters')).toBe('encounters');
    expect(measureOf('southwest border apprehensions')).toBe('apprehensions');
    expect(measureOf('border crossings')).toBeNull();
  });
  it('never draws an encounter figure on an apprehension series, nor a year the series does not hold', () => {
    expect(fitsSeries(cbp, 2022, 'encounters')).toBe(false);
    expect(fitsSeries(cbp, 2016, 'apprehensions')).toBe(true);
    expect(fitsSeries(cbp, 2021, 'apprehensions')).toBe(false);
    expect(fitsSeries(pew, 2021, 'encounters')).toBe(true);
    expect(fitsSeries(pew, 2021, 'border crossings')).toBe(true);
  });
  it('picks the series that fits the most figures, the first on a tie', () => {
    const figs = [{ fy: 2021, unit: 'encounters' }, { fy: 2025, unit: 'encounters' }];
    expect(bestSeries([cbp, pew], figs)).toBe(pew);
    expect(bestSeries([pew, cbp], [{ fy: 2016, unit: 'apprehensions' }])).toBe(pew);
    fc.assert(fc.property(fc.array(fc.record({ fy: fc.integer({ min: 1900, max: 2030 }), unit: fc.constantFrom('encounters', 'apprehensions', 'crossings') }), { maxLength: 30 }), (f) => {
      const b = bestSeries([cbp, pew], f)!;
      const n = (s: typeof cbp) => f.filter((x) => fitsSeries(s, x.fy, x.unit)).length;
      expect(n(b)).toBe(Math.max(n(cbp), n(pew)));
    }));
  });
});

describe('personnel bars per agency in the archive', () => {
  it('draws at most ARCHIVE_MAX_BARS_PER_GROUP bars an agency, every status’s latest before any largest', async () => {
    const { chartById, ARCHIVE_MAX_BARS_PER_GROUP } = await import('../../src/charts/registry.ts');
    const { claim, data } = await import('./charts-fixture.ts');
    const statuses = ['requested', 'planned', 'deployed', 'completed', 'reported'] as const;
    const many = statuses.flatMap((status, i) => [2019, 2021, 2023].map((y, j) => claim({
      id: `m${i}${j}:p1s1#n1`, value: 100 * (i + 1) + (j === 0 ? 5000 : j), unit: 'troops', status, entity: ['National Guard'],
      time: String(y), time_resolved: { from: `${y}-01-01`, to: `${y}-12-31` },
    })));
    const p = chartById(data({ claims: many, facts: [] }), 'personnel-by-agency')!;
    const bars = p.rows.filter((r) => r.group);
    expect(bars).toHaveLength(ARCHIVE_MAX_BARS_PER_GROUP);
    // Five statuses, five bars: each status's latest (2023) figure, none of the older largest ones.
    expect(bars.every((r) => r.to === '2023-12-31')).toBe(true);
    expect(p.notes.join(' ')).toMatch(/at most 5 bars an agency/);
  });
});
