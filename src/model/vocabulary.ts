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

/**
 * Each qualifier in words, one row a value: `label` as a table cell names it ("approximate"),
 * `adverb` as it reads before a number in a sentence ("approximately 500"), `meaning` as the
 * methodology page explains it.
 */
export const QUALIFIER_WORDS = {
  exact: { label: 'exact figure', adverb: 'exactly', meaning: 'The text gives the figure without hedging.' },
  approx: { label: 'approximate', adverb: 'approximately', meaning: 'The text hedges the figure (“around”, “about”, “some”, “roughly”, “approximately”). Charts print it with “~”.' },
  'more-than': { label: 'more than', adverb: 'more than', meaning: 'The figure is a floor (“more than”, “over”, “exceeding”). Charts print it with “+”.' },
  'less-than': { label: 'less than', adverb: 'less than', meaning: 'The figure is a ceiling (“fewer than”, “below”, “under”). Charts print it with “<”.' },
  'up-to': { label: 'up to', adverb: 'up to', meaning: 'The figure is a maximum that may not be reached (“up to”, “as many as”).' },
  nearly: { label: 'nearly', adverb: 'nearly', meaning: 'The figure is close to and just under the stated number (“nearly”, “almost”). Charts print it as “nearly 2,500”.' },
} as const satisfies Record<Qualifier, { label: string; adverb: string; meaning: string }>;

const wordsOf = (field: 'label' | 'adverb' | 'meaning') =>
  Object.fromEntries(QUALIFIERS.map((q) => [q, QUALIFIER_WORDS[q][field]])) as Record<Qualifier, string>;
/** A qualifier as a table cell names it ("approximate"). */
export const QUALIFIER_LABELS = wordsOf('label');
/** A qualifier as it reads before a number in a sentence ("approximately 500"). */
export const QUALIFIER_ADVERBS = wordsOf('adverb');
/** What a qualifier means, as the methodology page explains it. */
export const QUALIFIER_MEANINGS = wordsOf('meaning');

/** What each status means, with the cues that set it (the methodology page). */
export const STATUS_MEANINGS = {
  requested: 'Someone asked for it (“asked the Pentagon to allow”, “requested”); nobody has agreed yet.',
  planned: 'It is intended or expected (“plans to”, “is expected to”, “would”).',
  ordered: 'It was approved or ordered (“authorized”, “ordered”, “approved”).',
  deployed: 'It happened or is happening (“sent”, “deployed”, “have been assigned”).',
  completed: 'It is over (“finished”, “returned”, “concluded”).',
  reported: 'A count or state of affairs reported without an action (“25 field offices”, “encounters fell to”).',
} satisfies Record<Status, string>;

/** The table label of a qualifier; a value outside the vocabulary is shown as it is. */
export function qualifierLabel(q: string): string {
  return (QUALIFIER_LABELS as Record<string, string>)[q] ?? q;
}
