// The parts of the pipeline's configuration the methodology page shows, read from the
// extractor's own tables (qualifier cues, status cues, unit lexicon), so the page lists the
// words the code uses. Imported directly: a table that moves or changes shape is a type error.
import { AFTER, BEFORE } from '../pipeline/extract/qualifier.ts';
import { CUES } from '../pipeline/extract/status.ts';
import { LEX } from '../pipeline/extract/units.ts';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from '../model/vocabulary.ts';
import { phrases } from './regex-phrases.ts';

/** A word list grouped by a key ("approx" → ["around", "about"]). */
export type WordTable = { key: string; words: string[] }[];

function cueTable<K extends string>(cues: [RegExp, K][], order: readonly K[]): WordTable {
  const by = new Map<string, string[]>();
  for (const [re, key] of cues) by.set(key, [...(by.get(key) ?? []), ...phrases(re)]);
  return order.filter((k) => by.has(k)).map((k) => ({ key: k, words: [...new Set(by.get(k))] }));
}

/** Words before (and after) a number that set its qualifier; words after are shown as "N …". */
export function qualifierWords(): WordTable {
  const after = cueTable(AFTER, QUALIFIERS);
  return cueTable(BEFORE, QUALIFIERS).map((r) => ({
    key: r.key,
    words: [...r.words, ...(after.find((a) => a.key === r.key)?.words.map((w) => (/^[\w]/.test(w) ? `N ${w}` : `N${w}`)) ?? [])],
  }));
}

/** Verb and tense cues that set a figure's status. */
export function statusWords(): WordTable {
  return cueTable(CUES, STATUSES);
}

/** The unit nouns the extractor knows, by family. */
export function unitWords(): WordTable {
  const by = new Map<string, Set<string>>();
  for (const def of LEX.values()) {
    if (!by.has(def.family)) by.set(def.family, new Set());
    by.get(def.family)!.add(def.unit);
  }
  return UNIT_FAMILIES.filter((f) => by.has(f)).map((f) => ({ key: f, words: [...by.get(f)!].sort() }));
}
