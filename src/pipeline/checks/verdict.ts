// The parts every check shares: the claim it is about, and the "not checkable" verdict with its reason.
import type { Check, Claim, ReferenceSeries } from '../types.ts';

export type CheckBase = Omit<Check, 'verdict' | 'series' | 'fiscal_year' | 'compared_with' | 'tolerance' | 'explanation'>;

export function base(c: Claim): CheckBase {
  return { claim_id: c.id, article: c.article, slug: c.slug, sentence_id: c.sentence_id, quote: c.quote, stated: c.display };
}

export function notCheckable(b: CheckBase, kind: Check['kind'], why: string, s: ReferenceSeries | null = null): Check {
  return { ...b, verdict: 'not-checkable', series: s?.id ?? null, series_name: s?.name ?? null, fiscal_year: null, compared_with: null, tolerance: 'n/a', explanation: why, kind };
}
