// The text's own time reference for a figure, and its resolution against the
// article's period when that is known. Hand patterns for the forms news copy uses;
// chrono-node is not needed for these and is ~50× slower per sentence.
import type { PeriodEstimate } from '../types.ts';
import { allMatches, nonOverlapping } from './re.ts';
import { fiscalYearSpan, parseFiscalYear } from '../../model/fiscal-year.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![a-z])';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const PATTERNS: RegExp[] = [
  /\b(?:FY\s?['’]?\d{2,4}|fiscal\s+(?:year\s+)?\d{4})\b/gi,
  new RegExp(`\\b(?:since|from|in|during|by|until|through|as\\s+of|by\\s+the\\s+end\\s+of)\\s+(?:(?:early|mid|late)[-\\s])?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'g'),
  /\b(?:since|in|during|by|until|through|between)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s])?(?:1[89]|20)\d{2}s?(?:\s+(?:and|to|-|–)\s+(?:1[89]|20)\d{2})?\b/gi,
  // Keyword first (an optional leading group makes the regex try every position).
  /\b(?:last|this|next|past|previous|coming)\s+(?:week|weekend|month|year|fall|spring|summer|winter|quarter)\b/gi,
  /\b(?:previous|prior|recent|past)\s+(?:years|months|weeks)\b/gi,
  new RegExp(`\\b${WEEKDAY}\\b`, 'g'),
  /\b(?:today|yesterday|tomorrow|now|currently|so\s+far\s+this\s+year|to\s+date)\b/gi,
];

export interface TimeMention {
  text: string;
  start: number;
  end: number;
  /** Preceded by a reporting verb ("reported Wednesday", "said on Friday"). */
  reporting?: boolean;
}
const LEAD = /(?:\b(?:early|late|earlier|later|since|during|in|for|on|last)\s+)+$/i;
const isReportingDate = (t: TimeMention) => t.reporting === true;
const REPORTING = /\b(?:reported|said|says|announced|told|confirmed|wrote|stated|according\s+to\s+\w+)\s+$/i;

export function findTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  for (const re of PATTERNS) {
    for (const m of allMatches(re, text)) {
      // Modifiers before the keyword ("late last month", "since FY2019", "on Friday").
      const pre = LEAD.exec(text.slice(Math.max(0, m.index - 16), m.index));
      const start = pre ? m.index - pre[0].length : m.index;
      found.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length, reporting: REPORTING.test(text.slice(Math.max(0, start - 30), start)) });
    }
  }
  return nonOverlapping(found);
}

/** The time mention for a number: inside its window first, else the nearest in the sentence. */
export function pickTime(times: TimeMention[], winStart: number, winEnd: number, numStart: number): TimeMention | null {
  // "CNN reported Wednesday" dates the report, not the figure.
  const inside = times.filter((t) => t.start >= winStart && t.end <= winEnd && !isReportingDate(t));
  const pool = inside.length ? inside : [];
  if (!pool.length) return null;
  return pool.sort((a, b) => Math.abs(a.start - numStart) - Math.abs(b.start - numStart))[0];
}

// Compiled once: resolveTime runs for every claim.
const MONTH_PREFIX = MONTH_NAMES.map((m) => new RegExp(`\\b${m.slice(0, 3)}`));

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

// The same few references ("last week", "fiscal year 2025") recur: resolved once per
// reference and period (the result depends on nothing else), a fresh object each time.
const resolved = new Map<string, { from: string; to: string } | null>();

/** Resolve a time reference against the article's period (null when unknown or unresolvable). */
export function resolveTime(ref: string, period: PeriodEstimate): { from: string; to: string } | null {
  const key = `${period.kind}|${period.from}|${period.to}|${ref}`;
  let r = resolved.get(key);
  if (r === undefined) {
    if (resolved.size >= 10_000) resolved.clear();
    resolved.set(key, (r = resolve(ref, period)));
  }
  return r && { from: r.from, to: r.to };
}

function resolve(ref: string, period: PeriodEstimate): { from: string; to: string } | null {
  const t = ref.toLowerCase().replace(/\s+/g, ' ').trim();
  const fy = /\b(?:fy ?['’]?|fiscal (?:year )?)(\d{2,4})\b/.exec(t);
  if (fy) {
    const y = parseFiscalYear(fy[1]!);
    if (y !== null) return fiscalYearSpan(y);
  }
  const years = t.match(/\b(?:1[89]|20)\d{2}\b/g);
  const monthIdx = MONTH_PREFIX.findIndex((re) => re.test(t));
  if (years && !/\d{2}s\b/.test(t)) {
    const y = Number(years[0]);
    if (years.length > 1) return { from: `${y}-01-01`, to: `${years[years.length - 1]}-12-31` };
    if (monthIdx >= 0) {
      const from = iso(utc(y, monthIdx, 1));
      if (/^since|^from/.test(t) && period.kind !== 'unknown') return { from, to: period.to };
      return { from, to: iso(utc(y, monthIdx + 1, 0)) };
    }
    if (/^since|^from/.test(t) && period.kind !== 'unknown') return { from: `${y}-01-01`, to: period.to };
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
  if (period.kind === 'unknown') return null;
  if (/\b(?:today|now|currently)\b/.test(t)) return { from: period.from, to: period.to };
  // Relative references ("last week", "in March") need a date, not a wide estimate:
  // resolving them against a period longer than ~6 weeks would invent precision.
  const spanDays = (Date.parse(period.to) - Date.parse(period.from)) / 86400000;
  if (!(spanDays <= 45)) return null;
  const ref0 = new Date(`${period.to}T00:00:00Z`);
  if (Number.isNaN(ref0.getTime())) return null;
  const Y = ref0.getUTCFullYear();
  const M = ref0.getUTCMonth();
  if (monthIdx >= 0 && !/\d/.test(t.replace(/\d{1,2}(st|nd|rd|th)?/, ''))) {
    const y = monthIdx > M ? Y - 1 : Y;
    return { from: iso(utc(y, monthIdx, 1)), to: iso(utc(y, monthIdx + 1, 0)) };
  }
  const rel = /\b(last|this|next|past|previous|coming) (week|month|year)\b/.exec(t);
  if (rel) {
    const k = rel[1] === 'this' ? 0 : rel[1] === 'next' || rel[1] === 'coming' ? 1 : -1;
    if (rel[2] === 'year') return { from: `${Y + k}-01-01`, to: `${Y + k}-12-31` };
    if (rel[2] === 'month') return { from: iso(utc(Y, M + k, 1)), to: iso(utc(Y, M + k + 1, 0)) };
    const dow = (ref0.getUTCDay() + 6) % 7; // Monday = 0
    const monday = utc(Y, M, ref0.getUTCDate() - dow + 7 * k);
    return { from: iso(monday), to: iso(utc(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 6)) };
  }
  if (/\b(?:today|now|currently)\b/.test(t)) return { from: period.from, to: period.to };
  return null;
}
