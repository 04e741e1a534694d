// Which numbers each chart shows — pure, no Astro, no file system — so the registry (site)
// and the placement (pipeline) agree on which charts exist and which sentences they draw from.
import type { Claim, Fact, PlaceMention, Status } from '../pipeline/types.ts';
import { figureOf } from '../model/figure.ts';
import { parseFiscalYear } from '../model/fiscal-year.ts';

export const CHART_IDS = {
  personnel: 'personnel-by-agency',
  encounters: 'border-encounters',
  timeline: 'deployment-timeline',
  map: 'destination-map',
} as const;

/** The order charts appear in lists and, after the same paragraph, in stories. */
export const CHART_ORDER: string[] = [CHART_IDS.personnel, CHART_IDS.timeline, CHART_IDS.encounters, CHART_IDS.map];

const ACTIVE: Status[] = ['requested', 'planned', 'ordered', 'deployed', 'completed'];

// An enforcement verb whose object is the counted people: "ERO removed 3,406 known or suspected
// gang members", "agents arrested 40 officers". The lexicon counts "members" and "officers" as
// personnel; people arrested or removed are not an agency's personnel, whatever the noun.
const ACTED_ON_BEFORE = /\b(?:arrested|removed|deported|detained|apprehended|expelled|encountered|booked|charged|convicted|indicted|prosecuted|sentenced|extradited|captured)\s+(?:(?:more|fewer|less)\s+than\s+|up\s+to\s+|about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|almost\s+|over\s+|at\s+least\s+|an\s+estimated\s+)?$/i;
const ACTED_ON_AFTER = /^[^,.;:]{0,60}?\b(?:were|was|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?(?:arrested|removed|deported|detained|apprehended|expelled|encountered|booked|charged|convicted|indicted|prosecuted|sentenced|extradited|captured)\b/i;

/** True when the sentence says the counted people were arrested, removed, charged … (the object of enforcement). */
export function isActedOn(c: Pick<Claim, 'quote' | 'start' | 'end'>): boolean {
  const q = c.quote ?? '';
  if (!Number.isInteger(c.start) || c.start < 0 || c.start > q.length) return false;
  return ACTED_ON_BEFORE.test(q.slice(Math.max(0, c.start - 60), c.start)) || ACTED_ON_AFTER.test(q.slice(c.end));
}

export function isPersonnelClaim(c: Claim): boolean {
  return c.unit_family === 'personnel' && !c.negated && c.value > 0 && !isActedOn(c);
}

/** Personnel figures that are moves of people (requested … deployed), not standing head counts. */
export function isTimelineClaim(c: Claim): boolean {
  return isPersonnelClaim(c) && ACTIVE.includes(c.status);
}

/** Counts of border encounters/apprehensions (not per-day rates). */
export function isEncounterClaim(c: Claim): boolean {
  if (c.negated || c.value <= 0 || c.unit_family === 'rate' || c.unit_family === 'share') return false;
  return /\b(encounter|apprehension|border crossing|crossing)s?\b/i.test(c.unit) && !/\bper\b|\/|daily|a day/i.test(c.unit);
}

/**
 * Facts as the charts use them. Before reconciliation has run (no facts), every claim
 * stands for itself so a story still gets its charts.
 */
export function figures(claims: Claim[], facts: Fact[]): Fact[] {
  if (facts.length > 0) return facts;
  return claims
    .filter((c) => !c.negated)
    .map((c) => ({ id: c.id, ...figureOf(c), claims: [c.id], sources: [c.slug], conflicts: [] }));
}

function factIsPersonnel(f: Fact): boolean {
  return f.unit_family === 'personnel' && f.value > 0;
}

/** A fact stands for personnel while one of its claims does (a claim not in this scope counts as one). */
function backedAsPersonnel(f: Fact, byId: Map<string, Claim>): boolean {
  return f.claims.some((id) => { const c = byId.get(id); return !c || isPersonnelClaim(c); });
}

export function personnelFigures(claims: Claim[], facts: Fact[]): Fact[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return figures(claims, facts).filter((f) => factIsPersonnel(f) && backedAsPersonnel(f, byId));
}

export function timelineFigures(claims: Claim[], facts: Fact[]): Fact[] {
  return personnelFigures(claims, facts).filter((f) => ACTIVE.includes(f.status));
}

/** Fiscal year a claim refers to, from its own time text or its resolved period (Oct 1 – Sep 30). */
export function fiscalYearOf(c: Pick<Claim, 'time' | 'time_resolved'>): number | null {
  const t = c.time ?? '';
  const m = /\bFY\s?'?(\d{4}|\d{2})\b/i.exec(t) ?? /\bfiscal(?:\s+year)?\s+(\d{4})\b/i.exec(t);
  if (m) return parseFiscalYear(m[1]!);
  const tr = c.time_resolved;
  if (tr && /^\d{4}-10-01$/.test(tr.from) && /^\d{4}-09-30$/.test(tr.to) && Number(tr.to.slice(0, 4)) === Number(tr.from.slice(0, 4)) + 1) {
    return Number(tr.to.slice(0, 4));
  }
  return null;
}

/**
 * Charts that exist for this data, as far as claims/facts/places decide
 * (the registry may still drop one whose reference data is missing).
 * Timeline needs two events: one event is already the personnel fact box.
 */
// Personnel facts per facts array: placement asks once per story, and scanning every
// fact for every story made the pipeline quadratic in the archive's size.
const personnelFactsCache = new WeakMap<Fact[], Fact[]>();

/** How many personnel figures there are (all, and active ones), counting only up to `limit`. */
function countPersonnel(claims: Claim[], facts: Fact[], limit: number): { all: number; active: number } {
  if (facts.length === 0) {
    const f = personnelFigures(claims, facts);
    return { all: f.length, active: f.filter((x) => ACTIVE.includes(x.status)).length };
  }
  let pf = personnelFactsCache.get(facts);
  if (!pf) {
    pf = facts.filter(factIsPersonnel);
    personnelFactsCache.set(facts, pf);
  }
  const byId = new Map(claims.map((c) => [c.id, c]));
  let all = 0;
  let active = 0;
  for (const f of pf) {
    if (!backedAsPersonnel(f, byId)) continue;
    all++;
    if (ACTIVE.includes(f.status)) active++;
    if (all >= limit && active >= limit) break;
  }
  return { all, active };
}

export function chartsWithData(claims: Claim[], facts: Fact[], places: PlaceMention[]): string[] {
  const out: string[] = [];
  const n = countPersonnel(claims, facts, 2);
  if (n.all > 0) out.push(CHART_IDS.personnel);
  if (n.active > 1) out.push(CHART_IDS.timeline);
  if (claims.some(isEncounterClaim)) out.push(CHART_IDS.encounters);
  if (places.length > 0) out.push(CHART_IDS.map);
  return out;
}

/** Sentences of these claims/places that a chart draws from (placement puts the chart after the first). */
export function chartSentences(chartId: string, claims: Claim[], places: PlaceMention[]): string[] {
  switch (chartId) {
    case CHART_IDS.personnel:
      return claims.filter(isPersonnelClaim).map((c) => c.sentence_id);
    case CHART_IDS.timeline:
      return claims.filter(isTimelineClaim).map((c) => c.sentence_id);
    case CHART_IDS.encounters:
      return claims.filter(isEncounterClaim).map((c) => c.sentence_id);
    case CHART_IDS.map:
      return places.map((p) => p.sentence_id);
    default:
      return [];
  }
}
