// Property tests over random archives (issue 18): missing and year-0 dates, one figure, a hundred,
// ties, huge and tiny values, long agency names. For the layouts at 320, 768 and 1,200 px: no NaN,
// no coordinate outside the SVG, no year before 1900 on an axis, no overlapping labels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/charts/layout/bars.ts';
import { layoutLine } from '../../src/charts/layout/line.ts';
import { eventLabel, layoutTimeline } from '../../src/charts/layout/timeline.ts';
import type { TextMark } from '../../src/charts/layout/common.ts';
import { chartSpecs } from '../../src/charts/registry.ts';
import { overlaps, textBox } from '../../src/charts/text.ts';
import type { ChartData, StoryMeta } from '../../src/charts/types.ts';
import type { Claim, Status } from '../../src/pipeline/types.ts';
import { claim } from './charts-fixture.ts';

const WIDTHS = [320, 768, 1200];
const STATUSES: Status[] = ['requested', 'planned', 'ordered', 'deployed', 'completed', 'reported'];
const AGENCIES = [
  { id: 'DOD', name: 'Department of Defense', parent: null },
  { id: 'NORTHCOM', name: 'U.S. Northern Command', parent: 'DOD' },
  { id: 'USMC', name: 'U.S. Marine Corps', parent: 'DOD' },
  { id: 'DHS', name: 'Department of Homeland Security', parent: null },
  { id: 'CBP', name: 'U.S. Customs and Border Protection', parent: 'DHS' },
  { id: 'USBP', name: 'U.S. Border Patrol', parent: 'CBP' },
  { id: 'National Guard', name: 'National Guard', parent: null },
];

const isoDate = fc.oneof(
  fc.constant('0000-01-01'),
  fc.constant(''),
  fc.constant('not a date'),
  fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const period = fc.option(fc.tuple(isoDate, isoDate).map(([a, b]) => ({ from: a, to: b })), { nil: null });
const value = fc.oneof(fc.constantFrom(1, 2, 500, 20_000), fc.integer({ min: 1, max: 1_000_000_000 }), fc.double({ min: 0.01, max: 5, noNaN: true }));
const entity = fc.oneof(
  fc.constant<string[]>([]),
  fc.subarray(AGENCIES.map((a) => a.id), { minLength: 1, maxLength: 3 }),
  fc.string({ minLength: 30, maxLength: 120 }).map((s) => [`Agency ${s.replace(/\s+/g, ' ')}`]),
);

const archive = fc
  .array(fc.record({ value, status: fc.constantFrom(...STATUSES), entity, period, story: fc.nat({ max: 6 }), unit: fc.constantFrom('troops', 'agents', 'personnel', 'service members of a very long named unit') }), { minLength: 1, maxLength: 100 })
  .chain((figs) => fc.tuple(fc.constant(figs), fc.array(fc.tuple(isoDate, isoDate, fc.constantFrom('estimated', 'unknown', 'sidecar')), { minLength: 7, maxLength: 7 })))
  .map(([figs, periods]): ChartData => {
    const claims: Claim[] = figs.map((f, i) => claim({ id: `s${f.story}:p${i + 1}s1#n1`, value: f.value, unit: f.unit, status: f.status, entity: f.entity, time_resolved: f.period, time: f.period ? 'in the text' : null }));
    const stories: StoryMeta[] = periods.map(([from, to, kind], i) => ({ slug: `s${i}`, headline: `Story ${i}`, outlet: null, period: { from, to, label: `${from} to ${to}`, kind: kind as 'estimated' } }));
    return { claims, facts: [], checks: [], places: [], series: [], cities: [], stories, agencies: AGENCIES };
  });

function numbersOf(o: unknown, out: number[] = []): number[] {
  if (typeof o === 'number') out.push(o);
  else if (Array.isArray(o)) for (const v of o) numbersOf(v, out);
  else if (o && typeof o === 'object') for (const v of Object.values(o)) numbersOf(v, out);
  return out;
}

function expectSane(texts: TextMark[], marks: { x: number; y: number; w: number; h: number }[], width: number, height: number, what: string) {
  const boxes = texts.map((t) => ({ t, b: textBox(t.x, t.y, t.text, t.anchor) }));
  for (const { t, b } of boxes) {
    expect(b.x, `${what}: "${t.text}" left of 0`).toBeGreaterThanOrEqual(-0.5);
    expect(b.x + b.w, `${what}: "${t.text}" past ${width}`).toBeLessThanOrEqual(width + 0.5);
    expect(b.y, `${what}: "${t.text}" above 0`).toBeGreaterThanOrEqual(-0.5);
    expect(b.y + b.h, `${what}: "${t.text}" below ${height}`).toBeLessThanOrEqual(height + 0.5);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlaps(boxes[i]!.b, boxes[j]!.b), `${what}: "${boxes[i]!.t.text}" overlaps "${boxes[j]!.t.text}"`).toBe(false);
  for (const m of marks) {
    expect(m.x, what).toBeGreaterThanOrEqual(-0.5);
    expect(m.x + m.w, what).toBeLessThanOrEqual(width + 0.5);
    expect(m.y + m.h, what).toBeLessThanOrEqual(height + 0.5);
  }
}

describe('layouts over random archives', () => {
  it('personnel by agency: finite, inside, no overlaps, unattributed never drawn', () => {
    fc.assert(
      fc.property(archive, (data) => {
        const spec = chartSpecs(data).find((s) => s.id === 'personnel-by-agency');
        if (!spec || spec.kind !== 'bars') return;
        for (const w of WIDTHS) {
          const l = layoutBars(spec.rows, w);
          for (const v of numbersOf(l)) expect(Number.isFinite(v)).toBe(true);
          expectSane(l.labels, l.bars.map((b) => ({ x: b.x, y: b.y, w: b.w + b.wHigh, h: b.h })), w, l.height, `bars@${w}`);
          const drawn = new Set(l.bars.map((b) => b.key));
          for (const r of spec.rows) if (r.entity.length === 0) expect(drawn.has(r.key)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
  it('timeline: finite, inside, no overlaps, no year before 1900 on the axis, undated never placed', () => {
    fc.assert(
      fc.property(archive, (data) => {
        const spec = chartSpecs(data).find((s) => s.id === 'deployment-timeline');
        if (!spec) return;
        for (const w of WIDTHS) {
          const l = layoutTimeline(spec.rows, w, w < 480);
          for (const v of numbersOf(l)) expect(Number.isFinite(v)).toBe(true);
          expectSane([...l.labels, ...l.ticks, ...l.undated], l.events, w, l.height, `timeline@${w}`);
          for (const t of l.ticks) {
            const y = Number(/\d{4}/.exec(t.text)?.[0]);
            expect(y, t.text).toBeGreaterThanOrEqual(1900);
          }
          expect(new Set(l.ticks.map((t) => t.text)).size, 'tick labels repeat').toBe(l.ticks.length);
          const placed = new Set(l.events.map((e) => e.key));
          for (const r of spec.rows) if (!r.from || !r.to) expect(placed.has(r.key)).toBe(false);
          // Each placed lane says its own date (the axis may be a screen below).
          for (const r of spec.rows) if (placed.has(r.key)) expect(eventLabel(r)).toMatch(/ · (c\. )?[A-Z]?[a-z]{0,2} ?\d{4}(–\d{4})?$/);
        }
      }),
      { numRuns: 60 },
    );
  });
  it('line: random series and claims stay finite and inside, ticks and point labels apart', () => {
    // Ties (one year, about one value) pile points on one spot, as archives do.
    const rows = fc.array(fc.record({ fy: fc.oneof(fc.constant(2025), fc.integer({ min: 1900, max: 2030 })), v: fc.oneof(fc.constantFrom(2_000_000, 2_010_000), value), claim: fc.boolean() }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(rows, (rs) => {
        const seen = new Set<number>();
        const chartRows = rs
          .filter((r) => r.claim || (!seen.has(r.fy) && seen.add(r.fy)))
          .map((r, i) => ({ key: `k${i}`, type: r.claim ? 'claim' : 'reference', label: 'x', value: r.v, value_high: null, display: String(r.v), qualifier: 'exact', status: null, unit: 'encounters', entity: [], combined: false, fiscal_year: r.fy, from: null, to: null, period_label: null, city: null, lat: null, lon: null, claim_ids: [], fact_id: null, stories: ['s'], story_count: 1, quote: '', source_url: null, series: null, verdict: null }) as const);
        for (const w of WIDTHS) {
          const l = layoutLine(chartRows as never, undefined, w, w < 480);
          for (const v of numbersOf({ ...l, path: 0 })) expect(Number.isFinite(v)).toBe(true);
          expect(l.path).not.toMatch(/NaN/);
          expectSane([...l.xTicks, ...l.yTicks, ...l.pointLabels, ...l.notes], [], w, l.height, `line@${w}`);
          for (const t of l.xTicks) expect(Number(t.text)).toBeGreaterThanOrEqual(1900);
        }
      }),
      { numRuns: 60 },
    );
  });
});
