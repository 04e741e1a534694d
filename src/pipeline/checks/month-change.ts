// A percentage change between two months ("24,630 — down 2.4% from June", "encounters in July
// were 32% lower than in June 2024") against one monthly series holding both months. Pure.
import type { Check, Claim, ReferenceSeries } from '../types.ts';
import { roundingHalfUnit } from './compare.ts';
import { componentOfText, holderOf, holdings, monthlyOf, valueIn, type Scope } from './monthly-series.ts';
import { fiscalYearOfMonth, monthIndex, monthKey, monthMentions, monthOfHeadline, monthWords, yearFor, type ArticleTime } from './months.ts';
import { base, notCheckable } from './verdict.ts';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])(?:\\s+((?:19|20)\\d{2}))?';
/** After the figure: "lower than in June 2024", "below May", "from June". */
const AFTER = new RegExp(`^\\s*(lower|higher|fewer|more|below|above|down|up|less)?\\s*(?:than|from|compared (?:with|to)|over)\\s+(?:in\\s+|the month of\\s+)?${MONTH}`, 'i');
/** Before the figure: "down 2.4%", "fell 32%", "a 12% increase". */
const BEFORE = /\b(down|up|fell|rose|dropped|declined|decreased|increased|climbed|jumped|plunged|a drop of|a decrease of|an increase of|a decline of)\s*(?:by\s+)?(?:nearly\s+|about\s+|almost\s+)?$/i;
const FALL = /^(lower|fewer|below|down|less|fell|dropped|declined|decreased|plunged|a drop of|a decrease of|a decline of)$/i;
const MEASURE = /\b(encounters?|apprehensions?|crossings?)\b/i;

const pp = (v: number) => `${Math.round(v * 100) / 100} %`;

/** Checks a percentage claim that compares two months; null when it is not one. */
export function checkMonthChange(c: Claim, monthly: ReferenceSeries[], art: ArticleTime | undefined, scope: Scope | null): Check | null {
  if (scope === null || c.unit_family !== 'share' || !/%|percent/i.test(`${c.display} ${c.unit}`) || !MEASURE.test(c.quote)) return null;
  const after = AFTER.exec(c.quote.slice(c.end));
  if (!after) return null;
  const before = BEFORE.exec(c.quote.slice(Math.max(0, c.start - 30), c.start));
  const word = after[1] ?? before?.[1];
  if (!word) return null;
  const fall = FALL.test(word.toLowerCase());
  const baseMonth = monthIndex(after[2]!) + 1;
  // The month described: one named in the sentence (not the one compared with), else the headline's.
  const compared = c.end + after.index + after[0].length;
  const own = monthMentions(c.quote).filter((m) => m.end <= c.start || m.index >= compared);
  const cur = own.length === 1
    ? { month: monthKey(own[0]!.year ?? yearFor(own[0]!.month, art) ?? NaN, own[0]!.month), how: own[0]!.year ? '' : ' (the year of the article’s date)' }
    : monthOfHeadline(art);
  if (!cur || cur.month.includes('NaN')) return null;
  const curYear = Number(cur.month.slice(0, 4));
  const curMonth = Number(cur.month.slice(5, 7));
  // A compared month without a year is the latest one before the month described.
  const baseYear = after[3] ? Number(after[3]) : baseMonth < curMonth ? curYear : curYear - 1;
  const prev = monthKey(baseYear, baseMonth);
  const window = c.quote.slice(0, Math.min(c.quote.length, c.end + 60));
  const cands = monthlyOf(monthly, scope, componentOfText(window, c.quote));
  if (cands.length === 0) return null;
  const b = base(c);
  const stated = `“${c.display}”`;
  const what = `${monthWords(cur.month)}${cur.how} against ${monthWords(prev)}`;
  const s = holderOf(cands, [cur.month, prev]);
  if (!s) return notCheckable(b, 'month', `${stated} compares ${what}; ${holdings(cands)}: not both months in one series.`, cands[0]!);
  const a = valueIn(s, cur.month)!;
  const z = valueIn(s, prev)!;
  const change = ((a - z) / z) * 100;
  const claimed = fall ? -c.value : c.value;
  const tol = roundingHalfUnit(c.display, c.value) + ((s.rounded_to ?? 0) / z) * 100;
  const ok = Math.abs(change - claimed) <= tol;
  const fmt = new Intl.NumberFormat('en-US');
  return {
    ...b,
    verdict: ok ? 'consistent' : 'inconsistent',
    series: s.id,
    series_name: s.name,
    fiscal_year: fiscalYearOfMonth(cur.month),
    compared_with: Math.round(change * 100) / 100,
    tolerance: `±${Math.round(tol * 100) / 100} percentage points (the stated rounding${s.rounded_to ? ' and the series’ own' : ''})`,
    explanation: `Read as ${what}: the monthly series ${s.name}${s.vintage ? ` (${s.vintage})` : ''} gives ${fmt.format(a)} and ${fmt.format(z)}, a change of (${fmt.format(a)} − ${fmt.format(z)}) / ${fmt.format(z)} = ${pp(change)}; ${stated} ${fall ? 'lower' : 'higher'} is ${ok ? 'consistent' : 'inconsistent'} with it.`,
    kind: 'month',
    period: `${prev}/${cur.month}`,
    ...(s.vintage ? { vintage: s.vintage } : {}),
  };
}
