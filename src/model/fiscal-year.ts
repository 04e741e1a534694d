// U.S. federal fiscal years as written in text: "FY2025", "FY25", "FY '99", "fiscal year 2025".
// Pure (no I/O), shared by the extractor, the period estimator, the charts and the checks, so
// that "FY99" reads as 1999 everywhere.

/**
 * Two-digit years up to this value are 20xx, later ones 19xx. The reference series start in
 * FY1925 and the site covers no fiscal year past the 2040s, so "FY51"–"FY99" are last century.
 */
export const TWO_DIGIT_PIVOT = 50;

/**
 * The fiscal year written as `digits` ("2025", "25", "'99", "’05"): four digits as they are,
 * two digits by the pivot above. Null for anything else.
 */
export function parseFiscalYear(digits: string): number | null {
  const d = digits.trim().replace(/^['’]/, '');
  if (/^\d{4}$/.test(d)) return Number(d);
  if (/^\d{2}$/.test(d)) {
    const y = Number(d);
    return y <= TWO_DIGIT_PIVOT ? 2000 + y : 1900 + y;
  }
  return null;
}

/** Fiscal year N runs from 1 October of N-1 to 30 September of N (ISO dates). */
export function fiscalYearSpan(fy: number): { from: string; to: string } {
  return { from: `${fy - 1}-10-01`, to: `${fy}-09-30` };
}
