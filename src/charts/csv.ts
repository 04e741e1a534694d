// "Get the data": exactly the chart's rows and columns as RFC 4180 CSV.
import { csvText } from '../lib/csv.ts';
import type { ChartRow, ChartSpec } from './types.ts';

export function cellText(v: ChartRow[keyof ChartRow]): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
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
