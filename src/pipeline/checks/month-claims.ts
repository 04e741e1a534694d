// A figure for one month, or for a run of months, against the monthly series of the same
// geography and count: a month's total ("4,598 apprehensions in July"), a total over several
// months, or an average per day (or per N hours) over one month or several ("5,110 a day from
// Feb 2021 to Dec 2024" = the months' totals over their days). The months come from the claim,
// its sentence, the headline or the article's date, and the verdict says which. Pure.
import type { Check, Claim, ReferenceSeries } from '../types.ts';
import { compareFigure } from './compare.ts';
import { averageOver, rateHours } from './month-average.ts';
import { checkMonthComparative } from './month-history.ts';
import { componentOfText, holderOf, holdings, monthlyOf, spliceParts, splicedOf, valueIn, type Scope } from './monthly-series.ts';
import {
  addMonths, articleMonth, daysIn, fiscalYearOfMonth, monthIndex, monthKey, monthMentions, monthOfHeadline, monthRange, monthSpans, monthWords, yearFor,
  type ArticleTime,
} from './months.ts';
import { base, notCheckable } from './verdict.ts';

const fmt = new Intl.NumberFormat('en-US');
const n = (v: number) => fmt.format(v);

export const SINGLE_DAY = /\b([Ss]ingle[-\s][Dd]ay|in (a|one) (single )?day|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on [A-Z][a-z]+ \d{1,2}\b)/;
export const SECTOR = /\b(in (some|one|several|a few|certain|many) sectors?|sector)\b/i;
/** "… under Biden last July": a named month of the year before (see lastNamedMonth). */
const LAST_NAMED_AFTER = /^[^.;]{0,90}?\blast (January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Figures (digits) in a stretch of text, years included: a span is tied to a figure only when none lies between. */
function figureIn(text: string): boolean {
  return /\d/.test(text);
}

/**
 * "last July" said on `art`'s date: the latest July before the article's month; a year earlier
 * when that July is the month just ended (then "July" is this one and "last July" the one before).
 */
export function lastNamedMonth(month: number, art: ArticleTime | undefined): string | null {
  const dated = articleMonth(art);
  if (!dated) return null;
  const [y, m] = dated.split('-').map(Number) as [number, number];
  let cand = monthKey(month < m ? y : y - 1, month);
  if (addMonths(cand, 1) === dated) cand = addMonths(cand, -12);
  return cand;
}

export interface MonthsChoice {
  months: string[];
  /** How they were found, said in the verdict ("" when the text names month and year). */
  how: string;
}

/** The month or run of months a claim describes, and how they were found; null when none. */
export function monthsOfClaim(c: Claim, art: ArticleTime | undefined): MonthsChoice | null {
  const r = c.time_resolved;
  if (r) {
    const a = /^(\d{4})-(\d{2})-01$/.exec(r.from);
    const z = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.to);
    if (a && z && Number(z[3]) === daysIn(`${z[1]}-${z[2]}`)) {
      const months = monthRange(`${a[1]}-${a[2]}`, `${z[1]}-${z[2]}`);
      // A resolved single month or a run of whole months; whole years are the yearly checks' business.
      if (months.length >= 1 && months.length < 12) return { months, how: ` (${c.time ? `“${c.time}”, ` : ''}${r.from} to ${r.to})` };
    }
  }
  const after = c.quote.slice(c.end);
  const before = c.quote.slice(0, c.start);
  // A run of months named beside the figure, with no other figure between ("5,110 a day from Feb 2021–Dec 2024").
  const spans = monthSpans(c.quote, art).filter((s) => {
    const gap = s.index >= c.end ? c.quote.slice(c.end, s.index) : s.end <= c.start ? c.quote.slice(s.end, c.start) : null;
    return gap !== null && gap.length <= 80 && !figureIn(gap);
  });
  if (spans.length) {
    const s = spans.sort((x, y) => dist(x, c) - dist(y, c))[0]!;
    return { months: monthRange(s.first, s.last), how: s.how };
  }
  const last = LAST_NAMED_AFTER.exec(after);
  if (last && !figureIn(after.slice(0, last.index + last[0].length))) {
    const m = lastNamedMonth(monthIndex(last[1]!) + 1, art);
    if (m) return { months: [m], how: ` (“last ${last[1]}” on the article’s date, ${art!.to}: the ${last[1]} before the one just ended)` };
    return null;
  }
  if (r) {
    // Any other resolved span longer than a month is an average over months the text does not name.
    const days = (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000;
    if (Number.isFinite(days) && days > 31) return null;
  }
  const inSpan = (i: number) => monthSpans(c.quote, art).some((s) => i >= s.index && i < s.end);
  const near = monthMentions(c.quote)
    .filter((m) => !inSpan(m.index))
    .map((m) => ({ ...m, d: dist({ index: m.index, end: m.end }, c) }))
    .filter((m) => m.d <= 80)
    .sort((x, y) => x.d - y.d)[0];
  if (near) {
    const year = near.year ?? yearFor(near.month, art);
    if (year === null) return null;
    return { months: [monthKey(year, near.month)], how: near.year ? '' : ' (the year of the article’s date)' };
  }
  const dated = articleMonth(art);
  if (dated && /\b(last|the past|the previous) month\b/i.test(`${before.slice(-60)} ${after.slice(0, 60)}`)) {
    return { months: [addMonths(dated, -1)], how: ` (“last month”: the month before the article’s date, ${art!.to})` };
  }
  const head = monthOfHeadline(art);
  return head ? { months: [head.month], how: head.how } : null;
}

function dist(s: { index: number; end: number }, c: { start: number; end: number }): number {
  return s.end <= c.start ? c.start - s.end : s.index >= c.end ? s.index - c.end : 0;
}

export interface MonthClaimFacts {
  /** The claim's geography, or null when the checker refuses it (northern border). */
  scope: Scope | null;
  /** A fiscal year is named beside the figure: the yearly checks take it. */
  fyNamed: boolean;
  /** The figure is a rate (per day, per N hours, weekly, monthly). */
  rate: boolean;
  /** The figure is called a record ("Lowest … Ever: 24,630"): checked against the earlier months too. */
  record?: 'low' | 'high';
}

/** Checks a claim against the monthly series; null when it is not about a month or run of months. */
export function checkMonthClaim(c: Claim, monthly: ReferenceSeries[], art: ArticleTime | undefined, facts: MonthClaimFacts): Check | null {
  if (monthly.length === 0 || facts.fyNamed || facts.scope === null) return null;
  const window = c.quote.slice(Math.max(0, c.start - 50), Math.min(c.quote.length, c.end + 40));
  const stated = `“${c.display || n(c.value)}”`;
  const b = base(c);
  if (SINGLE_DAY.test(window)) {
    return notCheckable(b, 'none', `${stated} counts a single day; the reference series count whole months and fiscal years, and no daily series is kept.`);
  }
  let hours: number | null = null;
  if (facts.rate) {
    const afterFigure = c.quote.slice(c.end, c.end + 40).split(/\d/)[0]!;
    hours = rateHours(c.unit) ?? rateHours(afterFigure);
    if (hours === null) return null; // weekly or monthly rates: not a month's total or a daily average
  }
  if (SECTOR.test(window)) return null;
  const when = monthsOfClaim(c, art);
  if (!when) return null;
  const component = componentOfText(window, c.quote);
  const cands = monthlyOf(monthly, facts.scope, component);
  if (cands.length === 0) return null;
  const first = when.months[0]!;
  const lastM = when.months[when.months.length - 1]!;
  const what = when.months.length === 1 ? `${monthWords(first)}${when.how}` : `${monthWords(first)} to ${monthWords(lastM)}${when.how}, ${when.months.length} months`;
  // A run no single series holds may use a spliced series (its join is validated at load time) and says so.
  const spliced = holderOf(cands, when.months) ? null : holderOf(splicedOf(monthly, facts.scope, component), when.months);
  const holder = holderOf(cands, when.months) ?? spliced;
  if (!holder) {
    const lacks = when.months.length === 1 ? 'not that month' : 'not every one of those months, and no spliced series joins them';
    return notCheckable(b, 'month', `${stated} is for ${what}; ${holdings(cands)}: ${lacks}.`, cands[0]!);
  }
  const joined = spliced
    ? ` No single series holds every one of those months, so this is the spliced series: ${spliceParts(spliced, when.months)}. ${spliced.notes?.[0] ?? ''}`
    : '';
  const rounding = (holder.rounded_to ?? 0) * when.months.length;
  let target: number;
  let basis: string;
  if (hours !== null) {
    const avg = averageOver(holder, when.months, hours)!;
    target = avg.value;
    basis = avg.basis;
  } else {
    const values = when.months.map((m) => valueIn(holder, m)!);
    target = values.reduce((a, v) => a + v, 0);
    const span = when.months.length === 1 ? monthWords(first) : `${monthWords(first)} to ${monthWords(lastM)}`;
    basis = when.months.length === 1 ? `${n(target)} for ${span}` : `${values.map(n).join(' + ')} = ${n(target)} for ${span}`;
  }
  const periods = hours !== null ? (when.months.reduce((a, m) => a + daysIn(m), 0) * 24) / hours : 1;
  const cmp = compareFigure(target, c, rounding / periods);
  const period = when.months.length === 1 ? first : `${first}/${lastM}`;
  // A total called a record is also a record claim: an earlier month beyond it contradicts it.
  // (A record of a per-day average would compare months of different lengths: not attempted.)
  const rec = facts.record && hours === null
    ? checkMonthComparative({ kind: 'record', dir: facts.record, phrase: '', at: { start: 0, end: 0 } }, when.months, holder, cands)
    : null;
  const ok = cmp.ok && rec?.verdict !== 'inconsistent';
  const recNote = rec ? ` As a record: ${rec.verdict === 'not-checkable' ? rec.explanation : `${rec.verdict} (${rec.tolerance}): ${rec.explanation}`}` : '';
  return {
    ...b,
    verdict: ok ? 'consistent' : 'inconsistent',
    series: holder.id,
    series_name: holder.name,
    fiscal_year: fiscalYearOfMonth(lastM),
    compared_with: target,
    tolerance: cmp.tolerance,
    explanation: `Read as ${what}: the monthly series ${holder.name}${holder.vintage ? ` (${holder.vintage})` : ''} gives ${basis}; ${stated} is ${cmp.ok ? 'consistent' : 'inconsistent'} with it (${cmp.relation}).${recNote}${joined}`,
    kind: 'month',
    period,
    ...(holder.vintage ? { vintage: holder.vintage } : {}),
  };
}
