// Run-on fact-sheet items: a page converted from a fact sheet (PDF to text) loses its bullets and
// line ends, and its items run on with no full stops ("… 176,000+ assisted alien apprehensions
// 1,116 assisted vehicle seizures Assisted with seizure of 321,000+ pounds … 31+ Miles of Fencing
// 13+ Miles of Road"). The sentence splitter sees one sentence; each item is its own figure, so
// the claim rules read each item as a sentence of its own (its window for owner, status and time,
// and the only place its unit may come from).
//
// Item starts, from wink-nlp's tags (quantities.ts tokenize), in two shapes that prose does not
// have: a count straight after a noun, a name or another figure with no punctuation or function
// word between ("apprehensions 1,116", "$900,000,000 101", "Fencing 13+"), and a capitalised
// word that is not part of a name straight after a lower-case word or a figure ("seizures
// Assisted with", "assists More than", "missions Improvements in"). Only a sentence with at least
// two counts of the first shape is read as run-on (one "word N" is a name: "Title 42", "Game 2").
import { tokenize, type Tok } from './quantities.ts';

// A noun, a name or a figure before a count: a verb ("recorded 52,300") or an adjective takes one in prose.
const CONTENT = /^(?:NOUN|PROPN|NUM)$/;
// Words that take a number as a name or label ("Section 8", "FY 2023", "Title 42 expulsions").
const NAMING = /^(?:fy|title|section|sec|game|page|item|line|no|number|phase|level|tier|district|route|highway|interstate|room|suite|box|unit|flight|case|docket|chapter|part|step|week|day|year|q[1-4]|h[12])$/i;
const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;
const isCount = (t: Tok) => t.pos === 'NUM' && /^\d/.test(t.w) && !/^(?:1[89]|20)\d\d$/.test(t.w);
const capitalised = (t: Tok | undefined) => !!t && /^[A-Z][a-z]/.test(t.w);
const lowerOrFigure = (t: Tok) => /^[a-z]/.test(t.w) || /\d$/.test(t.w) || t.w === '+';

/** Offsets in `text` where an item of a run-on list starts (empty for ordinary prose). */
export function runOnItemStarts(text: string): number[] {
  // Cheap gate: a run-on list holds several figures.
  if ((text.match(/\d/g)?.length ?? 0) < 6 || text.length < 80) return [];
  const toks = tokenize(text);
  const counts: number[] = [];
  const heads: number[] = [];
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    const p = toks[k - 1];
    // A number's own parts ("4,260" is tokenised whole; "$" sticks to it): a figure right after
    // a word or another figure, separated by a space only.
    // The item's noun follows its count ("1,116 assisted …", "13+ Miles"): not "May 15.", "Phase 2 of", "(WMSL 753)".
    const n = toks[k + 1]?.w === '+' ? toks[k + 2] : toks[k + 1];
    const ownNoun = !!n && /^[\p{L}]/u.test(n.w) && !/^(?:ADP|CCONJ|DET|PART|PRON|AUX)$/.test(n.pos);
    if (isCount(t) && ownNoun && p.end < t.start && (CONTENT.test(p.pos) || p.w === '+') && !NAMING.test(p.w) && !MONTH.test(p.w) && !/\.$/.test(p.w) && !(p.pos === 'NUM' && !/[+\d]$/.test(p.w))) {
      // "$900,000,000 101": the currency sign is its own token before the first figure.
      counts.push(t.start);
      continue;
    }
    // ("31+ Miles", "581 Border Patrol agents": a capitalised word right after a count is its noun.)
    const afterCount = p.w === '+' || (isCount(p) && toks[k - 2]?.w !== '$');
    if (capitalised(t) && p.end < t.start && lowerOrFigure(p) && !afterCount && !/^(?:DET|ADP|CCONJ|PART|PRON|AUX)$/.test(p.pos)) {
      // Part of a name: a proper noun followed by another capitalised word ("Border Patrol").
      if (t.pos === 'PROPN' && capitalised(toks[k + 1])) continue;
      heads.push(t.start);
    }
  }
  if (counts.length < 2) return [];
  // A colon ends an item's lead-in ("Improvements in Tactical Infrastructure Include: 31+ …").
  const colons = [...text.matchAll(/:\s+/g)].map((m) => m.index + m[0].length);
  return [...new Set([...counts, ...heads, ...colons])].sort((a, b) => a - b);
}
