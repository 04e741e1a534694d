// The archive's templates: lines that recur across different articles are the
// outlets' furniture (masthead, tagline, menus, footer), learnt from the whole
// archive before any article is cleaned. Copies of one article (same text under two
// file names) count once: an article's own headline repeated in its copy is not furniture.
import { foldSpaces, ofFolded } from './text/normalize.ts';

export interface ArchiveTemplate {
  /** How many distinct articles carry this line (by matchKey). */
  count(key: string): number;
}

/** Lines longer than this are prose: never template lines, and not worth counting. */
const MAX_LINE = 240;

export function learnTemplate(texts: Iterable<string>): ArchiveTemplate {
  const counts = new Map<string, number>();
  const signatures = new Set<string>();
  for (const text of texts) {
    const keys = new Set<string>();
    let longest = '';
    for (const raw of text.split('\n')) {
      const folded = foldSpaces(raw);
      if (!folded) continue;
      if (folded.length > longest.length) longest = folded;
      if (folded.length <= MAX_LINE) keys.add(ofFolded.matchKey(folded));
    }
    // The article's longest line stands for its text: a second copy adds nothing.
    if (signatures.has(longest)) continue;
    signatures.add(longest);
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { count: (key) => counts.get(key) ?? 0 };
}
