// Number labels of the line chart's points: points on one spot share a label, no two labels
// overlap, each label stays in its area (archive case: four figures for one year, about one value).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterPoints, numberRuns, placePointLabels, SAME_SPOT } from '../../src/charts/layout/point-labels.ts';
import { overlaps, textBox } from '../../src/charts/text.ts';

describe('numberRuns', () => {
  it('compresses runs of three or more and keeps pairs and singles', () => {
    expect(numberRuns([4, 1, 2, 3])).toBe('1–4');
    expect(numberRuns([1, 2, 5])).toBe('1, 2, 5');
    expect(numberRuns([7, 3, 9, 8, 3])).toBe('3, 7–9');
    expect(numberRuns([6])).toBe('6');
  });
});

describe('placePointLabels', () => {
  const area = { x: 0, y: 40, w: 288, h: 198 };
  it('gives points piled on one spot a single label', () => {
    const pts = [
      { cx: 237.1, cy: 317.3 - 120, n: 1 },
      { cx: 237.1, cy: 319.6 - 120, n: 2 },
      { cx: 237.1, cy: 321.8 - 120, n: 3 },
      { cx: 237.1, cy: 321.5 - 120, n: 4 },
      { cx: 268.4, cy: 308 - 120, n: 5 },
    ];
    const labels = placePointLabels(pts, [], area, 288);
    expect(labels.map((l) => l.text)).toEqual(['1–4', '5']);
  });

  it('never overlaps two labels or leaves the area, however the points crowd', () => {
    const point = fc.record({ cx: fc.oneof(fc.constantFrom(20, 150, 270), fc.double({ min: 0, max: 288, noNaN: true })), cy: fc.oneof(fc.constantFrom(60, 200), fc.double({ min: 40, max: 238, noNaN: true })) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 80 }), (raw) => {
        const pts = raw.map((p, i) => ({ ...p, n: i + 1 }));
        const tick = textBox(144, 250, '2025', 'middle');
        const labels = placePointLabels(pts, [tick], area, 288);
        expect(labels.length).toBe(clusterPoints(pts).length);
        const boxes = labels.map((l) => textBox(l.x, l.y, l.text, l.anchor));
        for (const [i, b] of boxes.entries()) {
          expect(b.x).toBeGreaterThanOrEqual(-0.5);
          expect(b.x + b.w).toBeLessThanOrEqual(288.5);
          expect(overlaps(b, tick)).toBe(false);
          for (const c of boxes.slice(i + 1)) expect(overlaps(b, c), `${labels[i]!.text}`).toBe(false);
        }
        // Every number is in exactly one label.
        const ns = labels.flatMap((l) => l.text.split(', ').flatMap((run) => {
          const [a, b] = run.split('–').map(Number);
          return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, k) => a! + k);
        }));
        expect(ns.sort((a, b) => a - b)).toEqual(pts.map((p) => p.n));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps apart points that only look close', () => {
    const groups = clusterPoints([{ cx: 0, cy: 0, n: 1 }, { cx: SAME_SPOT + 1, cy: 0, n: 2 }]);
    expect(groups.length).toBe(2);
  });
});
