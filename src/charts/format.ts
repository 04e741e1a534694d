// Number and label formatting shared by every chart: the qualifier is part of the printed value,
// so an approximate or "more than" figure never looks exact.
import { format } from 'd3-format';
import { QUALIFIER_ADVERBS, type Qualifier } from '../model/vocabulary.ts';

const comma = format(',');
const short = format('.2~s');

export function fmtNumber(v: number): string {
  return comma(Math.round(v * 100) / 100);
}

/** Axis tick: 2,000,000 → "2M", 500 → "500". */
export function fmtTick(v: number): string {
  if (Math.abs(v) < 1000) return comma(v);
  return short(v).replace('G', 'B');
}

/** "~500", "20,000+", "<300", "up to 300", "2,000–3,000". */
export function fmtValue(value: number, qualifier: Qualifier | null, high: number | null = null): string {
  const base = high !== null && high !== value ? `${fmtNumber(value)}–${fmtNumber(high)}` : fmtNumber(value);
  switch (qualifier) {
    case 'approx':
      return `~${base}`;
    case 'more-than':
      return `${base}+`;
    case 'less-than':
      return `<${base}`;
    case 'up-to':
      return `up to ${base}`;
    case 'nearly':
      return `nearly ${base}`;
    default:
      return base;
  }
}

/** The qualifier in words before a number, for tooltips and descriptions ("approximately"). */
export function qualifierWords(q: Qualifier | null): string {
  return QUALIFIER_ADVERBS[q ?? 'exact'];
}

/**
 * A check's verdict as readers read it ("not checkable", "partly consistent"), never the data code
 * "not-checkable". When the check used another series than the one drawn (`checked` ≠ `drawn`:
 * an alternate view), it says so: a verdict beside a line it was not decided on would mislead.
 */
export function verdictWords(v: string, checked?: string | null, drawn?: string | null): string {
  const words = v.replace(/-/g, ' ');
  return checked && drawn && checked !== drawn ? `checked against another series: ${words}` : words;
}

/** Combined figures name all agencies: "ATF + USMS + DEA (combined)". */
export function entityLabel(entity: string[]): string {
  if (entity.length === 0) return 'Agency not named';
  if (entity.length === 1) return entity[0]!;
  return `${entity.join(' + ')} (combined)`;
}

/** Byte-stable coordinates: one decimal is below a pixel's precision at any zoom we render. */
export function r(v: number): number {
  return Math.round(v * 10) / 10;
}
