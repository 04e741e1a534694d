// "Lowest since the late 1960s" said of a month (or a run of months) when the monthly series begin
// later (October 1999): the months the series hold are searched month by month, and the years before
// them exist only as fiscal-year totals, so those years are compared at an annual rate (the month's
// figure × 12). A fiscal year's total says nothing about its single months; the verdict says the
// comparison is of levels at an annual rate. Pure.
import type { ReferenceSeries } from '../types.ts';
import type { Comparative } from './comparatives.ts';
import type { MonthVerdict } from './month-history.ts';
import { fiscalYearOfMonth, monthWords } from './months.ts';
import { monthSpanOf, valueIn } from './monthly-series.ts';

const fmt = new Intl.NumberFormat('en-US');
const n = (v: number) => fmt.format(v);

/**
 * The "since X" verdict over the years before the monthly series, or null when it does not apply:
 * not a "since" of calendar years, an earlier month already decides, X lies inside the months, or
 * the yearly series does not reach X.
 */
export function sinceBeforeMonths(
  cmp: Comparative, months: string[], holder: ReferenceSeries, history: ReferenceSeries[], yearly: ReferenceSeries | null,
): MonthVerdict | null {
  if (cmp.kind !== 'since' || cmp.month || !yearly || yearly.rows.length === 0) return null;
  const lower = cmp.dir === 'low';
  const values = months.map((m) => valueIn(holder, m)!);
  const v = lower ? Math.max(...values) : Math.min(...values);
  const reach = history.map((s) => monthSpanOf(s)[0]).sort()[0]!;
  if (`${cmp.from}-01` >= reach) return null;
  // Any earlier month beyond the figure (outside the publishers' rounding) decides month by month.
  const beyond = history.some((s) => (s.months ?? []).some((m) => {
    const tie = ((s.rounded_to ?? 0) + (holder.rounded_to ?? 0)) / 2;
    return m.month < months[0]! && (lower ? m.value < v - tie : m.value > v + tie);
  }));
  if (beyond) return null;
  const firstFy = fiscalYearOfMonth(reach);
  const rate = v * 12;
  const years = yearly.rows.filter((r) => r.fiscal_year < firstFy);
  if (years.length === 0 || years[0]!.fiscal_year > cmp.to) return null;
  const last = [...years].reverse().find((r) => (lower ? r.value < rate : r.value > rate)) ?? null;
  const lw = lower ? 'lower' : 'higher';
  const tol = `the last fiscal year ${lw} than the annual rate (${n(v)} × 12) must fall in ${cmp.label}`;
  const head = `${months.length === 1 ? monthWords(months[0]!) : `${monthWords(months[0]!)} to ${monthWords(months[months.length - 1]!)}`} (${values.map(n).join(', ')} in ${holder.name}${months.length > 1 ? `; the ${lower ? 'highest' : 'lowest'}, ${n(v)}, decides` : ''}) is the ${lower ? 'lowest' : 'highest'} of every month since ${monthWords(reach)}; before that, ${yearly.name} (${yearly.source ?? yearly.id}) has fiscal-year totals only, so they are compared at the annual rate ${n(v)} × 12 = ${n(rate)}`;
  const caveat = ' This compares levels at an annual rate: a fiscal year’s total does not show its single months.';
  const base = { series: yearly, compared_with: rate, tolerance: tol };
  if (!last) return { ...base, verdict: 'not-checkable', explanation: `Not checkable: ${head}, and every fiscal year from FY${years[0]!.fiscal_year} is ${lower ? 'higher' : 'lower'}; ${cmp.label} lies before the series.${caveat}` };
  const L = last.fiscal_year;
  const shows = `${head}: the last fiscal year ${lw} is FY${L} (${n(last.value)})`;
  if (L >= cmp.from && L <= cmp.to) return { ...base, verdict: 'consistent', explanation: `${shows}, which falls in ${cmp.label}.${caveat}` };
  if (L < cmp.from) return { ...base, verdict: 'consistent', explanation: `${shows}: every year since ${cmp.label} was ${lower ? 'higher' : 'lower'} at that rate; an even longer span than stated.${caveat}` };
  if (!cmp.fiscal && L === cmp.to + 1) return { ...base, verdict: 'partly-consistent', explanation: `${shows}; FY${L} began on 1 October ${cmp.to}, so annual data reach only the very end of ${cmp.label}.${caveat}` };
  return { ...base, verdict: 'inconsistent', explanation: `${shows}, later than ${cmp.label}.${caveat}` };
}
