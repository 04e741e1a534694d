// Timeline: one lane per event (what, by whom, how many), label above its mark so labels never
// collide. A figure the text dates itself is a bar over that period; a figure dated only by its
// story's estimated period is a whisker over that period (where it may be, not how long it
// lasted), marked "estimated"; a figure with no date at all is listed under the axis, never
// placed on it. The axis spans the data, within sane bounds (timeDomain).
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { r } from '../format.ts';
import { stageOf, stagesPresent, statusLabel, type Stage } from '../status.ts';
import { LINE_HEIGHT, textWidth, thinTicks, wrapText } from '../text.ts';
import type { ChartRow } from '../types.ts';
import { dateWords } from './bars.ts';
import { FIT, legendRows, stageLegend, type LegendItem, type TextMark } from './common.ts';

export interface TimelineEvent {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  status: Stage;
  /** 'stated': the text dates it (a bar); 'estimated': the story's period (a whisker). */
  dated: 'stated' | 'estimated';
  tip: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  legend: LegendItem[];
  events: TimelineEvent[];
  labels: TextMark[];
  axisY: number;
  ticks: TextMark[];
  /** Figures without a usable date, listed under the axis. */
  undated: TextMark[];
}

const LANE_H = 14;
const DAY = 86_400_000;
/** Earliest year an estimated date may start; a date the text states may go back to FLOOR_YEAR. */
export const ESTIMATE_FLOOR_YEAR = 1990;
export const FLOOR_YEAR = 1900;

function day(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function validIso(s: string | null): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return false;
  return Number.isFinite(day(s).getTime());
}

/**
 * The period a row may be drawn over, or null when it has no usable date: missing, unparseable,
 * before FLOOR_YEAR (year 0 from an unknown date), or, for an estimate, wholly before
 * ESTIMATE_FLOOR_YEAR (an estimate starting earlier is cut there). `to` before `from` is swapped.
 */
export function drawnPeriod(row: Pick<ChartRow, 'from' | 'to' | 'date_kind'>): { from: Date; to: Date } | null {
  if (!validIso(row.from) || !validIso(row.to)) return null;
  let a = day(row.from);
  let b = day(row.to);
  if (b < a) [a, b] = [b, a];
  const floor = Date.UTC(row.date_kind === 'stated' ? FLOOR_YEAR : ESTIMATE_FLOOR_YEAR, 0, 1);
  if (b.getTime() < floor) return null;
  if (a.getTime() < floor) a = new Date(floor);
  return { from: a, to: b };
}

/** Domain of the axis: the drawn periods padded by 4 %, at least 30 days, never before FLOOR_YEAR. */
export function timeDomain(periods: { from: Date; to: Date }[]): [Date, Date] {
  if (periods.length === 0) return [new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2025, 11, 31))];
  const lo = Math.min(...periods.map((p) => p.from.getTime()));
  const hi = Math.max(...periods.map((p) => p.to.getTime()));
  const span = Math.max(hi - lo, DAY * 30);
  const pad = span * 0.04;
  return [new Date(Math.max(Date.UTC(FLOOR_YEAR, 0, 1), lo - pad)), new Date(lo + span + pad)];
}

/**
 * "1,500 DOD troops — ordered or planned · May 2023"; "c. 2025" when the date is the story's.
 * The date is in the label because on a long archive the axis is far below most lanes.
 */
export function eventLabel(row: ChartRow): string {
  // The period as drawn (cut at the floor year), so label and lane agree.
  const p = drawnPeriod(row);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const when = p ? dateWords({ from: iso(p.from), to: iso(p.to), date_kind: row.date_kind === 'stated' ? 'stated' : 'estimated' }) : 'undated';
  return `${row.display} ${row.label} — ${statusLabel(row.status)} · ${when}`;
}

export function layoutTimeline(rows: ChartRow[], width: number, narrow: boolean): TimelineLayout {
  const placed = rows.map((row) => ({ row, p: drawnPeriod(row) }));
  const dated = placed.filter((d): d is { row: ChartRow; p: { from: Date; to: Date } } => d.p !== null);
  const undatedRows = placed.filter((d) => d.p === null).map((d) => d.row);
  const items: { status: LegendItem['status']; label: string }[] = stageLegend(stagesPresent(dated.map((d) => d.row.status)));
  if (dated.some((d) => d.row.date_kind !== 'stated')) items.push({ status: 'estimate', label: 'estimated date: the story’s period' });
  const legend = legendRows(items, width, 14);
  const [d0, d1] = timeDomain(dated.map((d) => d.p));
  const x = scaleUtc().domain([d0, d1]).range([0, width]).clamp(true);
  const events: TimelineEvent[] = [];
  const labels: TextMark[] = [];
  let y = legend.bottom + 10;
  for (const { row, p } of dated) {
    for (const ln of wrapText(eventLabel(row), width * FIT)) {
      y += LINE_HEIGHT;
      labels.push({ x: 0, y: r(y - 4), text: ln, anchor: 'start', cls: 'label' });
    }
    y += 2;
    const x0 = x(p.from);
    const x1 = x(p.to);
    const w = Math.min(width, Math.max(6, x1 - x0));
    events.push({
      key: row.key,
      x: r(Math.max(0, Math.min(x0, width - w))),
      y: r(y),
      w: r(w),
      h: LANE_H,
      status: stageOf(row.status),
      dated: row.date_kind === 'stated' ? 'stated' : 'estimated',
      tip: `${eventLabel(row)}; ${row.period_label ?? ''}`,
    });
    y += LANE_H + 10;
  }
  const axisY = r(y + 2);
  const spanMs = d1.getTime() - d0.getTime();
  // Days under four months, months under 400 days, else years; one tick per distinct label.
  const fmt = utcFormat(spanMs < DAY * 120 ? '%-d %b %Y' : spanMs < DAY * 400 ? '%b %Y' : '%Y');
  const seen = new Set<string>();
  const cand = (dated.length ? x.ticks(narrow ? 3 : 6) : [])
    .map((d) => ({ value: d, x: x(d), label: fmt(d) }))
    .filter((t) => !seen.has(t.label) && seen.add(t.label));
  const inside = cand.filter((t) => t.x - textWidth(t.label) / 2 >= 0 && t.x + textWidth(t.label) / 2 <= width);
  const ticks = thinTicks(inside, 10).map((t) => ({ x: r(t.x), y: axisY + 17, text: t.label, anchor: 'middle' as const, cls: 'tick' }));
  const undated: TextMark[] = [];
  let uy = axisY + 24;
  if (undatedRows.length) {
    const lines = [`Not on the axis (no date in the text or the story): ${undatedRows.length}`, ...undatedRows.map((row) => `• ${row.display} ${row.label} — ${statusLabel(row.status)}`)];
    for (const [i, text] of lines.entries()) {
      for (const [j, ln] of wrapText(text, width * FIT - (i ? 12 : 0)).entries()) {
        uy += LINE_HEIGHT;
        undated.push({ x: i && j ? 12 : 0, y: r(uy), text: ln, anchor: 'start', cls: 'note' });
      }
    }
    uy += 6;
  }
  return { width, height: r(uy), legend: legend.items, events, labels, axisY, ticks, undated };
}
