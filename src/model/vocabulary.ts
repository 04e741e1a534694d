// The figure vocabulary, once: every list a figure's fields take, in display order. The
// content schemas and the methodology tables are derived from these lists, so that a new value
// is added in one place. Pure: no I/O, no state.

/** How exactly the text states a figure; 'nearly' is close to and just under ("nearly 2,500"). */
export const QUALIFIERS = ['exact', 'approx', 'more-than', 'less-than', 'up-to', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How far along what a figure counts is, from asked for to done. */
export const STATUSES = ['requested', 'planned', 'ordered', 'deployed', 'completed', 'reported'] as const;
export type Status = (typeof STATUSES)[number];

/** What kind of thing a figure's unit counts or measures. */
export const UNIT_FAMILIES = ['personnel', 'events', 'places', 'mass', 'distance', 'money', 'share', 'rate', 'other'] as const;
export type UnitFamily = (typeof UNIT_FAMILIES)[number];

/** A qualifier as a table cell names it ("approximate"). */
export const QUALIFIER_LABELS = {
  exact: 'exact figure',
  approx: 'approximate',
  'more-than': 'more than',
  'less-than': 'less than',
  'up-to': 'up to',
  nearly: 'nearly',
} as const satisfies Record<Qualifier, string>;

/** A qualifier as it reads before a number in a sentence ("approximately 500"). */
export const QUALIFIER_ADVERBS = {
  exact: 'exactly',
  approx: 'approximately',
  'more-than': 'more than',
  'less-than': 'less than',
  'up-to': 'up to',
  nearly: 'nearly',
} as const satisfies Record<Qualifier, string>;

/** The table label of a qualifier; a value outside the vocabulary is shown as it is. */
export function qualifierLabel(q: string): string {
  return (QUALIFIER_LABELS as Record<string, string>)[q] ?? q;
}
