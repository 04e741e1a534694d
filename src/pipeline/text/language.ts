// Which language a line is written in, as far as its function words tell: neither
// wink-nlp nor compromise detects language, so each line's words are counted against
// the published stop-word lists of the `stopword` package (one per language). Used only
// to tell a title in another language from the article's own (a portal's translated
// page shows both), never to drop prose.
import * as stopword from 'stopword';
import { words } from './normalize.ts';

/** Latin-script languages a U.S. news page may set beside English (ISO 639-3, as `stopword` names them). */
const LANGUAGES = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'cat', 'ron', 'swe', 'dan', 'nob', 'pol', 'tgl', 'ind'] as const;
export type Language = (typeof LANGUAGES)[number];
const LISTS = new Map<Language, Set<string>>(LANGUAGES.map((l) => [l, new Set(stopword[l])]));

/** Stop words of each language among the line's words. */
export function stopwordHits(line: string): Map<Language, number> {
  const ws = words(line).map((w) => w.toLowerCase());
  const hits = new Map<Language, number>();
  for (const [l, list] of LISTS) {
    let k = 0;
    for (const w of ws) if (list.has(w)) k++;
    hits.set(l, k);
  }
  return hits;
}

/**
 * The language of a text when its stop words clearly say so (three or more of its list,
 * twice those of any other), else null. Lists overlap ("de", "en", "a"), so a short line
 * often gets null: the tests below ask only what they need.
 */
export function languageOf(text: string): Language | null {
  const sorted = [...stopwordHits(text)].sort((a, b) => b[1] - a[1]);
  const [best, second] = [sorted[0]!, sorted[1]!];
  return best[1] >= 3 && best[1] >= 2 * second[1] ? best[0] : null;
}

/**
 * Written in a language other than `lang`: another list holds three or more of its words,
 * a fifth of them or more, and over twice as many as `lang`'s list. ("Cuatro acusados
 * extraditados de Guatemala condenados por su papel en una conspiración …" against English;
 * which of Spanish and Catalan it is does not matter.)
 */
export function otherLanguage(line: string, lang: Language): boolean {
  const hits = stopwordHits(line);
  const own = hits.get(lang)!;
  const n = words(line).length;
  let other = 0;
  for (const [l, k] of hits) if (l !== lang && k > other) other = k;
  return other >= 3 && other >= 0.2 * n && other > 2 * own;
}

/** Written in `lang` as far as its stop words go: some of its list, no fewer than any other's. */
export function sameLanguage(line: string, lang: Language): boolean {
  const hits = stopwordHits(line);
  const own = hits.get(lang)!;
  return own >= 1 && [...hits.values()].every((k) => k <= own);
}
