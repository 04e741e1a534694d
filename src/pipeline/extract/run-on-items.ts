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
const WORD_COUNT_WORD = /([\p{L}’']+|[\d+])\s+(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?\+?(?=\s+\p{L})/gu;
const TAKES_NUMBER = /^(?:[a-z]+ed|[a-z]+ing|of|to|from|than|by|with|for|in|at|on|and|or|nor|but|about|around|nearly|almost|approximately|roughly|some|over|under|the|a|an|all|its|their|his|her|our|these|those|had|has|have|were|was|is|are|be|been|more|least|most|only|just|top|first|last|next|another|made|took|sent|saw|got|set|put|hit|cut|won|lost|kept|held|led|paid|rose|fell|grew|brought|caught|found|gave|ran|met|said|says|say|shows|show|lists|list|reports|counts|totals|near|nearly|per|each|every|up|down|out|into|onto|within|between|among|against|after|before|since|until|during|through|across|along|behind|beyond|toward|towards|via|like|as|that|which|who|when|where|while|if|than|plus|minus|also|still|now|then|there|here|what|whom|whose|fy|year|title|section|district|phase|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;
const isCount = (t: Tok) => t.pos === 'NUM' && /^\d/.test(t.w) && !/^(?:1[89]|20)\d\d$/.test(t.w);
const capitalised = (t: Tok | undefined) => !!t && /^[A-Z][a-z]/.test(t.w);
const lowerOrFigure = (t: Tok) => /^[a-z]/.test(t.w) || /\d$/.test(t.w) || t.w === '+';

/** Offsets in `text` where an item of a run-on list starts (empty for ordinary prose). */
export function runOnItemStarts(text: string): number[] {
  // Cheap gate: a run-on list holds several figures.
  if ((text.match(/\d/g)?.length ?? 0) < 6 || text.length < 80) return [];
  // … and at least two "word N word" runs whose first word is not one that takes a number in
  // prose (a preposition, article, qualifier or verb), checked by pattern before the tagger runs.
  let runs = 0;
  for (const m of text.matchAll(WORD_COUNT_WORD)) if (!TAKES_NUMBER.test(m[1]!) && ++runs >= 2) break;
  if (runs < 2) return [];
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
