// Personnel by agency for an archive: each figure is placed in the group of its agency's top
// organisation in the agency reference (content/reference/agencies.yaml, `parent`), with the
// component it names kept ("Department of Defense (DOD)" ← NORTHCOM, USMC). Figures that name
// no agency, or whose attribution is marked low-confidence, are never drawn as an agency: they
// are listed apart. Pure: the hierarchy comes in as data.
import type { Claim } from '../pipeline/types.ts';

export interface AgencyRef {
  id: string;
  name: string;
  parent: string | null;
}

export interface Placement {
  /** Group key (the top organisation's id), or null: listed apart, not drawn. */
  group: string | null;
  /** "Department of Defense (DOD)". */
  groupLabel: string | null;
  /** What the figure names inside the group: "NORTHCOM", "ATF + USMS + DEA (combined)". */
  component: string | null;
  /** Why it is not drawn, when group is null. */
  apart: 'no agency named' | 'attribution uncertain' | null;
}

export const SEVERAL = '__several__';

/** Top of an id's chain of parents (itself when it has none or is not in the reference). */
export function rootOf(id: string, byId: Map<string, AgencyRef>): string {
  let cur = id;
  const seen = new Set<string>();
  for (;;) {
    const p = byId.get(cur)?.parent;
    if (!p || seen.has(p) || !byId.has(p)) return cur;
    seen.add(cur);
    cur = p;
  }
}

function labelOf(id: string, byId: Map<string, AgencyRef>): string {
  const a = byId.get(id);
  if (!a) return id;
  return a.name === a.id ? a.name : `${a.name} (${a.id})`;
}

/**
 * Low confidence, read from the attribution fields when a claim has them (absent: as today, trusted).
 * Accepts `attribution: { method, confidence }` with a number (below 0.5 is low) or a word ("low").
 */
export function lowConfidence(c: Claim): boolean {
  const a = (c as Claim & { attribution?: unknown }).attribution;
  const conf = a && typeof a === 'object' ? (a as { confidence?: unknown }).confidence : (c as Claim & { attribution_confidence?: unknown }).attribution_confidence;
  if (typeof conf === 'number') return Number.isFinite(conf) && conf < 0.5;
  if (typeof conf === 'string') return /^(low|uncertain|guess(ed)?)$/i.test(conf.trim());
  return false;
}

/** Where one figure goes. `backing`: the claims behind it (all low-confidence → listed apart). */
export function place(entity: string[], backing: Claim[], agencies: AgencyRef[] | Map<string, AgencyRef>): Placement {
  const byId = agencies instanceof Map ? agencies : new Map(agencies.map((a) => [a.id, a]));
  if (entity.length === 0) return { group: null, groupLabel: null, component: null, apart: 'no agency named' };
  if (backing.length > 0 && backing.every(lowConfidence)) return { group: null, groupLabel: null, component: entity.join(' + '), apart: 'attribution uncertain' };
  const roots = [...new Set(entity.map((e) => rootOf(e, byId)))];
  const component = entity.length > 1 ? `${entity.join(' + ')} (combined)` : entity[0]!;
  if (roots.length > 1) return { group: SEVERAL, groupLabel: 'Several agencies together', component, apart: null };
  return { group: roots[0]!, groupLabel: labelOf(roots[0]!, byId), component, apart: null };
}
