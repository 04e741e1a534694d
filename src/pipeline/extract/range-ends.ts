// The ends of a change written "from N to M" when the counted noun is not after the number:
//  - the far end of "from 170,000 cases to 2.46 million" counts the noun of the near end, also a
//    noun the lexicon does not know (index.ts passes the open noun too);
//  - "case referrals from DHS have risen, increasing from 228,000 in FY 2016 to 1.2 million in
//    FY 2023": with no noun after either end, both count the subject of the verb of change.
// The subject is read from wink-nlp's tags (quantities.ts tokenize): back from "from" over the
// verb chain ("have continuously risen, increasing"), over one prepositional phrase naming who
// ("from DHS"), to a plural noun and its modifiers. No parser gives the subject (wink-nlp and
// compromise have no dependency tree), and this word order is short and fixed.
import { singular, tokenize, type Tok } from './quantities.ts';

const CHANGE_VERB = /^(?:increas|ris|rose|risen|grow|grew|grown|climb|fall|fell|fallen|declin|drop|decreas|jump|surg|soar|shrank|shrunk|shrink|plummet|plung|doubl|tripl)/i;
/** "from (approximately) " right before the number. */
const FROM_BEFORE = /\bfrom\s+(?:(?:about|approximately|roughly|nearly|almost|some|over|more\s+than|fewer\s+than|less\s+than|just|an\s+estimated)\s+)?$/i;

const isPlural = (t: Tok) => t.pos === 'NOUN' && singular(t) !== t.w.toLowerCase();

/**
 * The plural noun phrase that is the subject of the verb of change before "from <number>"
 * (`before` is the clause up to the number), or null.
 */
export function changeSubject(before: string): string | null {
  const from = FROM_BEFORE.exec(before);
  if (!from) return null;
  const toks = tokenize(before.slice(0, from.index));
  let j = toks.length - 1;
  let sawChange = false;
  // The verb chain: "have continuously risen, increasing", "has grown".
  while (j >= 0 && (/^(?:VERB|AUX|ADV|PART)$/.test(toks[j].pos) || (toks[j].w === ',' && j < toks.length - 1))) {
    if (toks[j].pos === 'VERB' && CHANGE_VERB.test(toks[j].w)) sawChange = true;
    j--;
  }
  if (!sawChange || j < 0) return null;
  // One prepositional phrase naming whose they are: "from DHS", "at the ports".
  if (!isPlural(toks[j])) {
    let k = j;
    while (k >= 0 && /^(?:PROPN|DET|NOUN|ADJ)$/.test(toks[k].pos) && !isPlural(toks[k])) k--;
    if (k < 1 || toks[k].pos !== 'ADP' || k === j) return null;
    j = k - 1;
  }
  if (j < 0 || !isPlural(toks[j])) return null;
  let s = j;
  while (s > 0 && /^(?:NOUN|ADJ)$/.test(toks[s - 1].pos) && !isPlural(toks[s - 1])) s--;
  return toks.slice(s, j + 1).map((t) => t.w.toLowerCase()).join(' ');
}
