// Timeline: one lane per event (what, by whom, how many), a bar over its estimated period,
// label above the bar so labels never collide; time axis at the bottom with thinned ticks.
import { max, min } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { Status } from '../../pipeline/types.ts';
import { r } from '../format.ts';
import { LINE_HEIGHT, textWidth, thinTicks, wrapText } from '../text.ts';
import type { ChartRow } from '../types.ts';
import { legendRows, type LegendItem, type TextMark } from './common.ts';

export interface TimelineLayout {
  width: number;
  height: number;
  legend: LegendItem[];
  events: { key: string; x: number; y: number; w: number; h: number; status: Status; tip: string }[];
  labels: TextMark[];
  axisY: number;
  ticks: TextMark[];
}

const LANE_H = 14;

function day(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function eventLabel(row: ChartRow): string {
  return `${row.display} ${row.label} — ${row.status ?? 'reported'}`;
}

export function layoutTimeline(rows: ChartRow[], width: number, narrow: boolean): TimelineLayout {
  const dated = rows.filter((d) => d.from && d.to);
  const statuses = [...new Set(dated.map((d) => d.status ?? 'reported'))];
  const legend = legendRows(statuses.map((s) => ({ status: s, label: s })), width, 14);
  const lo = min(dated, (d) => day(d.from!)) ?? new Date(Date.UTC(2025, 0, 1));
  const hi = max(dated, (d) => day(d.to!)) ?? new Date(Date.UTC(2025, 11, 31));
  const span = Math.max(hi.getTime() - lo.getTime(), 86400000 * 30);
  const padMs = span * 0.04;
  const x = scaleUtc()
    .domain([new Date(lo.getTime() - padMs), new Date(lo.getTime() + span + padMs)])
    .range([0, width]);
  const events: TimelineLayout['events'] = [];
  const labels: TextMark[] = [];
  let y = legend.bottom + 10;
  for (const row of dated) {
    for (const ln of wrapText(eventLabel(row), width)) {
      y += LINE_HEIGHT;
      labels.push({ x: 0, y: r(y - 4), text: ln, anchor: 'start', cls: 'label' });
    }
    y += 2;
    const x0 = x(day(row.from!));
    const x1 = x(day(row.to!));
    const w = Math.max(6, x1 - x0);
    events.push({
      key: row.key,
      x: r(Math.min(x0, width - w)),
      y: r(y),
      w: r(w),
      h: LANE_H,
      status: row.status ?? 'reported',
      tip: `${eventLabel(row)}; ${row.period_label ?? ''}`,
    });
    y += LANE_H + 10;
  }
  const axisY = r(y + 2);
  const months = span < 86400000 * 400;
  const fmt = utcFormat(months ? '%b %Y' : '%Y');
  const cand = x.ticks(narrow ? 3 : 6).map((d) => ({ value: d, x: x(d), label: fmt(d) }));
  const inside = cand.filter((t) => t.x - textWidth(t.label) / 2 >= 0 && t.x + textWidth(t.label) / 2 <= width);
  const ticks = thinTicks(inside, 10).map((t) => ({ x: r(t.x), y: axisY + 17, text: t.label, anchor: 'middle' as const, cls: 'tick' }));
  return { width, height: r(axisY + 24), legend: legend.items, events, labels, axisY, ticks };
}
