// Which stories and figures the whole-report page (and so report.pdf) prints: the newest
// REPORT_MAX_STORIES stories, and the claims, facts, checks and places that belong to them.
// A report of thousands of stories is tens of thousands of pages nobody reads, and Chromium
// needs about 10 GB to print 100 of them in one document (measured: `npm run bench`, n=100);
// every story keeps its own PDF, and the datasets hold every figure.
export const REPORT_MAX_STORIES = 25;

interface HasId { id: string }
interface HasSlug { slug: string }

export interface ReportScope<S, C, F, K, P> {
  stories: S[];
  /** Stories not printed in the report (older than the newest REPORT_MAX_STORIES). */
  omitted: number;
  claims: C[];
  facts: F[];
  checks: K[];
  places: P[];
}

/** @param stories in report order, newest first */
export function reportScope<S extends HasId, C extends HasSlug, F extends { sources: string[] }, K extends { claim_id: string }, P extends HasSlug>(
  stories: S[],
  data: { claims: C[]; facts: F[]; checks: K[]; places: P[] },
  max: number = REPORT_MAX_STORIES,
): ReportScope<S, C, F, K, P> {
  const kept = stories.slice(0, Math.max(0, max));
  const ids = new Set(kept.map((s) => s.id));
  // A check's claim_id is a claim id or a sentence id; both start with the story's slug.
  const slugOf = (id: string) => id.slice(0, id.indexOf(':'));
  return {
    stories: kept,
    omitted: stories.length - kept.length,
    claims: data.claims.filter((c) => ids.has(c.slug)),
    facts: data.facts.filter((f) => f.sources.some((s) => ids.has(s))),
    checks: data.checks.filter((c) => ids.has(slugOf(c.claim_id))),
    places: data.places.filter((p) => ids.has(p.slug)),
  };
}
