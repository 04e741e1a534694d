// Records and spans for one calendar month ("all-time low", "lowest monthly total since September
// 2020", "lowest in more than three years") against the months before it in the monthly series of
// the same geography and count. Each series is read on its own (spliced series are left out): the
// month's figure comes from the series that holds it, and every series of that geography and count
// is searched for an earlier month lower (or higher) than it. Pure.
import type { Check, ReferenceSeries } from '../types.ts';
import type { Comparative } from './comparatives.ts';
import { fiscalYearOfMonth, monthsBetween, monthWords } from './months.ts';
import { breaksBetween, monthSpanOf, valueIn } from './monthly-series.ts';

/** A record of a month needs at least this many years of earlier months to be checked. */
export const MONTH_RECORD_YEARS = 10;
/** "nearly N years": at least this share of the months. */
const NEARLY = 0.9;

const fmt = new Intl.NumberFormat('en-US');
const n = (v: number) => fmt.format(v);

export interface MonthVerdict {
  verdict: Check['verdict'];
  series: ReferenceSeries;
  compared_with: number;
  tolerance: string;
  explanation: string;
}

interface Earlier {
  month: string;
  value: number;
  series: ReferenceSeries;
}

/** The latest earlier month, over every series of `history`, beyond `value` in the direction of the claim. */
function lastBeyond(history: ReferenceSeries[], month: string, value: number, holder: ReferenceSeries, dir: 'low' | 'high'): Earlier | null {
  let best: Earlier | null = null;
  for (const s of history) {
    // Values within the publishers' rounding of each other are a tie, not a lower month.
    const tie = ((s.rounded_to ?? 0) + (holder.rounded_to ?? 0)) / 2;
    for (const m of s.months ?? []) {
      if (m.month >= month) continue;
      const beyond = dir === 'low' ? m.value < value - tie : m.value > value + tie;
      if (beyond && (!best || m.month > best.month)) best = { month: m.month, value: m.value, series: s };
    }
  }
  return best;
}

/** The earliest month of any series of `history` that starts before `month`. */
function reachOf(history: ReferenceSeries[], month: string): string | null {
  const starts = history.map((s) => monthSpanOf(s)[0]).filter((a) => a < month).sort();
  return starts[0] ?? null;
}

function breakNote(history: ReferenceSeries[], from: string, to: string): string {
  const labels = [...new Set(history.flatMap((s) => breaksBetween(s, fiscalYearOfMonth(from), fiscalYearOfMonth(to))))];
  return labels.length ? ` The months compared include a change of measure: ${labels.join('; ')}.` : '';
}

/**
 * Checks a comparative statement about `months` (one month, or a run of months each said to be a
 * record: the run's weakest month must beat every month before the run) against `history`, the
 * monthly series of the statement's geography and count; `holder` is the one that holds `months`.
 */
export function checkMonthComparative(cmp: Comparative, months: string[], holder: ReferenceSeries, history: ReferenceSeries[]): MonthVerdict {
  const lower = cmp.dir === 'low';
  const values = months.map((m) => valueIn(holder, m)!);
  // For "the lowest months ever", the run's highest month is the one that must still be lowest.
  const v = lower ? Math.max(...values) : Math.min(...values);
  const month = months[0]!;
  const word = lower ? 'lowest' : 'highest';
  const lw = lower ? 'lower' : 'higher';
  const what = months.length === 1
    ? `${monthWords(month)} (${n(v)} in ${holder.name})`
    : `${monthWords(month)} to ${monthWords(months[months.length - 1]!)} (${values.map(n).join(', ')} in ${holder.name}; the ${lower ? 'highest' : 'lowest'} of them, ${n(v)}, decides)`;
  const others = history.filter((s) => s !== holder);
  const searched = `the months before it in ${[holder, ...others].map((s) => `${s.name} (from ${monthWords(monthSpanOf(s)[0])})`).join(' and ')}${others.length ? ', each read on its own' : ''}`;
  const last = lastBeyond(history, month, v, holder, cmp.dir);
  const reach = reachOf(history, month);
  // The deciding month may come from another series than the claim's: name its vintage too.
  const lastVintage = last && last.series !== holder && last.series.vintage ? `, ${last.series.vintage}` : '';
  const shows = last
    ? `${what} is the ${word} since ${monthWords(last.month)} (${n(last.value)} in ${last.series.name}${lastVintage})`
    : reach
      ? `${what} is the ${word} of ${searched}`
      : `${what} is the first month of the series`;
  const base = { series: holder, compared_with: v };
  const notes = breakNote(history, last?.month ?? reach ?? month, months[months.length - 1]!);
  const startsAt = reach ?? month;
  const tooShort = (why: string): MonthVerdict => ({
    ...base,
    verdict: 'not-checkable',
    tolerance: 'n/a',
    explanation: `Not checkable: series starts ${startsAt}. ${shows}, but ${why}.${notes}`,
  });

  if (cmp.kind === 'record') {
    const tol = `no earlier month ${lw} (months from ${startsAt})`;
    if (last) return { ...base, verdict: 'inconsistent', tolerance: tol, explanation: `${shows}, so it is not a record.${notes}` };
    const covered = reach ? monthsBetween(reach, month) : 0;
    if (covered < MONTH_RECORD_YEARS * 12) return tooShort(`a record needs at least ${MONTH_RECORD_YEARS} years of earlier months and the series hold ${covered} earlier month${covered === 1 ? '' : 's'}`);
    return { ...base, verdict: 'consistent', tolerance: tol, explanation: `${shows}: no earlier month is ${lw}; months before ${monthWords(startsAt)} are not in the series.${notes}` };
  }

  if (cmp.kind === 'years') {
    const stated = cmp.months ?? cmp.years * 12;
    const need = cmp.q === 'over' ? stated + 1 : cmp.q === 'nearly' ? Math.ceil(stated * NEARLY) : stated;
    const unit = cmp.months ? `${cmp.months} months` : `${cmp.years} years`;
    const tol = `${cmp.q === 'over' ? 'more than' : 'at least'} ${cmp.q === 'nearly' ? `${need} months (90 % of ${unit})` : unit} since a ${lw} month`;
    if (!last) {
      const covered = reach ? monthsBetween(reach, month) : 0;
      if (covered >= need) return { ...base, verdict: 'consistent', tolerance: tol, explanation: `${shows}: ${covered} earlier months, more than the span the statement gives.${notes}` };
      return tooShort(`the series hold only ${covered} earlier months, fewer than the span the statement gives`);
    }
    const gap = monthsBetween(last.month, month);
    const verdict: Check['verdict'] = gap >= need ? 'consistent' : gap === need - 1 ? 'partly-consistent' : 'inconsistent';
    const how = verdict === 'consistent' ? 'which bears out' : verdict === 'partly-consistent' ? 'one month short of' : 'short of';
    return { ...base, verdict, tolerance: tol, explanation: `${shows}: ${gap} months, ${how} “${cmp.phrase.replace(/\s+/g, ' ')}”.${notes}` };
  }

  // since X: a month ("since September 2020") or calendar years ("since the late 1960s").
  const first = cmp.month ?? `${cmp.from}-01`;
  const lastOfX = cmp.month ?? `${cmp.to}-12`;
  const tol = `the last ${lw} month must fall in ${cmp.label}`;
  if (!last) {
    if (reach && first >= reach) return { ...base, verdict: 'consistent', tolerance: tol, explanation: `${shows}; every month since ${cmp.label} was ${lower ? 'higher' : 'lower'}.${notes}` };
    return tooShort(`the statement reaches back to ${cmp.label}, before the series begin`);
  }
  if (last.month >= first && last.month <= lastOfX) return { ...base, verdict: 'consistent', tolerance: tol, explanation: `${shows}, which falls in ${cmp.label}.${notes}` };
  if (last.month < first) {
    return { ...base, verdict: 'consistent', tolerance: tol, explanation: `${shows}: every month since ${cmp.label} was ${lower ? 'higher' : 'lower'}; the data show an even longer span than the statement gives.${notes}` };
  }
  return { ...base, verdict: 'inconsistent', tolerance: tol, explanation: `${shows}, later than ${cmp.label}: ${monthWords(last.month)} was already ${lw}.${notes}` };
}
