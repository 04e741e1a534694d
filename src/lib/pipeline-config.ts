// The parts of the pipeline's configuration the methodology page shows, read from
// the extractor's own tables (qualifier cues, status cues, unit lexicon), so the
// page lists the words the code uses. Loaded optionally: if a table moves, the
// page falls back to prose instead of failing the build.
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from '../model/vocabulary.ts';
import { phrases } from './regex-phrases.ts';

const modules = import.meta.glob<Record<string, unknown>>(['../pipeline/extract/qualifier.ts', '../pipeline/extract/status.ts', '../pipeline/extract/units.ts'], { eager: true });

/** A word list grouped by a key ("approx" → ["around", "about"]). */
export type WordTable = { key: string; words: string[] }[];

function cueTable<K extends string>(cues: unknown, order: readonly K[]): WordTable | null {
  if (!Array.isArray(cues) || !cues.every((c) => Array.isArray(c) && c[0] instanceof RegExp && typeof c[1] === 'string')) return null;
  const by = new Map<string, string[]>();
  for (const [re, key] of cues as [RegExp, string][]) by.set(key, [...(by.get(key) ?? []), ...phrases(re)]);
  return order.filter((k) => by.has(k)).map((k) => ({ key: k, words: [...new Set(by.get(k))] }));
}

/** Words before (and after) a number that set its qualifier. */
export function qualifierWords(): WordTable | null {
  const m = modules['../pipeline/extract/qualifier.ts'];
  const before = cueTable(m?.BEFORE, QUALIFIERS);
  const after = cueTable(m?.AFTER, QUALIFIERS);
  if (!before) return null;
  return before.map((r) => ({ key: r.key, words: [...r.words, ...(after?.find((a) => a.key === r.key)?.words.map((w) => (/^[\w]/.test(w) ? `N ${w}` : `N${w}`)) ?? [])] }));
}

/** Verb and tense cues that set a figure's status. */
export function statusWords(): WordTable | null {
  return cueTable(modules['../pipeline/extract/status.ts']?.CUES, STATUSES);
}

/** The unit nouns the extractor knows, by family. */
export function unitWords(): WordTable | null {
  const lex = modules['../pipeline/extract/units.ts']?.LEX;
  if (!(lex instanceof Map)) return null;
  const by = new Map<string, Set<string>>();
  for (const def of lex.values() as Iterable<{ unit?: unknown; family?: unknown }>) {
    if (typeof def?.unit !== 'string' || typeof def.family !== 'string') continue;
    if (!by.has(def.family)) by.set(def.family, new Set());
    by.get(def.family)!.add(def.unit);
  }
  return UNIT_FAMILIES.filter((f) => by.has(f)).map((f) => ({ key: f, words: [...by.get(f)!].sort() }));
}
