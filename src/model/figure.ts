// One figure as a text states it: the fields that a claim (one number in one sentence) and a
// fact (one real-world figure behind several claims) share. Pure: no I/O, no state.
import type { Qualifier, Status, UnitFamily } from './vocabulary.ts';

export interface Figure {
  value: number;
  value_high: number | null;
  unit: string;
  unit_family: UnitFamily;
  entity: string[];
  qualifier: Qualifier;
  status: Status;
  time: string | null;
  time_resolved: { from: string; to: string } | null;
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
