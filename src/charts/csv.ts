// "Get the data": exactly the chart's rows and columns as RFC 4180 CSV.
import { csvText } from '../lib/csv.ts';
import type { ChartRow, ChartSpec } from './types.ts';
import { andMore } from '../lib/lists.ts';

export function cellText(v: ChartRow[keyof ChartRow]): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

/**
 * A cell as a reader's table prints it (the PDF report): as `cellText`, but a row's stories say how
 * many more there are than it names (`story_count`; the CSV has that number in its own column).
 */
export function readerCell(row: ChartRow, key: keyof ChartRow): string {
  const text = cellText(row[key]);
  if (key !== 'stories' || row.story_count <= row.stories.length) return text;
  return `${text}; ${andMore(row.story_count - row.stories.length)}`;
}

export function chartCsv(spec: ChartSpec): string {
  const keys = spec.columns.map((c) => c.key);
  return csvText([keys.map(String), ...spec.rows.map((row) => keys.map((k) => cellText(row[k])))]);
}

/**
 * The columns of the reader's data table: the CSV's minus its machine columns (`csvOnly`) and the
 * source sentence, which the table shows last as "Source".
 */
export function tableColumns(spec: ChartSpec): ChartSpec['columns'] {
  return spec.columns.filter((c) => !c.csvOnly && c.key !== 'quote');
}
