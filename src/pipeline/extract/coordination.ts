// One number counting two kinds of people: "hire 1,000 more border patrol agents and CBP
// officers", "340,000 migrants and smugglers were apprehended". The claim counts both nouns; a
// second number ("4,000 troops and 700 Marines") starts a figure of its own and is not this.
import type { UnitResult } from './units.ts';
import { lexUnit } from './units.ts';
import { tokenize } from './quantities.ts';

const PEOPLE_FAMILIES = new Set(['personnel', 'other']);
const AGENT_NOUN = /(?:er|or|ist|ant|ent|ian)s$/;
// What may follow the second noun: the end of the noun phrase (a verb, a preposition, a clause mark).
const PHRASE_END = /^(?:$|[,.;:)—–]|\s+(?:who|that|which|are|were|is|was|have|has|had|will|would|could|may|might|should|can|to|from|in|at|on|of|for|with|along|across|into|since|during|by|under|assigned|attached|detailed|deployed|said|says|this|next|last|each|per|over|through|as|before|after|until|within|near|between)\b)/i;

/**
 * The unit extended over "and <modifiers> <plural noun>" when that noun counts people too
 * (a people or personnel noun of the lexicon, or a plural the tagger calls a noun after a
 * people noun), else null. The result's `end` covers the second noun, so the owner search
 * reads the modifiers of both ("CBP officers").
 */
export function coordinatedUnit(text: string, unit: UnitResult): UnitResult | null {
  if (!unit.forward || unit.end === null) return null;
  if (unit.family === 'places') return coordinatedPlaces(text, unit);
  if (!PEOPLE_FAMILIES.has(unit.family)) return null;
  const after = text.slice(unit.end, unit.end + 60);
  // A plural in -s, or in -men ("soldiers and airmen").
  const m = /^\s+and\s+((?:[\p{L}.’'-]+\s+){0,3}?)(\p{L}[\p{L}-]*(?:s|men))\b/u.exec(after);
  if (!m || /\d/.test(m[0]) || !PHRASE_END.test(after.slice(m[0].length))) return null;
  const noun = m[2].toLowerCase();
  const known = lexUnit(noun);
  if (known) {
    if (!PEOPLE_FAMILIES.has(known.family)) return null;
  } else {
    // Not in the lexicon: a noun for a person by its form (smugglers, traffickers, protesters,
    // contractors, specialists, migrants), which the tagger alone does not tell from "vehicles";
    // and the tagger must read every word of the second phrase as a modifier or noun.
    if (!AGENT_NOUN.test(noun)) return null;
    const toks = tokenize(text, unit.end + m[0].length - m[1].length - m[2].length, unit.end + m[0].length);
    const words = toks.filter((t) => t.start >= unit.end! + m[0].length - m[1].length - m[2].length && t.end <= unit.end! + m[0].length);
    if (!words.length || words.at(-1)!.pos !== 'NOUN' || !words.every((t) => /^(?:NOUN|PROPN|ADJ)$/.test(t.pos))) return null;
  }
  const second = known ? known.unit : noun;
  return { ...unit, unit: `${unit.unit} and ${second}`, end: unit.end + m[0].length, coordinated: true };
}

/**
 * "all 54 states and territories", "30 counties and cities": one number counting two kinds of
 * place. The second noun is a place noun of the lexicon, or a plural the tagger calls a noun that
 * ends the phrase (not a modifier of something after it).
 */
function coordinatedPlaces(text: string, unit: UnitResult): UnitResult | null {
  const after = text.slice(unit.end!, unit.end! + 40);
  const m = /^\s+and\s+(\p{L}[\p{L}-]*s)\b/u.exec(after);
  if (!m || !PHRASE_END.test(after.slice(m[0].length))) return null;
  const noun = m[1].toLowerCase();
  const known = lexUnit(noun);
  if (known && known.family !== 'places') return null;
  if (!known) {
    const at = unit.end! + m[0].length - m[1].length;
    const t = tokenize(text, at, at + m[1].length).find((x) => x.start === at);
    if (!t || t.pos !== 'NOUN') return null;
  }
  return { ...unit, unit: `${unit.unit} and ${known ? known.unit : noun}`, end: unit.end! + m[0].length, coordinated: true };
}
