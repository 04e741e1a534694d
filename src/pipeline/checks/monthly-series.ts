// Which monthly series a statement is compared with: the same geography (southwest or
// nationwide) and the same count (Border Patrol between ports, or CBP-wide with ports of entry).
// Pure; the text decides the count, the series.yaml fields decide what each series holds.
import type { ReferenceSeries } from '../types.ts';
import { monthWords } from './months.ts';

export type Component = 'usbp' | 'cbp';
export type Scope = 'southwest' | 'nationwide';

/** Counts that add ports of entry are CBP-wide. */
export const PORTS = /\b(ports? of entry|office of field operations|OFO|CBP[- ]wide|total CBP encounters)\b/i;
/** "between ports of entry" is the Border Patrol; "at ports of entry" is CBP's field offices. */
const BETWEEN_PORTS = /\bbetween (the )?ports?\b/i;
/** Words that name the Border Patrol's own count: its agents, apprehensions, crossings between ports. */
const USBP_WORDS = /\b(Border Patrol|USBP|agents?|illegal (crossings?|entries)|crossings?)\b|\bapprehen/i;

/**
 * Border Patrol or CBP-wide, from the words around a figure or in a statement: the Border Patrol
 * when it is named or the count is of apprehensions or crossings; CBP-wide for ports of entry, and
 * for encounters not tied to the southwest border (CBP reports nationwide encounters CBP-wide).
 */
export function componentOfText(window: string, sentence: string = window): Component {
  if (USBP_WORDS.test(window) || BETWEEN_PORTS.test(sentence)) return 'usbp';
  if (PORTS.test(sentence)) return 'cbp';
  if (/\bencounter/i.test(window)) return /\b(southwest|southern|u\.s\.-mexico)\b/i.test(window) ? 'usbp' : 'cbp';
  return 'usbp';
}

function sameCount(s: ReferenceSeries, scope: Scope, component: Component): boolean {
  return s.frequency === 'monthly' && (s.months?.length ?? 0) > 0 && !s.group && (s.scope ?? 'southwest') === scope && (s.component ?? 'usbp') === component;
}

/** Monthly series of one geography and count, each a single source (no spliced series), unrounded first (then series.yaml order). */
export function monthlyOf(all: ReferenceSeries[], scope: Scope, component: Component): ReferenceSeries[] {
  return all
    .filter((s) => sameCount(s, scope, component) && !s.spliced_from)
    .sort((a, b) => (a.rounded_to ?? 0) - (b.rounded_to ?? 0));
}

/** Spliced series of that geography and count: used only for a run of months no single series holds. */
export function splicedOf(all: ReferenceSeries[], scope: Scope, component: Component): ReferenceSeries[] {
  return all.filter((s) => sameCount(s, scope, component) && !!s.spliced_from);
}

/** "October 1999 – September 2021 from X, October 2021 – August 2025 from Y", for a spliced series' verdict. */
export function spliceParts(s: ReferenceSeries, months: string[]): string {
  const used = (s.spliced_from ?? []).filter((p) => months.some((m) => m >= p.from && m <= p.to));
  return used
    .map((p) => {
      const inPart = months.filter((m) => m >= p.from && m <= p.to);
      return `${monthWords(inPart[0]!)} – ${monthWords(inPart[inPart.length - 1]!)} from ${p.series}`;
    })
    .join(', ');
}

export function valueIn(s: ReferenceSeries, month: string): number | null {
  return s.months?.find((m) => m.month === month)?.value ?? null;
}

/** First and last month a monthly series holds. */
export function monthSpanOf(s: ReferenceSeries): [string, string] {
  const ms = s.months!;
  return [ms[0]!.month, ms[ms.length - 1]!.month];
}

/** The first series (of `cands`) holding every one of `months`. */
export function holderOf(cands: ReferenceSeries[], months: string[]): ReferenceSeries | null {
  return cands.find((s) => months.every((m) => valueIn(s, m) !== null)) ?? null;
}

/** "X holds 2021-10 to 2025-08; Y holds 1999-10 to 2024-11", for a reason a month is missing. */
export function holdings(cands: ReferenceSeries[]): string {
  return cands
    .map((s) => {
      const [a, z] = monthSpanOf(s);
      return `${s.name} holds ${a === z ? monthWords(a) : `${monthWords(a)} to ${monthWords(z)}`}`;
    })
    .join('; ');
}

/** The Title 42 note (or any definition change) for the months a comparison spans. */
export function breaksBetween(s: ReferenceSeries, fromFy: number, toFy: number): string[] {
  return s.breaks.filter((b) => b.to_fy >= fromFy && b.from_fy <= toFy).map((b) => b.label);
}
