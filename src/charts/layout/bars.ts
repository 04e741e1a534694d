// Personnel bars: one horizontal bar per figure, label above the bar (never beside it, so labels
// cannot collide at any width), value printed after the bar end with its qualifier ("~500", "500+").
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { r } from '../format.ts';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from '../text.ts';
import type { ChartRow } from '../types.ts';
import { stageOf, stagesPresent, statusLabel, type Stage } from '../status.ts';
import { legendRows, stageLegend, type LegendItem, type TextMark } from './common.ts';

export interface BarMark {
  key: string;
  x: number;
  y: number;
  w: number;
  /** Upper end of a range, drawn lighter; 0 when none. */
  wHigh: number;
  h: number;
  status: Stage;
  /** "more than" draws an open arrow beyond the bar end. */
  open: boolean;
  approx: boolean;
  tip: string;
}

export interface BarsLayout {
  width: number;
  height: number;
  legend: LegendItem[];
  bars: BarMark[];
  labels: TextMark[];
}

const BAR_H = 18;

export function barLabel(row: ChartRow): string {
  const n = row.stories.length;
  return `${row.label} — ${statusLabel(row.status)} · ${n} ${n === 1 ? 'source' : 'sources'}`;
}

export function layoutBars(rows: ChartRow[], width: number): BarsLayout {
  const legend = legendRows(stageLegend(stagesPresent(rows.map((d) => d.status))), width, 14);
  const valueW = max(rows, (d) => textWidth(d.display, FONT_SIZE)) ?? 0;
  const x = scaleLinear()
    .domain([0, max(rows, (d) => d.value_high ?? d.value ?? 0) ?? 1])
    .range([0, Math.max(40, width - valueW - 30)]);
  const bars: BarMark[] = [];
  const labels: TextMark[] = [];
  let y = legend.bottom + 12;
  for (const row of rows) {
    const lines = wrapText(barLabel(row), width);
    for (const line of lines) {
      y += LINE_HEIGHT;
      labels.push({ x: 0, y: r(y - 4), text: line, anchor: 'start', cls: 'label' });
    }
    y += 2;
    const v = row.value ?? 0;
    const w = Math.max(2, x(v));
    const wHigh = row.value_high !== null && row.value_high > v ? x(row.value_high) - w : 0;
    const open = row.qualifier === 'more-than';
    bars.push({
      key: row.key,
      x: 0,
      y: r(y),
      w: r(w),
      wHigh: r(wHigh),
      h: BAR_H,
      status: stageOf(row.status),
      open,
      approx: row.qualifier === 'approx',
      tip: `${row.label}: ${row.display} ${row.unit}, ${statusLabel(row.status)}`,
    });
    labels.push({ x: r(w + wHigh + (open ? 14 : 6)), y: r(y + BAR_H / 2 + FONT_SIZE * 0.35), text: row.display, anchor: 'start', cls: 'value' });
    y += BAR_H + 10;
  }
  return { width, height: r(y + 2), legend: legend.items, bars, labels };
}
