// What a quantity counts: the unit noun near the number and its family.
// Rules (in order): money/percent from the mention itself; the first count noun
// after the number within its noun phrase ("20,000 National Guard troops");
// a people noun turned into an event by "the arrest of …" (with a verb the noun stays as written);
// else the nearest count noun before a bare number in the same sentence
// ("encounters dropped to approximately 237,000").
import { measureOf } from './measures.ts';
import type { UnitFamily } from '../types.ts';
import type { Mention } from './numbers.ts';
import { allMatches } from './re.ts';

export interface UnitDef {
  unit: string;
  family: UnitFamily;
}

export const LEX = new Map<string, UnitDef>();
function add(family: UnitFamily, plural: string, ...forms: string[]) {
  for (const f of [plural, ...forms]) LEX.set(f, { unit: plural, family });
}
// personnel
for (const p of ['agents', 'officers', 'troops', 'personnel', 'members', 'deputies', 'staff', 'soldiers', 'guardsmen', 'forces',
  'employees', 'investigators', 'attorneys', 'prosecutors', 'judges', 'workers', 'contractors', 'recruits', 'hires', 'marshals',
  'sailors', 'airmen', 'marines', 'officials', 'analysts', 'staffers', 'servicemembers', 'reservists']) {
  add('personnel', p, p.replace(/ies$/, 'y').replace(/men$/, 'man').replace(/s$/, ''));
}
add('personnel', 'service members', 'service member');
add('personnel', 'law enforcement officers', 'law enforcement officer');
// events
for (const e of ['encounters', 'apprehensions', 'arrests', 'deportations', 'removals', 'crossings', 'detentions', 'expulsions',
  'returns', 'raids', 'seizures', 'releases', 'book-ins', 'bookings', 'operations', 'interdictions', 'prosecutions', 'convictions',
  'flights', 'deployments']) {
  add('events', e, e.replace(/s$/, ''));
}
add('events', 'removal orders', 'removal order');
add('events', 'border crossings', 'border crossing');
// places
for (const p of ['offices', 'cities', 'facilities', 'sites', 'sectors', 'states', 'counties', 'jurisdictions', 'beds', 'jails',
  'centers', 'stations', 'bases', 'airports', 'locations', 'communities']) {
  add('places', p, p.replace(/ies$/, 'y').replace(/s$/, ''));
}
add('places', 'field offices', 'field office');
add('places', 'ports of entry', 'port of entry');
add('places', 'detention centers', 'detention center');
add('places', 'detention beds', 'detention bed');
add('places', 'field stations', 'field station');
// mass
add('mass', 'pounds', 'pound', 'lbs', 'lb');
add('mass', 'kilograms', 'kilogram', 'kilos', 'kilo', 'kg');
add('mass', 'tons', 'ton', 'tonnes', 'tonne');
add('mass', 'grams', 'gram');
add('mass', 'ounces', 'ounce', 'oz');
// people: counted as such unless an event noun or verb says what happened to them
for (const p of ['people', 'immigrants', 'migrants', 'individuals', 'noncitizens', 'aliens', 'children', 'families', 'persons',
  'adults', 'minors', 'residents', 'citizens', 'asylum seekers', 'refugees', 'detainees', 'inmates', 'prisoners', 'fugitives']) {
  add('other', p, p === 'people' ? 'person' : p.replace(/ies$/, 'y').replace(/s$/, ''));
}

const QUAL = '(?:(?:more|fewer|less)\\s+than|over|about|nearly|almost|roughly|approximately|some|an\\s+estimated)\\s+';
const OF_THE_WHOLE = new RegExp(`^\\s*Of\\s+(?:the|those|these)\\s+(?:${QUAL})?\\d[\\d,.]*(?:\\s+(?:thousand|million))?\\s+((?:[a-z-]+\\s+)?[a-z]+s)\\b[^;]*,\\s*(?:${QUAL})?$`, 'i');
const PEOPLE_UNITS = new Set(['people', 'immigrants', 'migrants', 'individuals', 'noncitizens', 'aliens', 'persons', 'illegal aliens', 'undocumented immigrants']);
const EVENT_OF = /\b(arrests?|deportations?|removals?|detentions?|apprehensions?|expulsions?|releases?|encounters?|returns?|prosecutions?|convictions?)\s+of\s+(?:(?:more|fewer|less)\s+than|up\s+to|about|around|approximately|roughly|some|nearly|almost|over|at\s+least|an\s+estimated)?\s*$/i;
const EVENT_VERB: [RegExp, string][] = [
  [/^arrest/, 'arrests'], [/^deport/, 'deportations'], [/^remov/, 'removals'], [/^detain|^detention/, 'detentions'],
  [/^apprehend|^apprehension/, 'apprehensions'], [/^encounter/, 'encounters'], [/^releas/, 'releases'], [/^expel|^expul/, 'expulsions'],
  [/^return/, 'returns'], [/^book/, 'book-ins'], [/^prosecut/, 'prosecutions'], [/^convict/, 'convictions'], [/^cross/, 'crossings'],
];

// A number right before an event verb's participle and its complement ("by", a place or time).
const PARTICIPLE_AFTER = /^\s+(released|arrested|removed|deported|detained|apprehended|encountered|expelled|returned|booked)(?=\s+(?:by|in|at|from|during|on|along|since|last|this|under)\b)/i;
const ACTIVE_BEFORE = /\b(arrested|deported|removed|detained|apprehended|encountered|released|expelled|returned|booked|rounded\s+up)\s+(?:(?:more|fewer|less)\s+than|up\s+to|about|around|approximately|roughly|some|nearly|almost|over|at\s+least|an\s+estimated)?\s*$/i;
const STOP = new Set(['to', 'from', 'in', 'at', 'for', 'who', 'that', 'which', 'was', 'were', 'is', 'are', 'be', 'been', 'have', 'has',
  'had', 'will', 'would', 'than', 'by', 'with', 'on', 'as', 'per', 'into', 'across', 'since', 'while', 'when', 'if', 'but', 'could',
  'should', 'may', 'might', 'can', 'did', 'do', 'does', 'said', 'says', 'this', 'these', 'those', 'its', 'their', 'his', 'her']);
// "a year earlier" / "a month ago" date a figure, they do not make it a rate.
const RATE_AFTER = /^\s+(?:(?:per|a|an|each|every)\s+((?:(?:two|three|four|five|six|twelve|\d+)\s+)?(?:hour|day|week|month|year)s?)\b(?!\s+(?:earlier|ago|before|later|prior|after))|(daily|weekly|monthly|annually|yearly)\b)/i;
// "daily arrests", "daily border encounters", "the daily average of encounters".
const RATE_BEFORE = /\b(daily|weekly|monthly|annual|yearly)\s+(?:(?:average|mean|median|rate|number|total)\s+(?:number\s+)?of\s+|[\w-]+\s+)?$/i;
const RATE_ADJ: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annual: 'year', yearly: 'year', annually: 'year' };

export interface UnitResult {
  unit: string;
  family: UnitFamily;
  /** Offsets of the unit noun in the sentence (null for money/percent). */
  start: number | null;
  end: number | null;
  /** Found after the number (true) or borrowed from before it (false). */
  forward: boolean;
  /** Two nouns counted by one number ("agents and officers"): their owners are rolled up, not narrowed. */
  coordinated?: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*|[^\s\p{L}\p{N}]/gu;

// First words of multi-word units, so single words are looked up without building phrases.
const MULTI_FIRST = new Set([...LEX.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
const norm = (w: string) => w.toLowerCase().replace(/[.’']+$/, '');

/**
 * The words after a number, tokenised only as far as the rules read (usually a handful
 * of the twenty-odd in the 120-character window).
 */
class Tokens {
  private list: { w: string; l: string; i: number }[] = [];
  private pos = 0;
  private done = false;
  private readonly text: string;
  private readonly offset: number;
  constructor(text: string, offset: number) {
    this.text = text;
    this.offset = offset;
  }
  /** True when there are more than k words. */
  has(k: number): boolean {
    while (this.list.length <= k && !this.done) {
      WORD_RE.lastIndex = this.pos;
      const x = WORD_RE.exec(this.text);
      if (!x) this.done = true;
      else {
        this.pos = x.index + x[0].length;
        this.list.push({ w: x[0], l: norm(x[0]), i: this.offset + x.index });
      }
    }
    return k < this.list.length;
  }
  at(k: number): { w: string; l: string; i: number } | undefined {
    return this.has(k) ? this.list[k] : undefined;
  }
}

function lookupAt(words: Tokens, k: number): { def: UnitDef; len: number } | null {
  // Longest multi-word unit first ("ports of entry", "field offices").
  if (MULTI_FIRST.has(words.at(k)!.l)) {
    for (const len of [3, 2]) {
      if (!words.has(k + len - 1)) continue;
      let phrase = words.at(k)!.l;
      for (let j = 1; j < len; j++) phrase += ' ' + words.at(k + j)!.l;
      const def = LEX.get(phrase);
      if (def) return { def, len };
    }
  }
  const def = LEX.get(words.at(k)!.l);
  return def ? { def, len: 1 } : null;
}

// Plural count nouns that a bare number may borrow from before it (events, places, mass,
// and collective nouns whose size is the number: "the workforce grew to 73,000").
const BACK_NOUNS = [...LEX.entries()].filter(([form, d]) => form === d.unit && (d.family === 'events' || d.family === 'places' || d.family === 'mass')).map(([form]) => form);
// An event noun in the singular names the count only before a statistic's noun ("Daily Apprehension Average: 148 per day").
const BACK_SINGULAR = [...LEX.entries()].filter(([form, d]) => form !== d.unit && d.family === 'events' && !form.includes(' ')).map(([form]) => form);
const reAlt = (forms: string[]) => forms.sort((a, b) => b.length - a.length).map((f) => f.replace(/[-]/g, '\\-').replace(/ /g, '\\s+')).join('|');
const BACK_RE = new RegExp(`(?<![\\w-])(${reAlt(BACK_NOUNS)}|workforce|headcount|ranks|staffing|(?:${reAlt(BACK_SINGULAR)})(?=\\s+(?:average|total|count|rate|figures?|numbers?|levels?)\\b))(?![\\w-])`, 'gi');

function participleAfterPlural(words: Tokens, k: number): boolean {
  return /ing$/.test(words.at(k)!.l) && /[^s]s$/.test(words.at(k - 1)!.l);
}

function lookupAt2(words: Tokens, k: number) {
  return words.has(k) ? lookupAt(words, k) : null;
}

/** "a day" → day, "every two hours" → two hours ("hours" alone → hour). */
function period(m: RegExpExecArray): string {
  if (!m[1]) return RATE_ADJ[m[2].toLowerCase()];
  const p = m[1].toLowerCase().replace(/\s+/g, ' ');
  return p.includes(' ') ? p : p.replace(/s$/, '');
}

function rateAfterNumber(text: string, end: number): string | null {
  const m = RATE_AFTER.exec(text.slice(end));
  return m ? period(m) : null;
}

/** The period a rate phrase right after `end` names ("every day", "per week", "annually"), or null. */
export function periodAfter(text: string, end: number): string | null {
  const m = RATE_AFTER.exec(text.slice(end));
  return m ? period(m) : null;
}

function rateOf(text: string, nounStart: number, nounEnd: number): string | null {
  const m = RATE_AFTER.exec(text.slice(nounEnd));
  if (m) return period(m);
  const b = RATE_BEFORE.exec(text.slice(Math.max(0, nounStart - 40), nounStart));
  if (b) return RATE_ADJ[b[1].toLowerCase()];
  // "the 7-day average of encounters": an average over days is a figure per day.
  const avg = /\b\d+-(day|week|month)\s+(?:rolling\s+|moving\s+)?average\s+(?:number\s+)?of\s+$/i.exec(text.slice(Math.max(0, nounStart - 40), nounStart));
  return avg ? avg[1].toLowerCase() : null;
}

// Only the nominal "the arrest of 300 people" counts the event (as the seeds label it); with a
// verb the noun is the unit as written ("ICE arrested 119 noncitizens" counts noncitizens, the
// government corpus's convention), and the verb shows in the claim's status.
function withEvent(def: UnitDef, text: string, m: Mention): UnitDef {
  if (def.family !== 'other') return def;
  const ev = EVENT_OF.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (ev) return lookupEvent(ev[1]) ?? def;
  return def;
}

function lookupEvent(word: string): UnitDef | null {
  const w = word.toLowerCase();
  for (const [re, unit] of EVENT_VERB) if (re.test(w)) return { unit, family: 'events' };
  return null;
}

function finish(def: UnitDef, text: string, m: Mention, s: number, e: number, forward: boolean): UnitResult {
  const d = withEvent(def, text, m);
  // The rate may follow the noun ("arrests a day") or, for a bare number, the number ("reached 1,200 per day").
  // People counted per period ("1,000 illegal aliens a week") are a rate as events are.
  const per = d.family === 'events' || d.family === 'personnel' || (d.family === 'other' && PEOPLE_UNITS.has(d.unit)) ? rateOf(text, s, e) ?? (forward ? null : rateAfterNumber(text, m.end)) : null;
  if (per) return { unit: `${d.unit} per ${per}`, family: 'rate', start: s, end: e, forward };
  return { unit: d.unit, family: d.family, start: s, end: e, forward };
}

/** The unit of a quantity mention, or null when nothing countable is named. */
// A plural demonym by its form (as quantities.ts): "Cubans", "Haitians", "Iraqis".
const DEMONYM_HEAD = /^[A-Z][a-z]{2,}(?:ans|is)$/;

const MODIFIER_LIST = /^\s+(?:[a-z][a-z-]*,\s+){1,4}[a-z][a-z-]*,?\s+(?:and|or)\s+(?=[a-z][a-z-]*\s+[a-z])/;

export function findUnit(text: string, m: Mention): UnitResult | null {
  if (m.currency) return { unit: m.currency, family: 'money', start: null, end: null, forward: true };
  if (m.percent) return { unit: 'percent', family: 'share', start: null, end: null, forward: true };
  // "a 3,000-strong force", "a 500-person team"
  const size = /^-(?:strong|person|member|man|officer|agent|troop)\b/i.exec(text.slice(m.end, m.end + 12));
  if (size) return { unit: 'personnel', family: 'personnel', start: m.end, end: m.end + size[0].length, forward: true };
  // "4 AS-350 Light Enforcement Helicopters", "2 MQ-9 drones": a model designation between the
  // number and the craft it counts (the designation's digits are not a figure, numbers.ts).
  const model = MODEL_CRAFT.exec(text.slice(m.end, m.end + 80));
  if (model) {
    const noun = model[2].replace(/\s+/g, ' ').toLowerCase();
    const head = noun.split(' ').at(-1)!;
    const e = m.end + model[0].length;
    return { unit: noun, family: LEX.get(head)?.family ?? 'other', start: e - model[2].length, end: e, forward: true };
  }
  // Forward: the noun phrase after the number.
  const words = new Tokens(text.slice(m.end, m.end + 120), m.end);
  let k = 0;
  // "6,000 or more officers", "500-plus agents"
  if (/^(?:or|and)$/i.test(words.at(0)?.w ?? '') && /^(?:more|so|fewer|less|greater)$/i.test(words.at(1)?.w ?? '')) k = 2;
  else if (/^-?plus$/i.test(words.at(0)?.w ?? '') || (words.at(0)?.w === '+' && words.at(0)!.i === m.end)) k = 1; // "31+ miles"
  // "2,000 of its agents", "1,000 of them"
  else if (words.at(0)?.w.toLowerCase() === 'of' && /^(?:the|its|their|his|her|those|these)$/i.test(words.at(1)?.w ?? '')) {
    // "151 of those 190 individuals": a part of a whole named again counts the whole's noun.
    k = /^\d[\d,]*$/.test(words.at(2)?.w ?? '') ? 3 : 2;
    // The tokens split "4,260" at its comma: step over the whole number ("3,911 of its 4,260 agents").
    if (k === 3) {
      while (/^[,.]$/.test(words.at(k)?.w ?? '') && /^\d+$/.test(words.at(k + 1)?.w ?? '') && words.at(k + 1)!.i === words.at(k)!.i + 1) k += 2;
    }
  }
  // "77,460 federal, state and local fugitives": a comma list of modifiers before the head.
  const mods = k === 0 ? MODIFIER_LIST.exec(text.slice(m.end, m.end + 80)) : null;
  if (mods) while (words.has(k) && words.at(k)!.i < m.end + mods[0].length) k++;
  for (let n = 0; words.has(k) && n < 6; k++, n++) {
    const w = words.at(k)!.w;
    // Another number starts another count ("15 cases against 23 individuals").
    if ((/^[^\p{L}\p{N}]$/u.test(w) && w !== '-') || /^\d/.test(w) || (n > 0 && NUMBER_WORD.test(w))) break;
    let hit = lookupAt(words, k);
    // "6 Dominicans facing prosecution": a plural demonym right after the number is the counted
    // noun (the open noun phrase gives it); a lexicon word after it is what they face or do.
    if (!hit && n === 0 && DEMONYM_HEAD.test(w)) return null;
    // "1153 Miles of Road Repaired": a unit of measurement right after the number is what it
    // measures (the open layer reads it); a lexicon noun further on is another item's.
    if (!hit && n === 0 && /^[A-Za-z]{3,}$/.test(w) && measureOf(w)) return null;
    if (hit) {
      const s = words.at(k)!.i;
      // A compound names its head last: "deportation officers" counts officers.
      // A plural before an "-ing" word is its subject, not a modifier: "8,347 aliens crossing the border".
      for (let nx = lookupAt2(words, k + hit.len); nx && !participleAfterPlural(words, k + hit.len); nx = lookupAt2(words, k + hit.len)) {
        k += hit.len;
        hit = nx;
      }
      // A singular modifier before a plural head the lexicon does not know ("flight hours",
      // "migrant voyage interdictions"): the head names the count; the open-vocabulary noun phrase gives it.
      if (singularModifier(words, k, hit)) return null;
      // "75 Fugitive Operations teams": a lexicon word inside a capitalised name before a
      // lower-case plural names the teams, not what they count; the open noun phrase gives it.
      if (nameBeforePlural(words, k, hit.len)) return null;
      const last = words.at(k + hit.len - 1)!;
      return finish(hit.def, text, m, s, last.i + last.w.length, true);
    }
    if (STOP.has(w.toLowerCase())) break;
    if (/^(?:and|or)$/i.test(w) && !/^[A-Z]/.test(words.at(k + 1)?.w ?? '')) break;
  }
  // Backward: a bare number ("dropped to approximately 237,000,") takes the nearest
  // count noun before it in the sentence.
  const nextWord = words.at(words.at(0)?.w === '+' && words.at(0)!.i === m.end ? 1 : 0)?.w ?? '';
  // "500 than the average": a difference from other figures, not a count of the noun before.
  if (/^than$/i.test(nextWord)) return null;
  // "4,598 nearly 500 …": the next word qualifies the next number.
  const beforeNumber = /^(?:nearly|almost|about|approximately|roughly|over|some|around)$/i.test(nextWord) && /^\d/.test(words.at(1)?.w ?? '');
  // A time or scope adverb after the number ("to 1.3 million today") is no counted noun: the number is bare.
  const bare = !words.has(0) || beforeNumber || /^[^\p{L}\p{N}]$/u.test(nextWord) || STOP.has(nextWord.toLowerCase()) || /^(?:seen|recorded|reported|last|this|in|a|an|the|and|or|more|total|so|now|today|yesterday|tonight|tomorrow|currently|nationwide|overall)$/i.test(nextWord);
  // "9,144 released by the Border Patrol", "310 deported in May": the participle names the event.
  const pv = bare ? null : PARTICIPLE_AFTER.exec(text.slice(m.end, m.end + 40));
  const pev = pv ? lookupEvent(pv[1]) : null;
  if (pev) return finish(pev, text, m, m.end + pv!.index + pv![0].length - pv![1].length, m.end + pv!.index + pv![0].length, false);
  if (!bare) return null;
  // "deported three or more times": how often, not how many.
  if (/^(?:(?:or|and)\s+(?:more|fewer)\s+)?times\b/i.test(text.slice(m.end).trimStart())) return null;
  // "removed more than 267,000": the verb names the event a bare number counts.
  const av = ACTIVE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const ev = av ? lookupEvent(av[1]) : null;
  if (ev) return finish(ev, text, m, av!.index + Math.max(0, m.start - 40), m.start, false);
  // "Of the more than 61,533 aliens apprehended since 2003, roughly 17,331 had convictions": a bare
  // number after the clause that names a whole is a part of that whole and counts its noun.
  const whole = OF_THE_WHOLE.exec(text.slice(0, m.start));
  if (whole) {
    const noun = whole[1].toLowerCase();
    const def = LEX.get(noun) ?? LEX.get(noun.split(' ').at(-1)!);
    if (def) return finish(def, text, m, whole.index + whole[0].indexOf(whole[1]), whole.index + whole[0].indexOf(whole[1]) + whole[1].length, false);
  }
  let best: RegExpExecArray | null = null;
  for (const b of allMatches(BACK_RE, text.slice(0, m.start))) best = b;
  if (!best) return null;
  const word = best[1].toLowerCase().replace(/\s+/g, ' ');
  const def = COLLECTIVE.has(word) ? { unit: 'personnel', family: 'personnel' as UnitFamily } : LEX.get(word)!;
  return finish(def, text, m, best.index, best.index + best[0].length, false);
}

const MODEL_CRAFT = /^\s+([A-Z]{1,4}-\d{1,4}[A-Z]?)\s+((?:[A-Z][a-z]+\s+){0,3}(?:[Hh]elicopters?|[Aa]ircraft|[Aa]irplanes?|[Pp]lanes?|[Vv]essels?|[Bb]oats?|[Cc]utters?|[Vv]ehicles?|[Dd]rones?|[Tt]rucks?|[Ss]hips?|[Jj]ets?))(?![\w-])/;

function singularModifier(words: Tokens, k: number, hit: { def: UnitDef; len: number }): boolean {
  const form = words.at(k + hit.len - 1)!.l;
  if (hit.len !== 1 || form === hit.def.unit || /s$/.test(form)) return false;
  for (let j = k + 1; j <= k + 2 && words.has(j); j++) {
    // The sentence's full stop is read with its last word ("smugglers."): not part of the noun.
    const w = words.at(j)!.w.replace(/[.’']+$/, '');
    if (!/^[a-z]+$/.test(w) || STOP.has(w) || /ing$/.test(w)) return false;
    // "migrant voyage interdictions": a known plural after an unknown word is the compound's head.
    if (/[^s]s$/.test(w)) return j > k + 1 || !LEX.has(w);
    if (LEX.has(w)) return false;
  }
  return false;
}

function nameBeforePlural(words: Tokens, k: number, len: number): boolean {
  const first = words.at(k)!.w;
  const nx = words.at(k + len)?.w.replace(/[.’']+$/, '') ?? '';
  return /^[A-Z][a-z]/.test(first) && /^[a-z]{3,}[^s\W]s$/.test(nx) && !STOP.has(nx) && !LEX.has(nx);
}

// "nine cases against nine individuals": a number word starts another count, as digits do.
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/i;
const COLLECTIVE = new Set(['workforce', 'headcount', 'ranks', 'staffing']);

/** The lexicon's entry for a written noun ("children", "field offices"), or null. */
export function lexUnit(word: string): UnitDef | null {
  return LEX.get(word.toLowerCase()) ?? null;
}

/** Family of a unit as written by people (fixture units like "encounters per day"). */
export function unitFamily(unit: string): UnitFamily {
  const u = unit.toLowerCase().trim();
  if (/\b(?:per|a|each)\s+(?:day|week|month|year)\b|\b(?:daily|monthly|weekly|annual)\b/.test(u)) return 'rate';
  if (/^(?:usd|gbp|eur|dollars?|\$)$/.test(u)) return 'money';
  if (/^(?:percent|%|share|percentage points?)$/.test(u)) return 'share';
  if (/^(?:miles?|kilomet(?:re|er)s?|km|nautical miles?)$/.test(u)) return 'distance';
  const def = LEX.get(u);
  return def ? def.family : 'other';
}

/** Military personnel nouns read as "troops" (fixture convention: "National Guard members" = troops). */
export function normaliseUnit(unit: string, entity: string[]): string {
  const military = entity.some((e) => /^(?:DOD|National Guard|Army|USMC|Navy|USAF|NORTHCOM)$/.test(e));
  if (!military) return unit;
  // A duty status keeps its word ("1,500 active-duty members" → "active-duty troops"); other
  // modifiers ("family members") do not name service members and are left as written.
  // ("military personnel", "military members": the word says only what the owner already does.)
  const m = /^((?:active[- ]duty|reserve|reservist|uniformed|federali[sz]ed|additional)\s+)?(?:military\s+)?(?:members|forces|soldiers|guardsmen|service members|servicemembers|personnel)$/i.exec(unit);
  return m ? `${m[1] ?? ''}troops` : unit;
}
