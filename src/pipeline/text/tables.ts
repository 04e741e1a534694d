// Text tables: a heading line of column names over rows of a label and its figures, as a page
// pasted from an HTML table stores them ("Category FY13 FY14 FY15" / "Detained adults 1,204 1,388 1,517").
// Shared by the cleaner (keeps such rows: they carry no verb and would read as furniture), the
// structurer (a row is a paragraph, never a section heading) and the extractor
// (extract/text-tables.ts: one claim per cell). Hand-written: no library reads tables
// out of plain lines; the rules are kept strict (the cell count of every row equals the heading's)
// so that a line of chrome with two numbers never passes for a row.

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A column or row heading that names a period: "FY13", "FY 2014", "2015", "CY2020", "Q3", "March", "Mar. 2019". */
const PERIOD = new RegExp(`^(?:(?:FY|CY)\\s?'?\\d{2}(?:\\d{2})?|(?:19|20)\\d{2}|Q[1-4](?:\\s?(?:FY|CY)?\\s?\\d{2,4})?|${MONTH}(?:\\s(?:19|20)\\d{2})?)$`, 'i');

export function isPeriod(s: string): boolean {
  return PERIOD.test(s.trim());
}

export interface TableHeading {
  /** The label above the row labels ("Category"), or null. */
  corner: string | null;
  columns: string[];
  /** Whether the columns name periods (then each row label is the unit) or categories (each column is the unit). */
  periods: boolean;
  /** The column of the change between the periods ("% Change"), a figure derived from the others; else null. */
  derived: number | null;
}

export interface TableCell {
  text: string;
  value: number;
  /** Offsets in the row line. */
  start: number;
  end: number;
  /** Its column (empty cells take a column and give no cell). */
  column: number;
}

export interface TableRow {
  label: string;
  cells: TableCell[];
}

const EMPTY_CELL = /^(?:[-–—*]|N\/A)$/i;
/** A figure of a cell: "38,759", "1204", "12.5", "48%". */
const CELL = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/**
 * Column names of a heading line: period columns after an optional corner label ("Category FY13
 * FY14"), or category names the page separates by tabs, runs of spaces, pipes, or glued at a
 * lower-to-upper case seam ("Unaccompanied childrenAdults with children", an HTML table's cells
 * stored without a separator). Null when the line is not a heading of at least two columns.
 */
export function readHeading(line: string): TableHeading | null {
  const t = line.replace(/\s+$/, '').replace(/^\s+/, '');
  if (!t || t.length > 160 || /[.!?:;]$/.test(t)) return null;
  // Period columns: the trailing run of period tokens, a short corner label before it; a last
  // column of the change between them ("FY20 FY21 % Change") is named but derived.
  const words = t.split(/\s+/);
  const change = /(?:^|\s)((?:%|percent|pct\.?)\s+change|change|difference)$/i.exec(t);
  const changeWords = change ? change[1]!.split(/\s+/).length : 0;
  const cols: string[] = [];
  let k = words.length - changeWords;
  while (k > 0) {
    const two = k >= 2 ? `${words[k - 2]} ${words[k - 1]}` : '';
    if (two && PERIOD.test(two) && !/^(?:19|20)\d{2}$/.test(words[k - 2]!)) {
      cols.unshift(two);
      k -= 2;
    } else if (PERIOD.test(words[k - 1]!)) {
      cols.unshift(words[k - 1]!);
      k--;
    } else break;
  }
  const corner = words.slice(0, k).join(' ');
  if (cols.length >= 2 && k <= 4 && !/\d/.test(corner)) return { corner: corner || null, columns: change ? [...cols, change[1]!] : cols, periods: true, derived: change ? cols.length : null };
  if (change) return null;
  // Category columns: an explicit separator or a case seam; no digits (those would be a row).
  if (/\d/.test(t)) return null;
  let parts = line.trim().split(/\t+|\s{2,}|\s*\|\s*/).filter(Boolean);
  if (parts.length < 2) parts = t.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length < 2 || parts.length > 12) return null;
  if (!parts.every((p) => /^\p{L}[\p{L} '&/()-]*$/u.test(p) && p.trim().length >= 3 && p.split(/\s+/).length <= 6)) return null;
  return { corner: null, columns: parts.map((p) => p.trim()), periods: false, derived: null };
}

/** Every way (up to two) to cut a run of digits and commas into `want` grouped numbers ("3,7062,286" → [3706, 2286]). */
function cuts(s: string, want: number): number[][] {
  const out: number[][] = [];
  const walk = (at: number, acc: number[]) => {
    if (out.length > 1) return;
    if (at === s.length) {
      if (acc.length === want) out.push(acc);
      return;
    }
    if (acc.length >= want || !/\d/.test(s[at]!)) return;
    // A number ends where a digit or the run's end follows (a cut never falls on a comma).
    const take = (e: number) => {
      if (e === s.length || /\d/.test(s[e]!)) walk(e, [...acc, Number(s.slice(at, e).replace(/,/g, ''))]);
    };
    if (s[at] === '0') return take(at + 1);
    const lead = /^\d{1,3}/.exec(s.slice(at))![0].length;
    for (let a = 1; a <= lead; a++) take(at + a);
    // Then with each further ",ddd" group after the full lead.
    for (let e = at + lead; s[e] === ',' && /^\d{3}/.test(s.slice(e + 1)); ) take((e += 4));
  };
  walk(0, []);
  return out;
}

/**
 * Cells glued together with no separator ("3,7062,286"): split only when exactly one cut gives
 * `want` grouped numbers; null when ambiguous ("9871,234" is 987 + 1,234 or 9 + 871,234).
 */
export function splitGlued(s: string, want: number): number[] | null {
  if (!/^\d[\d,]*\d$/.test(s) || want < 2) return null;
  const all = cuts(s, want);
  return all.length === 1 ? all[0]! : null;
}

/**
 * A row: a label of words, then `want` figures, separated by spaces or glued to the label and to
 * each other ("January3,7062,286"). Null when the line is not such a row.
 */
export function readRow(line: string, want: number): TableRow | null {
  // (A label may hold a number of its own before a word: "Title 42 expulsions 1,204 988".)
  const m = /^(\p{L}(?:[\p{L}\p{M} .'&/()-]|\d+(?=[\p{L} ]*\p{L}))*?)\s*((?:[-+]?\d[\d,.]*%?)(?:\s+(?:[-+]?\d[\d,.]*%?|[-–—*]|N\/A))*)$/iu.exec(line.trim());
  if (!m || want < 2) return null;
  const label = m[1]!.trim();
  if (!label || label.split(/\s+/).length > 8) return null;
  const offset = line.indexOf(m[2]!, line.indexOf(label) + label.length);
  const parts = [...m[2]!.matchAll(/\S+/g)];
  // A dash or "N/A" is an empty cell: it holds its column's place and gives no figure.
  if (parts.length === want && parts.every((p) => CELL.test(p[0]) || EMPTY_CELL.test(p[0]))) {
    return {
      label,
      cells: parts.flatMap((p, column) => (EMPTY_CELL.test(p[0]) ? [] : [{ text: p[0], value: Number(p[0].replace(/[,%]/g, '')), start: offset + p.index, end: offset + p.index + p[0].length, column }])),
    };
  }
  // Glued cells: one run, cut into `want` numbers; each cell's text is its slice of the run. A run
  // no single cut fits is still a row of the table (kept, with no cells: "9871,234" is 987 + 1,234 or 9 + 871,234).
  if (parts.length !== 1 || !/^\d[\d,]*\d$/.test(parts[0]![0]) || !parts[0]![0].includes(',')) return null;
  const values = splitGlued(parts[0]![0], want);
  if (!values) return { label, cells: [] };
  const run = parts[0]![0];
  const cells: TableCell[] = [];
  let at = 0;
  for (const v of values) {
    // Each value's digits in order, with the commas between them.
    const digits = String(v);
    let end = at;
    let d = 0;
    while (d < digits.length) {
      if (run[end] !== ',') d++;
      end++;
    }
    cells.push({ text: run.slice(at, end), value: v, start: offset + at, end: offset + end, column: cells.length });
    at = end;
  }
  return { label, cells };
}

export interface TextTable {
  /** Index of the heading line, and of the title line above it when it has one. */
  heading: number;
  title: number | null;
  head: TableHeading;
  rows: { line: number; row: TableRow }[];
}

/** A table's title: a short line without end punctuation right above its heading. */
function titleLine(line: string | undefined): boolean {
  if (!line) return false;
  const t = line.trim();
  return t.length > 0 && t.length <= 100 && !/[.!?:;,]$/.test(t) && /\p{Lu}/u.test(t[0]!) && t.split(/\s+/).length <= 12;
}

/** Tables of consecutive lines: a heading line, then at least one row with as many cells as it has columns. */
export function findTextTables(lines: string[]): TextTable[] {
  const out: TextTable[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/\d/.test(lines[i + 1]!)) continue;
    let head = readHeading(lines[i]!);
    if (!head) continue;
    // Category columns under a corner label ("Sector\tApprehensions\tSeizures" over "Tucson\t1,204\t36"):
    // the first name heads the row labels when the rows have one figure fewer.
    if (!head.periods && head.columns.length >= 3 && !readRow(lines[i + 1]!, head.columns.length) && readRow(lines[i + 1]!, head.columns.length - 1)) {
      head = { corner: head.columns[0]!, columns: head.columns.slice(1), periods: false, derived: null };
    }
    const rows: TextTable['rows'] = [];
    for (let j = i + 1; j < lines.length; j++) {
      // A line of period columns is the next table's heading, not a row ("Agency 2022 2023").
      if (readHeading(lines[j]!)?.periods) break;
      const row = readRow(lines[j]!, head.columns.length);
      if (!row) break;
      rows.push({ line: j, row });
    }
    // Category columns need period rows ("January", "FY14") or two rows at least: a lone label
    // with figures under a line of words is too weak a sign.
    if (!rows.length || (!head.periods && rows.length < 2 && !isPeriod(rows[0]!.row.label))) continue;
    // (Not the last row of the table just before.)
    const after = out.at(-1)?.rows.at(-1)?.line ?? -1;
    out.push({ heading: i, title: i - 1 > after && titleLine(lines[i - 1]) ? i - 1 : null, head, rows });
    i = rows[rows.length - 1]!.line;
  }
  return out;
}

/** Indices of the lines of text tables (title when asked, heading and rows): the cleaner keeps them. */
export function tableLineIndices(lines: string[], withTitle = true): Set<number> {
  const out = new Set<number>();
  for (const t of findTextTables(lines)) {
    if (withTitle && t.title !== null) out.add(t.title);
    out.add(t.heading);
    for (const r of t.rows) out.add(r.line);
  }
  return out;
}
