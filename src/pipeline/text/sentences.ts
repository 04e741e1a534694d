// Sentence splitter, written by hand: the libraries at hand (compromise,
// Intl.Segmenter) split after "U.S." before a capitalised word ("U.S. Customs")
// and after initials ("J. D. Vance"), and give no control over either. Here a
// boundary is terminal punctuation (. ! ? …), optional closing quotes or
// brackets, white space, and then something that can start a sentence — unless
// the word before the period is a known abbreviation, an initial, or an
// acronym with periods followed by a capitalised name.

/** Titles and abbreviations that are almost never the end of a sentence. */
const ABBREV = new Set(
  ('mr mrs ms mx dr prof sr jr st gen gov sen rep reps sens lt col sgt capt cmdr adm maj pres supt det insp rev hon atty amb asst assoc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vol vols fig figs p pp ch sec art op ed eds est approx dept div ave blvd rd mt ft hwy rte ' +
    'inc corp co ltd llc bros cf al vs v e.g i.e viz ca ph.d m.d u.s.c')
    .split(' '),
);
/** Abbreviations that take a number after them ("No. 1", "Vol. 3"); elsewhere they may end a sentence. */
const NUMBER_ABBREV = new Set(['no', 'nos', 'vol', 'vols', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'art']);

/** Words that commonly open a sentence, used to decide after "U.S." and "a.m.". */
const STARTERS = new Set(
  ('the a an it its he she they we i you this that these those there here but and or so yet in on at for from with as by after before ' +
    'when while if although though since because during officials some many most more several one two three four five his her their our ' +
    'my no not nor then still also however meanwhile instead now today yesterday last next what who why how where which critics ' +
    'supporters experts authorities according')
    .split(' '),
);

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const CLOSERS = '"\'”’»)]」』';
/** Sentence-ending marks: Latin, CJK, Arabic, Urdu, Devanagari. */
const TERMINALS = '.!?…。！？؟۔।॥';
const TERMINAL = new RegExp(`[${TERMINALS}]`, 'g');
/** Marks that end a sentence even with no space after them (CJK). */
const CLOSED = '。！？';
const OPENERS = '"\'“‘«([';

function wordBefore(text: string, dot: number): string {
  // The token that ends at `dot` (the period's index), e.g. "U.S" or "Mr" or "J".
  let i = dot - 1;
  while (i >= 0 && /[\p{L}\p{N}.'’-]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^[\s\u00A0]*["'“‘«([]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : '';
}

function isBoundary(text: string, punct: number, after: number): boolean {
  // `punct` is the index of the terminal mark, `after` the index of the first
  // character after it and any closing quotes/brackets.
  if (after >= text.length) return true;
  if (CLOSED.includes(text[punct]!)) return true;
  if (!/[\s\u00A0]/u.test(text[after]!)) return false; // "2.2", "U.S.-Mexico", "cbp.gov"
  let k = after;
  while (k < text.length && /[\s\u00A0]/u.test(text[k]!)) k++;
  if (k >= text.length) return true;
  const c = text[k]!;
  // Scripts without case (Arabic, Hebrew, Devanagari…) start sentences with any letter.
  const startsUpper = /[\p{Lu}\p{Lt}\p{Lo}]/u.test(c);
  const startsDigit = /\p{N}/u.test(c);
  const startsOpener = OPENERS.includes(c);
  if (!startsUpper && !startsDigit && !startsOpener) return false; // "Albence. the acting director"
  const mark = text[punct]!;
  if (mark !== '.') return true; // ! ? … end a sentence when a capital follows
  if (text[punct - 1] === '.') return true; // "..." ellipsis typed as periods
  const before = wordBefore(text, punct);
  const lower = before.toLowerCase();
  const next = nextWord(text, after);
  // Initials: "J. D. Vance", "George W. Bush".
  if (/^\p{Lu}$/u.test(before)) return false;
  // Acronyms with periods ("U.S.", "D.C.", "a.m."): a boundary only before a word that opens sentences.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return STARTERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
  if (NUMBER_ABBREV.has(lower)) return !startsDigit;
  if (ABBREV.has(lower)) {
    // "Gen." / "Jan." / "St." before a name or number: not a boundary.
    return false;
  }
  return true;
}

/** Splits a paragraph into sentences; offsets index into `text`, trimmed of surrounding white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /[\s\u00A0]/u.test(text[s]!)) s++;
    while (e > s && /[\s\u00A0]/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  // Jump from terminal mark to terminal mark (a native scan, not a loop over every character).
  TERMINAL.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = TERMINAL.exec(text)) !== null) {
    const i = found.index;
    // Runs of terminal marks ("?!", "...") and closing quotes belong to this sentence.
    let j = i + 1;
    while (j < text.length && TERMINALS.includes(text[j]!)) j++;
    const punct = j - 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (isBoundary(text, punct, j)) {
      push(start, j);
      start = j;
    }
    TERMINAL.lastIndex = j;
  }
  push(start, text.length);
  return out;
}
