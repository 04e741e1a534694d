// Number labels for numbered points (the line chart's article figures). Points that sit on one
// another (an archive often holds several figures for the same year and about the same value)
// share one label ("1–4", "2, 5"), so labels cannot pile up on one spot. A label goes next to
// its points when a spot is free; else at the nearest free spot inside the plot; text never
// overlaps other text.
import { r } from '../format.ts';
import { overlaps, textBox, textWidth, type Box } from '../text.ts';
import type { TextMark } from './common.ts';

export interface NumberedPoint {
  cx: number;
  cy: number;
  n: number;
}

/** Points closer than this (px, centre to centre) read as one spot: their circles (r 5.5) touch. */
export const SAME_SPOT = 11;

/** "1, 2, 3, 5" → "1–3, 5". */
export function numberRuns(ns: number[]): string {
  const sorted = [...new Set(ns)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Groups points within SAME_SPOT of a group's first point, in order of n. */
export function clusterPoints(points: NumberedPoint[]): NumberedPoint[][] {
  const groups: NumberedPoint[][] = [];
  for (const p of [...points].sort((a, b) => a.n - b.n)) {
    const g = groups.find((g) => Math.hypot(g[0]!.cx - p.cx, g[0]!.cy - p.cy) < SAME_SPOT);
    if (g) g.push(p);
    else groups.push([p]);
  }
  return groups;
}

/**
 * Places one label per cluster. `taken`: boxes of text already drawn (ticks); `area`: where labels
 * may go (the plot, a little above it); `marks`: other drawn marks to keep clear. Circles and marks
 * are avoided next to the points and, when it can, by the fallback search; text always is.
 */
export function placePointLabels(points: NumberedPoint[], taken: Box[], area: Box, width: number, marks: Box[] = []): TextMark[] {
  const clusters = clusterPoints(points);
  const texts: Box[] = [...taken];
  // Other marks a label must not cover (a monthly series' squares) are avoided like the points' circles.
  const circles: Box[] = [...points.map((p) => ({ x: p.cx - 6, y: p.cy - 6, w: 12, h: 12 })), ...marks];
  const inside = (b: Box) => b.x >= Math.max(0, area.x) && b.x + b.w <= Math.min(width, area.x + area.w) && b.y >= area.y && b.y + b.h <= area.y + area.h;
  const out: TextMark[] = [];
  for (const g of clusters) {
    const t = numberRuns(g.map((p) => p.n));
    const tw = textWidth(t);
    const cx = g.reduce((s, p) => s + p.cx, 0) / g.length;
    const top = Math.min(...g.map((p) => p.cy));
    const bottom = Math.max(...g.map((p) => p.cy));
    const near: [number, number][] = [];
    for (const d of [12, 24, 36, 48])
      near.push([cx - tw / 2, top - d + 2], [cx + d - 4, (top + bottom) / 2 + 4], [cx - d - tw + 4, (top + bottom) / 2 + 4], [cx - tw / 2, bottom + d + 6]);
    const free = (x: number, y: number, avoidCircles: boolean) => {
      const box = textBox(x, y, t, 'start');
      if (!inside(box) || texts.some((o) => overlaps(o, box, 1))) return null;
      if (avoidCircles && circles.some((o) => overlaps(o, box, 1))) return null;
      return box;
    };
    let spot: { x: number; y: number; box: Box } | null = null;
    for (const [x, y] of near) {
      const box = free(x, y, true);
      if (box) {
        spot = { x, y, box };
        break;
      }
    }
    // Else the nearest free spot on a 4 px grid over the area: clear of circles if any is, else of text.
    if (!spot) {
      const grid: [number, number, number][] = [];
      for (let y = area.y + 12; y <= area.y + area.h; y += 4)
        for (let x = Math.max(0, area.x); x + tw <= Math.min(width, area.x + area.w); x += 4) grid.push([x, y, Math.hypot(x + tw / 2 - cx, y - 4 - top)]);
      grid.sort((a, b) => a[2] - b[2]);
      for (const avoidCircles of [true, false]) {
        const hit = grid.find(([x, y]) => free(x, y, avoidCircles));
        if (hit) {
          spot = { x: hit[0], y: hit[1], box: textBox(hit[0], hit[1], t, 'start') };
          break;
        }
      }
    }
    const s = spot ?? { x: cx + 8, y: top + 4, box: textBox(cx + 8, top + 4, t, 'start') };
    texts.push(s.box);
    out.push({ x: r(s.x), y: r(s.y), text: t, anchor: 'start', cls: 'point-label' });
  }
  return out;
}
