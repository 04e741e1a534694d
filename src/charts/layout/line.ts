// Border encounters: the reference series as a line over fiscal years, break spans shaded,
// article claims as numbered points. The claims' text sits in a list under the plot
// (numbered to match), so annotations never collide however close their points are.
import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { fmtTick, r, verdictWords } from '../format.ts';
import { FONT_SIZE, LINE_HEIGHT, textBox, textWidth, thinTicks, wrapText, type Box } from '../text.ts';
import type { ChartRow, SeriesInfo } from '../types.ts';
import { FIT, legendRows, type LegendItem, type TextMark } from './common.ts';
import { placePointLabels } from './point-labels.ts';

export interface LineLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; w: number; h: number };
  legend: LegendItem[];
  path: string;
  breaks: { x: number; w: number; label: TextMark | null }[];
  xTicks: TextMark[];
  yTicks: (TextMark & { gridY: number })[];
  points: { key: string; cx: number; cy: number; n: number; tip: string; verdict: string | null }[];
  pointLabels: TextMark[];
  notes: TextMark[];
  /** Monthly charts: one mark per month of the series (when months are too close for marks, lone months only). */
  refDots: { cx: number; cy: number }[];
}

/** Least spacing (px) between months for each month's 7 px mark to stay apart from the next. */
export const MARK_ROOM = 10;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-07" → a month count (year × 12 + month − 1), so months are evenly spaced. */
export function monthNumber(m: string): number {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}
function monthText(v: number): string {
  return `${MONTHS[((v % 12) + 12) % 12]} ${Math.floor(v / 12)}`;
}

/** "FY2020–FY2023", or "FY2020" for a break within one year (not "FY2020–FY2020"). */
export function fyRange(from: number, to: number): string {
  return from === to ? `FY${from}` : `FY${from}–FY${to}`;
}

/**
 * `frame` (fiscal years, or month numbers for a monthly chart): the window a story or an embed
 * draws (ChartSpec.frame); rows outside it are left out of this drawing, not out of the data.
 */
export function layoutLine(rows: ChartRow[], series: SeriesInfo | undefined, width: number, narrow: boolean, frame?: { from: number; to: number }): LineLayout {
  // Monthly rows (issue 18): the x axis runs by calendar month, labelled "Jul 2025"; else by fiscal year.
  const monthly = rows.some((d) => d.month);
  const at = (d: ChartRow) => (monthly ? (d.month ? monthNumber(d.month) : null) : d.fiscal_year);
  const periodText = (d: ChartRow) => (monthly ? monthText(at(d)!) : `FY${d.fiscal_year}`);
  const inFrame = (d: ChartRow) => { const v = at(d); return v !== null && (!frame || (v >= frame.from && v <= frame.to)); };
  const ref = rows.filter((d) => d.type === 'reference' && inFrame(d) && d.value !== null && Number.isFinite(d.value));
  const claims = rows.filter((d) => d.type === 'claim' && inFrame(d) && d.value !== null && Number.isFinite(d.value));
  const legendItems: { status: LegendItem['status']; label: string }[] = [];
  if (ref.length) legendItems.push({ status: 'line', label: series?.name ?? 'Reference series' });
  if (claims.length) legendItems.push({ status: 'point', label: 'Figure in an article' });
  // Break spans are named in the legend (with their years), not over the plot where long labels would collide.
  const years = [...ref, ...claims].map((d) => at(d)!);
  const [y0 = monthly ? 2025 * 12 : 2000, y1 = monthly ? 2025 * 12 + 11 : 2025] = extent(years) as [number, number];
  // Only breaks inside the drawn years: a framed view does not name a span it does not show.
  for (const b of monthly ? [] : series?.breaks ?? []) if (b.to_fy >= y0 && b.from_fy <= y1) legendItems.push({ status: 'break', label: `${fyRange(b.from_fy, b.to_fy)}: ${b.label}` });
  const legend = legendRows(legendItems, width, 14);
  const vmax = max([...ref, ...claims], (d) => Math.max(d.value ?? 0, d.value_high ?? 0)) ?? 1;
  const y = scaleLinear().domain([0, vmax]).nice(narrow ? 4 : 5);
  const yTickVals = y.ticks(narrow ? 4 : 5);
  const yLabelW = max(yTickVals, (v) => textWidth(fmtTick(v))) ?? 20;
  const top = legend.bottom + 12;
  const plotH = narrow ? 190 : 280;
  const lastYearHalf = textWidth(monthly ? monthText(y1) : String(y1)) / 2;
  // The first year's label is centred on the plot's left edge: leave room for its half too.
  const left = Math.max(yLabelW + 8, textWidth(monthly ? monthText(y0) : String(y0)) / 2 + 1);
  const plot = { x: r(left), y: top, w: r(width - left - lastYearHalf - 2), h: plotH };
  const pad = y0 === y1 ? 1 : 0;
  const x = scaleLinear().domain([y0 - pad, y1 + pad]).range([plot.x, plot.x + plot.w]);
  y.range([plot.y + plot.h, plot.y]);

  const sorted = [...ref].sort((a, b) => at(a)! - at(b)!);
  const gen = line<ChartRow>()
    .x((d) => x(at(d)!))
    .y((d) => y(d.value!))
    .digits(1);
  // By month, a gap in the series is a gap in the line (nothing interpolated), and each month
  // the series holds gets its own mark, so a lone month still shows.
  const segments: ChartRow[][] = [];
  for (const d of sorted) {
    const last = segments[segments.length - 1];
    if (last && (!monthly || at(d)! - at(last[last.length - 1]!)! === 1)) last.push(d);
    else segments.push([d]);
  }
  const path = segments.filter((g) => g.length > 1).map((g) => gen(g) ?? '').join('');
  // Where months are closer than a mark is wide (47 months in a 320 px chart: 5 px apart, 7 px
  // marks), the marks pile into a thick band; then only lone months (no line through them) keep one.
  const monthStep = plot.w / Math.max(1, y1 - y0);
  const lone = new Set(segments.filter((g) => g.length === 1).flat());
  const refDots = monthly ? sorted.filter((d) => monthStep >= MARK_ROOM || lone.has(d)).map((d) => ({ cx: r(x(at(d)!)), cy: r(y(d.value!)) })) : [];

  const breaks = (monthly ? [] : series?.breaks ?? [])
    .filter((b) => b.to_fy >= y0 && b.from_fy <= y1)
    .map((b) => {
      const bx = x(Math.max(b.from_fy, y0) - 0.5);
      const bw = x(Math.min(b.to_fy, y1) + 0.5) - bx;
      return { x: r(bx), w: r(bw), label: null as TextMark | null };
    });

  const yTicks = yTickVals.map((v) => ({ x: plot.x - 6, y: r(y(v) + FONT_SIZE * 0.35), gridY: r(y(v)), text: fmtTick(v), anchor: 'end' as const, cls: 'tick' }));
  const xCand = monthly
    ? Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i).map((v) => ({ value: v, x: x(v), label: monthText(v) }))
    : x.ticks(narrow ? 4 : 8).filter((v) => Number.isInteger(v) && v >= y0 && v <= y1).map((v) => ({ value: v, x: x(v), label: String(v) }));
  // Only years the data covers are labelled: a lone year's padding is not a year of data (nor 1899).
  const xTicks = thinTicks(xCand, 10).map((t) => ({ x: r(t.x), y: plot.y + plot.h + 21, text: t.label, anchor: 'middle' as const, cls: 'tick' }));

  // Points numbered by period, ties in the spec's order (the notes under the plot and the spec's
  // description use the same numbers; a locale-aware key compare here once disagreed with them).
  const ordered = [...claims].sort((a, b) => at(a)! - at(b)!);
  const points = ordered.map((d, i) => ({
    key: d.key,
    cx: r(x(at(d)!)),
    cy: r(y(d.value!)),
    n: i + 1,
    tip: `${d.display} ${d.unit}, ${periodText(d)}${d.verdict ? ` (${verdictWords(d.verdict, d.series, series?.id)})` : ''}`,
    verdict: d.verdict,
  }));
  // Points on one spot share a label; every label clear of the axes' text (point-labels.ts).
  const taken: Box[] = [...xTicks, ...yTicks].map((t) => textBox(t.x, t.y, t.text, t.anchor));
  // The monthly series' own marks (7 px squares) are kept clear too: a number on one reads as part of the line.
  const marks: Box[] = refDots.map((d) => ({ x: d.cx - 3.5, y: d.cy - 3.5, w: 7, h: 7 }));
  const pointLabels = placePointLabels(points, taken, { x: 0, y: plot.y - 8, w: width, h: plot.h + 8 }, width, marks);

  // Numbered notes under the plot, wrapped to the width.
  const notes: TextMark[] = [];
  let ny = plot.y + plot.h + 30;
  ordered.forEach((d, i) => {
    const text = `${i + 1}. ${d.display} ${d.unit}, ${periodText(d)}${d.verdict ? ` — ${verdictWords(d.verdict, d.series, series?.id)}` : ''}${d.story_count ? ` (${d.story_count} ${d.story_count === 1 ? 'story' : 'stories'})` : ''}`;
    // Wrapped to FIT of the width, as every long label is: the width estimate runs narrow for wide fonts.
    for (const [j, ln] of wrapText(text, width * FIT - 16).entries()) {
      ny += LINE_HEIGHT;
      notes.push({ x: j === 0 ? 0 : 16, y: r(ny), text: ln, anchor: 'start', cls: 'note' });
    }
  });
  return { width, height: r(ny + 8), plot, legend: legend.items, path, breaks, xTicks, yTicks, points, pointLabels, notes, refDots };
}
