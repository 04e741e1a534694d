// Which agency or group a quantity belongs to. Strategies, first hit wins:
//  1. inside the noun phrase: "20,000 National Guard troops"
//  2. after the unit: "500 personnel from U.S. Customs and Border Protection",
//     "2,000 agents from ATF, the Marshals Service and DEA" (a list = one combined figure);
//     the passive's agent: "1,200 arrests were made by ERO officers"
// An event done "jointly with" a named agency adds that agency to whichever owner is found.
//  3. a possessive just before: "ICE’s 25 field offices"
//  4. the clause before the number: "Border Patrol agents have seized some 204 pounds"
//  5. elsewhere in the sentence: "… below 300 in some sectors, CBP leadership argues"
//  6. the agency that publishes the measure (encounters → CBP, apprehensions → USBP)
//  7. the article so far: the nearest earlier sentence that names the same unit with an agency
// Agencies that only receive help ("to assist the ICE deportation force") are skipped in 4–7.
// Issue 14 adds, in this order of strength: "assigned to"/"attached to" after the noun (the
// sailors assigned to JTF-SB are JTF-SB's even when "helping ICE"), a service-member noun
// ("soldiers" → Army) when no agency acts in the clause, the article's own publisher (a cbp.gov
// release speaking of its own officers), and the nearest mention only last. Each result says
// which rule found it (Claim.attribution) and how sure it is (Claim.attribution_confidence).
// Hand-written patterns, not a parser: compromise and wink-nlp tag parts of speech but give no
// dependency tree, and the relations needed here (noun modifier, possessive, "from"/"of"/
// "assigned to" after the counted noun, clause before the number) are short, fixed word orders.
import type { AttributionConfidence, AttributionMethod, GuardStatus } from '../types.ts';
import { ancestors, isStatePublisher, STATE_AGENCIES, US_STATES, type EntityMention, type Gazetteer } from '../reference/agencies.ts';
import type { UnitResult } from './units.ts';
import { allMatches } from './re.ts';

// Partners of the actor ("ICE, in conjunction with other federal agencies, arrested 48") are
// skipped like helpers: the figure is the subject's.
const RECIPIENT_BEFORE = /(?:\bin\s+(?:conjunction|cooperation|coordination|partnership|concert)\s+with|\b(?:work|works|working|worked|partner|partners|partnering|partnered|cooperate|cooperating|coordinate|coordinating)\s+(?:together\s+|closely\s+)?with|\balongside|\bin\s+support\s+of|\bto\s+(?:help|assist|support|aid|join|bolster|augment|reinforce|supplement|back)|\b(?:helping|assisting|supporting|aiding|joining|bolstering|augmenting|reinforcing)|\bcounterparts\s+(?:in|at)|\bfor)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w.’'-]+\s+){0,2}$/i;
const LIST_SEP = /^\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|&)\s*(?:(?:and|or)\s+)?(?:the\s+)?$/i;
const AFTER_PREP = /^\s*(?:from|of|at|with|in|within)\s+(?:(?:the|a|an|its|their|several|various|other)\s+)?(?:[a-z][\w-]*\s+){0,3}$/;

export const UNIT_OWNER: Record<string, string> = {
  encounters: 'CBP',
  crossings: 'CBP',
  'border crossings': 'CBP',
  apprehensions: 'USBP',
  // Inadmissibility is found at a port of entry, by the Office of Field Operations (CBP's
  // definitions of its monthly figures): CBP's total "including … inadmissibility decisions".
  inadmissibles: 'OFO',
  'inadmissibility decisions': 'OFO',
  'inadmissibility determinations': 'OFO',
};

export interface EntityContext {
  /** Entity mentions of the sentence. */
  mentions: EntityMention[];
  text: string;
  /** Earlier sentences of the article, nearest first, with their mentions. */
  previous: Iterable<PreviousText>;
}

export interface PreviousText {
  text: string;
  mentions: EntityMention[];
}

export function isRecipient(text: string, e: EntityMention): boolean {
  // "spokesman for Tucson Sector": the speaker's own agency, not one helped.
  if (ROLE_FOR_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))) return false;
  if (RECIPIENT_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start))) return true;
  // "ERO assisted CBP with 17,000 expulsions": the helper did them ("helped ICE in arresting" stays joint).
  return HELPED_WITH_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)) && /^\s+with\b/.test(text.slice(e.end, e.end + 6));
}
const ROLE_FOR_BEFORE = /\b(?:spokes(?:man|woman|person)|chief|director|commander|head|spokes\s+officer|public\s+affairs\s+officer)\s+(?:for|of|at)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,2}$/i;
const HELPED_WITH_BEFORE = /\b(?:assisted|assists|helped|helps|supported|supports|aided|aids)\s+(?:the\s+)?$/i;

/** Mentions forming a list that starts right after `pos` (allowing a preposition and a few words; none when `at`). */
function listAfter(text: string, mentions: EntityMention[], pos: number, at = false): string[] {
  const ids: string[] = [];
  let first = !at;
  for (const e of mentions) {
    if (e.start < pos) continue;
    const gap = text.slice(pos, e.start);
    if (first ? !AFTER_PREP.test(gap) : !(at && ids.length === 0 ? gap === '' : LIST_SEP.test(gap))) break;
    ids.push(...e.ids);
    pos = e.end;
    first = false;
  }
  return ids;
}

function uniq(ids: string[]): string[] {
  return [...new Set(ids)];
}

// "… sailors assigned to the JTF", "soldiers attached to", "agents detailed to", "who are serving with".
// A verb adding people to a force, right before the number ("adding 6,000 new agents to …").
const ADDED_BEFORE = /\b(?:add|adds|added|adding|hire|hires|hired|hiring)\s+(?:(?:about|approximately|roughly|nearly|almost|some|over|more\s+than|up\s+to|an\s+additional|another)\s+)?$/i;
const ASSIGNED = /^\s*,?\s*(?:(?:who|that)\s+(?:are|were|have\s+been|had\s+been|is|was)\s+(?:now\s+)?|currently\s+|now\s+)?(?:assigned|attached|detailed|mobilized|deployed|serving|working|operating)\s+(?:to|with|under|for|in\s+support\s+of)\s+(?:the\s+command\s+of\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

const PASSIVE_BY = /^\s*(?:(?:that|which)\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?(?:(?:\w+ed|made|done|taken|carried\s+out|seized|caught|held|run)\s+)?(?:\w+\s+){0,2}?by\s+(?:the\s+)?(?=[A-Z])/;

export interface Owner {
  ids: string[];
  method: AttributionMethod;
}
const owner = (ids: string[], method: AttributionMethod): Owner => ({ ids: uniq(ids), method });
const NONE: Owner = { ids: [], method: 'none' };

/** Entities attached to a unit noun in a sentence by strategies 1–3 (used for context sentences too). */
function attached(text: string, mentions: EntityMention[], numStart: number, numEnd: number, unit: UnitResult | null, gaz?: Gazetteer): Owner {
  const nounEnd = unit?.forward && unit.start !== null ? unit.end! : numEnd;
  // 1. between the number and its unit noun
  if (unit?.forward && unit.start !== null) {
    // Includes a name that is also the unit ("1,000 Marines", "1,500 active-duty troops").
    const inside = mentions.filter((e) => e.start >= numEnd && e.start < unit.end!);
    if (inside.length) {
      // Two nouns counted together keep the names as written ("agents and CBP officers" roll up to CBP).
      const named = inside.flatMap((e) => (unit.coordinated ? e.named ?? e.ids : e.ids));
      // "500 Marines and Sailors": the second noun names its own service, which no mention covers.
      const mod = owner(unit.coordinated ? [...named, ...coordinatedServices(unit, gaz)] : named, 'modifier');
      // A generic modifier naming the parent ("active-duty personnel from the U.S. Army") yields to its component.
      const from = listAfter(text, mentions, unit.end!);
      if (gaz && from.length && mod.ids.every((id) => from.some((f) => ancestors(f, gaz).includes(id)))) return owner(from, 'prepositional');
      return mod;
    }
  }
  // "… sailors assigned to Joint Task Force-Southern Border": the unit they serve in, before any "from".
  const next = mentions.find((e) => e.start >= nounEnd);
  if (next && ASSIGNED.test(text.slice(nounEnd, next.start))) return owner(listAfter(text, mentions, next.start - 0, true), 'assigned');
  // "adding 6,000 new agents to the U.S. Border Patrol": people added to a force are the force's.
  if (next && unit?.family === 'personnel' && ADDED_BEFORE.test(text.slice(Math.max(0, numStart - 40), numStart)) && /^\s+to\s+(?:the\s+)?$/i.test(text.slice(nounEnd, next.start))) return owner(next.ids, 'assigned');
  // "94 percent of confirmed aliens in DOJ custody", "300 detainees in ICE custody": the custody's agency holds them.
  const held = mentions.find((e) => e.start >= nounEnd && e.start - nounEnd <= 80 && /^\s+custody\b/i.test(text.slice(e.end, e.end + 10)) && /\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(nounEnd, e.start - 10), e.start)) && !/[.;—–]/.test(text.slice(nounEnd, e.start)));
  if (held) return owner(held.ids, 'prepositional');
  // 2. "… agents from X, Y and Z"; a bare number: "including 600 from the FBI"
  const after = listAfter(text, mentions, nounEnd);
  if (after.length) return owner(after, 'prepositional');
  // The passive's agent: "1,200 arrests were made by ERO officers", "300 arrests by the Border Patrol".
  const agent = PASSIVE_BY.exec(text.slice(nounEnd, nounEnd + 80));
  if (agent) {
    const ids = listAfter(text, mentions, nounEnd + agent[0].length, true);
    if (ids.length) return owner(ids, 'prepositional');
  }
  // 3. "ICE’s 25 field offices", "CBP's roughly 60,000 employees"
  const prev = [...mentions].reverse().find((e) => e.end <= numStart);
  if (prev && prev.possessive && /^['’]s\s+(?:(?:[a-z-]+\s+){0,3})?$/i.test(text.slice(prev.end, numStart))) return owner(prev.ids, 'possessive');
  return NONE;
}

// Count nouns that own an agency in context sentences: "agents from a specially trained Border Patrol unit", "CBP personnel".
const PERSONNEL_NOUN = /\b(agents?|officers?|troops|personnel|members|deputies|staff|soldiers|guardsmen|forces|employees|investigators)\b/gi;

// The same earlier sentences are searched for every figure after them: their
// personnel nouns are found once (a small cache, emptied when it grows).
// Keyed by the context entry itself (extract/index.ts keeps one per earlier sentence for the
// article): an object key is hashed by identity, where a string key was hashed and compared by
// content on every lookup (a fresh prefix slice for each figure).
const nounCache = new WeakMap<PreviousText, RegExpExecArray[]>();
function personnelNouns(p: PreviousText): RegExpExecArray[] {
  let hits = nounCache.get(p);
  if (!hits) nounCache.set(p, (hits = allMatches(PERSONNEL_NOUN, p.text)));
  return hits;
}

const LOOKBACK = 12;
const ANAPHOR = /\b(?:it|its|they|their|them|the\s+(?:agency|department|bureau|service|office|administration|force|unit|component))\b/i;

const MILITARY = /^(?:troops|soldiers|guardsmen|forces|marines|sailors|airmen|service members|servicemembers|reservists)$/;

function contextOwner(prevs: EntityContext['previous'], unit: UnitResult): string[] {
  if (unit.family !== 'personnel') return [];
  const noun = unit.unit.replace(/ per .+$/, '');
  const military = MILITARY.test(noun);
  for (const sameNoun of [true, false]) {
    let n = 0;
    for (const p of prevs) {
      // The agency is named near the figure or not at all: look back a few sentences
      // for the same noun, fewer for a related one.
      if (++n > (sameNoun ? LOOKBACK : 3)) break;
      for (const m of personnelNouns(p)) {
        const w = m[1].toLowerCase();
        const plural = w.replace(/s?$/, 's');
        if (sameNoun && plural !== noun && w !== noun) continue;
        // Troops are not agents: a related noun must be of the same kind.
        if (!sameNoun && MILITARY.test(plural) !== military) continue;
        const s = m.index;
        const e = s + m[0].length;
        // "<agency> agents" (agency right before the noun, modifiers allowed)
        const before = [...p.mentions].reverse().find((x) => x.end <= s);
        if (before && /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/.test(p.text.slice(before.end, s)) && !isRecipient(p.text, before)) return [...before.ids];
        const after = listAfter(p.text, p.mentions, e);
        if (after.length) return uniq(after);
      }
    }
  }
  return [];
}

/** The nearest earlier sentence's actor ("The Coast Guard is expanding. It will add 200 officers."). */
function previousActor(prevs: EntityContext['previous']): string[] {
  // "It" points to the latest actor: the nearest earlier sentences that name one (a few at most).
  let n = 0;
  for (const p of prevs) {
    if (++n > 3) break;
    const actors = p.mentions.filter((e) => !isRecipient(p.text, e));
    if (actors.length) return [...actors[0].ids];
  }
  return [];
}

/**
 * The part of the publisher a release is speaking of: the nearest name, in this sentence or a
 * few before it, that is the publisher or one of its components (an ice.gov release on an ERO
 * operation → ERO; a dhs.gov page on ICE arrests → ICE). The publisher itself when none is named.
 */
function publisherFocus(publisher: string, gaz: Gazetteer | undefined, here: EntityMention[], prevs: EntityContext['previous']): string {
  if (!gaz) return publisher;
  if (isStatePublisher(publisher)) return stateFocus(gaz, here, prevs);
  const ours = (e: EntityMention) => e.ids.length === 1 && (e.ids[0] === publisher || ancestors(e.ids[0], gaz).includes(publisher));
  const hit = here.find(ours);
  if (hit) return hit.ids[0];
  let n = 0;
  for (const p of prevs) {
    if (++n > LOOKBACK) break;
    const found = [...p.mentions].reverse().find((e) => ours(e) && !isRecipient(p.text, e));
    if (found) return found.ids[0];
  }
  return publisher;
}

// "the state has transported:", "Texas has decreased …": the state government itself as the actor.
const STATE_ITSELF = new RegExp(String.raw`\bthe\s+state\b(?!\s+(?:of\b|[A-Z]))|\b(?:${US_STATES.map((n) => n.replace(/ /g, '\\s+')).join('|')})\s+(?:has|have|had|is|was|will)\s+[a-z]`, 'g');

/** Whether `text` names the state government itself as an actor ("the state has", "Texas has"). */
export function namesStateItself(text: string): boolean {
  STATE_ITSELF.lastIndex = 0;
  return STATE_ITSELF.test(text);
}

/** A state's force or Guard (state and guard kinds, a named state's law enforcement). */
function isStateActor(id: string, gaz: Gazetteer): boolean {
  const kind = gaz.byId.get(id)?.kind;
  return kind === 'state' || kind === 'guard' || ancestors(id, gaz).some((a) => gaz.byId.get(a)?.kind === 'state');
}

/**
 * A state government's release speaks of the state force or Guard it names nearest (a state
 * military department's page on its Guard → National Guard), or of the state itself when the
 * nearest actor is the state ("the state has transported: …") or none is named.
 */
function stateFocus(gaz: Gazetteer, here: EntityMention[], prevs: EntityContext['previous']): string {
  const hit = here.find((e) => e.ids.length === 1 && isStateActor(e.ids[0], gaz));
  if (hit) return hit.ids[0];
  let n = 0;
  for (const p of prevs) {
    if (++n > LOOKBACK) break;
    const found = [...p.mentions].reverse().find((e) => e.ids.length === 1 && isStateActor(e.ids[0], gaz) && !isRecipient(p.text, e));
    // The state named as actor after that force ("…, the state has transported:") is the nearer one.
    const tail = found ? p.text.slice(found.end) : p.text;
    if (namesStateItself(tail)) return STATE_AGENCIES;
    if (found) return found.ids[0];
  }
  return STATE_AGENCIES;
}

export interface OwnerContext extends EntityContext {
  gazetteer?: Gazetteer;
  /** The agency that publishes the article itself (publisherOf), or null. */
  publisher?: string | null;
  /** Where the figure's sentence starts in `text` (the clause may start later). */
  sentenceStart?: number;
}

const GUARD = 'National Guard';

// "the multi-agency effort has led to 500 arrests": every agency the sentence before names as acting.
const JOINT_EFFORT = /\b(?:the|this|that|our|their)\s+(?:multi-?agency|inter-?agency|joint|combined)\s+(?:effort|operation|mission|initiative|campaign|partnership)\b/i;

function jointEffortOwner(ctx: OwnerContext, numStart: number): string[] {
  if (!JOINT_EFFORT.test(ctx.text.slice(ctx.sentenceStart ?? 0, numStart))) return [];
  let n = 0;
  for (const p of ctx.previous) {
    if (++n > 3) break;
    const actors = p.mentions.filter((e) => !isRecipient(p.text, e));
    if (actors.length >= 2) return uniq(actors.flatMap((e) => e.ids));
  }
  return [];
}

// "Less than a month into this operation, 192 smugglers …": "this operation" is the effort the
// sentences before named with its owner ("as part of HSI's efforts", "an HSI-led operation"), not
// whoever was the subject there (DHS surged personnel as part of HSI's efforts).
const THIS_EFFORT = /\b(?:this|that|the)\s+(?:(?:ongoing|new|current)\s+)?(?:operation|effort|initiative|campaign|surge)\b/i;
const EFFORT_AFTER = /^(?:['’]s)?\s+(?:(?:ongoing|new|current|joint|enforcement|targeted)\s+)?(?:operations?|efforts?|initiatives?|campaigns?)\b|^-led\b/i;
function effortOwner(ctx: OwnerContext, numStart: number): string[] {
  if (!THIS_EFFORT.test(ctx.text.slice(ctx.sentenceStart ?? 0, numStart))) return [];
  let n = 0;
  for (const p of ctx.previous) {
    if (++n > 2) break;
    const owners = p.mentions.filter((e) => EFFORT_AFTER.test(p.text.slice(e.end, e.end + 40)) && (e.possessive || !/^['’]s/.test(p.text.slice(e.end))));
    if (owners.length === 1) return [...owners[0]!.ids];
  }
  return [];
}

// "…, CBP said", "according to ICE": the speaker of a figure, not its grammatical owner.
const SPEAKER_AFTER = /^\s*(?:officials?\s+|leadership\s+|spokesperson\s+|data\s+|figures\s+|statistics\s+)?(?:said|says|reported|reports|announced|announces|argues|argued|stated|noted|told|estimated|estimates)\b/i;
const SPEAKER_BEFORE = /\b(?:according\s+to|data\s+from|figures\s+from|statistics\s+from|(?:spokes(?:man|woman|person)|chief|director|commander)\s+(?:for|of|at))\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,2}$/i;

/** A service-member noun with no agency named: "1,000 soldiers" → Army (from the yaml's `nouns`). */
function serviceOwner(unit: UnitResult | null, gaz: Gazetteer | undefined): string[] {
  if (!unit || !gaz) return [];
  const noun = unit.unit.replace(/ per .+$/, '').toLowerCase();
  const one = gaz.nounOwner.get(noun);
  if (one) return [one];
  // "300 soldiers and airmen": each noun its service, when every noun names one.
  const parts = unit.coordinated ? coordinatedServices(unit, gaz) : [];
  return parts.length === noun.split(' and ').length ? parts : [];
}

/** The services the nouns of a coordinated unit name ("marines and sailors" → USMC, Navy). */
function coordinatedServices(unit: UnitResult, gaz: Gazetteer | undefined): string[] {
  if (!gaz) return [];
  return unit.unit
    .replace(/ per .+$/, '')
    .toLowerCase()
    .split(' and ')
    .flatMap((n) => gaz.nounOwner.get(n.trim()) ?? []);
}

export function findEntity(ctx: EntityContext, numStart: number, numEnd: number, unit: UnitResult | null, clauseStart: number): string[] {
  return findOwner(ctx, numStart, numEnd, unit, clauseStart).ids;
}

export function findOwner(ctx: OwnerContext, numStart: number, numEnd: number, unit: UnitResult | null, clauseStart: number): Owner {
  const base = ownerOf(ctx, numStart, numEnd, unit, clauseStart);
  // "150 [patrols] that were jointly carried out with CBP": the text says the figure is shared.
  const joint = JOINT_AFTER.exec(ctx.text.slice(numEnd, numEnd + 80));
  if (!joint || !base.ids.length) return base;
  const partners = listAfter(ctx.text, ctx.mentions, numEnd + joint.index + joint[0].length, true);
  return partners.length ? owner([...base.ids, ...partners], base.method) : base;
}
// An event done jointly, before the next figure ("working together with CBP" is support, not a share).
const JOINT_AFTER = /^[^.;\d]*?\b(?:jointly\s+(?:[\w-]+\s+){0,3}?|(?:conducted|carried\s+out|made|performed|undertaken)\s+together\s+)with\s+(?:the\s+)?/i;

function ownerOf(ctx: OwnerContext, numStart: number, numEnd: number, unit: UnitResult | null, clauseStart: number): Owner {
  const { text, mentions } = ctx;
  const gaz = ctx.gazetteer;
  const att = attached(text, mentions, numStart, numEnd, unit, gaz);
  if (att.ids.length) return unit?.coordinated ? general(att, gaz) : specific(att, gaz);
  // Money goes to whoever receives it ("$45 billion for ICE"); people and events belong to who acts.
  const money = unit?.family === 'money';
  const free = mentions.filter((e) => (money || !isRecipient(text, e)) && !(e.start >= numEnd && unit?.start != null && e.end <= unit.start));
  // 4. the clause before the number: after a reporting verb's "that" ("Noem announced that … 20,000"),
  // and not a name an earlier figure owns ("1,600 personnel from the Army … joining 2,500 service members").
  const before = text.slice(clauseStart, numStart);
  const said = before.includes('that') ? lastMatchEnd(SAID_THAT, before) : -1;
  const subjectStart = said >= 0 ? clauseStart + said : clauseStart;
  // Only between people: troops from the Army joining 2,500 others are not the others' owner,
  // while "500 agents from CBP made 1,000 arrests" are CBP's arrests.
  const owned = unit?.family === 'personnel' ? ownedByEarlierCount(text, free, subjectStart) : new Set<EntityMention>();
  const clause = free.filter((e) => e.start >= subjectStart && e.end <= numStart && !owned.has(e));
  if (clause.length) {
    // "NORTHCOM said 2,000 troops …": a speaker, not a grammatical owner.
    const speaking = clause.every((e) => SPEAKER_AFTER.test(text.slice(e.end, e.end + 40)));
    const subject = specific(owner(clause.flatMap((e) => e.ids), speaking ? 'source' : 'subject'), gaz);
    // "DHS saw a 20 percent reduction in apprehensions": a department that sees or reports a
    // measure its component publishes speaks of the component's figure.
    // A department that made the events itself ("DHS made 24 percent more apprehensions") owns them.
    const acted = ACTED_VERB.test(text.slice(clause.at(-1)!.end, numStart));
    const m = gaz && subject.ids.length === 1 && !acted ? measureOwner(text, numStart, numEnd, unit, ctx.previous) : undefined;
    if (m && gaz && ancestors(m, gaz).includes(subject.ids[0])) return owner([m], 'measure');
    return subject;
  }
  // The counted noun names its service ("soldiers", "sailors", "Marines", "airmen", "Guardsmen").
  const service = serviceOwner(unit, ctx.gazetteer);
  // A state has no army: the soldiers and airmen a state government's page speaks of are its Guard,
  // and so are those of the Guard's own page (a state military department's).
  if (service.length && (isStatePublisher(ctx.publisher) || ctx.publisher === GUARD) && gaz?.byId.has(GUARD)) return owner([GUARD], 'service');
  if (service.length) return owner(service, 'service');
  const joint = jointEffortOwner(ctx, numStart);
  if (joint.length) return owner(joint, 'anaphor');
  const effort = effortOwner(ctx, numStart);
  if (effort.length) return owner(effort, 'anaphor');
  // A state government's release naming the state itself as the actor ("Texas has decreased
  // crossings by 85%"): the state's figure, not the measure's federal publisher.
  if (isStatePublisher(ctx.publisher) && namesStateItself(text.slice(clauseStart, numStart))) return owner([STATE_AGENCIES], 'publisher');
  // 5. anywhere else in the sentence, nearest first: a speaker ("…, CBP said") before a bare mention
  const rest = free
    .filter((e) => e.start >= numEnd || e.end <= numStart)
    .sort((a, b) => dist(a, numStart, numEnd) - dist(b, numStart, numEnd));
  const speaker = rest.find((e) => SPEAKER_AFTER.test(text.slice(e.end, e.end + 40)) || SPEAKER_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start)));
  if (speaker) return owner(speaker.ids, 'source');
  // 6. the publisher of the measure; a share of it ("encounters … down 2.4%") too
  const measure = measureOwner(text, numStart, numEnd, unit, ctx.previous);
  if (measure) return owner([measure], 'measure');
  if (unit) {
    // 7. the article so far
    const ctxOwner = contextOwner(ctx.previous, unit);
    if (ctxOwner.length) return owner(ctxOwner, 'context');
    // An earlier sentence's agency only when this one points back to it ("It will add …").
    if (unit.family !== 'money' && unit.family !== 'share' && ANAPHOR.test(text.slice(clauseStart, numStart))) {
      const prev = previousActor(ctx.previous);
      if (prev.length) return owner(prev, 'anaphor');
    }
  }
  // 8. the article's own publisher: a release speaks of its own work unless a name is tied to the figure
  if (ctx.publisher) return owner([publisherFocus(ctx.publisher, gaz, rest, ctx.previous)], 'publisher');
  // 9. last resort: the nearest mention in the sentence
  if (rest.length) return owner(rest[0].ids, 'nearest');
  return NONE;
}

// Verbs of doing the counted events (not of seeing or reporting a measure).
// Only the verb whose object is this figure ("CBP conducted 37,119 actions, including 30,068
// apprehensions" leaves the parts of the breakdown to their components).
const ACTED_VERB = /^\s*(?:also\s+)?(?:made|makes|conducted|conducts|carried\s+out|performed|effected)\s+(?:(?:about|nearly|almost|roughly|approximately|some|over|more\s+than|an\s+estimated)\s+)?$/i;
// Reporting verb + "that": what follows is the reported clause with its own subject.
// Telling someone ("notified the Bureau that governors …"): the one told is no owner of the clause.
const SAID_THAT = /\b(?:said|says|announced|announces|reported|reports|stated|noted|added|confirmed|(?:notified|notifies|informed|informs|told|tells|advised|advises|assured|assures|reminded|reminds)\s+(?:[\w.’'-]+\s+){1,6}?)\s*(?:on\s+\w+\s+)?that\s+/gi;
// A name in the "from …" list of an earlier count ("1,600 personnel from the U.S. Army and the
// U.S. Marine Corps are joining the 2,500 …") is that count's, not the subject of the next one.
const COUNT_THEN_PREP = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,])\s+(?:(?:[\w-]+\s+){0,3}(?:from|of)\s+(?:the\s+)?(?:U\.S\.\s+)?|(?:[\w-]+\s+){0,1})$/i;

function ownedByEarlierCount(text: string, mentions: EntityMention[], from: number): Set<EntityMention> {
  const out = new Set<EntityMention>();
  let prev: EntityMention | null = null;
  for (const e of mentions) {
    if (e.start < from) continue;
    const inList = prev !== null && out.has(prev) && LIST_SEP.test(text.slice(prev.end, e.start));
    if (inList || COUNT_THEN_PREP.test(text.slice(Math.max(from, e.start - 80), e.start))) out.add(e);
    prev = e;
  }
  return out;
}
/**
 * The agency that publishes the measure a figure counts, or a share of it, or undefined: the
 * unit's own noun (encounters → CBP), the noun a share is a change in ("a 60% decrease in
 * encounters"), else the measure named nearest before the share. Refined by what the text says
 * of it: between ports of entry is the Border Patrol's ground; an earlier sentence of the
 * article that gives the same measure an agency ("Border Patrol encounters are lower. The
 * daily average of encounters …") names whose it is.
 */
function measureOwner(text: string, numStart: number, numEnd: number, unit: UnitResult | null, prevs: EntityContext['previous']): string | undefined {
  if (!unit) return undefined;
  // "176,000+ assisted alien apprehensions": a count of the help given to the measure's agency is
  // the helper's work, not the measure (the publisher or the named helper owns it).
  if (unit.start !== null && unit.start >= numEnd && ASSISTED.test(text.slice(numEnd, unit.start + 1))) return undefined;
  let noun = unit.unit.replace(/ per .+$/, '');
  let nounEnd = unit.end ?? numEnd;
  if (!UNIT_OWNER[noun] && unit.family === 'share') {
    const own = SHARE_OF_MEASURE.exec(text.slice(numEnd, numEnd + 80));
    const nouns = allMatches(MEASURE_NOUN, text);
    const hit = own ? null : nouns.filter((n) => n.index < numStart).at(-1) ?? nouns[0];
    noun = own ? own[1].toLowerCase() : (hit?.[1].toLowerCase().replace(/s?$/, 's') ?? '');
    nounEnd = own ? numEnd + own.index + own[0].length : hit ? hit.index + hit[0].length : numEnd;
  } else if (!UNIT_OWNER[noun] && (unit.family === 'other' || unit.family === 'personnel') && unit.end !== null) {
    // "340,000 migrants have been apprehended along the border", "five migrants were allowed into
    // the U.S.": people a passive verb counts as the border's event are that measure's.
    const ev = BORDER_EVENT_AFTER.exec(text.slice(unit.end, unit.end + 100));
    if (ev) {
      const verb = (ev[1] ?? ev[2]).toLowerCase();
      noun = verb === 'apprehended' ? 'apprehensions' : verb === 'encountered' ? 'encounters' : 'releases';
      nounEnd = unit.end + ev.index + ev[0].length;
      // The pattern has already placed the release at the border or into the country.
      if (noun === 'releases') return BETWEEN_PORTS_OWNER;
    }
  }
  const after = text.slice(nounEnd, nounEnd + 60);
  if (BORDER_MEASURES.has(noun) && BETWEEN_PORTS.test(after)) return BETWEEN_PORTS_OWNER;
  // The mirror: encounters at the ports of entry are the Office of Field Operations' ground.
  if ((noun === 'encounters' || noun === 'crossings') && AT_PORTS.test(after)) return AT_PORTS_OWNER;
  // Releases at the border or into the country are the Border Patrol's (ICE releases from detention are not).
  if (noun === 'releases' && (RELEASED_AT_BORDER.test(after) || RELEASED_AT_BORDER.test(text.slice(numEnd, numEnd + 60)))) return BETWEEN_PORTS_OWNER;
  const published = UNIT_OWNER[noun];
  if (!published) return undefined;
  return earlierOwnerOfMeasure(noun, prevs) ?? published;
}

const ASSISTED = /^[+\s]*(?:[a-z-]+\s+)?(?:assisted|supported|aided)\s/i;
// "(a 60%) decrease in encounters", "(20 percent) reduction in apprehensions of …".
const SHARE_OF_MEASURE = /^\s*(?:%|percent|per\s+cent)?\s*(?:increase|decrease|drop|decline|reduction|rise|fall|jump|cut|growth)\s+in\s+(?:(?:the|total|unlawful|illegal|border|southwest|southern|nationwide|monthly|daily)\s+){0,3}(encounters|apprehensions|crossings|releases)\b/i;
const BORDER_MEASURES = new Set(['encounters', 'apprehensions', 'crossings', 'border crossings', 'releases']);
const BETWEEN_PORTS = /^[^.;]{0,30}?\bbetween\s+(?:the\s+)?ports\s+of\s+entry\b/i;
const BETWEEN_PORTS_OWNER = 'USBP';
const AT_PORTS = /^[^.;]{0,30}?\b(?:at|through)\s+(?:the\s+|official\s+|the\s+official\s+)?ports\s+of\s+entry\b/i;
const AT_PORTS_OWNER = 'OFO';
const RELEASED_AT_BORDER = /^[^.;]{0,30}?\b(?:(?:along|at|on)\s+the\s+(?:(?:southwest|southern|northern|U\.S\.-Mexico)\s+)?border|into\s+the\s+(?:U\.S\.|United\s+States|country|interior))/i;

/** The agency an earlier sentence (two at most) puts right before the same measure noun ("Border Patrol encounters"). */
function earlierOwnerOfMeasure(noun: string, prevs: EntityContext['previous']): string | undefined {
  let n = 0;
  for (const p of prevs) {
    if (++n > 2) break;
    for (const e of p.mentions) {
      if (e.ids.length !== 1 || isRecipient(p.text, e)) continue;
      const next = /^(?:['’]s)?\s+(?:(?:nationwide|southwest|border|total|monthly|daily)\s+)?([a-z]+)/i.exec(p.text.slice(e.end, e.end + 40));
      if (next && next[1].toLowerCase() === noun) return e.ids[0];
    }
  }
  return undefined;
}

const BORDER_EVENT_AFTER = /^\s*(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+)?|who\s+(?:were|was|have\s+been)\s+)(?:(apprehended|encountered|released|paroled)\s+(?:[a-z]+\s+){0,2}?(?:along|at|near|across|on)\s+the\s+(?:[A-Z]?[a-z]+\s+){0,2}?border\b|(?:temporarily\s+)?(released|paroled|allowed)\s+into\s+the\s+(?:U\.S\.|United\s+States|country|interior))/;
const MEASURE_NOUN = new RegExp(`\\b(${Object.keys(UNIT_OWNER).join('|')}|encounter|apprehension)\\b`, 'gi');

function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  for (const m of allMatches(re, s)) end = m.index + m[0].length;
  return end;
}

/** A combined owner keeps the most specific of a chain ("ICE Enforcement and Removal Operations (ERO)" → ERO). */
function specific(o: Owner, gaz: Gazetteer | undefined): Owner {
  if (!gaz || o.ids.length < 2) return o;
  const ids = o.ids.filter((id) => !o.ids.some((other) => other !== id && ancestors(other, gaz).includes(id)));
  return { ids, method: o.method };
}

/**
 * Two nouns counted together name two owners ("border patrol agents and CBP officers"): when one
 * is part of the other, the figure is the larger one's (CBP); otherwise both stay.
 */
function general(o: Owner, gaz: Gazetteer | undefined): Owner {
  if (!gaz || o.ids.length < 2) return o;
  const ids = o.ids.filter((id) => !ancestors(id, gaz).some((a) => o.ids.includes(a)));
  return { ids, method: o.method };
}

const CONFIDENCE: Record<AttributionMethod, AttributionConfidence> = {
  modifier: 'high',
  possessive: 'high',
  prepositional: 'high',
  assigned: 'high',
  subject: 'high',
  service: 'medium',
  source: 'medium',
  measure: 'medium',
  context: 'medium',
  anaphor: 'medium',
  publisher: 'medium',
  nearest: 'low',
  none: 'low',
};

/** How sure an owner found by `method` is; a combined list from a subject clause of several names is less sure. */
export function confidenceOf(o: Owner): AttributionConfidence {
  const c = CONFIDENCE[o.method];
  return o.method === 'subject' && o.ids.length > 1 ? 'medium' : c;
}

// "in Title 10 status", "federalized", "on federal orders" / "Title 32" / "state active duty".
const GUARD_STATUS: [RegExp, GuardStatus][] = [
  [/\bTitle\s+10\b|\bfederali[sz]ed\b|\bon\s+federal\s+(?:orders|status|active\s+duty)\b/i, 'title10'],
  [/\bTitle\s+32\b/i, 'title32'],
  [/\bstate\s+active[\s-]+duty\b|\bon\s+state\s+orders\b/i, 'state'],
];

/** The Guard's duty status a text states, or null when it states none or several. */
export function guardStatusOf(text: string): GuardStatus | null {
  const found = GUARD_STATUS.filter(([re]) => re.test(text)).map(([, s]) => s);
  return found.length === 1 ? found[0] : null;
}
function dist(e: EntityMention, s: number, t: number): number {
  return e.start >= t ? e.start - t : s - e.end;
}

/**
 * The component a release's lead names as its actor: the names that open the first sentence
 * (after a capitalised dateline) and come straight before its verb, when they come down to one
 * component of the publisher ("U.S. Customs and Border Protection (CBP) Air and Marine Operations
 * (AMO) detected …" on cbp.gov → AMO). Later figures the release gives its parent by a weak
 * rule ("a CBP aircrew detected …", a breakdown naming no one) are that component's own work,
 * as the publisher rule gives a release's unnamed figures to the publisher. Null otherwise.
 */
export function leadActor(text: string, mentions: EntityMention[], publisher: string | null | undefined, gaz: Gazetteer): string | null {
  if (!publisher || !mentions.length) return null;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // The dateline before the name: capitalised words only ("AGUADILLA, Puerto Rico –").
  if (/\b[a-z]/.test(text.slice(0, sorted[0]!.start))) return null;
  const run = [sorted[0]!];
  for (const e of sorted.slice(1)) {
    if (!/^[\s(),’'s]*$/.test(text.slice(run.at(-1)!.end, e.start))) break;
    run.push(e);
  }
  // The verb straight after the names ("… (AMO) detected"), not a title or an apposition.
  if (!/^[\s)]*(?:has\s+|have\s+|had\s+|will\s+|on\s+\w+\s+)?[a-z]+(?:ed|s)\b/.test(text.slice(run.at(-1)!.end))) return null;
  const ids = [...new Set(run.flatMap((e) => e.ids))];
  const own = ids.filter((id) => !ids.some((o) => o !== id && ancestors(o, gaz).includes(id)));
  if (own.length !== 1 || !ancestors(own[0]!, gaz).includes(publisher)) return null;
  return own[0]!;
}

// Rules that give a figure to a name only loosely tied to it (not a modifier, possessive or "from").
const LEAD_YIELDS = new Set<AttributionMethod>(['subject', 'context', 'publisher', 'anaphor']);

/** A figure given by a loose rule to a parent of the lead's component is the component's (see leadActor). */
export function withLeadActor(o: Owner, lead: string | null, gaz: Gazetteer): Owner {
  if (!lead || o.ids.length !== 1 || !LEAD_YIELDS.has(o.method) || !ancestors(lead, gaz).includes(o.ids[0]!)) return o;
  return { ids: [lead], method: o.method };
}
