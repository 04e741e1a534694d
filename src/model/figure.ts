// One figure as a text states it: the fields that a claim (one number in one sentence) and a
// fact (one real-world figure behind several claims) share. Pure: no I/O, no state.
import type { Qualifier, Status, UnitFamily } from './vocabulary.ts';

export interface Figure {
  value: number;
  /** Upper end of a range ("2,000 to 3,000"), else null. */
  value_high: number | null;
  /** What is counted, as written but normalised to a plural noun: "agents", "troops", "encounters", "pounds", "USD". */
  unit: string;
  unit_family: UnitFamily;
  /** Canonical entity ids from content/reference/agencies.yaml (or free labels when unknown). */
  entity: string[];
  qualifier: Qualifier;
  status: Status;
  /** The text's own time reference ("last week", "FY2025"), or null. */
  time: string | null;
  /** Resolved period when possible (ISO from/to), else null. */
  time_resolved: { from: string; to: string } | null;
  /** Short human label. */
  subject: string;
}

/** The figure fields of a claim, a fact or any record that carries them, and nothing else. */
export function figureOf(r: Figure): Figure {
  return {
    value: r.value,
    value_high: r.value_high,
    unit: r.unit,
    unit_family: r.unit_family,
    entity: r.entity,
    qualifier: r.qualifier,
    status: r.status,
    time: r.time,
    time_resolved: r.time_resolved,
    subject: r.subject,
  };
}
