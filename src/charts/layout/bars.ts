// Personnel by agency: grouped horizontal bars. One group per top organisation (its name as a
// heading), one bar per figure with the component it names, its status and its date in the label
// above the bar (never beside it, so labels cannot collide at any width), the value printed
// after the bar end with its qualifier ("~500", "500+"). One value scale for every group, so bar
// lengths compare across agencies. Figures not attributed to an agency are listed under the
// chart, never drawn as one.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { r } from '../format.ts';
import { stageOf, stagesPresent, statusLabel, type Stage } from '../status.ts';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from '../text.ts';
import type { ChartRow } from '../types.ts';
import { FIT, legendRows, stageLegend, type LegendItem, type TextMark } from './common.ts';

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
  /** Rules between agency groups. */
  rules: { y: number }[];
}

const BAR_H = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2025", "2025", "2024–2025"; "c. …" for a story's estimated date; "undated". */
export function dateWords(row: Pick<ChartRow, 'from' | 'to' | 'date_kind'>): string {
  const ok = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}/.test(s) && Number(s.slice(0, 4)) >= 1900;
  if (!row.date_kind || !ok(row.from) || !ok(row.to)) return 'undated';
  const [y0, m0] = [row.from.slice(0, 4), Number(row.from.slice(5, 7))];
  const [y1, m1] = [row.to.slice(0, 4), Number(row.to.slice(5, 7))];
  const text = y0 === y1 && m0 === m1 ? `${MONTHS[m0 - 1] ?? ''} ${y0}`.trim() : y0 === y1 ? y0 : `${y0}–${y1}`;
  return row.date_kind === 'estimated' ? `c. ${text}` : text;
}

export function barLabel(row: ChartRow): string {
  const who = row.component ?? row.label.replace(new RegExp(` ${row.unit}$`), '');
  const role = row.role ? ` · ${row.role}` : '';
  return `${who} ${row.unit} — ${statusLabel(row.status)}${role} · ${dateWords(row)}`;
}

/** `apartTotal`: how many unattributed figures exist when `rows` holds only the largest of them. */
export function layoutBars(rows: ChartRow[], width: number, apartTotal?: number): BarsLayout {
  const drawn = rows.filter((d) => d.group !== null);
  const apart = rows.filter((d) => d.group === null);
  const legend = legendRows(stageLegend(stagesPresent(drawn.map((d) => d.status))), width, 14);
  const valueW = max(drawn, (d) => textWidth(d.display, FONT_SIZE)) ?? 0;
  const vmax = max(drawn, (d) => Math.max(d.value_high ?? 0, d.value ?? 0));
  const x = scaleLinear()
    .domain([0, vmax !== undefined && vmax > 0 && Number.isFinite(vmax) ? vmax : 1])
    .range([0, Math.max(40, width - valueW - 30)]);
  const bars: BarMark[] = [];
  const labels: TextMark[] = [];
  const rules: { y: number }[] = [];
  let y = legend.bottom + 6;
  let group: string | null | undefined = undefined;
  for (const row of drawn) {
    if (row.group_label && row.group !== group) {
      if (group !== undefined) rules.push({ y: r(y + 4) });
      y += 10;
      // Bold: about 10 % wider than the estimate's regular weight.
      for (const line of wrapText(row.group_label, width * FIT, FONT_SIZE * 1.1)) {
        y += LINE_HEIGHT;
        labels.push({ x: 0, y: r(y - 4), text: line, anchor: 'start', cls: 'label agency-title' });
      }
    }
    group = row.group;
    for (const line of wrapText(barLabel(row), width * FIT)) {
      y += LINE_HEIGHT;
      labels.push({ x: 0, y: r(y - 4), text: line, anchor: 'start', cls: 'label' });
    }
    y += 2;
    const v = Number.isFinite(row.value) ? (row.value ?? 0) : 0;
    const w = Math.min(x.range()[1]!, Math.max(2, x(v)));
    const hi = row.value_high !== null && Number.isFinite(row.value_high) && row.value_high > v ? Math.min(x.range()[1]!, x(row.value_high)) - w : 0;
    const open = row.qualifier === 'more-than';
    bars.push({
      key: row.key,
      x: 0,
      y: r(y),
      w: r(w),
      wHigh: r(Math.max(0, hi)),
      h: BAR_H,
      status: stageOf(row.status),
      open,
      approx: row.qualifier === 'approx',
      tip: `${row.group_label ? `${row.group_label}: ` : ''}${barLabel(row)}: ${row.display}`,
    });
    labels.push({ x: r(w + Math.max(0, hi) + (open ? 14 : 6)), y: r(y + BAR_H / 2 + FONT_SIZE * 0.35), text: row.display, anchor: 'start', cls: 'value' });
    y += BAR_H + 10;
  }
  if (apart.length) {
    y += 8;
    const heading = apartTotal !== undefined && apartTotal > apart.length ? `Not drawn as an agency (${apartTotal}; the ${apart.length} largest):` : `Not drawn as an agency (${apart.length}):`;
    const lines = [heading, ...apart.map((d) => `• ${d.display} ${d.unit} — ${statusLabel(d.status)} · ${dateWords(d)} · ${d.apart ?? 'no agency named'}`)];
    for (const [i, text] of lines.entries()) {
      for (const [j, ln] of wrapText(text, width * FIT - (i ? 12 : 0)).entries()) {
        y += LINE_HEIGHT;
        labels.push({ x: i && j ? 12 : 0, y: r(y - 4), text: ln, anchor: 'start', cls: 'note' });
      }
    }
    y += 4;
  }
  return { width, height: r(y + 2), legend: legend.items, bars, labels, rules };
}
