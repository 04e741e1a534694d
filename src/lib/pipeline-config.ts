// The parts of the pipeline's configuration the methodology page shows: found by
// name among the extractor's exports, so the page lists the words the code uses.
// Optional: until a module exports them, the page says what it does in prose.
const modules = import.meta.glob<Record<string, unknown>>(['../pipeline/extract/*.ts', '../pipeline/describe/*.ts', '../pipeline/extract/**/*.ts'], { eager: true });

/** A word list grouped by a key ("approx" → ["around", "about"]). */
export type WordTable = { key: string; words: string[] }[];

function toTable(v: unknown): WordTable | null {
  const norm = (words: unknown): string[] | null => {
    if (Array.isArray(words) && words.every((w) => typeof w === 'string')) return words as string[];
    if (words instanceof RegExp) return [words.source];
    if (typeof words === 'string') return [words];
    if (words instanceof Set) return norm([...words]);
    return null;
  };
  const entries = v instanceof Map ? [...v.entries()] : v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : null;
  if (!entries) return null;
  const rows: WordTable = [];
  for (const [k, words] of entries) {
    const list = norm(words);
    if (!list) return null;
    rows.push({ key: String(k), words: list });
  }
  return rows.length ? rows : null;
}

/** Flip word → key maps ({ around: 'approx' }) into key → words. */
function invert(v: unknown): WordTable | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
  if (!entries.length || !entries.every(([, k]) => typeof k === 'string')) return null;
  const by = new Map<string, string[]>();
  for (const [w, k] of entries) by.set(k as string, [...(by.get(k as string) ?? []), String(w)]);
  return [...by.entries()].map(([key, words]) => ({ key, words }));
}

function find(names: string[]): WordTable | null {
  for (const file of Object.keys(modules).sort()) {
    const mod = modules[file];
    for (const name of names) {
      if (!(name in mod)) continue;
      const t = toTable(mod[name]) ?? invert(mod[name]);
      if (t) return t;
    }
  }
  return null;
}

export const qualifierWords = () => find(['QUALIFIER_WORDS', 'QUALIFIERS', 'qualifierWords', 'QUALIFIER_CUES']);
export const statusWords = () => find(['STATUS_WORDS', 'STATUS_VERBS', 'STATUSES', 'statusWords', 'STATUS_CUES']);
export const unitWords = () => find(['UNIT_FAMILIES', 'UNITS', 'UNIT_WORDS', 'unitFamilies', 'UNIT_NOUNS']);
