// Publication period of an undated article, inferred from evidence in its text:
// officeholders named with their office (content/reference/officeholders.yaml),
// "first three months in office", fiscal years, months and years mentioned.
// Each piece of evidence is a set of date intervals; the estimate is their
// intersection. A sidecar date (the editor's) wins over all of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { PeriodEstimate } from '../types.ts';
import { allMatches } from '../extract/re.ts';
import { parseFiscalYear } from '../../model/fiscal-year.ts';
import { MONTH_NAMES, longDate } from '../../model/dates.ts';

export interface OfficeRole {
  title: string;
  cues: string[];
  from: string;
  to: string | null;
  term?: number;
  head?: boolean;
  uncertain?: boolean;
  source: string;
}
export interface Officeholder {
  name: string;
  aliases: string[];
  roles: OfficeRole[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseOfficeholders(text: string): Officeholder[] {
  const data = parse(text, { schema: 'core' }) as { people?: unknown };
  const people = Array.isArray(data?.people) ? data.people : [];
  return people.map((p: Officeholder, i: number) => {
    if (!p || typeof p.name !== 'string' || !Array.isArray(p.aliases) || !Array.isArray(p.roles)) {
      throw new Error(`officeholders.yaml: entry ${i + 1} needs name, aliases and roles`);
    }
    for (const r of p.roles) {
      if (!ISO.test(String(r.from)) || (r.to !== null && !ISO.test(String(r.to))) || !Array.isArray(r.cues) || !r.source) {
        throw new Error(`officeholders.yaml: ${p.name}: each role needs cues, from (YYYY-MM-DD), to (YYYY-MM-DD or null) and source`);
      }
    }
    return p;
  });
}

const cache = new Map<string, Officeholder[]>();
/** Reads content/reference/officeholders.yaml under `root` (empty list when the file is absent). */
export function loadOfficeholders(root: string = process.cwd()): Officeholder[] {
  const file = path.resolve(root, 'content/reference/officeholders.yaml');
  let hit = cache.get(file);
  if (!hit) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    hit = parseOfficeholders(text);
    cache.set(file, hit);
  }
  return hit;
}

// ------------------------------------------------------------------ dates

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function iso(y: number, m: number, d: number): string {
  // In-range dates are formatted directly (the common case); others (day 0, month 13 …)
  // go through Date, which rolls them over.
  if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 28) {
    return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.toISOString().slice(0, 10);
}
function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return iso(y, m + n, d);
}
function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return iso(y, m, d + n);
}
function endOfMonth(y: number, m: number): string {
  return iso(y, m + 1, 0);
}
const maxD = (a: string, b: string) => (a > b ? a : b);
const minD = (a: string, b: string) => (a < b ? a : b);

/** Closed interval; null = unbounded on that side. */
interface Interval {
  from: string | null;
  to: string | null;
}
type Evidence = PeriodEstimate['evidence'][number];

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a)
    for (const y of b) {
      const from = x.from === null ? y.from : y.from === null ? x.from : maxD(x.from, y.from);
      const to = x.to === null ? y.to : y.to === null ? x.to : minD(x.to, y.to);
      if (from === null || to === null || from <= to) out.push({ from, to });
    }
  return out;
}

function span(iv: Interval[]): number {
  return iv.reduce((n, i) => n + (i.from && i.to ? Date.parse(i.to) - Date.parse(i.from) : 1e15), 0);
}

// ------------------------------------------------------------------ labels

function part(month: number): 'early' | 'mid' | 'late' {
  return month <= 4 ? 'early' : month <= 8 ? 'mid' : 'late';
}

/** Human words for a closed range of dates: "January 2025", "early 2025", "late 2019 – mid-2020". */
export function describeRange(from: string, to: string): string {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  if (from === to) return longDate(from);
  if (fy === ty && fm === tm) return `${MONTH_NAMES[fm - 1]} ${fy}`;
  if (fy === ty && tm - fm === 1) return `${MONTH_NAMES[fm - 1]}–${MONTH_NAMES[tm - 1]} ${fy}`;
  if (fy === ty) {
    const a = part(fm);
    const b = part(tm);
    if (a === b) return a === 'mid' ? `mid-${fy}` : `${a} ${fy}`;
    if (a === 'early' && b === 'late') return `${fy}`;
    if (a === 'early') return `early to mid-${fy}`;
    return `mid-to-late ${fy}`;
  }
  const left = fm === 1 ? `${fy}` : part(fm) === 'mid' ? `mid-${fy}` : `${part(fm)} ${fy}`;
  const right = tm === 12 ? `${ty}` : part(tm) === 'mid' ? `mid-${ty}` : `${part(tm)} ${ty}`;
  if (ty - fy > 1 || (fm === 1 && tm === 12)) return `${fy}–${ty}`;
  return `${left} – ${right}`;
}

// ------------------------------------------------------------------ evidence finders

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const regexCache = new Map<string, RegExp>();
function cached(key: string, make: () => RegExp): RegExp {
  let re = regexCache.get(key);
  if (!re) regexCache.set(key, (re = make()));
  return re;
}
const FORMER = /\b(former|ex|then|late|previous|onetime|one-time|past|outgoing|incoming|would-be|future|nominee|nominated|designate)\b[\s-]*(?:\S+\s+){0,3}$/i;

interface OfficeHit {
  person: Officeholder;
  roles: OfficeRole[];
  quote: string;
  paragraph: number;
}

function findOfficeholders(paragraphs: string[], people: Officeholder[]): OfficeHit[] {
  const hits: OfficeHit[] = [];
  // Most people are not named at all: one look at the whole text rules them out
  // (aliases hold no line break, so a match in the joined text is inside one paragraph).
  const all = paragraphs.join('\n');
  for (const person of people) {
    if (!person.aliases.some((alias) => all.includes(alias))) continue;
    const aliases = [...person.aliases].sort((a, b) => b.length - a.length);
    const matched = new Map<OfficeRole, string>();
    let paragraph = -1;
    paragraphs.forEach((text, pi) => {
      const covered: [number, number][] = [];
      for (const alias of aliases) {
        if (!text.includes(alias)) continue;
        const re = cached(`a:${alias}`, () => new RegExp(`(?<![\\p{L}\\p{N}])${esc(alias)}(?![\\p{L}\\p{N}])`, 'gu'));
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          const s = m.index!;
          const e = s + alias.length;
          if (covered.some(([a, b]) => s < b && e > a)) continue;
          covered.push([s, e]);
          const before = text.slice(Math.max(0, s - 90), s);
          const after = text.slice(e, e + 90);
          for (const role of person.roles) {
            for (const cue of role.cues) {
              const low = cue.toLowerCase();
              if (!before.toLowerCase().includes(low) && !after.toLowerCase().includes(low)) continue;
              const pre = cached(`pre:${cue}`, () => new RegExp(`(?:^|[^\\p{L}])(${esc(cue)})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, 'iu')).exec(before);
              const post = cached(`post:${cue}`, () => new RegExp(`^(?:’s|'s)?[,.]?\\s+(?:(?:the|who is the|now the|is the|as)\\s+)?((?:[\\p{L}.’'-]+\\s+){0,2}?)${esc(cue)}(?![\\p{L}])`, 'iu')).exec(after);
              let quote: string | null = null;
              if (pre) {
                const head = before.slice(0, before.length - pre[0].length + (pre[0].length - pre[0].trimStart().length));
                if (!FORMER.test(head + pre[0].slice(0, pre[0].indexOf(pre[1]!)))) quote = (pre[0] + alias).trim();
              } else if (post && !/\b(former|ex|then|previous|onetime|late)\b/i.test(post[1] ?? '') && !FORMER.test(before)) {
                quote = (alias + post[0]).trim();
              }
              if (quote && !matched.has(role)) {
                matched.set(role, quote);
                if (paragraph < 0) paragraph = pi;
              }
            }
          }
        }
      }
    });
    if (matched.size === 0) continue;
    let roles = [...matched.keys()];
    // "his second term" next to the person picks the later term(s).
    const termed = roles.filter((r) => r.term);
    if (termed.length > 1) {
      const later = paragraphs.some((t) => /\b(second|2nd)\s+term\b/i.test(t) && aliases.some((a) => t.includes(a)));
      if (later) roles = roles.filter((r) => !r.term || r.term >= 2);
    }
    hits.push({ person, roles, quote: matched.get(roles[0]!)!, paragraph });
  }
  return hits;
}

const NUM_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 2, several: 3, first: 1,
};
/** "first three full months in office", "first 100 days of his second term", "six months into his term". */
const IN_OFFICE = /\b(?:(?:first|initial)\s+(few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?:full\s+)?(months?|weeks?|days?)\s+(?:in office|of (?:the|his|her|this) (?:new\s+)?(?:administration|presidency|(?:second\s+|first\s+)?term))|(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(months?|weeks?|days?)\s+into (?:his|her|the) (?:second\s+|first\s+)?(?:term|presidency|administration))/i;

/** Words every IN_OFFICE match contains (its flags: case-insensitive). */
const IN_OFFICE_WORDS = /in office|administration|presidency|term/i;

function offsetDays(n: number, unit: string): number {
  return unit.startsWith('month') ? n * 30 : unit.startsWith('week') ? n * 7 : n;
}

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

function monthIndex(name: string): number {
  const k = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3))) + 1;
}

interface Bound {
  from: string;
  soft: string;
  ev: Evidence;
}

// Compiled once and run with allMatches: a regex built per call (or cloned by matchAll)
// starts in V8's regexp interpreter every time.
const FISCAL_YEAR = /\b(?:fiscal(?:\s+year)?|FY)\s*[-']?\s*(\d{4}|\d{2})\b/gi;
const MONTH_YEAR = new RegExp(`\\b(since\\s+|in\\s+|as of\\s+)?${MONTH_RE}\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})\\b`, 'g');
const PLAIN_YEAR = /(?<![\d$£€.,\/-])\b(19[5-9]\d|20\d\d)\b(?![\d,.]\d|s\b|-\d|\s*(?:percent|%))/g;

function findDates(text: string): Bound[] {
  const out: Bound[] = [];
  const used: [number, number][] = [];
  const take = (s: number, e: number) => used.push([s, e]);
  const isUsed = (s: number) => used.some(([a, b]) => s >= a && s < b);

  // Fiscal years: FY2025 runs October 2024 – September 2025.
  let best: Bound | null = null;
  for (const m of allMatches(FISCAL_YEAR, text)) {
    const raw = m[1]!;
    const fy = parseFiscalYear(raw) ?? 0;
    if (fy < 1950 || fy > 2099) continue;
    take(m.index!, m.index! + m[0].length);
    if (isFuture(text, m.index!)) continue;
    const b: Bound = {
      from: iso(fy - 1, 10, 1),
      soft: iso(fy, 12, 31),
      ev: { kind: 'fiscal-year', text: m[0], implies: `written after fiscal year ${fy} began (${iso(fy - 1, 10, 1)})` },
    };
    if (!best || b.from > best.from) best = b;
  }
  if (best) out.push(best);

  // Months with years: "since October 2019", "in March 2025", "Jan. 20, 2025".
  best = null;
  for (const m of allMatches(MONTH_YEAR, text)) {
    const y = Number(m[4]);
    const mo = monthIndex(m[2]!);
    if (y < 1950 || y > 2099 || mo < 1) continue;
    take(m.index!, m.index! + m[0].length);
    if (isFuture(text, m.index!)) continue;
    const day = m[3] ? Number(m[3]) : 1;
    const from = iso(y, mo, day);
    const b: Bound = {
      from,
      // "since October 2019" counts time since then (often a year-to-date figure); a plain month is recent news.
      soft: endOfMonth(y, mo + (m[1]?.trim() === 'since' ? 11 : 5)),
      ev: { kind: m[1]?.trim() === 'since' ? 'since' : 'month', text: m[0].trim(), implies: `written on or after ${from}` },
    };
    if (!best || b.from > best.from) best = b;
  }
  if (best) out.push(best);

  // Plain years: the latest year mentioned bounds the date from below.
  best = null;
  for (const m of allMatches(PLAIN_YEAR, text)) {
    if (isUsed(m.index!)) continue;
    if (isFuture(text, m.index!)) continue;
    // "2000 agents": a count, not a year.
    if (/^\s+(?:[a-z]+s|people|troops|personnel|staff|officers|agents)\b/.test(text.slice(m.index! + 4, m.index! + 30)) &&
        !/\b(?:in|since|of|from|during|by|until|year)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const y = Number(m[1]);
    const b: Bound = { from: iso(y, 1, 1), soft: iso(y, 12, 31), ev: { kind: 'year', text: contextOf(text, m.index!, 4), implies: `written in ${y} or later` } };
    if (!best || b.from > best.from) best = b;
  }
  if (best) out.push(best);
  return out;
}

/** A year or date looking forward ("by 2030", "ahead of the 2026 midterms") says nothing about when the text was written. */
function isFuture(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return /\b(by|until|till|through|before|ahead of|upcoming|next|coming|starting in|beginning in|projected for|expected in|planned for)\s+(?:the\s+)?(?:end of\s+)?(?:fiscal(?:\s+year)?\s+|FY\s*)?$/i.test(before);
}

function contextOf(text: string, at: number, len: number): string {
  const s = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 25)) + 1);
  let e = text.indexOf(' ', Math.min(text.length, at + len + 20));
  if (e < 0) e = text.length;
  return text.slice(s, e).trim();
}

// ------------------------------------------------------------------ estimate

export interface PeriodInput {
  /** Body paragraphs (display text). */
  paragraphs: string[];
  /** Editor's date, YYYY-MM-DD. */
  sidecarDate?: string | null;
  officeholders: Officeholder[];
  /** Date lines the cleaner took off the page ("Published June 12, 2025 …"). */
  timestamps?: string[];
}

const NAMED_DATE = new RegExp(`${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const DAY_FIRST_DATE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+(\\d{4})`, 'i');

/** The publication date in a page's timestamp lines: "Published …" first, else the earliest date. */
export function timestampDate(lines: string[]): { date: string; line: string } | null {
  const found: { date: string; line: string; published: boolean }[] = [];
  for (const line of lines) {
    // "Updated June 12, 2025 … | Published June 12, 2025 …": judge each part on its own.
    for (const partText of line.split(/\s[|•·]\s|;\s/)) {
      let date: string | null = null;
      const named = NAMED_DATE.exec(partText);
      const dayFirst = DAY_FIRST_DATE.exec(partText);
      const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(partText);
      if (named) date = iso(Number(named[3]), monthIndex(named[1]!), Number(named[2]));
      else if (dayFirst) date = iso(Number(dayFirst[3]), monthIndex(dayFirst[2]!), Number(dayFirst[1]));
      else if (isoDate) date = `${isoDate[1]}-${isoDate[2]}-${isoDate[3]}`;
      if (date && date >= '1950-01-01' && date <= '2099-12-31') found.push({ date, line: partText.trim(), published: /\b(published|posted|first published)\b/i.test(partText) });
    }
  }
  if (!found.length) return null;
  const pick = found.find((f) => f.published) ?? [...found].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!;
  return { date: pick.date, line: pick.line };
}

export const UNKNOWN_PERIOD: PeriodEstimate = { from: '0000-01-01', to: '0000-01-01', label: 'date unknown', kind: 'unknown', evidence: [] };

export function estimatePeriod({ paragraphs, sidecarDate, officeholders, timestamps }: PeriodInput): PeriodEstimate {
  if (sidecarDate) {
    return {
      from: sidecarDate,
      to: sidecarDate,
      label: longDate(sidecarDate),
      kind: 'sidecar',
      evidence: [{ kind: 'sidecar', text: sidecarDate, implies: 'publication date given by the editor' }],
    };
  }
  // The page's own timestamp is direct evidence of the date, stronger than any inference.
  const stamp = timestampDate(timestamps ?? []);
  if (stamp) {
    return {
      from: stamp.date,
      to: stamp.date,
      label: `estimated: ${longDate(stamp.date)}`,
      kind: 'estimated',
      evidence: [{ kind: 'timestamp', text: stamp.line, implies: `the page gives ${stamp.date} as its date (not checked by an editor)` }],
    };
  }
  const text = paragraphs.join('\n');
  const evidence: Evidence[] = [];
  type Constraint = { iv: Interval[]; ev: Evidence; head: boolean };
  const constraints: Constraint[] = [];

  // IN_OFFICE tries a match at every "a" or number of the text; it needs one of these words.
  const tenure = IN_OFFICE_WORDS.test(text) ? text.match(IN_OFFICE) : null;
  const tenureDays = tenure
    ? offsetDays(NUM_WORDS[(tenure[1] ?? tenure[3])!.toLowerCase()] ?? Number(tenure[1] ?? tenure[3]), (tenure[2] ?? tenure[4])!.toLowerCase())
    : 0;

  for (const hit of findOfficeholders(paragraphs, officeholders)) {
    const iv = hit.roles.map((r) => ({ from: r.from, to: r.to }));
    const titles = hit.roles.map((r) => `${r.title}${r.uncertain ? ' (dates approximate)' : ''}: ${r.from} – ${r.to ?? 'present'}`);
    constraints.push({
      iv,
      head: hit.roles.some((r) => r.head),
      ev: { kind: 'officeholder', text: hit.quote, implies: `${hit.person.name} in office — ${titles.join(' or ')}` },
    });
  }
  // "First three months in office" moves the president's start later.
  const head = constraints.find((c) => c.head);
  if (head && tenure && tenureDays > 0) {
    head.iv = head.iv.map((i) => ({ from: i.from ? addDays(i.from, tenureDays) : null, to: i.to }));
    evidence.push({ kind: 'tenure', text: tenure[0], implies: `written at least ${tenureDays} days into the term` });
  }

  // Narrow evidence first; evidence that contradicts what is already known is set aside.
  let cand: Interval[] = [{ from: null, to: null }];
  let any = false;
  for (const c of [...constraints].sort((a, b) => span(a.iv) - span(b.iv))) {
    const next = intersect(cand, c.iv);
    if (next.length === 0) {
      evidence.push({ ...c.ev, implies: `${c.ev.implies} (contradicts stronger evidence; not used)` });
      continue;
    }
    cand = next;
    any = true;
    evidence.push(c.ev);
  }
  let soft: string | null = null;
  for (const b of findDates(text).sort((x, y) => (x.from < y.from ? 1 : -1))) {
    const next = intersect(cand, [{ from: b.from, to: null }]);
    if (next.length === 0) {
      evidence.push({ ...b.ev, implies: `${b.ev.implies} (contradicts the officeholders named; not used)` });
      continue;
    }
    cand = next;
    any = true;
    soft = soft === null ? b.soft : maxD(soft, b.soft);
    evidence.push(b.ev);
  }
  if (!any || cand.every((i) => i.from === null)) return { ...UNKNOWN_PERIOD, evidence };

  // Latest alternative first (the front page sorts by `to`).
  const alts = cand.filter((i) => i.from !== null).sort((a, b) => ((a.to ?? '9999') < (b.to ?? '9999') ? 1 : -1));
  const primary = alts[0]!;
  const from = primary.from!;
  const cap = maxD(soft ?? '', `${from.slice(0, 4)}-12-31`);
  let to = primary.to === null ? cap : minD(primary.to, cap);
  if (to < from) to = from;
  if (primary.to === null || primary.to > to) {
    evidence.push({
      kind: 'assumption',
      text: 'no end date in the text',
      implies: `assumed written by ${to}, the end of the latest period the evidence points to`,
    });
  }
  let label = `estimated: ${describeRange(from, to)}`;
  const others = alts.slice(1, 3).map((i) => describeRange(i.from!, i.to ?? `${i.from!.slice(0, 4)}-12-31`));
  if (others.length) {
    label += ` (or ${others.join(' or ')})`;
    evidence.push({ kind: 'ambiguity', text: 'several periods fit the evidence', implies: `also possible: ${others.join('; ')}` });
  }
  return { from, to, label, kind: 'estimated', evidence };
}
