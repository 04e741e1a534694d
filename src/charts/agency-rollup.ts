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

/** An owner the pipeline marks low-confidence (nearest mention, or none) is not drawn as fact. */
export function lowConfidence(c: Claim): boolean {
  return c.attribution_confidence === 'low';
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
