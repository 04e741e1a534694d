// Destination map: US states (us-atlas, pre-projected Albers USA at 975×610) scaled to the width,
// points thinned to whole-pixel steps so the path stays small; cities labelled by name where a
// name fits clear of everything else, otherwise by a number explained in the key under the map.
import { geoAlbersUsa, geoPath, geoTransform } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopo from 'us-atlas/states-albers-10m.json' with { type: 'json' };
import { r } from '../format.ts';
import { relativePath } from './relative-path.ts';
import { LINE_HEIGHT, overlaps, textBox, textWidth, wrapText, type Box } from '../text.ts';
import type { ChartRow } from '../types.ts';
import type { TextMark } from './common.ts';

export interface MapLayout {
  width: number;
  height: number;
  mapH: number;
  /** Outline and state borders at BASEMAP_WIDTH; drawn scaled by `baseScale`. */
  nation: string;
  states: string;
  baseScale: number;
  cities: { key: string; cx: number; cy: number; tip: string; name: string }[];
  labels: TextMark[];
  key: TextMark[];
}

const topo = statesTopo as unknown as Topology<{ states: GeometryCollection; nation: GeometryCollection }>;
const projection = geoAlbersUsa().scale(1300).translate([487.5, 305]);

/** Scale the pre-projected geometry and drop points closer than `minStep` px to the last kept one. */
function scaledPath(k: number, minStep: number) {
  let lx = NaN;
  let ly = NaN;
  const t = geoTransform({
    point(x, y) {
      const px = x * k;
      const py = y * k;
      if (Number.isNaN(lx) || Math.abs(px - lx) + Math.abs(py - ly) >= minStep) {
        lx = px;
        ly = py;
        this.stream.point(px, py);
      }
    },
    lineStart() {
      lx = NaN;
      this.stream.lineStart();
    },
  });
  // Whole pixels: a tenth of a pixel is invisible on a state border and costs a third of the path.
  return geoPath(t).digits(0);
}

const cache = new Map<number, { nation: string; states: string }>();
function basemap(width: number) {
  let m = cache.get(width);
  if (!m) {
    const k = width / 975;
    const p = scaledPath(k, width < 500 ? 3 : 5);
    const nation = relativePath(p(feature(topo, topo.objects.nation)) ?? '');
    const states = relativePath(p(mesh(topo, topo.objects.states, (a, b) => a !== b)) ?? '');
    m = { nation, states };
    cache.set(width, m);
  }
  return m;
}

/**
 * The base map is drawn once at this width and scaled: a page carries the chart at two widths
 * (narrow and wide), and the second copy of the paths made the map's embed page the heaviest.
 */
export const BASEMAP_WIDTH = 600;

export function layoutMap(rows: ChartRow[], width: number): MapLayout {
  const k = width / 975;
  const mapH = r(610 * k);
  const { nation, states } = basemap(BASEMAP_WIDTH);
  const baseScale = Math.round((width / BASEMAP_WIDTH) * 10000) / 10000;
  const located = rows
    .filter((d) => d.lat !== null && d.lon !== null)
    .map((d) => ({ row: d, p: projection([d.lon!, d.lat!]) }))
    .filter((d): d is { row: ChartRow; p: [number, number] } => d.p !== null)
    // West to east, so numbers read left to right.
    .sort((a, b) => a.p[0] - b.p[0] || a.row.key.localeCompare(b.row.key));
  const cities = located.map((d) => ({ key: d.row.key, cx: r(d.p[0] * k), cy: r(d.p[1] * k), tip: d.row.label, name: d.row.label.split(',')[0]! }));
  const taken: Box[] = cities.map((c) => ({ x: c.cx - 5, y: c.cy - 5, w: 10, h: 10 }));
  const labels: TextMark[] = [];
  const numbered: { n: number; label: string }[] = [];
  const fits = (b: Box) => b.x >= 0 && b.x + b.w <= width && b.y >= 0 && b.y + b.h <= mapH && !taken.some((o) => overlaps(o, b, 2));
  type Cand = [number, number, 'start' | 'end' | 'middle'];
  const candidates = (cx: number, cy: number, dist: number): Cand[] => [
    [cx + dist, cy + 4, 'start'],
    [cx - dist, cy + 4, 'end'],
    [cx, cy - dist - 1, 'middle'],
    [cx, cy + dist + 11, 'middle'],
    [cx + dist, cy - dist, 'start'],
    [cx - dist, cy - dist, 'end'],
    [cx + dist, cy + dist + 8, 'start'],
    [cx - dist, cy + dist + 8, 'end'],
  ];
  const place = (c: { cx: number; cy: number }, t: string, dists: number[]): TextMark | null => {
    for (const d of dists)
      for (const [x, y, a] of candidates(c.cx, c.cy, d)) {
        const b = textBox(x, y, t, a);
        if (fits(b)) {
          taken.push(b);
          return { x: r(x), y: r(y), text: t, anchor: a, cls: 'city-label' };
        }
      }
    return null;
  };
  // Names first (all of them, in order), then numbers for those without room.
  const pending: number[] = [];
  cities.forEach((c, i) => {
    const m = place(c, c.name, [7]);
    if (m) labels.push(m);
    else pending.push(i);
  });
  let n = 0;
  for (const i of pending) {
    const c = cities[i]!;
    n += 1;
    const m = place(c, String(n), [7, 12, 18, 26]) ?? { x: r(c.cx + 7), y: r(c.cy + 4), text: String(n), anchor: 'start' as const, cls: 'city-label' };
    labels.push({ ...m, cls: 'city-number' });
    numbered.push({ n, label: c.tip });
  }
  const key: TextMark[] = [];
  let y = mapH + 8;
  for (const it of numbered) {
    for (const [j, ln] of wrapText(`${it.n}. ${it.label}`, width - 16).entries()) {
      y += LINE_HEIGHT;
      key.push({ x: j === 0 ? 0 : 16, y: r(y), text: ln, anchor: 'start', cls: 'note' });
    }
  }
  return { width, height: r(y + 8), mapH, nation, states, baseScale, cities, labels, key };
}
