// Open-vocabulary quantities: every number in a sentence with the noun phrase it counts.
//
// Division of labour (measured on NewsQuant's development split, see `npm run eval`):
// - wink-nlp (+ wink-eng-lite-web-model) gives tokens, part-of-speech tags and lemmas; the
//   counted noun is the noun phrase the grammar puts after the number (ADJ/NOUN/PROPN run up
//   to its head noun), so "1,200 inspections", "38 removal flights" and "64 warrants" need no
//   list. It runs only on sentences that hold a number (cost).
// - Number spans, their values ("1.5 million", "two thousand", "$2 billion", ranges) and
//   kinds (year, date, ordinal, duration, legal name …) come from ./numbers.ts, by hand:
//   wink's entities mark numbers but do not parse them, and compromise's parser was too
//   slow for the budget (see numbers.ts).
// - Units of measurement and currencies are normalised by ./measures.ts (neither library does).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { NumberKind, QuantityFamily, QuantityReading } from '../types.ts';
import { findNumbers, type Mention } from './numbers.ts';
import { ATTACHED_UNIT, measureAt, measureOf } from './measures.ts';
import { findQualifier } from './qualifier.ts';
import { LEX } from './units.ts';
import { allMatches } from './re.ts';
import { abbreviatedPlural } from './abbreviated-nouns.ts';

/** One quantity found in one sentence (offsets in the sentence text). */
export interface FoundQuantity extends QuantityReading {
  start: number;
  end: number;
  /** The number as written ("1.5 million", "between 300 and 400"). */
  text: string;
  /** "zero escapes", "no releases". */
  negation: boolean;
}

// The model is a package, not project data: read once per process, when this module loads
// (about 130 ms of CPU; every pipeline run needs it, so there is nothing to gain by waiting).
const nlp = winkNLP(model, ['pos']);
const getNlp = () => nlp;

export interface Tok {
  w: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

// The tagger's reading of a stretch, shared across the run: the same wire copy or release runs
// in several outlets of an archive, and its sentences are tagged once. Bounded like clean.ts's
// line memo. (The tagger reads each text on its own, so a reading does not depend on earlier ones.)
const tagMemo = new Map<string, { values: string[]; pos: string[]; lemma: string[] }>();
function tagged(part: string): { values: string[]; pos: string[]; lemma: string[] } {
  let t = tagMemo.get(part);
  if (t) return t;
  const n = getNlp();
  const its = n.its;
  const tokens = n.readDoc(part).tokens(); // one collection read three times
  t = {
    values: tokens.out(its.value) as string[],
    pos: tokens.out(its.pos) as string[],
    // wink's typings give its.lemma a signature `out()` does not accept; it works at run time.
    lemma: tokens.out(its.lemma as unknown as typeof its.value) as string[],
  };
  if (tagMemo.size >= 20_000) tagMemo.clear();
  tagMemo.set(part, t);
  return t;
}

/**
 * Tokens of `text` between `from` and `to` (snapped to white space): the tagger reads only the
 * stretch around the numbers, which is most of its cost.
 */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const ws = from <= 0 ? 0 : Math.max(0, text.lastIndexOf(' ', from) + 1);
  const sp = to >= text.length ? -1 : text.indexOf(' ', to);
  const we = sp < 0 ? text.length : sp;
  const part = ws === 0 && we === text.length ? text : text.slice(ws, we);
  const { values, pos, lemma } = tagged(part);
  const out: Tok[] = [];
  let at = ws;
  for (let i = 0; i < values.length; i++) {
    const w = values[i];
    const s = text.indexOf(w, at);
    const start = s < 0 ? at : s;
    at = start + (s < 0 ? 0 : w.length);
    // "649 IJs": a short form's plural is a noun, not the name the tagger reads (abbreviated-nouns.ts).
    const ab = abbreviatedPlural(w);
    out.push({ w, pos: ab ? 'NOUN' : pos[i], lemma: ab ?? lemma[i].toLowerCase(), start, end: start + w.length });
  }
  return out;
}

const GATE = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions|billions|no)\b/i;

const CURRENCY_NAME: Record<string, string> = { USD: 'dollar', EUR: 'euro', GBP: 'pound sterling' };
const TIME_NOUN = /^(?:second|minute|hour|day|night|week|month|quarter|year|game|share|person|capita|barrel|gallon|gram|kilogram|pound|ounce|square foot|square metre|head|unit)$/;
const UP = /\b(?:up|rose|rises?|rising|increased?|increasing|grew|grows?|growing|gained?|gains|climbed?|climbs|jumped?|jumps|surged?|surges|soared?|advanced?|higher|added|adds|raised?|boosted?|doubled|tripled)\s+(?:by\s+|nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+|over\s+|around\s+|roughly\s+)?$/i;
const DOWN = /\b(?:down|fell|falls?|falling|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreasing|lost|loses?|losing|slid|slides?|sank|sinks?|plunged?|plunges|plummeted|tumbled?|shed|cut|slashed|lower|shrank|shrunk|edged\s+down|slipped|slumped?)\s+(?:by\s+|nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+|over\s+|around\s+|roughly\s+)?$/i;
const CHANGE_NOUN_AFTER = /^\s*(?:%|percent|per\s+cent)?\s*(increase|rise|gain|jump|growth|drop|decline|decrease|fall|cut|reduction)\b/i;
// Durations, ages and counts of times are quantities (NewsQuant tags them) but never years or legal names.
const COUNTABLE: ReadonlySet<NumberKind> = new Set<NumberKind>(['quantity', 'duration', 'vague', 'source-count']);
const SKIP_WORDS = new Set(['more', 'additional', 'extra', 'fewer', 'other', 'or', 'so', 'plus', 'such']);
const LEVEL_OF_SUBJECT = /\b([a-z]{3,}[^s\W]s)\s+(?:have\s+|has\s+)?(?:reached|hit|totaled|totalled|topped|stood\s+at|peaked\s+at|rose\s+to|climbed\s+to|grew\s+to|fell\s+to|dropped\s+to|declined\s+to|increased\s+to|decreased\s+to)\s+(?:(?:an?|the|its|their)\s+(?:all-time\s+|record\s+|new\s+|historic\s+)?(?:high|low|record|peak|total|level)\s+of\s+)?(?:(?:more\s+than|over|about|nearly|almost|roughly|approximately|some|around|an\s+estimated)\s+)?$/;
const NOT_SUBJECT = /^(?:years|months|weeks|days|times|this|has|was|is)$/i;
const QUOTE = /^['‘’"“”]$/;
/** A plural demonym: "Cubans", "Haitians", "Iraqis" (a capitalised word, not an acronym). */
const DEMONYM = /^[A-Z][a-z]{2,}(?:ans|is)$/;
const ONE_OR_ZERO = /\b(one|zero|no)\b/gi;

/** "one", "zero", and "no" before a plural the unit lexicon knows ("no releases"): checked before tagging. */
function spots(text: string): RegExpExecArray[] {
  return allMatches(ONE_OR_ZERO, text).filter((m) => m[1].toLowerCase() !== 'no' || LEX.has((/^\s+([a-z-]+)/i.exec(text.slice(m.index + 2))?.[1] ?? '').toLowerCase()));
}

/** Vague plural scales as CQE's gold reads them: "dozens" 12–120, "thousands" 1,000–10,000, "tens of millions" 10⁷–10⁸. */
function vagueRange(text: string): [number, number] | null {
  const t = text.toLowerCase();
  const scale: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
  let m = /^(tens|hundreds|dozens)\s+of\s+(thousands|millions|billions)/.exec(t);
  if (m) {
    const a = m[1] === 'tens' ? 10 : m[1] === 'dozens' ? 12 : 100;
    const v = a * scale[m[2]];
    return [v, v * 10];
  }
  m = /^(dozens|hundreds|thousands|millions|billions|trillions)\b/.exec(t);
  return m ? [scale[m[1]], scale[m[1]] * 10] : null;
}

interface UnitFound {
  unit: string | null;
  norm: string;
  family: QuantityFamily;
  per: string | null;
  end: number;
}

function familyOfNoun(head: string): QuantityFamily {
  const def = LEX.get(head) ?? LEX.get(head + 's');
  if (def) return def.family;
  if (head === 'time') return 'count';
  return 'other';
}

/** A rate after the unit: "per barrel", "a month", "an hour", "each day", "annually". */
function rateAt(text: string, at: number, toks: Tok[]): { per: string; end: number } | null {
  const after = text.slice(at);
  // "a year earlier" dates a figure; "every year", "annually" say how often, not a rate of the unit.
  const m = /^\s*(?:per|\/|a|an)\s+((?:square\s+)?[a-z]+)\b(?!\s+(?:earlier|ago|before|later|prior|after|or\s+so))/i.exec(after);
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const tok = toks.find((t) => t.start >= at + m[0].length - m[1].length);
  const lemma = measureOf(word)?.name ?? tok?.lemma ?? word;
  if (/^per|\//i.test(m[0].trim()) || TIME_NOUN.test(lemma)) return { per: lemma, end: at + m[0].length };
  return null;
}

function unitAfter(text: string, m: Mention, toks: Tok[]): UnitFound {
  let at = m.end;
  const withRate = (u: UnitFound): UnitFound => {
    const r = u.family === 'duration' || u.family === 'age' ? null : rateAt(text, u.end, toks);
    return r ? { ...u, norm: `${u.norm} per ${r.per}`, per: r.per, end: r.end } : u;
  };
  if (m.currency) return withRate({ unit: m.currency, norm: CURRENCY_NAME[m.currency] ?? m.currency.toLowerCase(), family: 'money', per: null, end: at });
  if (m.percent) return withRate({ unit: '%', norm: 'percentage', family: 'share', per: null, end: at });
  const rest = text.slice(at);
  // "two-thirds", "three-quarters": a fraction in words (value divided in findQuantities).
  const frac = /^-(thirds?|quarters?|fifths?|tenths?|halves)\b/i.exec(rest);
  if (frac && m.words) return { unit: frac[1], norm: 'fraction', family: 'share', per: null, end: at + frac[0].length };
  const age = /^[\s-]*(year|month|week|day)s?[\s-]*olds?\b/i.exec(rest);
  if (age) return { unit: age[0].trim(), norm: `${age[1].toLowerCase()} of age`, family: 'age', per: null, end: at + age[0].length };
  // "332 lb-ft", "275 pound-feet", "140 km/h"
  const compound = /^\s*([a-z]+[-/][a-z]+)(?![\w-])/i.exec(rest);
  const cm = compound ? measureOf(compound[1]) : null;
  if (compound && cm) return withRate({ unit: compound[1], norm: cm.name, family: cm.family, per: null, end: at + compound[0].length });
  const attached = ATTACHED_UNIT.exec(rest);
  if (attached) {
    const ms = measureOf(attached[0]);
    if (ms) return withRate({ unit: attached[0], norm: ms.name, family: ms.family, per: null, end: at + attached[0].length });
  }
  // "a three-point range", "a 500-person team": the word after the hyphen is the unit.
  const glued = /^-([a-z]+)\b/i.exec(rest);
  if (glued) {
    const ms = measureOf(glued[1]);
    const tok = toks.find((t) => t.start === at + 1);
    const norm = ms?.name ?? (tok ? singular(tok) : glued[1].toLowerCase());
    return withRate({ unit: glued[1], norm, family: ms?.family ?? familyOfNoun(norm), per: null, end: at + glued[0].length });
  }
  let i = toks.findIndex((t) => t.start >= at);
  if (i < 0) return { unit: null, norm: '-', family: 'other', per: null, end: at };
  // "one of the students", "2,000 of its agents", "dozens of people"
  if (toks[i].w.toLowerCase() === 'of' && toks[i + 1] && /^(?:the|its|their|his|her|our|my|your|those|these)$/i.test(toks[i + 1].w)) i += 2;
  else if (m.kind === 'vague' && toks[i].w.toLowerCase() === 'of') i += 1;
  // "176,000+ assisted alien apprehensions": the "+" of "N+" (more than N) stands before the noun.
  if (toks[i]?.w === '+' && toks[i].start === at) i++;
  while (toks[i] && (SKIP_WORDS.has(toks[i].w.toLowerCase()) || toks[i].w === '-' && toks[i + 1]?.pos !== 'NOUN' || QUOTE.test(toks[i].w) && toks[i + 1]?.pos === 'NOUN')) i++;
  // "most spectacular catches", "best wireless speakers"
  if (toks[i] && /^(?:most|least)$/i.test(toks[i].w)) i++;
  if (!toks[i]) return { unit: null, norm: '-', family: 'other', per: null, end: at };
  // A plural demonym right after the number counts people ("23 Cubans", "40 Haitians"):
  // the tagger calls it a proper noun, which is never a head by the phrase rule below.
  // (By its form: wink-nlp has no demonym class; a capitalised -ans/-ians/-is plural.)
  if (toks[i].pos === 'PROPN' && toks[i].start > at && DEMONYM.test(toks[i].w) && (m.value ?? 0) !== 1 && toks[i + 1]?.pos !== 'NOUN' && toks[i + 1]?.pos !== 'PROPN') {
    return withRate({ unit: toks[i].w, norm: toks[i].w.toLowerCase(), family: 'other', per: null, end: toks[i].end });
  }
  const words = toks.slice(i, i + 3).map((t) => t.w);
  const ms = measureAt(words);
  if (ms && !(ms.measure.family === 'money' && ms.measure.name === 'penny' && words[0] === 'p' && toks[i].start > at)) {
    const last = toks[i + ms.len - 1];
    // "7.5 million Danish crowns", "pound-feet of torque"
    return withRate({ unit: text.slice(toks[i].start, last.end), norm: ms.measure.name, family: ms.measure.family, per: null, end: last.end });
  }
  // The noun phrase: adjectives, nouns and proper nouns up to its head noun. A plural noun
  // ends an English compound ("two viruses deformed wing virus" counts viruses); a plural
  // right after a number tagged as a verb is a noun ("26 saves": a number takes no -s verb).
  let j = i;
  let head = -1;
  const skipped = new Set<number>();
  while (toks[j] && j - i < 9) {
    const t = toks[j];
    const hyphen = t.w === '-' && toks[j - 1] && toks[j + 1] && toks[j - 1].end === t.start && toks[j + 1].start === t.end;
    // ("101 rescue assists", at the end of a list item: a -s word after a singular noun that ends the phrase.)
    const endsPhrase = !toks[j + 1] || toks[j + 1].pos === 'PUNCT' || /^[A-Z0-9]/.test(toks[j + 1].w);
    const pluralVerb = t.pos === 'VERB' && /[^s]s$/.test(t.w) && (m.value ?? 0) !== 1 && (j === i || toks[j - 1].pos === 'ADJ' || (j > i && toks[j - 1].pos === 'NOUN' && !pluralForm(toks[j - 1]) && endsPhrase));
    // "grew to 1.3 million today": a deictic time noun dates the figure, it is not what is counted.
    if (/^(?:today|yesterday|tonight|tomorrow)$/i.test(t.w)) break;
    if (t.pos === 'NOUN' || pluralVerb || (t.pos === 'PROPN' && !/^[A-Z]{2,}$/.test(t.w) && j > i)) {
      head = j;
      // A plural that modifies another plural stays in the compound ("human rights violators").
      const nx = toks[j + 1];
      if ((t.pos === 'NOUN' || pluralVerb) && pluralForm(t) && !(nx?.w === '-') && !(nx && nx.pos === 'NOUN' && pluralForm(nx) && nx.start === t.end + 1)) break;
    } else if (/^(?:and|or)$/i.test(t.w) && j > i && /^(?:ADJ|VERB|NOUN)$/.test(toks[j - 1].pos) && toks[j + 1] && /^(?:ADJ|VERB|NOUN)$/.test(toks[j + 1].pos) && !pluralForm(toks[j - 1])) {
      // Coordinated modifiers of one head: "known or suspected gang members", "new immigration
      // and immigration-related criminal cases" (a plural before "and" is a head of its own).
      head = -1;
    } else if (t.pos === 'VERB' && /(?:ed|ing|wn)$/.test(t.w) && toks[j + 1] && (toks[j + 1].pos === 'NOUN' || toks[j + 1].pos === 'ADJ' || (toks[j + 1].pos === 'PROPN' && j === i) || (/^(?:and|or)$/i.test(toks[j + 1].w) && /^(?:ADJ|VERB)$/.test(toks[j + 2]?.pos ?? '')))) {
      // "300 recorded songs", "400 charging stations" count songs, stations; "two responding FURA units" units.
      if (!/^(?:and|or)$/i.test(toks[j + 1].w)) skipped.add(j);
    } else if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || hyphen || (t.pos === 'NUM' && j > i && toks[j - 1].pos === 'PROPN'))) break;
    j++;
  }
  if (head < 0 || (toks[head].pos !== 'NOUN' && toks[head].pos !== 'VERB')) return { unit: null, norm: '-', family: 'other', per: null, end: at };
  // "70,000 truck, rail and sea containers": singular modifiers in a list share the plural head after them.
  if (toks[head].pos === 'NOUN' && !pluralForm(toks[head])) head = listHead(toks, head) ?? head;
  // "a 12 page document", "3 cylinder engine": a singular noun before another noun is the unit.
  // (Only when the phrase's head is singular too: "517 rushing yards" counts yards.)
  if (toks[i].pos === 'NOUN' && head > i && !pluralForm(toks[i]) && !pluralForm(toks[head]) && (m.value ?? 0) > 1 && toks[i + 1]?.pos === 'NOUN') {
    head = i;
  }
  const span = toks.slice(i, head + 1).filter((_, k) => !skipped.has(i + k));
  const headTok = toks[head];
  const headMeasure = measureOf(headTok.w);
  if (headMeasure) return withRate({ unit: text.slice(span[0].start, headTok.end), norm: headMeasure.name, family: headMeasure.family, per: null, end: headTok.end });
  if (headTok.lemma === 'time' && /^times$/i.test(headTok.w)) return withRate({ unit: 'times', norm: 'count', family: 'count', per: null, end: headTok.end });
  let norm = '';
  span.forEach((t, k) => {
    const glue = k > 0 && (t.w === '-' || span[k - 1].w === '-') ? '' : k > 0 ? ' ' : '';
    norm += glue + (t === headTok ? singular(t) : t.pos === 'ADJ' ? t.lemma : t.w.toLowerCase());
  });
  return withRate({ unit: text.slice(span[0].start, headTok.end), norm, family: familyOfNoun(headTok.lemma), per: null, end: headTok.end });
}

/** The plural head after a list of singular modifiers ("truck, rail and sea containers"), or null. */
function listHead(toks: Tok[], j: number): number | null {
  let k = j + 1;
  let sawAnd = false;
  for (let n = 0; toks[k] && n < 8; n++) {
    const w = toks[k].w;
    if (w === ',' && !sawAnd && toks[k + 1]?.pos === 'NOUN') k++;
    else if (/^(?:and|or)$/i.test(w) && !sawAnd) {
      sawAnd = true;
      k++;
    } else break;
    // One singular modifier per list item; after "and" the item may be the plural head itself.
    const t = toks[k];
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
    if (sawAnd) {
      if (t.pos === 'NOUN' && pluralForm(t)) return k;
      const nx = toks[k + 1];
      return nx && nx.pos === 'NOUN' && pluralForm(nx) && nx.start === t.end + 1 ? k + 1 : null;
    }
    if (t.pos !== 'NOUN' || pluralForm(t)) return null;
    k++;
  }
  return null;
}

// (By its spelling, whatever its tag; range-ends.ts's pluralNoun also asks for a noun's tag.)
const pluralForm = (t: Tok) => /[^s]s$|sses$|ies$|(?:ch|sh|x)es$/i.test(t.w) || t.lemma !== t.w.toLowerCase() && /^(?:people|men|women|children|feet|teeth|mice|geese)$/i.test(t.w);

/** Singular of a plural noun: wink's lemma when it is a prefix of the word, else the English rules. */
export function singular(t: Tok): string {
  const w = t.w.toLowerCase();
  if (/^(?:people|men|women|children)$/.test(w)) return w === 'people' ? 'people' : t.lemma;
  if (!/s$/.test(w)) return t.lemma;
  if (w.startsWith(t.lemma) && t.lemma.length >= w.length - 2) return t.lemma;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|us)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  return w.slice(0, -1);
}

/** "one" and "zero" as numerals (numbers.ts leaves them out: there they are mostly pronouns). */
function extraMentions(text: string, toks: Tok[], taken: Mention[], found: RegExpExecArray[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const k = toks.findIndex((t) => t.start === start);
    if (k < 0) continue;
    const next = toks[k + 1];
    const prev = toks[k - 1];
    const w = m[1].toLowerCase();
    if (w === 'no') {
      // "no releases": a zero count only before a plural noun the unit lexicon knows.
      if (!next || next.pos !== 'NOUN' || !/s$/i.test(next.w) || !LEX.has(next.w.toLowerCase())) continue;
    } else {
      if (toks[k].pos !== 'NUM') continue;
      // "each one", "the same one", "one another", "this one", "one to two years" (a range: numbers.ts)
      if (prev && /^(?:each|same|this|that|which|any|every|no|another|the|a)$/i.test(prev.w)) continue;
      const ofThe = next?.w.toLowerCase() === 'of' && toks[k + 2] && /^(?:the|its|their|his|her|our|my|your|those|these)$/i.test(toks[k + 2].w);
      // "zero USBP releases", "zero 'gotaways'": a name or a quote mark may stand before the noun.
      const modified = !!next && (next.pos === 'ADJ' || (next.pos === 'PROPN' && w === 'zero') || (QUOTE.test(next.w) && w === 'zero')) && toks[k + 2]?.pos === 'NOUN';
      if (!next || !(ofThe || next.pos === 'NOUN' || modified)) continue;
      if (/^(?:another|other|day|time|way|thing)$/i.test(next.w)) continue;
    }
    out.push({ kind: 'quantity', text: m[0], value: w === 'one' ? 1 : 0, valueHigh: null, start, end, currency: null, percent: false, words: true });
  }
  return out;
}

const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 60;
const FROM_TO = /\bfrom\s+(?:up\s+to\s+|about\s+|around\s+)?$/i;
const PLAIN_INT = /^(?:\d{1,4}|[A-Za-z]+)$/;

/**
 * Numbers that are part of a name, not a count: "Game 2", "iPhone 11", "the Big 12",
 * "S&P 500", "787 Dreamliner", "575 Wilbraham Road". A plain integer right after a proper
 * noun, or followed by one, with no counted noun of its own.
 */
function isNamePart(text: string, m: Mention, toks: Tok[], u: UnitFound): boolean {
  if (m.currency || m.percent || !PLAIN_INT.test(m.text) || m.valueHigh !== null) return false;
  // "13+ Miles of Road": "N+" is a count (more than N), and a unit of measurement after a number
  // measures; neither is a name's number, even after a capitalised word of a run-on list.
  if (text[m.end] === '+' || (u.unit && /^[A-Za-z]{3,}$/.test(u.unit) && measureOf(u.unit) && u.family !== 'money')) return false;
  const k = toks.findIndex((t) => t.start === m.start);
  if (k < 0) return false;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  const properPrev = !!prev && k > 1 && (prev.pos === 'PROPN' || /^[A-Z&]+$/.test(prev.w) || /^[a-z]+[A-Z]/.test(prev.w)) && prev.end === m.start - 1;
  const properNext = !!next && next.pos === 'PROPN' && /^[A-Z]/.test(next.w) && !measureOf(next.w);
  if (u.norm === '-' && (properPrev || properNext)) return true;
  // "the Kick Six win": a capitalised number word inside a name.
  if (properPrev && m.words && /^[A-Z]/.test(m.text)) return true;
  return properPrev && /^[A-Z]/.test(text.slice(u.end - (u.unit?.length ?? 0), u.end));
}

/** "beat Charlton 2-1", "ended 2-2": match scores (small integers joined by a hyphen, nothing counted). */
const isScore = (m: Mention, u: UnitFound) => u.norm === '-' && m.valueHigh !== null && /^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(m.text);

/** Every quantity in a sentence, in text order (`scanned`: the sentence's findNumbers, when already run). */
export function findQuantities(text: string, scanned?: readonly Mention[]): FoundQuantity[] {
  if (!GATE.test(text)) return [];
  const mentions = scanned ? scanned.map((m) => ({ ...m })) : findNumbers(text);
  const words = spots(text);
  if (!mentions.length && !words.length) return [];
  // The tagger reads from a few words before the first number to a dozen after the last.
  const firstAt = Math.min(...mentions.map((m) => m.start), ...words.map((m) => m.index));
  const lastAt = Math.max(...mentions.map((m) => m.end), ...words.map((m) => m.index + m[0].length));
  // Digits followed by a unit ("256GB", "5G") read as names by numbers.ts are quantities.
  for (const m of mentions) {
    if (m.kind === 'legal' && /^\d/.test(m.text) && ATTACHED_UNIT.test(text.slice(m.end))) m.kind = 'quantity';
  }
  // Only years, dates, ordinals and names, and no "one"/"zero"/"no": nothing below would use
  // the tags (the loop skips every mention), so the tagger is not run.
  if (!words.length && !mentions.some((m) => COUNTABLE.has(m.kind))) return [];
  const toks = tokenize(text, firstAt - WINDOW_BEFORE, lastAt + WINDOW_AFTER);
  const all = [...mentions, ...extraMentions(text, toks, mentions, words)].sort((a, b) => a.start - b.start);
  const out: FoundQuantity[] = [];
  let prevUnit: UnitFound | null = null;
  let prevEnd = -1;
  for (let k = 0; k < all.length; k++) {
    const m = all[k];
    if (!COUNTABLE.has(m.kind)) continue;
    let value = m.value;
    let high = m.valueHigh;
    if (m.kind === 'vague') {
      const r = vagueRange(m.text);
      if (!r) continue;
      [value, high] = r;
    }
    if (value === null) continue;
    // "17:22", "1:36.6": clock and lap times; "2019-09-01": ISO dates; "five-year award": an adjective.
    if (/\d:$/.test(text.slice(0, m.start))) continue;
    if (/^\d{4}-\d{2}/.test(text.slice(m.start))) continue;
    if (m.kind === 'duration' && /^-[a-z]/i.test(text.slice(m.end)) && !/^-(?:year|month|week|day)s?-old/i.test(text.slice(m.end))) continue;
    // "production-four-door": a number word inside a compound; "A.D. 1000": a year.
    if (m.words && /[a-z]-$/i.test(text.slice(0, m.start))) continue;
    if (/\b(?:A\.D\.|B\.C\.|AD|BC|BCE)\s*$/.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    let u = unitAfter(text, m, toks);
    if (isNamePart(text, m, toks, u) || isScore(m, u)) continue;
    // "435 homes by open sale and 187 by tender": a bare number in a list takes the unit before.
    if (u.norm === '-' && prevUnit && prevUnit.norm !== '-' && !['share', 'money', 'duration', 'age'].includes(prevUnit.family) && m.start - prevEnd < 40 && /^\s*(?:,|and|or)?\s*$/.test(text.slice(prevEnd, m.start).replace(/\b(?:by|in|at|of)\s+\w+(?:\s+\w+)?/g, '').replace(/[^,\s\w]/g, '')) && /^\s*(?:by|who|were|was|are|in|at|for|[,.;)]|$)/i.test(text.slice(m.end))) {
      u = { ...prevUnit, end: m.end };
    }
    // "pending cases reached an all-time high of more than 1.2 million": a bare level a verb of
    // level gives its subject counts the subject's plural noun.
    if (u.norm === '-' && !m.currency && !m.percent) {
      const lv = LEVEL_OF_SUBJECT.exec(text.slice(Math.max(0, m.start - 90), m.start));
      const sub = lv ? toks.find((t) => t.w === lv[1] && t.end <= m.start) : undefined;
      if (lv && (sub ? sub.pos === 'NOUN' : true) && !NOT_SUBJECT.test(lv[1])) {
        u = { unit: lv[1], norm: lv[1].toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''), family: familyOfNoun(lv[1].toLowerCase()), per: null, end: m.end };
      }
    }
    if (u.norm === 'fraction') {
      const d = /^-(third|quarter|fifth|tenth|halve)/i.exec(text.slice(m.end))![1].toLowerCase();
      value = value / ({ third: 3, quarter: 4, fifth: 5, tenth: 10, halve: 2 } as Record<string, number>)[d];
    }
    const q = findQualifier(text, m.start, m.end);
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    const changeNoun = CHANGE_NOUN_AFTER.exec(text.slice(m.end, m.end + 30));
    let change: 'up' | 'down' | null = UP.test(before) ? 'up' : DOWN.test(before) ? 'down' : null;
    if (!change && changeNoun) change = /increase|rise|gain|jump|growth/i.test(changeNoun[1]) ? 'up' : 'down';
    let from: number | null = null;
    let to: number | null = null;
    let end = m.end;
    // "from 48 agreements to 312": one change with both ends.
    let nk = k + 1;
    while (all[nk] && !COUNTABLE.has(all[nk].kind)) nk++;
    const next = all[nk];
    if (FROM_TO.test(before) && next && next.value !== null && high === null) {
      const gap = text.slice(m.end, next.start);
      if (/^(?:(?![,;]|\.\s).){0,40}?\bto\s+(?:about\s+|around\s+)?$/i.test(gap) && !!m.currency === !!next.currency && m.percent === next.percent) {
        from = value;
        to = next.value;
        high = next.value;
        end = next.end;
        change = to > from ? 'up' : to < from ? 'down' : null;
        const nu = unitAfter(text, next, toks);
        if (u.norm === '-' || (nu.norm !== '-' && u.family === 'other')) u = nu;
        k = nk;
      }
    }
    const shareOf = m.percent ? /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|all\s+)?((?:[\w-]+\s+){0,3}?[\w-]+?)(?=[\s,.;)]|$)/i.exec(text.slice(m.end)) : null;
    out.push({
      value,
      value_high: high,
      start: m.start,
      end,
      text: text.slice(m.start, end),
      kind: m.kind,
      unit: u.unit,
      unit_normalized: u.norm,
      family: m.kind === 'duration' && u.family === 'other' ? 'duration' : u.family,
      qualifier: q.qualifier,
      change,
      from,
      to,
      per: u.per,
      share_of: shareOf ? shareOf[1] : null,
      negation: value === 0,
    });
    prevUnit = u;
    prevEnd = Math.max(u.end, end);
  }
  return joinPairs(text, out);
}

/** "between 15kHz and 17kHz" is one range; "eight or nine euros" counts euros twice. */
function joinPairs(text: string, qs: FoundQuantity[]): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (b && a.value_high === null && b.value_high === null && a.unit_normalized !== '-' && a.unit_normalized === b.unit_normalized && /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) {
      const gap = text.slice(a.end, b.start);
      if (/^\s*\S{0,8}\s+and\s+$/.test(gap) && gap.replace(/\s+and\s+$/, '').trim().length <= 8) {
        out.push({ ...a, value_high: b.value, end: b.end, text: text.slice(a.start, b.end) });
        k++;
        continue;
      }
    }
    if (b && a.unit_normalized === '-' && b.unit_normalized !== '-' && /^\s+(?:or|to)\s+$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, unit: b.unit, unit_normalized: b.unit_normalized, family: b.family, per: b.per });
      continue;
    }
    out.push(a);
  }
  return out;
}
