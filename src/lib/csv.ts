// CSV (RFC 4180) through d3-dsv: the reference tables are read and the chart downloads written
// with it, so quoting and escaping follow one well-tested implementation.
import { csvFormatRow, csvParseRows } from 'd3-dsv';

export interface CsvRecord {
  /** 1-based line of the file the record starts on (for error messages). */
  line: number;
  /** Fields, trimmed. */
  fields: string[];
}

/** The records of a CSV text (a leading BOM ignored), blank lines skipped, each with its line number. */
export function csvRecords(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let line = 1;
  for (const row of csvParseRows(text.replace(/^\uFEFF/, ''))) {
    const fields = row.map((f) => f.trim());
    if (fields.some((f) => f !== '')) out.push({ line, fields });
    // A quoted field may hold line breaks: the next record starts that many lines further down.
    line += 1 + row.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
  }
  return out;
}

/** Rows as CSV text, CRLF line ends (RFC 4180) and a final line end. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => csvFormatRow(r as string[])).join('\r\n') + '\r\n';
}
