// Text normalisation for MATCHING only. Display text keeps its typography
// (curly quotes, dashes, no-break spaces); rules and tests compare folded keys.

/** Unicode space characters other than the ASCII space (NBSP, thin, em, ideographic …). */
export const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Invisible characters that only get in the way of matching. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Folds every kind of white space to one ASCII space and trims. */
/** Anything foldSpaces would change besides trimming (checked first: most lines need nothing). */
const NEEDS_FOLD = /[\t\n\r\f\v\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u3000\u2060\uFEFF\u00AD]| {2}/;

export function foldSpaces(s: string): string {
  if (!NEEDS_FOLD.test(s)) return s.trim();
  return s.replace(INVISIBLE, '').replace(UNICODE_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** A matching key: spaces folded, quotes and dashes made ASCII, lower case. */
export function matchKey(s: string): string {
  return matchKeyOfFolded(foldSpaces(s));
}
function matchKeyOfFolded(f: string): string {
  return f
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .toLowerCase();
}

const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words of a line (letters/digits runs, apostrophes inside words kept). */
export function words(s: string): string[] {
  // Han and kana are written without spaces: each character counts as a word.
  return foldSpaces(s).match(WORD) ?? [];
}

/** Lower case but for acronyms, as a counted noun is written ("ICE detainers", "CBP officers" stay). */
export function lowerButAcronyms(s: string): string {
  return s.replace(/\b(?![A-Z]{2,}s?\b)\w+/g, (w) => w.toLowerCase());
}

/** words(s).length, without building the list. */
export function wordCount(s: string): number {
  return wordCountOfFolded(foldSpaces(s));
}

// Character classes of WORD, per code point: the count is a plain loop over the text
// (the rules ask for word counts of every line; the regex built an array each time).
const SINGLE = 1; // Han or kana: a word of its own
const START = 2; // letter or digit: starts a word, and continues one
const CONTINUE = 4; // letter, digit, ' ’ . -: continues a word
const HAN_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const classes = new Map<number, number>();
function classOf(cp: number): number {
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = (HAN_KANA.test(ch) ? SINGLE : 0) | (LETTER_OR_DIGIT.test(ch) ? START | CONTINUE : 0) | ("'’.-".includes(ch) ? CONTINUE : 0);
    classes.set(cp, c);
  }
  return c;
}
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, cp) => classOf(cp));

function wordCountOfFolded(f: string): number {
  let n = 0;
  let i = 0;
  const len = f.length;
  while (i < len) {
    let cp = f.charCodeAt(i);
    if (cp >= 0xd800) cp = f.codePointAt(i)!;
    const c = cp < 128 ? ASCII_CLASSES[cp]! : classOf(cp);
    i += cp > 0xffff ? 2 : 1;
    if (c & SINGLE) n++;
    else if (c & START) {
      n++;
      // The rest of the word: letters, digits and inner punctuation.
      while (i < len) {
        let d = f.charCodeAt(i);
        if (d >= 0xd800) d = f.codePointAt(i)!;
        if (!((d < 128 ? ASCII_CLASSES[d]! : classOf(d)) & CONTINUE)) break;
        i += d > 0xffff ? 2 : 1;
      }
    }
  }
  return n;
}

const SENTENCE_END = /[.!?。！？؟۔।॥](?:["'”’»」』)\]]+)?$/u;
const ELLIPSIS_END = /(?:…|\.\.\.)(?:["'”’»)\]]+)?$/u;

/** True when the line ends like a sentence (terminal punctuation, possibly inside closing quotes/brackets). */
export function endsLikeSentence(s: string): boolean {
  // Latin, CJK (。！？), Arabic (؟ ۔), Devanagari (। ॥) sentence ends.
  return SENTENCE_END.test(foldSpaces(s));
}

/** True when the line ends with an ellipsis (a truncated teaser). */
export function endsWithEllipsis(s: string): boolean {
  return ELLIPSIS_END.test(foldSpaces(s));
}

/**
 * The same functions for text already passed through foldSpaces (folding is
 * idempotent): callers that hold the folded line skip folding it again.
 */
export const ofFolded = {
  matchKey: matchKeyOfFolded,
  wordCount: wordCountOfFolded,
  endsLikeSentence: (f: string) => SENTENCE_END.test(f),
  endsWithEllipsis: (f: string) => ELLIPSIS_END.test(f),
};

/** True when the text carries at least one word of two or more letters. */
export function hasWords(s: string): boolean {
  return /\p{L}{2,}/u.test(s);
}

const MINOR = new Set(
  'a an and as at but by for from in into of on or nor the to vs via with over after before amid under off up out per than'.split(' '),
);

/** Share of capitalised words among the non-minor words: title case scores near 1. */
export function titleCaseRatio(s: string): number {
  const ws = words(s).filter((w) => !MINOR.has(w.toLowerCase()));
  if (ws.length === 0) return 0;
  const caps = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / ws.length;
}
