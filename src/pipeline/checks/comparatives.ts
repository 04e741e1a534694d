// Comparative statements about levels over time, found by their words: "lowest since the late
// 1960s", "lowest since September 2020", "lowest in over 50 years", "a 15-year low", "record low",
// "all-time lows". Used for yearly and monthly checks alike; the series decides what they mean.
import { allMatches } from '../extract/re.ts';
import { monthIndex, monthKey } from './months.ts';

export interface Span { start: number; end: number }

/** "In decades" with no number: at least two decades. */
export const DECADES_YEARS = 20;

export type Comparative =
  | {
      kind: 'since'; dir: 'low' | 'high'; from: number; to: number; fiscal: boolean; label: string; phrase: string; at: Span;
      /** "since September 2020": the calendar month named (the year alone is in from/to). */
      month?: string;
    }
  | {
      kind: 'years'; dir: 'low' | 'high'; years: number; q: 'over' | 'nearly' | 'plain'; phrase: string; at: Span;
      /** "in 18 months": the span was stated in months (`years` is then months / 12). */
      months?: number;
    }
  | { kind: 'record'; dir: 'low' | 'high'; phrase: string; at: Span };

const WORD_NUM: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  'a decade': 10, 'half a century': 50, 'a century': 100, 'a generation': 25,
};

const MONTH_NAME = '(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)\\s+)?';
const SINCE = new RegExp(`\\b(lowest|highest|fewest|most)\\b[^.;]{0,60}?\\bsince\\s+(?:the\\s+)?(?:(fiscal(?:\\s+year)?|FY)\\s?)?(?:(early|mid|late)[-\\s]+)?${MONTH_NAME}((?:18|19|20)\\d{2})(s)?\\b`, 'gi');
const IN_YEARS = /\b(lowest|highest|fewest|most)\b[^.;]{0,60}?\bin\s+(?:(over|more than|nearly|almost|about|roughly|at least|the (?:past|last))\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|forty|fifty|sixty|seventy|a decade|half a century|a century|a generation)\s*(years?|decades?|months?)?\b/gi;
const IN_DECADES = /\b(lowest|highest|fewest|most)\b[^.;]{0,60}?\bin\s+decades\b/gi;
const N_YEAR = /\b(\d+)[-\s](year|month)\s+(low|high)\b/gi;
const RECORD = /\b(?:record|all[-\s]time)[-\s]+(low|high)s?\b|\b(lowest|highest)\b[^.;]{0,40}?\b(?:ever|on record|since (?:records|record[-\s]keeping) began)\b/gi;

/** Necessary conditions of the patterns above (SINCE, IN_YEARS and IN_DECADES open with a superlative). */
const SUPERLATIVE = /\b(?:lowest|highest|fewest|most)\b/i;
const N_YEAR_GATE = /\d[-\s](?:year|month)\s+(?:low|high)\b/i;
const RECORD_GATE = /\b(?:record|all[-\s]time|lowest|highest)\b/i;
/** Implied by each of the three gates: one scan for the common sentence with none. */
const ANY_COMPARATIVE = /lowest|highest|fewest|most|record|all[-\s]time|\d[-\s](?:year|month)/i;

function dirOf(word: string): 'low' | 'high' {
  return /^(lowest|fewest|low)$/i.test(word) ? 'low' : 'high';
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Comparative statements in a text, in order of position. */
export function findComparatives(text: string): Comparative[] {
  const out: Comparative[] = [];
  const at = (m: RegExpMatchArray): Span => ({ start: m.index!, end: m.index! + m[0].length });
  // Each pattern needs its key words: most sentences have none and skip the scans.
  if (!ANY_COMPARATIVE.test(text)) return out;
  const superlative = SUPERLATIVE.test(text);
  for (const m of superlative ? allMatches(SINCE, text) : []) {
    const year = Number(m[5]);
    const decade = m[6] === 's';
    let from = year, to = year;
    let label = m[2] ? `FY${year}` : `${year}`;
    let month: string | undefined;
    if (decade) {
      const part = (m[3] ?? '').toLowerCase();
      from = year + (part === 'late' ? 7 : part === 'mid' ? 4 : 0);
      to = year + (part === 'early' ? 3 : part === 'mid' ? 6 : 9);
      label = `${part ? `the ${part} ` : 'the '}${year}s (${from}–${to})`;
    } else if (m[4] && !m[2]) {
      month = monthKey(year, monthIndex(m[4]) + 1);
      label = `${m[4]} ${year}`;
    }
    out.push({ kind: 'since', dir: dirOf(m[1]!), from, to, fiscal: !!m[2], label, phrase: m[0], at: at(m), ...(month ? { month } : {}) });
  }
  for (const m of superlative ? allMatches(IN_YEARS, text) : []) {
    const raw = m[3]!.toLowerCase();
    let count = /^\d+$/.test(raw) ? Number(raw) : WORD_NUM[raw];
    if (!count) continue;
    const unit = (m[4] ?? '').toLowerCase();
    if (unit.startsWith('decade')) count *= 10;
    const qw = (m[2] ?? '').toLowerCase();
    const q = qw === 'over' || qw === 'more than' ? 'over' : qw === 'nearly' || qw === 'almost' ? 'nearly' : 'plain';
    const inMonths = unit.startsWith('month');
    out.push({ kind: 'years', dir: dirOf(m[1]!), years: inMonths ? count / 12 : count, q, phrase: m[0], at: at(m), ...(inMonths ? { months: count } : {}) });
  }
  for (const m of superlative ? allMatches(IN_DECADES, text) : []) out.push({ kind: 'years', dir: dirOf(m[1]!), years: DECADES_YEARS, q: 'plain', phrase: m[0], at: at(m) });
  for (const m of N_YEAR_GATE.test(text) ? allMatches(N_YEAR, text) : []) {
    const count = Number(m[1]);
    const inMonths = m[2]!.toLowerCase() === 'month';
    out.push({ kind: 'years', dir: dirOf(m[3]!), years: inMonths ? count / 12 : count, q: 'plain', phrase: m[0], at: at(m), ...(inMonths ? { months: count } : {}) });
  }
  for (const m of RECORD_GATE.test(text) ? allMatches(RECORD, text) : []) out.push({ kind: 'record', dir: dirOf((m[1] ?? m[2])!), phrase: m[0], at: at(m) });
  // One reading per stretch of text: spans beat records that overlap them.
  out.sort((a, b) => a.at.start - b.at.start || (a.kind === 'record' ? 1 : 0) - (b.kind === 'record' ? 1 : 0));
  return out.filter((c, i) => !out.slice(0, i).some((p) => overlaps(p.at, c.at)));
}
