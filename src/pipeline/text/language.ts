// Which language a line is written in, as far as its function words tell: neither
// wink-nlp nor compromise detects language, so each line's words are counted against
// the published stop-word lists of the `stopword` package (one per language). Used only
// to tell a title in another language from the article's own (a portal's translated
// page shows both), never to drop prose.
import * as stopword from 'stopword';
import { words } from './normalize.ts';

/**
 * English and the Romance and West Germanic languages a U.S. news page sets beside it (ISO
 * 639-3, as `stopword` names them). (Not the Nordic lists nor Tagalog's: their short words,
 * "for", "fire", "may", "at", are English words too and made English datelines read foreign.)
 */
const LANGUAGES = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'cat', 'ron'] as const;
export type Language = (typeof LANGUAGES)[number];
const LISTS = new Map<Language, Set<string>>(LANGUAGES.map((l) => [l, new Set(stopword[l])]));
/** How many of the lists hold a word: "de" and "a" tell little, "los" or "the" much (an idf weight). */
const SPREAD = new Map<string, number>();
for (const list of LISTS.values()) for (const w of list) SPREAD.set(w, (SPREAD.get(w) ?? 0) + 1);

interface Hits {
  /** Stop words of the language among the line's words. */
  count: number;
  /** The same, each weighted by 1 / the number of lists holding it. */
  weight: number;
}

/** Each language's stop words among the text's words (lines memoised: the cleaner's passes ask again). */
const hitsMemo = new Map<string, Map<Language, Hits>>();
export function stopwordHits(text: string): Map<Language, Hits> {
  if (text.length > 300) return hitsOf(text);
  let h = hitsMemo.get(text);
  if (h === undefined) {
    if (hitsMemo.size > 10_000) hitsMemo.clear();
    hitsMemo.set(text, (h = hitsOf(text)));
  }
  return h;
}
function hitsOf(text: string): Map<Language, Hits> {
  // (Single letters left out: "p.m.", "j / k" and initials read as Spanish "y" or Italian "e".)
  const ws = words(text).flatMap((w) => (w.length >= 2 ? [w.toLowerCase()] : []));
  const hits = new Map<Language, Hits>();
  for (const [l, list] of LISTS) {
    const h = { count: 0, weight: 0 };
    for (const w of ws) {
      if (!list.has(w)) continue;
      h.count++;
      h.weight += 1 / SPREAD.get(w)!;
    }
    hits.set(l, h);
  }
  return hits;
}

/**
 * The language of a text when its stop words clearly say so (a weight of two or more, a fifth
 * over any other's: Spanish and Catalan share most of theirs), else null. Short lines often get null: the tests below ask only what they need.
 */
export function languageOf(text: string): Language | null {
  const sorted = [...stopwordHits(text)].sort((a, b) => b[1].weight - a[1].weight);
  const [best, second] = [sorted[0]!, sorted[1]!];
  return best[1].weight >= 2 && best[1].weight >= 1.2 * second[1].weight ? best[0] : null;
}

/**
 * Written in a language other than `lang`: another list holds two or more of its words, a
 * sixth of them or more, weighing over twice `lang`'s ("Cuatro acusados extraditados de
 * Guatemala condenados por su papel en una conspiración …" against English; which of Spanish
 * and Catalan it is does not matter). A Spanish name in an English line ("San Juan de la
 * Cruz") weighs little: "de" and "la" are in many lists.
 */
export function otherLanguage(line: string, lang: Language): boolean {
  const hits = stopwordHits(line);
  const own = hits.get(lang)!.weight;
  const n = words(line).length;
  for (const [l, h] of hits) if (l !== lang && h.count >= 2 && h.count >= n / 6 && h.weight >= 1.2 && h.weight > 2 * own) return true;
  return false;
}

/** Two or more stop words of a list other than English's: worth asking which language the line is in. */
export function mayBeForeign(line: string): boolean {
  for (const [l, h] of stopwordHits(line)) if (l !== 'eng' && h.count >= 2) return true;
  return false;
}
