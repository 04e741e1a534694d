// checks: article claims about border encounters vs the official reference series (issue 5).
//
// Two sources of checks:
//  1. Claims (numbers) about the series' measure — encounters, apprehensions, crossings,
//     expulsions — get a verdict for a fiscal-year value, or for a "record" figure.
//  2. Sentences without such a number that compare levels over time ("lowest since the
//     late 1960s", "lowest in over 50 years", "record low") are found by scanning the
//     articles; their check's claim_id is the sentence id (there is no claim to point to).
// Every rule is general (words and numbers), never keyed to a particular article.
// Monthly series, comparisons, tolerances and figure comparison live in ./checks/, one job each.
import type { Article, Check, Claim, ReferenceSeries } from './types.ts';
import { allMatches } from './extract/re.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';
import { TOLERANCE, compareFigure, roundingHalfUnit } from './checks/compare.ts';
import { findComparatives, overlaps, type Comparative, type Span } from './checks/comparatives.ts';
import { checkMonthClaim, SECTOR, SINGLE_DAY } from './checks/month-claims.ts';
import { checkMonthChange } from './checks/month-change.ts';
import { checkMonthComparative, MONTH_RECORD_YEARS } from './checks/month-history.ts';
import { componentOfText, holderOf, holdings, monthlyOf, PORTS } from './checks/monthly-series.ts';
import { addMonths, articleMonth, fiscalYearOfMonth, monthOfStatement, monthWords, type ArticleTime } from './checks/months.ts';
import { namesRun, officeMonths } from './checks/office-months.ts';
import { sinceBeforeMonths } from './checks/month-vs-years.ts';
import type { Officeholder } from './text/period.ts';
import { base, notCheckable, type CheckBase } from './checks/verdict.ts';

export { TOLERANCE, roundingHalfUnit, findComparatives };
export { monthsOfClaim } from './checks/month-claims.ts';

// ------------------------------------------------------------------ verdicts (also shown on the methodology page)

/** The four verdicts, in words a reader sees on badges and the methodology page. */
export const VERDICTS: { id: Check['verdict']; label: string; meaning: string }[] = [
  { id: 'consistent', label: 'Consistent', meaning: 'The official series bears the claim out within the tolerance shown.' },
  { id: 'partly-consistent', label: 'Partly consistent', meaning: 'The claim points the right way but its span is off at the edge: annual data can only place it one fiscal year away.' },
  { id: 'inconsistent', label: 'Inconsistent', meaning: 'The official series contradicts the claim beyond the tolerance shown.' },
  { id: 'not-checkable', label: 'Not checkable', meaning: 'The series cannot confirm or refute it: a single day, a sector, a month or year no series holds, a record reaching back before the series begins, or no period at all. The explanation says why.' },
];

export interface VerdictRule {
  id: string;
  title: string;
  text: string;
}

/** Plain-language rules, rendered by the methodology page so the page and the code cannot drift apart. */
export const VERDICT_RULES: VerdictRule[] = [
  {
    id: 'scope',
    title: 'Which claims are checked',
    text: 'Numbers that count border encounters, apprehensions, crossings or expulsions, and sentences that compare those levels over time ("lowest since …", "lowest in over N years", "record low"). A sentence starting with "They", "These" or "It" is read with the sentence before it. Other numbers (agents, troops, arrests in the interior) have no official series here and are not checked.',
  },
  {
    id: 'series',
    title: 'Which series a claim is compared with',
    text: 'The default series (southwest border, Border Patrol) unless the sentence says "nationwide" or "all borders" (then a nationwide series), or names Title 42 expulsions or Title 8 apprehensions (then the series split by legal authority). A figure for one group of those encountered (single adults, family units, unaccompanied children) is compared with that group’s series only, in the fiscal year of its sentence or else of its paragraph; a figure for everyone never with a group’s series. A claim is compared with one series only; yearly series are never spliced to reach a year.',
  },
  {
    id: 'year',
    title: 'Which fiscal year',
    text: 'The fiscal-year phrase nearest the number with no other number between them ("FY2025", "fiscal year 2025", "the 2025 fiscal year", "FY25"), else the claim\'s own time reference when it names or spans one fiscal year. Sentences without a number take a fiscal year from the sentence, then its paragraph, then the article if it names exactly one. A fiscal year named beside the figure wins over month words elsewhere in the sentence ("FY2025, which ended in September"). A calendar year ("in 2023") is not a fiscal year and is not compared. No year → not checkable.',
  },
  {
    id: 'value',
    title: 'A figure for a year',
    text: `Exact figures: within ±${TOLERANCE.exact * 100} % of the official value, or half the stated figure's rounding unit if larger ("237,000" is rounded to the thousand: ±500; "2.2 million" to the hundred thousand: ±50,000). "About", "approximately": within ±${TOLERANCE.approx * 100} % (or half the rounding unit). "More than", "exceeding": the official value is larger. "Nearly", "almost": the official value is smaller and within ${TOLERANCE.nearly * 100} %; "less than", "fewer than", "below": the official value is smaller. "Up to": not larger. Ranges: inside the range. Series rounded by their publisher widen the tolerance by half their rounding unit.`,
  },
  {
    id: 'record',
    title: 'Records',
    text: 'A figure called a record (high, low, peak, all-time) is compared with the highest or lowest value of the series up to the article\'s time, using the rules for a figure; if a year is attached to it, it must be the record year. A sentence calling a year a record without a figure is consistent only if no earlier year of the series was higher (or lower).',
  },
  {
    id: 'span',
    title: '"Lowest since …", "in over N years"',
    text: `From the data, the checker finds the last earlier year with a lower value (or higher, for "highest"). "Since X": consistent if that year falls in X; a decade part ("late 1960s") means calendar years 7–9 of the decade, "early" 0–3, "mid" 4–6. If that year is the fiscal year right after the stated calendar period, the verdict is partly consistent: that fiscal year began on 1 October of the period's last year, so annual data cannot say more. If it lies before X, the claim understates the span and is consistent (every year since X was higher). "In over N years": the years since the last lower year must exceed N ("nearly N": at least ${TOLERANCE.nearlyYears * 100} % of N; "decades": at least ${TOLERANCE.decadesYears}); one year short is partly consistent.`,
  },
  {
    id: 'month',
    title: 'A month, several months, or an average per day in them',
    text: `A figure for one calendar month (or a run of months) is compared with the monthly series of the same scope (southwest or nationwide) and count (Border Patrol between ports, or CBP-wide with ports of entry when the sentence counts CBP encounters without naming the Border Patrol). The months are the claim's own resolved months, else a run named beside the figure ("from Feb 2021 to Dec 2024"), else the month named nearest the figure ("July 2023"; a month without a year takes the year that puts it on or before the article's date; "last July" in a release of 1 August is the July of the year before), else "last month" (the month before a release's date), else the one month the headline names, else, for a statement about monthly levels, the last full month before the article's date; a term of office ("first three full months in office") gives the whole months after the term began. Months named as a comparison ("down from June", "June's low") are not the month described. A month's total uses the rules for a figure; a total over several months is their sum; an average per day is the months' totals over their days (July to September: 31 + 31 + 30 = 92 days), per N hours over the N-hour periods, with the same tolerances on the quotient. A percentage change between two months ("down 2.4% from June", "32% lower than in June 2024") is the change between the two months' totals in one series, within half the stated rounding (2.4 %: ±0.05 points). One series must hold every month; only when none does is a spliced series used (one explicitly described in series.yaml, whose parts count the same thing and agree on the months they share, checked at build time), and the verdict names which months came from which part. The verdict says how the months were chosen and names the series, the months and the vintage of the figures (preliminary figures as first announced are revised later).`,
  },
  {
    id: 'month-record',
    title: 'Records and spans of a month',
    text: `"All-time low", "lowest monthly total since September 2020", "lowest in more than three years": the month's figure (from the series that holds it) is compared with every earlier month of each series of the same scope and count, each read on its own; values within the publishers' rounding of each other are ties. A record is inconsistent if any earlier month was lower (higher), and consistent only with at least ${MONTH_RECORD_YEARS} years of earlier months, else "not checkable: series starts YYYY-MM". "Since X": the last lower month must fall in X (earlier is consistent too: a longer span); if no month is lower and X lies before the monthly series begin, the years before them are compared at an annual rate (the month’s figure × 12) with the yearly series of the same geography (Border Patrol only): the last fiscal year lower must fall in X, as for years, and the verdict says that a fiscal year’s total does not show its single months; if the yearly series does not reach X either, not checkable. "In over N years": the months since the last lower month must exceed N × 12 ("nearly": 90 %); one month short is partly consistent. For a run of months called records together, its highest (lowest) month decides. Title 42 years in the compared months are named.`,
  },
  {
    id: 'not-checkable',
    title: 'Not checkable',
    text: 'Weekly figures, single-day counts, a run of months no single series holds, months the monthly series do not hold, records reaching back before a monthly series begins, counts of a group no series splits out (minors, nationalities) or outside a group series’ years, figures for a period shorter than a year that is not one calendar month (the yearly series counts whole fiscal years; no conversion is attempted), single sectors, the northern border, counts that include ports of entry, years outside the chosen series, calendar years, and statements with no resolvable fiscal year. The explanation says why, and what the annual data show where that helps.',
  },
];

// ------------------------------------------------------------------ text patterns

/** Words naming the series' measure. */
const MEASURE = /\b(encounters?|encountered|apprehensions?|apprehended|crossings?|expulsions?|border numbers|illegal entries)\b/i;
const MEASURE_UNIT = /encounter|apprehen|crossing|expulsion|illegal entr/i;
const BORDER_ENTITY = /^(USBP|CBP|Border Patrol|U\.S\. Border Patrol|border)$/i;
/** A period shorter than a fiscal year: the series cannot be compared. */
const SUB_YEAR_SRC = String.raw`\b(daily|weekly|monthly|per (day|week|month)|a (day|week|month)|each (day|week|month)|every (day|week|month)|months?' ?(total|tall(y|ies))|in (a|one|single) (day|week|month)|every (two|three|four|six|eight|twelve|\d+) hours|per hour|an hour|hourly)\b`;
const SUB_YEAR = new RegExp(SUB_YEAR_SRC, 'i');
const SUB_YEAR_ALL = new RegExp(SUB_YEAR_SRC, 'gi');
/** Month names (capitalised, so the modal "may" is not one) and month-relative phrases. */
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?!\s+\d{1,2},)|\b(last|this|that|each|every|the same|the past|the previous) (month|week|quarter)\b/;
const NORTHERN = /\b(northern border|canadian border|u\.s\.-canada border)\b/i;
const NATIONWIDE = /\b(nationwide|nationally|all (u\.s\. )?borders|across (the|all) (u\.s\. )?borders|every border)\b/i;
const TITLE42 = /\btitle 42\b/i;
const TITLE8 = /\btitle 8\b/i;
/** Part of the encounters: a demographic group or a nationality, which no reference series splits out. */
const SUBGROUP = /\b(single adults?|family units?|families|unaccompanied (children|minors)|minors|children|(Mexican|Guatemalan|Honduran|Salvadoran|Venezuelan|Cuban|Haitian) (nationals|citizens|migrants))\b/i;
const PRONOUN_START = /^\s*(they|these|those|it|this|that|such)\b/i;

/** Fiscal-year phrases: "FY2025", "FY 25", "fiscal year 2025", "fiscal 2025", "the 2025 fiscal year". */
const FY_PHRASES: RegExp[] = [
  /\b(?:FY|fiscal(?:\s+year)?)\s?['’-]?\s?((?:19|20)\d{2}|\d{2})\b/gi,
  /\b((?:19|20)\d{2})\s+fiscal\s+year\b/gi,
];
const CALENDAR_YEAR = /\b(?:in|during|for|of)\s+((?:19|20)\d{2})\b(?!\s*fiscal)/gi;

const RECORD_NEAR = /\b(?:record|all[-\s]time|historic)[-\s]+(high|low)s?\b|\b(peak)(?:ed)?\b|\b(highest|lowest)\b(?:\s+(?:ever|on record))?|\b(record)\b(?!s)/gi;

interface FyHit extends Span { fy: number }

const fmt = new Intl.NumberFormat('en-US');
const n = (v: number) => fmt.format(v);

function fyHits(text: string): FyHit[] {
  const hits: FyHit[] = [];
  for (const re of FY_PHRASES) {
    for (const m of allMatches(re, text)) hits.push({ start: m.index, end: m.index + m[0].length, fy: parseFiscalYear(m[1]!)! });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Numbers in a text (digits), as spans; used to tell whether two phrases are separated by another figure. */
function numberSpans(text: string): Span[] {
  return [...text.matchAll(/\d[\d,.]*/g)]
    // Numbers inside names ("Title 42", "Section 287(g)") are not figures.
    .filter((m) => !/\b(title|section|sec\.|§|article|chapter)\s*$/i.test(text.slice(Math.max(0, m.index! - 10), m.index!)))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** True when a figure other than `a`, `b` and `allowed` lies between the two spans. */
function numberBetween(text: string, a: Span, b: Span, allowed: Span[] = []): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return numberSpans(text).some(
    (s) => s.start >= from && s.end <= to && !overlaps(s, a) && !overlaps(s, b) && !allowed.some((x) => overlaps(s, x)),
  );
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** The fiscal-year phrase nearest `at` with no other number between them. */
function nearestFy(text: string, at: Span): FyHit | null {
  let best: FyHit | null = null;
  for (const h of fyHits(text)) {
    if (overlaps(h, at) || numberBetween(text, h, at)) continue;
    if (!best || distance(h, at) < distance(best, at)) best = h;
  }
  return best;
}

/** The fiscal year a resolved period names, when it is exactly one fiscal year. */
function fyOfPeriod(p: { from: string; to: string } | null): number | null {
  if (!p) return null;
  const a = /^(\d{4})-10-01$/.exec(p.from);
  const b = /^(\d{4})-09-30$/.exec(p.to);
  if (a && b && Number(b[1]) === Number(a[1]) + 1) return Number(b[1]);
  return null;
}

function calendarYearOfPeriod(p: { from: string; to: string } | null): number | null {
  if (!p) return null;
  const a = /^(\d{4})-01-01$/.exec(p.from);
  const b = /^(\d{4})-12-31$/.exec(p.to);
  return a && b && a[1] === b[1] ? Number(a[1]) : null;
}

// ------------------------------------------------------------------ series choice

interface Want {
  scope: 'southwest' | 'nationwide';
  authority: 'title42' | 'title8' | null;
  /** One group of those encountered; absent: everyone (group series are never used then). */
  group?: NonNullable<ReferenceSeries['group']>;
}

/** The series group a SUBGROUP word names, or null when no series splits it out ("minors", nationalities). */
function groupOf(word: string): NonNullable<ReferenceSeries['group']> | null {
  if (/^single adults?$/i.test(word)) return 'single_adults';
  if (/^(family units?|families)$/i.test(word)) return 'family_units';
  if (/^unaccompanied (children|minors)$/i.test(word)) return 'unaccompanied_children';
  return null;
}

/** "nationwide" counts only when it qualifies the measure ("encounters nationwide"), not "operations nationwide". */
// (Compiled once: matchAll copies a global regex, so sharing these is safe.)
const NATIONWIDE_ALL = new RegExp(NATIONWIDE.source, 'gi');
const MEASURE_ALL = new RegExp(MEASURE.source, 'gi');
function nationwideNearMeasure(text: string): boolean {
  const re = NATIONWIDE_ALL;
  const measures = [...text.matchAll(MEASURE_ALL)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return [...text.matchAll(re)].some((m) => measures.some((x) => distance(x, { start: m.index!, end: m.index! + m[0].length }) <= 30));
}

function wantOf(text: string): Want | { refuse: string } {
  if (NORTHERN.test(text) && !NATIONWIDE.test(text)) return { refuse: 'it is about the northern border, which no reference series counts on its own' };
  return {
    scope: nationwideNearMeasure(text) ? 'nationwide' : 'southwest',
    authority: TITLE42.test(text) && /expul/i.test(text) ? 'title42' : TITLE8.test(text) ? 'title8' : null,
  };
}

function span(s: ReferenceSeries): [number, number] {
  return [s.rows[0].fiscal_year, s.rows[s.rows.length - 1].fiscal_year];
}

/** One series for a claim: matching scope and authority; default first, unrounded, final, longest. */
function chooseSeries(all: ReferenceSeries[], want: Want, fy: number | null): ReferenceSeries | null {
  const cands = all.filter((s) => {
    const scope = s.scope ?? (s.default ? 'southwest' : null);
    if (scope !== want.scope) return false;
    // A group's figure is compared with that group’s series only; everyone's never with a group's.
    if ((s.group ?? null) !== (want.group ?? null)) return false;
    if (want.authority === 'title42') return s.authority === 'title42';
    if (want.authority === 'title8') return s.authority === 'title8' && !s.preliminary;
    return !s.preliminary && s.authority !== 'title42' && s.authority !== 'title8';
  });
  const rank = (s: ReferenceSeries) => [s.default ? 0 : 1, s.rounded_to ? 1 : 0, -(span(s)[1] - span(s)[0])];
  cands.sort((a, b) => {
    const ra = rank(a), rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return a.id < b.id ? -1 : 1;
  });
  if (fy !== null) {
    const covering = cands.find((s) => s.rows.some((r) => r.fiscal_year === fy));
    if (covering) return covering;
  }
  return cands[0] ?? null;
}

function valueAt(s: ReferenceSeries, fy: number): number | null {
  return s.rows.find((r) => r.fiscal_year === fy)?.value ?? null;
}

function breakNote(s: ReferenceSeries, fy: number): string {
  const b = s.breaks.find((x) => fy >= x.from_fy && fy <= x.to_fy);
  return b ? `; FY${fy} falls where the measure changes (${b.label})` : '';
}

function preliminaryNote(all: ReferenceSeries[], s: ReferenceSeries, fy: number): string {
  const p = all.find((x) => x.preliminary && x.scope === s.scope && x.id !== s.id && valueAt(x, fy) !== null);
  const v = p ? valueAt(p, fy)! : null;
  return p && v !== valueAt(s, fy) ? `; the preliminary figure first announced was ${n(v!)}` : '';
}

// ------------------------------------------------------------------ figure comparison

// ------------------------------------------------------------------ claims

const TIME_UNIT = /^(years?|months?|weeks?|days?|decades?|hours?|percent|%)$/i;

/** A figure counting the series' measure: by its unit, or an event count at the border with a measure word beside it. */
/** Interior enforcement (ICE and its offices): arrests away from the border, which no border series counts. */
const INTERIOR_ENTITY = /^(ICE|ERO|HSI)$/;
/** A number inside a legal citation ("42 U.S.C. §§ 265 and 268") is not a figure. */
const CITATION_BEFORE = /(§+|U\.S\.C\.|C\.F\.R\.)[\s\d,.()a-z]*$/i;

function isMeasureClaim(c: Claim): boolean {
  if (CITATION_BEFORE.test(c.quote.slice(Math.max(0, c.start - 30), c.start))) return false;
  if (c.entity.length > 0 && c.entity.every((e) => INTERIOR_ENTITY.test(e)) && !/\b(southwest|southern|northern|u\.s\.-mexico|u\.s\.-canada) border\b|\bports? of entry\b/i.test(c.quote)) return false;
  if (MEASURE_UNIT.test(c.unit)) return true;
  if (!['events', 'rate', 'other'].includes(c.unit_family) || TIME_UNIT.test(c.unit)) return false;
  const aboutBorder = c.entity.some((e) => BORDER_ENTITY.test(e)) || /\b(southwest|southern|u\.s\.-mexico) border\b/i.test(c.quote);
  const window = c.quote.slice(Math.max(0, c.start - 60), Math.min(c.quote.length, c.end + 60));
  return aboutBorder && MEASURE.test(window) && !/\binterior\b/i.test(c.unit);
}

/** A period shorter than a fiscal year the claim is about ("in February", "last month", a resolved month), or null. */
function partOfYear(c: Claim): string | null {
  const r = c.time_resolved;
  if (r && fyOfPeriod(r) === null && calendarYearOfPeriod(r) === null) {
    const days = (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000;
    if (Number.isFinite(days) && days >= 0 && days < 360) return `${c.time ? `“${c.time}” ` : ''}(${r.from} to ${r.to})`;
  }
  const window = c.quote.slice(Math.max(0, c.start - 60), Math.min(c.quote.length, c.end + 40));
  const m = MONTH.exec(c.time ?? '') ?? MONTH.exec(window);
  return m ? `a month or part of a year (“${m[0]}”)` : null;
}

/** A rate: by its unit, or a rate word beside the figure with no other figure between them ("4,598 — nearly 500 fewer than the daily average" is a total). */
function isRate(c: Claim): boolean {
  if (c.unit_family === 'rate' || /\bper\b|daily|monthly|weekly|\ba (day|week|month)\b/i.test(c.unit)) return true;
  const from = Math.max(0, c.start - 45);
  const window = c.quote.slice(from, Math.min(c.quote.length, c.end + 30));
  return [...window.matchAll(SUB_YEAR_ALL)].some((m) => !numberBetween(c.quote, { start: from + m.index!, end: from + m.index! + m[0].length }, c));
}

interface RecordHit extends Span { dir: 'high' | 'low' }

function recordHits(text: string): RecordHit[] {
  const out: RecordHit[] = [];
  RECORD_NEAR.lastIndex = 0;
  for (const m of text.matchAll(RECORD_NEAR)) {
    let word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
    // A bare "record" ("a record 2.5 million"): high unless the sentence speaks of a fall.
    if (word === 'record') word = /\b(low|fell|fall|drop|plummet|declin|plunge)/i.test(text) ? 'low' : 'high';
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 70);
    // "lowest since …" / "lowest in 50 years" are spans, handled by the sentence scan.
    if ((word === 'highest' || word === 'lowest') && /^[^.;]*?\b(since|in\s+(over|more than|nearly|almost|about|at least|the (past|last))?\s*[\w-]+\s+(years|decades)|in decades|in half a century)\b/i.test(after)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, dir: word === 'high' || word === 'peak' || word === 'highest' ? 'high' : 'low' });
  }
  return out;
}

/** Record phrases each attached to the nearest figure of the sentence, when that figure is one of `claims`. */
function attachRecords(quote: string, claims: Claim[]): Map<string, RecordHit> {
  const out = new Map<string, RecordHit>();
  const years = fyHits(quote);
  const figures = numberSpans(quote).filter((x) => !years.some((y) => overlaps(x, y)) && !/^(?:19|20)\d{2}$/.test(quote.slice(x.start, x.end)));
  for (const h of recordHits(quote)) {
    let best: Span | null = null;
    for (const f of figures) {
      const d = distance(h, f);
      if (d > 45 || numberBetween(quote, h, f)) continue;
      if (!best || d < distance(h, best)) best = f;
    }
    const owner = best ? claims.find((c) => overlaps(c, best!)) : undefined;
    if (owner && !out.has(owner.id)) out.set(owner.id, h);
  }
  return out;
}

interface Ctx {
  series: ReferenceSeries[];
  /** Monthly series (frequency: monthly). */
  monthly: ReferenceSeries[];
  /** Per article file: its dates and headline, to place a month without a year. */
  articles: Map<string, ArticleTime>;
  /** Last fiscal year an article can know about (from its date), when known. */
  asOf: Map<string, number>;
  /** Start dates of presidents' terms ("first three months in office"). */
  headTerms: string[];
  /** Per sentence id: the text of its paragraph (a group's share takes the paragraph's fiscal year). */
  paragraphs: Map<string, string>;
}

function checkClaim(c: Claim, record: RecordHit | undefined, ctx: Ctx): Check {
  const b = base(c);
  const stated = `“${c.display || n(c.value)}”`;
  if (c.negated) return notCheckable(b, 'none', `The sentence negates the figure ${stated}; a negated figure asserts no value to compare.`);
  const scope = wantOf(c.quote);
  const byMonth = checkMonthClaim(c, ctx.monthly, ctx.articles.get(c.article), {
    scope: 'refuse' in scope ? null : scope.scope,
    fyNamed: nearestFy(c.quote, c) !== null,
    rate: isRate(c),
    ...(record ? { record: record.dir } : {}),
  });
  if (byMonth) return byMonth;
  if (isRate(c)) {
    if (SECTOR.test(c.quote)) {
      // Unnamed sectors below a level: one small sector (Big Bend never averaged 163 a day in OHSS's
      // months from October 1999) makes it true in any month, so a verdict would test nothing.
      const below = c.qualifier === 'less-than' ? '; and a level that some unnamed sectors are below is met by one small sector in any month, so a verdict would test nothing' : '';
      return notCheckable(b, 'rate', `${stated} is a daily, weekly or monthly figure for some sectors, not named: the reference series count whole borders, no sector series is kept for recent months${below}.`);
    }
    return notCheckable(b, 'rate', `${stated} is a daily, weekly or monthly figure; the reference series counts whole fiscal years for the whole border, and no conversion is attempted.`);
  }
  const want = wantOf(c.quote);
  if ('refuse' in want) return notCheckable(b, 'none', `Not compared: ${want.refuse}.`);
  if (PORTS.test(c.quote)) {
    return notCheckable(b, 'none', `${stated} appears to count people stopped at ports of entry (CBP-wide); the reference series count Border Patrol apprehensions between ports only.`);
  }
  if (SECTOR.test(c.quote.slice(Math.max(0, c.start - 60), c.end + 40))) {
    return notCheckable(b, 'none', `${stated} is about single Border Patrol sectors; the reference series counts the whole border.`);
  }
  const near = nearestFy(c.quote, c);
  const fy = near?.fy ?? fyHits(c.time ?? '')[0]?.fy ?? fyOfPeriod(c.time_resolved);
  // A fiscal year named beside the figure wins over month words ("FY2025, which ended in September").
  const part = near ? null : partOfYear(c);
  if (part) {
    return notCheckable(b, record ? 'record' : 'value', `${stated} is for ${part}, shorter than a fiscal year; the reference series counts whole fiscal years, and no conversion is attempted.`);
  }

  // A group's figure is never compared with everyone's series, whatever its year.
  const group = SUBGROUP.exec(c.quote.slice(c.end, c.end + 60)) ?? SUBGROUP.exec(c.quote.slice(Math.max(0, c.start - 60), c.start));
  if (group && !record && (fy === null || groupOf(group[0]))) return checkGroup(c, group[0], want, ctx, fy);

  if (record) {
    const s = chooseSeries(ctx.series, want, null);
    if (!s) return notCheckable(b, 'record', 'No reference series matches the claim\'s scope.');
    const limit = ctx.asOf.get(c.article) ?? span(s)[1];
    const rows = s.rows.filter((r) => r.fiscal_year <= limit);
    if (rows.length === 0) return notCheckable(b, 'record', `The series ${s.id} starts after the article's time.`, s);
    const rec = rows.reduce((a, r) => (record.dir === 'high' ? (r.value > a.value ? r : a) : r.value < a.value ? r : a));
    const cmp = compareFigure(rec.value, c, s.rounded_to ?? 0);
    const word = record.dir === 'high' ? 'highest' : 'lowest';
    const range = `FY${rows[0].fiscal_year}–FY${rows[rows.length - 1].fiscal_year}`;
    let ok = cmp.ok;
    let yearNote = '';
    if (near && near.fy !== rec.fiscal_year && distance(near, c) <= 40) {
      ok = false;
      yearNote = `; the sentence ties the record to FY${near.fy}, but the record year is FY${rec.fiscal_year}`;
    }
    let detail = '';
    if (c.qualifier === 'more-than' && cmp.ok) {
      const above = rows.filter((r) => r.value > c.value).map((r) => `FY${r.fiscal_year}`);
      detail = above.length === 1 ? `, the only year above ${n(c.value)}` : `; ${above.length} years are above ${n(c.value)}: ${above.join(', ')}`;
    }
    return {
      ...b,
      verdict: ok ? 'consistent' : 'inconsistent',
      series: s.id,
      series_name: s.name,
      fiscal_year: rec.fiscal_year,
      compared_with: rec.value,
      tolerance: cmp.tolerance,
      explanation: `The ${word} year of the series (${range}) is FY${rec.fiscal_year} at ${n(rec.value)}, which ${ok ? 'agrees with' : 'does not agree with'} ${stated} (${cmp.relation})${detail}${yearNote}${ok ? '' : cbpNote(c)}.`,
      kind: 'record',
    };
  }

  if (fy === null) {
    const cal = calendarYearOf(c);
    if (cal !== null) {
      return notCheckable(b, 'value', `${stated} is given for calendar year ${cal}; the series counts fiscal years (FY${cal} ran from October ${cal - 1} to September ${cal}), so the periods differ.`);
    }
    if (SINGLE_DAY.test(c.quote)) return notCheckable(b, 'none', `${stated} counts a single day; the reference series count whole months and fiscal years, and no daily series is kept.`);
    return notCheckable(b, 'value', `No fiscal year is stated or resolvable for ${stated}, so it cannot be matched to a year of the series.`);
  }
  const s = chooseSeries(ctx.series, want, fy);
  if (!s) return notCheckable(b, 'value', 'No reference series matches the claim\'s scope.');
  return yearVerdict(b, c, s, fy, '', (ref, cmp) =>
    `The series gives ${n(ref)} for FY${fy}; ${stated} is ${cmp.ok ? 'consistent' : 'inconsistent'} with it (${cmp.relation})${preliminaryNote(ctx.series, s, fy)}${breakNote(s, fy)}${cmp.ok ? '' : cbpNote(c)}.`);
}

/** A claim against one fiscal year of a yearly series: out of its years, or the verdict with `explain`'s words. */
function yearVerdict(
  b: ReturnType<typeof base>, c: Claim, s: ReferenceSeries, fy: number, from: string,
  explain: (ref: number, cmp: ReturnType<typeof compareFigure>) => string,
  extra: Partial<Check> = {},
): Check {
  const ref = valueAt(s, fy);
  if (ref === null) {
    const [a, z] = span(s);
    return notCheckable(b, 'value', `FY${fy}${from} is outside the years of the series ${s.name} (FY${a}–FY${z}).`, s);
  }
  const cmp = compareFigure(ref, c, s.rounded_to ?? 0);
  return {
    ...b,
    verdict: cmp.ok ? 'consistent' : 'inconsistent',
    series: s.id,
    series_name: s.name,
    fiscal_year: fy,
    compared_with: ref,
    tolerance: cmp.tolerance,
    explanation: explain(ref, cmp),
    kind: 'value',
    ...extra,
  };
}

/**
 * A figure for one group of those encountered ("1,063,285 … involved single adults"), with no fiscal
 * year of its own: the share of what its paragraph describes, so the paragraph's single fiscal year,
 * compared with that group’s series only (never the total).
 */
function checkGroup(c: Claim, word: string, want: Want, ctx: Ctx, own: number | null): Check {
  const b = base(c);
  const stated = `“${c.display || n(c.value)}”`;
  const group = groupOf(word);
  const inPara = own !== null ? [own] : [...new Set(fysOutsideComparatives(ctx.paragraphs.get(c.sentence_id) ?? ''))];
  const from = own !== null ? '' : ' (the fiscal year its paragraph names)';
  const s = group ? chooseSeries(ctx.series, { ...want, group }, inPara[0] ?? null) : null;
  if (!group || !s) return notCheckable(b, 'value', `${stated} counts one group of those encountered (“${word}”); no reference series counts that group${group ? ' for that geography' : ''}.`);
  if (inPara.length !== 1) return notCheckable(b, 'value', `${stated} counts ${word}; its paragraph names ${inPara.length ? 'several fiscal years' : 'no fiscal year'}, so the year is not fixed.`, s);
  const fy = inPara[0]!;
  return yearVerdict(b, c, s, fy, from, (ref, cmp) =>
    `Read as FY${fy}${from}, ${word} only: the series ${s.name} gives ${n(ref)}; ${stated} is ${cmp.ok ? 'consistent' : 'inconsistent'} with it (${cmp.relation})${breakNote(s, fy)}.`,
  { period: `FY${fy}`, ...(s.vintage ? { vintage: s.vintage } : {}) });
}

function calendarYearOf(c: Claim): number | null {
  const r = calendarYearOfPeriod(c.time_resolved);
  if (r !== null) return r;
  CALENDAR_YEAR.lastIndex = 0;
  for (const m of c.quote.matchAll(CALENDAR_YEAR)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (distance(at, c) <= 40 && !numberBetween(c.quote, at, c)) return Number(m[1]);
  }
  return null;
}

/** CBP-wide counts include ports of entry; say so when a CBP figure fails against a Border Patrol series. */
function cbpNote(c: Claim): string {
  return c.entity.includes('CBP') && !c.entity.includes('USBP')
    ? '; CBP-wide counts that include people stopped at ports of entry are a different measure, not in the reference data'
    : '';
}

// ------------------------------------------------------------------ sentence scan (comparisons without a figure)

/** Fiscal years an article names, in order of appearance, distinct. */
function articleFys(a: Article): number[] {
  const seen: number[] = [];
  for (const p of a.paragraphs) for (const fy of fysOutsideComparatives(p.text)) if (!seen.includes(fy)) seen.push(fy);
  return seen;
}

/** Fiscal years a text names, leaving out those inside comparisons ("lowest since fiscal year 1970" names no year described). */
function fysOutsideComparatives(text: string): number[] {
  let blank = text;
  for (const c of findComparatives(text)) blank = blank.slice(0, c.at.start) + ' '.repeat(c.at.end - c.at.start) + blank.slice(c.at.end);
  return fyHits(blank).map((h) => h.fy);
}

function spanVerdict(
  cmp: Comparative,
  s: ReferenceSeries,
  fy: number,
): { verdict: Check['verdict']; tolerance: string; explanation: string } {
  const v = valueAt(s, fy)!;
  const lower = cmp.dir === 'low';
  const word = lower ? 'lowest' : 'highest';
  const earlier = s.rows.filter((r) => r.fiscal_year < fy);
  const last = [...earlier].reverse().find((r) => (lower ? r.value < v : r.value > v)) ?? null;
  const start = s.rows[0].fiscal_year;
  const shows = last
    ? `FY${fy} (${n(v)}) is the ${word} since FY${last.fiscal_year} (${n(last.value)})`
    : `FY${fy} (${n(v)}) is the ${word} in the whole series, back to FY${start}`;
  const extreme = earlier.length
    ? earlier.reduce((a, r) => (lower ? (r.value < a.value ? r : a) : r.value > a.value ? r : a))
    : null;

  if (cmp.kind === 'record') {
    const ok = last === null;
    return {
      verdict: ok ? 'consistent' : 'inconsistent',
      tolerance: `no earlier year ${lower ? 'lower' : 'higher'} (FY${start} on)`,
      explanation: ok
        ? `${shows}, so the annual data support a record.`
        : `FY${fy} is not a record in the annual series: ${shows}; the series' ${word} is FY${extreme!.fiscal_year} (${n(extreme!.value)}).`,
    };
  }
  if (cmp.kind === 'years') {
    const need = cmp.q === 'over' ? cmp.years + 1 : cmp.q === 'nearly' ? Math.ceil(cmp.years * TOLERANCE.nearlyYears) : cmp.years;
    const gap = last ? fy - last.fiscal_year : null;
    const tol = `${cmp.q === 'over' ? 'more than' : 'at least'} ${cmp.q === 'nearly' ? need : cmp.years} years since a ${lower ? 'lower' : 'higher'} year`;
    if (gap === null) {
      const covered = fy - start;
      if (covered >= need) return { verdict: 'consistent', tolerance: tol, explanation: `${shows}: ${covered} years of data, more than the span the sentence states.` };
      return { verdict: 'not-checkable', tolerance: tol, explanation: `${shows}, but the series covers only ${covered} earlier years, fewer than the span the sentence states.` };
    }
    const verdict = gap >= need ? 'consistent' : gap >= need - 1 ? 'partly-consistent' : 'inconsistent';
    return { verdict, tolerance: tol, explanation: `${shows}: ${gap} years, ${verdict === 'consistent' ? 'which bears out' : verdict === 'partly-consistent' ? 'one year short of' : 'short of'} “${cmp.phrase.replace(/\s+/g, ' ')}”.` };
  }
  // since X
  const label = cmp.label;
  const tol = `the last ${lower ? 'lower' : 'higher'} year must fall in ${label}`;
  if (last === null) {
    if (cmp.from >= start) return { verdict: 'consistent', tolerance: tol, explanation: `${shows}; every year since ${label} was ${lower ? 'higher' : 'lower'}.` };
    return { verdict: 'not-checkable', tolerance: tol, explanation: `${shows}, but the series starts at FY${start}, after ${label}.` };
  }
  const L = last.fiscal_year;
  if (L >= cmp.from && L <= cmp.to) return { verdict: 'consistent', tolerance: tol, explanation: `${shows}, which falls in ${label}.` };
  if (L < cmp.from) {
    return { verdict: 'consistent', tolerance: tol, explanation: `${shows}: every year since ${label} was ${lower ? 'higher' : 'lower'}; the data show an even longer span than the sentence states.` };
  }
  if (!cmp.fiscal && L === cmp.to + 1) {
    return {
      verdict: 'partly-consistent',
      tolerance: tol,
      explanation: `${shows}, not since ${label}; FY${L} began on 1 October ${cmp.to}, so annual data reach only the very end of that period: “since FY${L}” (${fy - L} years) is what they show.`,
    };
  }
  return { verdict: 'inconsistent', tolerance: tol, explanation: `${shows}, later than ${label}: FY${L} was already ${lower ? 'lower' : 'higher'}.` };
}

/** The words a comparison is about: a little before it, the phrase, and what follows up to the next clause ("record lows for nationwide encounters"). */
function clauseOf(text: string, at: Span): string {
  const after = text.slice(at.end, at.end + 60).split(/\s+(?:and|but|while|as)\s+|[,;:—–]/)[0]!;
  return `${text.slice(Math.max(0, at.start - 50), at.start)}${text.slice(at.start, at.end)}${after}`;
}

/**
 * A comparison about daily, weekly or monthly levels: checked against the monthly series of its
 * geography and count when it names (or its article's date fixes) one month; else not checkable.
 */
function monthlyStatement(
  b: CheckBase, kind: Check['kind'], cmp: Comparative, context: string, at: Span, want: Want,
  monthly: ReferenceSeries[], art: ArticleTime | undefined, annual: string, headTerms: string[], yearly: ReferenceSeries | null = null,
): Check {
  const daily = `The statement is about daily levels`;
  const clause = clauseOf(context, at);
  if (SINGLE_DAY.test(clause)) return notCheckable(b, kind, `The statement is about a single day; the reference series count whole months and fiscal years, and no daily series is kept.`);
  if (SECTOR.test(context)) return notCheckable(b, kind, `The statement is about single Border Patrol sectors; the reference series count the whole border.${annual}`);
  if (/\b(daily|per day|a day|each day|weekly|per week|a week)\b/i.test(context) && !/\bmonth/i.test(context)) {
    return notCheckable(b, kind, `${daily} or weekly levels, and no daily or weekly series is kept.${annual}`);
  }
  const one = monthOfStatement(context, art, [at]);
  let when: { months: string[]; how: string } | null = officeMonths(context, art, headTerms) ?? (one ? { months: [one.month], how: one.how } : null);
  const dated = articleMonth(art);
  if (!when && dated && /\bmonth/i.test(context) && !namesRun(context)) when = { months: [addMonths(dated, -1)], how: ` (the last full month before the article’s date, ${art!.to})` };
  if (!when) return notCheckable(b, kind, `The statement is about monthly levels but names no month, and the article’s date does not fix one.${annual}`);
  const history = monthlyOf(monthly, want.scope, componentOfText(clause, context));
  const first = when.months[0]!;
  const last = when.months[when.months.length - 1]!;
  const what = `${when.months.length === 1 ? monthWords(first) : `${monthWords(first)} to ${monthWords(last)}`}${when.how}`;
  if (history.length === 0) return notCheckable(b, kind, `Read as ${what}: no monthly series counts that geography and measure.${annual}`);
  const holder = holderOf(history, when.months);
  if (!holder) return notCheckable(b, kind, `Read as ${what}: ${holdings(history)}; not ${when.months.length === 1 ? 'that month' : 'all of those months'}.${annual}`, history[0]!);
  const monthsOnly = checkMonthComparative(cmp, when.months, holder, history);
  // "Since the late 1960s" reaches before the months: the yearly series (Border Patrol only) answers for the years before them.
  const r = (monthsOnly.verdict === 'not-checkable' && holder.component !== 'cbp' ? sinceBeforeMonths(cmp, when.months, holder, history, yearly) : null) ?? monthsOnly;
  return {
    ...b,
    verdict: r.verdict,
    series: r.series.id,
    series_name: r.series.name,
    fiscal_year: r.verdict === 'not-checkable' ? null : fiscalYearOfMonth(last),
    compared_with: r.verdict === 'not-checkable' ? null : r.compared_with,
    tolerance: r.tolerance,
    explanation: `Read as ${what}: ${r.explanation}`,
    kind,
    period: first === last ? first : `${first}/${last}`,
    ...((r.series.vintage ?? r.series.source) ? { vintage: (r.series.vintage ?? r.series.source)! } : {}),
  };
}

function scanArticle(a: Article, attached: Map<string, Span[]>, ctx: Ctx): Check[] {
  const out: Check[] = [];
  const fys = articleFys(a);
  for (const p of a.paragraphs) {
    p.sentences.forEach((sen, i) => {
      const found = findComparatives(sen.text).filter(
        // A record word already read with a figure ("record highs exceeding 2.2 million") is not checked twice.
        (cmp) => !(cmp.kind === 'record' && (attached.get(sen.id) ?? []).some((h) => overlaps(h, cmp.at))),
      );
      if (found.length === 0) return;
      const prev = i > 0 ? p.sentences[i - 1].text : '';
      const context = MEASURE.test(sen.text) ? sen.text : PRONOUN_START.test(sen.text) && MEASURE.test(prev) ? `${prev} ${sen.text}` : null;
      if (!context) return;
      // Prefer a span ("since", "in N years") over a bare record word.
      const cmp = found.find((f) => f.kind !== 'record') ?? found[0];
      const b = { claim_id: sen.id, article: a.file, slug: a.slug, sentence_id: sen.id, quote: sen.text, stated: cmp.phrase.replace(/\s+/g, ' ') };
      const kind: Check['kind'] = cmp.kind === 'record' ? 'record' : 'span';
      const want = wantOf(context);
      const def = ctx.series.find((s) => s.default) ?? null;
      const latest = def ? def.rows[def.rows.length - 1] : null;
      const annual = (s: ReferenceSeries | null, fy: number | null) => {
        if (!s || fy === null || valueAt(s, fy) === null) return '';
        return ` For whole fiscal years: ${spanVerdict(cmp, s, fy).explanation}`;
      };
      if ('refuse' in want) {
        out.push(notCheckable(b, kind, `Not compared: ${want.refuse}.`));
        return;
      }
      if (SUB_YEAR.test(context) || SINGLE_DAY.test(clauseOf(context, { start: cmp.at.start + context.length - sen.text.length, end: cmp.at.end + context.length - sen.text.length })) || (fyHits(sen.text).length === 0 && MONTH.test(sen.text)) || (cmp.kind === 'years' && cmp.months)) {
        const s = chooseSeries(ctx.series, want, latest?.fiscal_year ?? null);
        const shift = context.length - sen.text.length;
        const at = { start: cmp.at.start + shift, end: cmp.at.end + shift };
        out.push(monthlyStatement(b, kind, cmp, context, at, want, ctx.monthly, ctx.articles.get(a.file), annual(s, latest?.fiscal_year ?? null), ctx.headTerms, s));
        return;
      }
      // Fiscal year: sentence, then paragraph, then the article's single named fiscal year.
      const own = nearestFy(sen.text, cmp.at)?.fy ?? fysOutsideComparatives(context)[0] ?? null;
      const inPara = [...new Set(fysOutsideComparatives(p.text))];
      const para = own ?? (inPara.length === 1 ? inPara[0] : null);
      const fy = para ?? (fys.length === 1 ? fys[0] : null);
      const from = own !== null ? '' : para !== null ? ' (the fiscal year its paragraph names)' : fy !== null ? ' (the only fiscal year the article names)' : '';
      const s = chooseSeries(ctx.series, want, fy);
      if (!s) {
        out.push(notCheckable(b, kind, 'No reference series matches the statement\'s scope.'));
        return;
      }
      if (fy === null && monthOfStatement(sen.text, ctx.articles.get(a.file), [cmp.at])) {
        // No fiscal year, but one month (its own or the headline's): a statement about that month.
        out.push(monthlyStatement(b, kind, cmp, sen.text, cmp.at, want, ctx.monthly, ctx.articles.get(a.file), annual(s, latest?.fiscal_year ?? null), ctx.headTerms, s));
        return;
      }
      if (fy === null) {
        out.push(notCheckable(b, kind, `The statement names no fiscal year and the article names ${fys.length ? 'several' : 'none'}, so the year it describes is ambiguous.${annual(s, latest?.fiscal_year ?? null)}`, s));
        return;
      }
      if (valueAt(s, fy) === null) {
        const [x, z] = span(s);
        out.push(notCheckable(b, kind, `FY${fy}${from} is outside the years of the series ${s.name} (FY${x}–FY${z}).`, s));
        return;
      }
      const r = spanVerdict(cmp, s, fy);
      out.push({
        ...b,
        verdict: r.verdict,
        series: s.id,
        series_name: s.name,
        fiscal_year: fy,
        compared_with: valueAt(s, fy),
        tolerance: r.tolerance,
        explanation: `Read as FY${fy}${from}: ${r.explanation}`,
        kind,
      });
    });
  }
  return out;
}

// ------------------------------------------------------------------ entry point

function sortKey(c: Check): [string, number, number, string] {
  const m = /:p(\d+)s(\d+)/.exec(c.sentence_id);
  return [c.article, m ? Number(m[1]) : 0, m ? Number(m[2]) : 0, c.claim_id];
}

function cmpKeys(a: Check, b: Check): number {
  const x = sortKey(a), y = sortKey(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** An article's dates for the monthly checks: its period when known (one day for a dated release). */
function articleTime(a: Article): ArticleTime {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const known = a.period && a.period.kind !== 'unknown' && iso.test(a.period.from) && iso.test(a.period.to);
  return { from: known ? a.period!.from : null, to: known ? a.period!.to : null, headline: a.headline };
}

/** Fiscal year containing an ISO date. */
function fyOfDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return null;
  return Number(m[2]) >= 10 ? Number(m[1]) + 1 : Number(m[1]);
}

/**
 * Checks claims (and, when articles are given, comparative sentences without a figure)
 * against the reference series. Pure and deterministic; sorted by article and sentence.
 */
export function checkClaims(claims: Claim[], allSeries: ReferenceSeries[], articles: Article[] = [], officeholders: Officeholder[] = []): Check[] {
  const series = allSeries.filter((s) => s.frequency !== 'monthly' && s.rows.length > 0);
  const monthly = allSeries.filter((s) => s.frequency === 'monthly' && (s.months?.length ?? 0) > 0);
  if (series.length === 0) return [];
  const asOf = new Map<string, number>();
  for (const a of articles) {
    if (a.period && a.period.kind !== 'unknown') {
      const fy = fyOfDate(a.period.to);
      if (fy !== null) asOf.set(a.file, fy);
    }
  }
  const ctx: Ctx = {
    series,
    asOf,
    monthly,
    articles: new Map(articles.map((a) => [a.file, articleTime(a)])),
    headTerms: officeholders.flatMap((p) => p.roles.filter((r) => r.head).map((r) => r.from)),
    paragraphs: new Map(articles.flatMap((a) => a.paragraphs.flatMap((p) => p.sentences.map((x) => [x.id, p.text] as [string, string])))),
  };
  const measure = claims.filter(isMeasureClaim);
  const bySentence = new Map<string, Claim[]>();
  for (const c of measure) bySentence.set(c.sentence_id, [...(bySentence.get(c.sentence_id) ?? []), c]);

  const out: Check[] = [];
  const attached = new Map<string, Span[]>();
  for (const [sid, list] of bySentence) {
    const records = attachRecords(list[0].quote, list.filter((c) => !isRate(c)));
    attached.set(sid, [...records.values()]);
    for (const c of list) out.push(checkClaim(c, records.get(c.id), ctx));
  }
  // Percentage changes between two months ("down 2.4% from June"): shares, so not measure claims above.
  for (const c of claims) {
    if (c.negated || isMeasureClaim(c)) continue;
    const want = wantOf(c.quote);
    const change = checkMonthChange(c, ctx.monthly, ctx.articles.get(c.article), 'refuse' in want ? null : want.scope);
    if (change) out.push(change);
  }
  for (const a of articles) out.push(...scanArticle(a, attached, ctx));
  // Every verdict names its period and the vintage of the figures it used.
  const byId = new Map(series.map((x) => [x.id, x]));
  for (const c of out) {
    if (c.verdict === 'not-checkable' || c.period) continue;
    const s = c.series ? byId.get(c.series) : undefined;
    if (c.fiscal_year !== null) c.period = `FY${c.fiscal_year}`;
    const v = s?.vintage ?? s?.source;
    if (v) c.vintage = v;
  }
  return out.sort(cmpKeys);
}
