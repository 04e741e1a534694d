// One figure: a fact box (big number, what it counts, status, sources) instead of a one-bar chart.
import { r } from '../format.ts';
import { statusLabel } from '../status.ts';
import { LINE_HEIGHT, wrapText } from '../text.ts';
import type { ChartRow } from '../types.ts';
import type { TextMark } from './common.ts';

export interface FactBoxLayout {
  width: number;
  height: number;
  texts: TextMark[];
}

export function layoutFactBox(row: ChartRow, width: number): FactBoxLayout {
  const texts: TextMark[] = [{ x: 0, y: 34, text: row.display, anchor: 'start', cls: 'big' }];
  let y = 40;
  const n = row.story_count;
  const lines = [
    ...wrapText(row.label, width),
    ...wrapText(`${statusLabel(row.status)} · ${n} ${n === 1 ? 'source' : 'sources'}`, width),
  ];
  lines.forEach((ln, i) => {
    y += LINE_HEIGHT;
    texts.push({ x: 0, y: r(y), text: ln, anchor: 'start', cls: i < lines.length - 1 ? 'label' : 'note' });
  });
  return { width, height: r(y + 8), texts };
}
