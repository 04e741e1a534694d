// Layout functions: scales, rounding, label placement without overlap at the three design widths.
import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/charts/layout/bars.ts';
import { fyRange, layoutLine } from '../../src/charts/layout/line.ts';
import { layoutMap } from '../../src/charts/layout/map.ts';
import { layoutTimeline } from '../../src/charts/layout/timeline.ts';
import type { TextMark } from '../../src/charts/layout/common.ts';
import { chartSpecs } from '../../src/charts/registry.ts';
import { fmtTick, fmtValue } from '../../src/charts/format.ts';
import { overlaps, textBox, textWidth, thinTicks, wrapText } from '../../src/charts/text.ts';
import { data } from './charts-fixture.ts';

const WIDTHS = [288, 600, 1168];
const specs = chartSpecs(data());
const spec = (id: string) => specs.find((s) => s.id === id)!;

function boxesOf(texts: TextMark[]) {
  return texts.map((t) => ({ t, b: textBox(t.x, t.y, t.text, t.anchor) }));
}
function expectNoOverlap(texts: TextMark[], width: number, height: number) {
  const bs = boxesOf(texts);
  for (let i = 0; i < bs.length; i++) {
    const { b, t } = bs[i]!;
    expect(b.x, `"${t.text}" starts left of 0 at ${width}`).toBeGreaterThanOrEqual(-0.5);
    expect(b.x + b.w, `"${t.text}" overflows ${width}`).toBeLessThanOrEqual(width + 0.5);
    expect(b.y + b.h, `"${t.text}" below ${height}`).toBeLessThanOrEqual(height + 0.5);
    for (let j = i + 1; j < bs.length; j++) {
      expect(overlaps(b, bs[j]!.b), `"${t.text}" overlaps "${bs[j]!.t.text}" at ${width}`).toBe(false);
    }
  }
}
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('text helpers', () => {
  it('wraps to the width and never returns an over-long line of several words', () => {
    const lines = wrapText('ATF + USMS + DEA agents (combined) — planned · 1 source', 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) if (l.includes(' ')) expect(textWidth(l)).toBeLessThanOrEqual(120);
  });
  it('thins ticks whose labels would touch', () => {
    const ticks = [0, 10, 20, 30, 40].map((x) => ({ value: x, x, label: '2020' }));
    const kept = thinTicks(ticks);
    expect(kept.length).toBeLessThan(ticks.length);
    expect(kept[0]!.x).toBe(0);
  });
  it('prints the qualifier with the value', () => {
    expect(fmtValue(500, 'approx')).toBe('~500');
    expect(fmtValue(20000, 'more-than')).toBe('20,000+');
    expect(fmtValue(300, 'less-than')).toBe('<300');
    expect(fmtValue(2000, 'exact', 3000)).toBe('2,000–3,000');
    expect(fmtTick(2_200_000)).toBe('2.2M');
  });
});

describe('bars', () => {
  const rows = spec('personnel-by-agency').rows;
  it.each(WIDTHS)('keeps labels apart and inside %i px', (w) => {
    const l = layoutBars(rows, w);
    expectNoOverlap(l.labels, w, l.height);
    for (const b of l.bars) expect(b.x + b.w + b.wHigh).toBeLessThanOrEqual(w);
  });
  // Grouped by agency now (issue 18), so the longest bar is no longer first; one scale still
  // serves every group, so lengths compare across agencies.
  it('scales bars by value from zero on one scale for every agency group', () => {
    const l = layoutBars(rows, 600);
    const ng = l.bars.find((b) => b.key === 'f-ng')!;
    const cbp = l.bars.find((b) => b.key === 'f-a:p3s1#n1')!;
    expect(ng.w).toBeGreaterThan(cbp.w * 30);
    const ratio = (b: { w: number }, v: number) => b.w / v;
    expect(ratio(ng, 20000)).toBeCloseTo(ratio(l.bars.find((b) => b.key === 'f-e:p2s2#n1')!, 2200), 2);
    expect(ng.open).toBe(true);
    expect(cbp.approx).toBe(true);
  });
  it('rounds coordinates', () => {
    const l = layoutBars(rows, 288);
    for (const b of l.bars) for (const v of [b.x, b.y, b.w]) expect(decimals(v)).toBeLessThanOrEqual(1);
  });
  it('labels a combined figure as combined and prints the qualifier', () => {
    const l = layoutBars(rows, 600);
    expect(l.labels.some((t) => t.text.includes('ATF + USMS + DEA (combined) agents'))).toBe(true);
    expect(l.labels.map((t) => t.text)).toEqual(expect.arrayContaining(['~500', '20,000+']));
  });
});

describe('line', () => {
  const s = spec('border-encounters');
  it.each(WIDTHS)('places tick, break and point labels apart at %i px', (w) => {
    const l = layoutLine(s.rows, s.series, w, w < 480);
    expectNoOverlap([...l.xTicks, ...l.yTicks, ...l.pointLabels, ...l.notes], w, l.height);
  });
  it('starts the value axis at zero and covers the series years', () => {
    const l = layoutLine(s.rows, s.series, 600, false);
    expect(l.yTicks[0]!.text).toBe('0');
    expect(Number(l.xTicks[0]!.text)).toBeGreaterThanOrEqual(1960);
    expect(l.path.startsWith('M')).toBe(true);
    expect(l.path).not.toMatch(/\.\d{2,}/);
    expect(l.breaks).toHaveLength(1);
    expect(l.points).toHaveLength(1);
  });
  it('names a break within one fiscal year once in the legend ("FY2020", not "FY2020–FY2020")', () => {
    const one = { ...s.series!, breaks: [{ from_fy: 2020, to_fy: 2020, label: 'Title 42 expulsions counted from March 2020' }] };
    const l = layoutLine(s.rows, one, 600, false);
    const labels = l.legend.filter((i) => i.status === 'break').map((i) => [i.label, ...(i.more ?? [])].join(' '));
    expect(labels).toEqual(['FY2020: Title 42 expulsions counted from March 2020']);
    expect(fyRange(2020, 2023)).toBe('FY2020–FY2023');
  });
  it('draws article figures alone when there is no series', () => {
    const rows = s.rows.filter((r) => r.type === 'claim');
    const l = layoutLine(rows, undefined, 288, true);
    expect(l.path).toBe('');
    expect(l.points).toHaveLength(1);
  });
});

describe('timeline', () => {
  const rows = spec('deployment-timeline').rows;
  it.each(WIDTHS)('keeps labels and ticks apart at %i px', (w) => {
    const l = layoutTimeline(rows, w, w < 480);
    expectNoOverlap([...l.labels, ...l.ticks], w, l.height);
    expect(l.ticks.length).toBeGreaterThan(0);
    for (const e of l.events) expect(e.x + e.w).toBeLessThanOrEqual(w + 0.5);
  });
  it('orders events in time', () => {
    const l = layoutTimeline(rows, 600, false);
    const xs = l.events.map((e) => e.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('map', () => {
  const rows = spec('destination-map').rows;
  it.each(WIDTHS)('labels every city by name or number without overlap at %i px', (w) => {
    const l = layoutMap(rows, w);
    expectNoOverlap([...l.labels, ...l.key], w, l.height);
    expect(l.labels).toHaveLength(rows.length);
    const numbered = l.labels.filter((t) => t.cls === 'city-number');
    expect(l.key).toHaveLength(numbered.length);
  });
  it('keeps the base map small', () => {
    const l = layoutMap(rows, 600);
    expect(l.nation.length + l.states.length).toBeLessThan(40_000);
    expect(l.nation).not.toMatch(/\.\d{2,}/);
  });
  it('puts cities where Albers USA puts them (west coast left of east coast)', () => {
    const l = layoutMap(rows, 600);
    const la = l.cities.find((c) => c.key === 'los-angeles-ca')!;
    const ny = l.cities.find((c) => c.key === 'new-york-ny')!;
    expect(la.cx).toBeLessThan(150);
    expect(ny.cx).toBeGreaterThan(500);
  });
});
