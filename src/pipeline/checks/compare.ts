// Comparing an official value with a stated figure under its qualifier ("about", "more than",
// "nearly", a range), and the tolerances used, which the methodology page shows. Pure.
import type { Claim, Qualifier } from '../types.ts';
import { DECADES_YEARS } from './comparatives.ts';

const fmt = new Intl.NumberFormat('en-US');
const n = (v: number) => fmt.format(v);
const pct = (v: number) => `${Math.round(v * 1000) / 10} %`;

export const TOLERANCE = {
  /** exact figures: 0.5 % of the reference, or half the stated figure's rounding unit if larger. */
  exact: 0.005,
  /** "about", "approximately": 5 % of the reference, or half the rounding unit if larger. */
  approx: 0.05,
  /** "nearly", "almost", "just under": the reference must be below the figure and within 10 %. */
  nearly: 0.1,
  /** "nearly N years": at least 90 % of N. */
  nearlyYears: 0.9,
  /** "in decades" with no number: at least two decades. */
  decadesYears: DECADES_YEARS,
} as const;


/** Half the rounding unit of a stated figure: "237,000" → 500, "2.2 million" → 50,000, "237,538" → 0.5. */
export function roundingHalfUnit(display: string | null | undefined, value: number): number {
  const m = display ? /(\d[\d,]*(?:\.(\d+))?)\s*(thousand|million|billion|[kmb]n?)?\b/i.exec(display) : null;
  if (m) {
    const scaleWord = (m[3] ?? '').toLowerCase();
    const scale = scaleWord.startsWith('b') ? 1e9 : scaleWord.startsWith('m') ? 1e6 : scaleWord.startsWith('t') || scaleWord === 'k' ? 1e3 : 1;
    const decimals = m[2]?.length ?? 0;
    if (scale > 1) return (scale / 10 ** decimals) / 2;
    const digits = m[1].replace(/,/g, '');
    if (!digits.includes('.')) {
      const zeros = /0*$/.exec(digits)![0].length;
      return zeros >= digits.length ? 0.5 : 10 ** zeros / 2;
    }
    return 10 ** -decimals / 2;
  }
  if (!Number.isInteger(value) || value === 0) return 0.5;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}


export interface Compared {
  ok: boolean;
  tolerance: string;
  relation: string;
}

/** Compares an official value with a stated figure under its qualifier. */
export function compareFigure(ref: number, c: Pick<Claim, 'value' | 'value_high' | 'qualifier' | 'display'>, roundedTo = 0): Compared {
  const half = roundingHalfUnit(c.display, c.value);
  const pub = roundedTo / 2;
  const diff = ref - c.value;
  const off = `${diff >= 0 ? '+' : '−'}${n(Math.abs(diff))}, ${pct(Math.abs(diff) / Math.max(ref, 1))}`;
  if (c.value_high !== null && c.value_high > c.value) {
    const tol = c.qualifier === 'approx' ? Math.max(TOLERANCE.approx * ref, half) : half;
    const ok = ref >= c.value - tol - pub && ref <= c.value_high + tol + pub;
    return { ok, tolerance: `inside the stated range${tol > 0.5 ? ` ±${n(Math.round(tol))}` : ''}`, relation: ok ? 'inside the stated range' : 'outside the stated range' };
  }
  const q: Qualifier = c.qualifier;
  if (q === 'exact' || q === 'approx') {
    const share = q === 'exact' ? TOLERANCE.exact : TOLERANCE.approx;
    const tol = Math.max(share * ref, half) + pub;
    const ok = Math.abs(diff) <= tol;
    const which = share * ref >= half ? `±${share * 100} %` : 'the stated rounding';
    return { ok, tolerance: `±${n(Math.round(tol))} (${which}, ${q === 'exact' ? 'exact figure' : 'approximate figure'})`, relation: `${off}` };
  }
  if (q === 'more-than') {
    const ok = ref > c.value - pub;
    return { ok, tolerance: 'the official value must be larger (more than)', relation: ok ? `larger by ${n(diff)}` : `not larger (${off})` };
  }
  if (q === 'up-to') {
    const ok = ref <= c.value + pub;
    return { ok, tolerance: 'the official value must not be larger (up to)', relation: ok ? 'not larger' : `larger by ${n(diff)}` };
  }
  // less-than: "nearly"/"almost" promise closeness; "fewer than"/"below" only direction.
  const nearly = q === 'nearly' || /\b(nearly|almost|just (under|below|shy of)|close to|approaching)\b/i.test(c.display ?? '');
  const below = ref < c.value + pub;
  const close = ref >= c.value * (1 - TOLERANCE.nearly);
  const ok = nearly ? below && close : below;
  return {
    ok,
    tolerance: nearly ? `smaller and within ${TOLERANCE.nearly * 100} % (nearly)` : 'the official value must be smaller (less than)',
    relation: !below ? `not smaller (${off})` : nearly && !close ? `smaller by ${pct(-diff / c.value)}, more than ${TOLERANCE.nearly * 100} %` : `smaller by ${n(-diff)}`,
  };
}

