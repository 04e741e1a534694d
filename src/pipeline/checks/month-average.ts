// Averages over calendar months: "148 per day in July" is July's total over its 31 days; "5,110 a
// day from Feb 2021 to Dec 2024" is the sum of those months' totals over the sum of their days;
// "152 every two hours" divides by the two-hour spans in the months. Pure arithmetic on one series.
import type { ReferenceSeries } from '../types.ts';
import { daysIn, monthWords } from './months.ts';
import { valueIn } from './monthly-series.ts';

/** How long the rate's period is, from the words beside the figure; null for weekly or monthly rates. */
export function rateHours(text: string): number | null {
  const every = /\b(?:every|each|per)\s+(two|three|four|six|eight|twelve|\d+)\s+hours\b/i.exec(text);
  if (every) {
    const w: Record<string, number> = { two: 2, three: 3, four: 4, six: 6, eight: 8, twelve: 12 };
    return w[every[1]!.toLowerCase()] ?? Number(every[1]);
  }
  if (/\b(per hour|an hour|each hour|every hour|hourly)\b/i.test(text)) return 1;
  if (/\b(per day|a day|each day|every day|daily|day-to-day|per-day)\b/i.test(text)) return 24;
  return null;
}

export interface Average {
  /** The months' total, their days, and the average per period, rounded to one decimal. */
  total: number;
  days: number;
  periods: number;
  value: number;
  /** "4,596 in July 2025 over 31 days = 148.3 a day", with the sum written out for several months. */
  basis: string;
}

function per(hours: number): string {
  return hours === 24 ? 'a day' : hours === 1 ? 'an hour' : `every ${hours} hours`;
}

/** The average of `months` in `s` per `hours`-long period; null when the series lacks a month. */
export function averageOver(s: ReferenceSeries, months: string[], hours: number): Average | null {
  const values = months.map((m) => valueIn(s, m));
  if (months.length === 0 || values.some((v) => v === null)) return null;
  const total = (values as number[]).reduce((a, v) => a + v, 0);
  const days = months.reduce((a, m) => a + daysIn(m), 0);
  const periods = (days * 24) / hours;
  const value = Math.round((total / periods) * 10) / 10;
  const fmt = new Intl.NumberFormat('en-US');
  const span = months.length === 1 ? monthWords(months[0]!) : `${monthWords(months[0]!)} to ${monthWords(months[months.length - 1]!)} (${months.length} months)`;
  const over = hours === 24 ? `${fmt.format(days)} days` : `${fmt.format(days)} days × ${24 / hours} = ${fmt.format(periods)} periods of ${hours} hours`;
  const basis = `${fmt.format(total)} in ${span} over ${over} = ${value} ${per(hours)}`;
  return { total, days, periods, value, basis };
}
