// Which official series an article's border figure can be drawn against: the same measure
// (apprehensions are not encounters: encounters add Title 42 expulsions and, CBP-wide, the ports
// of entry) and a fiscal year the series covers. A figure against a series that ended before
// its year, or that counts something else, would read as a comparison that is not one.
import type { ReferenceSeries } from '../pipeline/types.ts';

export type Measure = 'apprehensions' | 'encounters' | 'expulsions';
const MEASURES: Measure[] = ['apprehensions', 'encounters', 'expulsions'];

/** The measure a unit names ("encounters", "southwest apprehensions"); null when it names none ("border crossings"). */
export function measureOf(unit: string): Measure | null {
  const u = unit.toLowerCase();
  return MEASURES.find((m) => u.includes(m.slice(0, -1))) ?? null;
}

/** Measures a series counts, from its unit ("apprehensions or encounters" counts both). */
export function seriesMeasures(s: Pick<ReferenceSeries, 'unit'>): Measure[] {
  const u = s.unit.toLowerCase();
  return MEASURES.filter((m) => u.includes(m.slice(0, -1)));
}

/** First and last fiscal year of a yearly series, or null when it has no rows. */
export function seriesYears(s: Pick<ReferenceSeries, 'rows'>): { from: number; to: number } | null {
  if (!s.rows.length) return null;
  const fys = s.rows.map((r) => r.fiscal_year);
  return { from: Math.min(...fys), to: Math.max(...fys) };
}

/** Whether a figure of `unit` in fiscal year `fy` can be drawn against series `s`. */
export function fitsSeries(s: Pick<ReferenceSeries, 'unit' | 'rows'>, fy: number, unit: string): boolean {
  const years = seriesYears(s);
  if (!years || fy < years.from || fy > years.to) return false;
  const m = measureOf(unit);
  return m === null || seriesMeasures(s).includes(m);
}

/**
 * The series to draw figures against: the candidate that fits the most of them; on a tie the
 * earlier candidate (the caller puts the default first).
 */
export function bestSeries<S extends Pick<ReferenceSeries, 'unit' | 'rows'>>(candidates: S[], figures: { fy: number; unit: string }[]): S | undefined {
  let best: S | undefined;
  let bestN = -1;
  for (const s of candidates) {
    const n = figures.filter((f) => fitsSeries(s, f.fy, f.unit)).length;
    if (n > bestN) { best = s; bestN = n; }
  }
  return best;
}
