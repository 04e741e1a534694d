// The ends of a change written "from N to M" when the counted noun is not after the number:
//  - the far end of "from 170,000 cases to 2.46 million" counts the noun of the near end, also a
//    noun the lexicon does not know (index.ts passes the open noun too);
//  - "case referrals from DHS have risen, increasing from 228,000 in FY 2016 to 1.2 million in
//    FY 2023": with no noun after either end, both count the subject of the verb of change;
//  - a level with no noun after it, "total detentions by the county, between its two jails,
//    numbered 9,104": it counts the subject of the verb stating the level (levelSubject: the
//    clause's first plural noun, not the noun of a phrase between that and the verb).
// The subject is read from wink-nlp's tags (quantities.ts tokenize): back from "from" over the
// verb chain ("have continuously risen, increasing"), over one prepositional phrase naming who
// ("from DHS"), to a plural noun and its modifiers. No parser gives the subject (wink-nlp and
// compromise have no dependency tree), and this word order is short and fixed.
import { singular, tokenize, type Tok } from './quantities.ts';

// Stems of verbs of change; the short ones whole words ("ris" would take "risk", "surg" "surgery").
const CHANGE_VERB = /^(?:increas|ris(?:e|es|en|ing)$|rose$|grow|grew|grown|climb|fall(?:s|en|ing)?$|fell$|declin|drop(?:s|ped|ping)?$|decreas|jump|surg(?:e|es|ed|ing)$|soar|shrank|shrunk|shrink|plummet|plung|doubl|tripl)/i;
/**
 * The hedge words of a figure the verb patterns below (and index.ts's TO_GAP) step over, as a
 * regex source: "from about 200", "numbered more than 9,000". (Each pattern adds its own "just".)
 */
export const HEDGE = 'about|approximately|roughly|nearly|almost|some|over|more\\s+than|fewer\\s+than|less\\s+than|an\\s+estimated';
/** "from (approximately) " right before the number (index.ts tests the near end of a change with it too). */
export const FROM_BEFORE = new RegExp(`\\bfrom\\s+(?:(?:${HEDGE}|just)\\s+)?$`, 'i');

// A noun by its tag whose singular differs (quantities.ts's pluralForm reads the spelling only).
const pluralNoun = (t: Tok) => t.pos === 'NOUN' && singular(t) !== t.w.toLowerCase();

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
  if (!pluralNoun(toks[j])) {
    let k = j;
    while (k >= 0 && /^(?:PROPN|DET|NOUN|ADJ)$/.test(toks[k].pos) && !pluralNoun(toks[k])) k--;
    if (k < 1 || toks[k].pos !== 'ADP' || k === j) return null;
    j = k - 1;
  }
  if (j < 0 || !pluralNoun(toks[j])) return null;
  let s = j;
  while (s > 0 && /^(?:NOUN|ADJ)$/.test(toks[s - 1].pos) && !pluralNoun(toks[s - 1])) s--;
  return toks.slice(s, j + 1).map((t) => t.w.toLowerCase()).join(' ');
}

/** A verb stating a level right before the number: "numbered 408,870", "totaled about 9,000". */
const LEVEL_BEFORE = new RegExp(`\\b(?:numbered|totall?ed|reached|stood\\s+at|came\\s+to|amounted\\s+to)\\s+(?:(?:${HEDGE}|just\\s+(?:over|under))\\s+)?$`, 'i');

/**
 * The plural noun phrase that is the subject of a verb stating a level ("In FY2020, total
 * detentions by the county, between its two jails, numbered 9,104"), or null: after an opening
 * phrase up to its comma (one naming no plural), the clause's first plural noun with its modifiers, when no preposition
 * or verb comes before it. The noun of a phrase between the subject and the verb ("between its
 * two jails") is not what the number counts.
 */
export function levelSubject(before: string): string | null {
  // (The verb and its qualifier fit in the last few words: only those are searched.)
  const tail = before.slice(-48);
  const verb = LEVEL_BEFORE.exec(tail);
  if (!verb) return null;
  let clause = before.slice(0, before.length - tail.length + verb.index);
  clause = clause.slice(Math.max(clause.lastIndexOf('. '), clause.lastIndexOf('; ')) + 1);
  const toks = tokenize(clause);
  // An opening phrase up to its comma that names no plural ("In Fiscal Year 2016,", "Last year,").
  let i = 0;
  const comma = toks.findIndex((t) => t.w === ',');
  if (comma > 0 && !toks.slice(0, comma).some(pluralNoun)) i = comma + 1;
  else if (toks[0]?.pos === 'ADP') return null;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j]!;
    if (pluralNoun(t)) {
      let s = j;
      while (s > i && /^(?:NOUN|ADJ)$/.test(toks[s - 1]!.pos) && !pluralNoun(toks[s - 1]!) && !/^(?:total|overall)$/i.test(toks[s - 1]!.w)) s--;
      return toks.slice(s, j + 1).map((x) => x.w.toLowerCase()).join(' ');
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) return null;
  }
  return null;
}
