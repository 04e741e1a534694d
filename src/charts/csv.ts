// "Get the data": exactly the chart's rows and columns as RFC 4180 CSV.
import type { ChartRow, ChartSpec } from './types.ts';

export function cellText(v: ChartRow[keyof ChartRow]): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function chartCsv(spec: ChartSpec): string {
  const keys = spec.columns.map((c) => c.key);
  const lines = [keys.map((k) => quote(String(k))).join(',')];
  for (const row of spec.rows) lines.push(keys.map((k) => quote(cellText(row[k]))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/**
 * The columns of the reader's data table: the CSV's minus its machine columns (`csvOnly`) and the
 * source sentence, which the table shows last as "Source".
 */
export function tableColumns(spec: ChartSpec): ChartSpec['columns'] {
  return spec.columns.filter((c) => !c.csvOnly && c.key !== 'quote');
}
