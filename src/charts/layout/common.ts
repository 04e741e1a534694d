// Pieces every layout returns; the .astro components only write these out.
import { stageInfo, type Stage } from '../status.ts';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapText } from '../text.ts';

export interface TextMark {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  cls: string;
}

export interface LegendItem {
  x: number;
  y: number;
  /** A stage swatch (pattern), the series line, an article point, a break span, an estimated date. */
  status: Stage | 'line' | 'point' | 'break' | 'estimate';
  label: string;
  /** Continuation lines of a long label. */
  more?: string[];
}

/**
 * Share of the width long labels wrap to: the width estimate (text.ts) runs narrow for wide
 * fonts such as DejaVu Sans, measured in Chromium at 320 px; the margin keeps lines inside.
 */
export const FIT = 0.93;

/** Legend items for stages, in the vocabulary's order, with the reader's words. */
export function stageLegend(stages: Stage[]): { status: Stage; label: string }[] {
  return stages.map((s) => ({ status: s, label: stageInfo(s).label }));
}

/** Legend swatches in rows that wrap at `width`: 16 px swatch, 6 px gap, label (long labels wrap onto own lines). */
export function legendRows(items: { status: LegendItem['status']; label: string }[], width: number, y0: number) {
  const out: LegendItem[] = [];
  let x = 0;
  let y = y0;
  for (const it of items) {
    const lines = wrapText(it.label, width - 22);
    const w = 22 + Math.max(...lines.map((l) => textWidth(l, FONT_SIZE))) + 14;
    if (x > 0 && (x + w > width || lines.length > 1)) {
      x = 0;
      y += LINE_HEIGHT + 4;
    }
    out.push({ x: Math.round(x * 10) / 10, y, status: it.status, label: lines[0]!, more: lines.slice(1) });
    if (lines.length > 1) {
      y += (lines.length - 1) * LINE_HEIGHT;
      x = width; // next item starts a new row
    } else x += w;
  }
  return { items: out, bottom: items.length ? y + LINE_HEIGHT : y0 };
}
