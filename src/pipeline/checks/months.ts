// Calendar months for the monthly checks: arithmetic on "YYYY-MM", month names in a text, and the
// month (or run of months) a statement describes, found in the text or, failing that, from the
// article's date. Pure; every choice comes back with the words that say how it was made.

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month name (capitalised: "may" the verb is not May), optionally with its year. */
export const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])(?:\s+(?:of\s+)?((?:19|20)\d{2}))?/g;
/** A month named as a comparison or a possession ("down from June", "June's low", "last July"): not the month described. */
const MONTH_COMPARED_BEFORE = /\b(from|than|since|over|versus|vs\.?|compared (with|to)|last|previous|prior|until|through)\s+((in|during)\s+)?(the\s+)?(month\s+of\s+)?$/i;
const DATA_FROM = /\b(data|figures|numbers|statistics|counts?|reports?|results)\s+from\s+$/i;
const MONTH_COMPARED_AFTER = /^(['’]s\b|\s+\d{1,2}\b|\s*[–-]\s*[A-Z][a-z]{2})/;

const pad2 = (v: number) => String(v).padStart(2, '0');

export function monthKey(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

export function daysIn(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2025-07" → "July 2025". */
export function monthWords(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]![0]!.toUpperCase()}${MONTH_NAMES[m - 1]!.slice(1)} ${y}`;
}

/** The month `k` months after `month` (negative: before). */
export function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + k;
  return monthKey(Math.floor(i / 12), (i % 12) + 1);
}

/** Whole months from `a` to `b` (b later: positive). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The U.S. fiscal year a calendar month belongs to (October starts the next one). */
export function fiscalYearOfMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m >= 10 ? y + 1 : y;
}

export interface MonthMention {
  index: number;
  end: number;
  month: number;
  year: number | null;
}

/** Month names in a text that describe a period (comparisons left out), with their offsets. */
export function monthMentions(text: string): MonthMention[] {
  const out: MonthMention[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 30), at);
    // "down from June" compares; "data from July 2025" names the month described.
    if (MONTH_COMPARED_BEFORE.test(before) && !DATA_FROM.test(before)) continue;
    if (MONTH_COMPARED_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 8)) && !m[2]) continue;
    const k = monthIndex(m[1]!);
    if (k >= 0) out.push({ index: at, month: k + 1, year: m[2] ? Number(m[2]) : null, end: at + m[0].length });
  }
  return out;
}

/** What the checks know of an article's time: its date span (one day for a dated release) and headline. */
export interface ArticleTime {
  /** First and last day the article can have been written (ISO); equal for a dated release. */
  from: string | null;
  to: string | null;
  headline: string;
}

/**
 * A month named without a year: the year that puts it on or before the article's date. With an
 * estimated span of dates, both ends must give the same year, else the year is not known.
 */
export function yearFor(month: number, art: ArticleTime | undefined): number | null {
  if (!art?.from || !art.to) return null;
  const at = (iso: string) => {
    const y = Number(iso.slice(0, 4));
    return month <= Number(iso.slice(5, 7)) ? y : y - 1;
  };
  const a = at(art.from);
  return a === at(art.to) ? a : null;
}

/** The article's single date as a month ("YYYY-MM"), when it was written on a known day. */
export function articleMonth(art: ArticleTime | undefined): string | null {
  if (!art?.from || !art.to || art.from !== art.to) return null;
  return art.to.slice(0, 7);
}

const LAST_MONTH = /\b(last|the past|the previous|the prior) month\b/i;
const THIS_MONTH = /\bthis month\b/i;
/** Two named months joined as a span: "Feb 2021–Dec 2024", "from February to April 2025", "between May and July". */
const MONTH_SPAN = /\b(?:from\s+|between\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])(?:\s+((?:19|20)\d{2}))?\s*(?:[–—-]|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])(?:\s+((?:19|20)\d{2}))?/g;

export interface MonthSpan {
  first: string;
  last: string;
  /** Where it is in the text. */
  index: number;
  end: number;
  /** How the years were found, for the verdict ("" when the text names them). */
  how: string;
}

/** Runs of months a text names ("Feb 2021–Dec 2024"); a year missing on one side is taken from the other, else from the article's date. */
export function monthSpans(text: string, art?: ArticleTime): MonthSpan[] {
  const out: MonthSpan[] = [];
  for (const m of text.matchAll(MONTH_SPAN)) {
    // "May and July" are two months; "between May and July" is the run.
    if (/\band\b/i.test(m[0]) && !/^between\b/i.test(m[0])) continue;
    const a = monthIndex(m[1]!) + 1;
    const b = monthIndex(m[3]!) + 1;
    let ya = m[2] ? Number(m[2]) : null;
    let yb = m[4] ? Number(m[4]) : null;
    let how = '';
    if (yb === null && ya !== null) yb = b >= a ? ya : ya + 1;
    if (ya === null && yb !== null) ya = a <= b ? yb : yb - 1;
    if (ya === null || yb === null) {
      const y = yearFor(b, art);
      if (y === null) continue;
      yb = y;
      ya = a <= b ? y : y - 1;
      how = ' (the year of the article’s date)';
    }
    const first = monthKey(ya, a);
    const last = monthKey(yb, b);
    if (last <= first) continue;
    out.push({ first, last, index: m.index!, end: m.index! + m[0].length, how });
  }
  return out;
}

export interface MonthChoice {
  month: string;
  /** How it was chosen, said in the verdict. */
  how: string;
}

/**
 * The one month a statement (with no figure to anchor it) describes: a month it names, "last
 * month" / "this month" from the article's date, then the one month the headline names.
 * `skip` leaves out spans of the text that name a month as a comparison ("since September 2020").
 */
export function monthOfStatement(text: string, art: ArticleTime | undefined, skip: { start: number; end: number }[] = []): MonthChoice | null {
  const named = monthMentions(text).filter((m) => !skip.some((s) => m.index < s.end && s.start < m.end));
  const distinct = [...new Map(named.map((m) => [`${m.month}:${m.year}`, m])).values()];
  if (distinct.length === 1) {
    const m = distinct[0]!;
    const year = m.year ?? yearFor(m.month, art);
    if (year !== null) return { month: monthKey(year, m.month), how: m.year ? '' : ' (the year of the article’s date)' };
    return null;
  }
  if (distinct.length > 1) return null;
  const dated = articleMonth(art);
  if (dated && LAST_MONTH.test(text)) return { month: addMonths(dated, -1), how: ` (“last month”: the month before the article’s date, ${art!.to})` };
  if (dated && THIS_MONTH.test(text)) return { month: dated, how: ` (“this month”: the month of the article’s date, ${art!.to})` };
  return monthOfHeadline(art);
}

/** The one month an article's headline names, with its year from the headline or the article's date. */
export function monthOfHeadline(art: ArticleTime | undefined): MonthChoice | null {
  const head = [...new Map(monthMentions(art?.headline ?? '').map((m) => [`${m.month}:${m.year}`, m])).values()];
  if (head.length !== 1) return null;
  const year = head[0]!.year ?? yearFor(head[0]!.month, art);
  return year === null ? null : { month: monthKey(year, head[0]!.month), how: ' (the month the headline names)' };
}

/** A check's period in words: "FY2025" as is, "2025-07" → "July 2025", "2025-02/2025-04" → "February 2025 to April 2025". */
export function periodWords(period: string): string {
  const one = /^\d{4}-\d{2}$/;
  const [a, b] = period.split('/');
  if (a && one.test(a) && b && one.test(b)) return `${monthWords(a)} to ${monthWords(b)}`;
  return a && one.test(a) && !b ? monthWords(a) : period;
}
