// extract: sentences → claims (and destination places).
// Works per Sentence (sentence.text, offsets inside it). Inside a sentence the
// windows used for status, time and entity are cut at clause/sentence marks so the
// rules also hold when a "sentence" is a whole paragraph.
import type { Article, Claim, PlaceMention, QuantityRow, UnitFamily } from '../types.ts';
import { ancestors, defaultGazetteer, findEntities, publisherOf, topOf, type EntityMention, type Gazetteer } from '../reference/agencies.ts';
import { findNumbers } from './numbers.ts';
import { findUnit, lexUnit as findUnitWord, normaliseUnit, periodAfter, type UnitResult } from './units.ts';
import { confidenceOf, findOwner, guardStatusOf, leadActor, withLeadActor } from './entities.ts';
import { findQualifier } from './qualifier.ts';
import { findStatus, isNegated } from './status.ts';
import { findTimes, pickTime, resolveTime } from './time.ts';
import { allMatches } from './re.ts';
import { findQuantities, singular, tokenize, type FoundQuantity } from './quantities.ts';
import { changePct, contextVeto, promotionRule } from './quantities-promote.ts';
import type { Mention } from './numbers.ts';
import { definedAbbreviations, withAbbreviations } from './abbreviations.ts';
import { coordinatedUnit } from './coordination.ts';
import { changeSubject, FROM_BEFORE, HEDGE, levelSubject } from './range-ends.ts';
import { runOnItemStarts } from './run-on-items.ts';
import { findOfficeholders, withOfficeholders, type Officeholders } from './officeholders.ts';
import { leadingPeriod } from './frequency.ts';
import { tableCells, type TableCellClaim } from './text-tables.ts';
import { lowerButAcronyms } from '../text/normalize.ts';
export { extractPlaces } from './places.ts';

// Sentence ends inside a text ("… said. Other agents …"), not after abbreviations.
const SENT_END = /(?<!\b(?:U\.S|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]))[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
const CLAUSE_END = /;\s+|\s+[—–]\s+/g;

function boundaries(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of allMatches(re, text)) out.push(m.index + m[0].length);
  return out;
}

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  /** Read the headline and dek too (default true; false inside the headline's own pass). */
  headline?: boolean;
}

export interface Extraction {
  claims: Claim[];
  /** Every quantity, with whether it became a claim and why (the quantities dataset). */
  quantities: QuantityRow[];
}

export function extractClaims(article: Article, opts: ExtractOptions = {}): Claim[] {
  return extractArticle(article, opts).claims;
}

export function extractArticle(article: Article, opts: ExtractOptions = {}): Extraction {
  const gaz = opts.gazetteer ?? defaultGazetteer();
  const sentences = article.paragraphs.flatMap((p) => p.sentences);
  const paraOf = new Map(article.paragraphs.flatMap((p, pi) => p.sentences.map((x) => [x.id, pi] as const)));
  const entityCache = new Map<number, EntityMention[]>();
  const rawCache = new Map<number, EntityMention[]>();
  const gazetteerMentions = (i: number) => {
    let e = rawCache.get(i);
    if (!e) rawCache.set(i, (e = findEntities(sentences[i].text, gaz)));
    return e;
  };
  const publisher = forceOfBureau(publisherOf(article, gaz), gaz) ?? reportSubject(article, sentences, gaz, gazetteerMentions);
  // Short forms the article defines ("Border Patrol (BP)"), read from the sentences with a bracket
  // when the first figure needs an owner.
  const abbr = once(() =>
    definedAbbreviations(
      sentences.flatMap((x, i) => (x.text.includes('(') ? [{ text: x.text, mentions: gazetteerMentions(i) }] : [])),
      gaz.acronymSet,
    ),
  );
  // Officeholders introduced with their agency ("Border Patrol Chief Michael Banks"): their name
  // alone later stands for it (officeholders.ts); read from the sentences that name a title.
  const holders = once(() =>
    findOfficeholders(sentences.flatMap((x, i) => (OFFICE_TITLE.test(x.text) ? [{ text: x.text, mentions: gazetteerMentions(i) }] : []))),
  );
  // The section heading of a paragraph; a heading on the text's first line is kept as a paragraph
  // by the structurer (it only sees headings between paragraphs), so a short paragraph of a few
  // words with no sentence end before this one counts too ("ARMY" over a contract list).
  const headingOf = (pi: number): string | null => {
    const own = article.paragraphs[pi]?.section;
    if (own) return own;
    for (let j = pi - 1; j >= 0; j--) {
      const t = article.paragraphs[j].text.trim();
      if (t.split(/\s+/).length <= 5 && !/[.!?:;,\d]/.test(t)) return t;
    }
    return null;
  };
  const headingCache = new Map<string, string | null>();
  const sectionOwner = (section: string | null): string | null => {
    if (!section) return null;
    if (!headingCache.has(section)) {
      // Only a short heading wholly taken by one agency's name ("ARMY", "Navy", "DEFENSE LOGISTICS AGENCY").
      const name = section.trim();
      const words = name.split(/\s+/);
      const title = words.map((w) => (/^[A-Z]{4,}$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
      const found = words.length <= 5 ? findEntities(title, gaz) : [];
      const one = found.length === 1 && found[0].ids.length === 1 && found[0].start === 0 && found[0].end >= title.length - 1 ? found[0].ids[0] : null;
      headingCache.set(section, one);
    }
    return headingCache.get(section)!;
  };
  const entitiesOf = (i: number) => {
    let e = entityCache.get(i);
    if (!e) entityCache.set(i, (e = withOfficeholders(sentences[i].text, withAbbreviations(sentences[i].text, gazetteerMentions(i), abbr()), holders())));
    return e;
  };
  // One context entry per earlier sentence for the whole article: entities.ts caches by the entry.
  const previousEntries = new Map<number, { text: string; mentions: EntityMention[] }>();
  const previousOf = (j: number) => {
    let p = previousEntries.get(j);
    if (!p) previousEntries.set(j, (p = { text: sentences[j].text, mentions: entitiesOf(j) }));
    return p;
  };
  // The context before sentence si for the owner rules: `nearer` first, then the earlier sentences,
  // computed lazily only when the nearer ones name nobody (re-iterable).
  const contextBefore = (si: number, nearer: { text: string; mentions: EntityMention[] }[] = []): Iterable<{ text: string; mentions: EntityMention[] }> => ({
    *[Symbol.iterator]() {
      yield* nearer;
      for (let j = si - 1; j >= 0; j--) yield previousOf(j);
    },
  });
  // The component the release's lead names as its actor (computed at the first owner needed).
  const lead = once(() => (sentences.length ? leadActor(sentences[0]!.text, entitiesOf(0), publisher, gaz) : null));
  const claims: Claim[] = [];
  const rows: QuantityRow[] = [];
  // A table cell's claim: its owner is found as for a figure of the table's measure (apprehensions →
  // USBP) with the sentences before the table as context; status and qualifier are a table's: reported, exact.
  const tableClaim = (si: number, c: TableCellClaim): Claim => {
    const s = sentences[si];
    const family = headFamily(c.unit) ?? 'other';
    const measure = c.measure ?? c.unit;
    const lookup = { unit: measure, family: headFamily(measure) ?? family, start: null, end: null, forward: false };
    const previous = contextBefore(si);
    const rowAgency = c.rowName ? agencyOfLabel(c.rowName) : null;
    const owner = rowAgency ? { ids: rowAgency, method: 'modifier' as const } : withLeadActor(findOwner({ text: s.text, mentions: [], previous, gazetteer: gaz, publisher, sentenceStart: 0 }, c.cell.start, c.cell.end, lookup, 0), lead(), gaz);
    const entity = owner.ids;
    const tops = [...new Set(entity.map((id) => topOf(id, gaz)))];
    const unitName = normaliseUnit(c.unit, [...entity, ...tops]);
    return {
      id: `${s.id}#n${c.index + 1}`,
      article: article.file,
      slug: article.slug,
      sentence_id: s.id,
      value: c.cell.value,
      value_high: null,
      unit: unitName,
      unit_family: family,
      entity,
      qualifier: 'exact',
      status: 'reported',
      time: c.time,
      time_resolved: c.time ? resolveTime(c.time, article.period) : null,
      subject: subjectOf(entity, c.rowName && !rowAgency ? `${unitName}, ${c.rowName}` : unitName, 'reported'),
      quote: s.text,
      start: c.cell.start,
      end: c.cell.end,
      display: c.cell.text,
      negated: c.cell.value === 0,
      fact_id: null,
      ...(c.shareOf ? { share_of: c.shareOf } : {}),
      attribution: owner.method,
      attribution_confidence: confidenceOf(owner),
      entity_top: tops,
      guard_status: null,
    };
  };
  // Head nouns of the sample a report says it reviewed ("inspections of six facilities"), with its
  // largest count: later counts of the same places ("held detainees in four facilities") are parts of it.
  const sampleNouns = new Map<string, number>();
  // Text tables (text-tables.ts): their rows' cells are claims of their own; the title is the
  // table paragraphs' heading when it starts at the table (not one the paragraph before shares).
  const tables = once(() =>
    tableCells(
      article.paragraphs,
      (pi) => {
        const own = article.paragraphs[pi]?.section ?? null;
        return own && own !== article.paragraphs[pi - 1]?.section ? own : null;
      },
      (label) => agencyOfLabel(label) !== null,
    ),
  );
  // A row label that is wholly one agency's name ("ICE", "Border Patrol").
  const agencyOfLabel = (label: string): string[] | null => {
    const found = findEntities(label, gaz);
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === label.length ? [...found[0]!.ids] : null;
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const text = s.text;
    const cells = /\d/.test(text) ? tables().get(paraOf.get(s.id) ?? -1) : undefined;
    if (cells) {
      const made = cells.map((c) => tableClaim(si, c));
      claims.push(...made);
      rows.push(...made.map((c, j) => tableQuantityRow(article, s, c, j)));
      continue;
    }
    // Cheap gate: no digit and no number word → nothing to do.
    if (!/\d|\b(?:zero|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)/i.test(text)) continue;
    // The open-vocabulary layer (NLP on this sentence only); claims are promoted from it.
    const mentions: Mention[] = findNumbers(text);
    const found = findQuantities(text, mentions);
    const verdicts = found.map((q) => promotionRule(q, text));
    const openReason = new Map<FoundQuantity, string>();
    const claimsBefore = claims.length;
    for (const [j, q] of found.entries()) {
      if (!q.unit || q.family !== 'places' || !verdicts[j].veto || !verdicts[j].reason.includes('sample reviewed')) continue;
      const noun = singularUnit(q.unit);
      sampleNouns.set(noun, Math.max(q.value, sampleNouns.get(noun) ?? 0));
    }
    // "zero escapes", "no releases": zero counts the number scanner does not read (appended, so
    // the ids of the other claims in the sentence stay as they were).
    for (const [j, q] of found.entries()) {
      if (q.value === 0 && verdicts[j].candidate && !mentions.some((m) => m.start < q.end && m.end > q.start)) {
        mentions.push({ kind: 'quantity', text: q.text, value: 0, valueHigh: null, start: q.start, end: q.end, currency: null, percent: false, words: true });
      }
    }
    // "flew 54 hours": hours the promotion rule reads as work done are counted like any quantity.
    for (const [j, q] of found.entries()) {
      if (q.kind !== 'duration' || !verdicts[j].candidate) continue;
      for (const [k, m] of mentions.entries()) if (m.kind === 'duration' && m.start >= q.start && m.end <= q.end) mentions[k] = { ...m, kind: 'quantity' };
    }
    if (!mentions.some((m) => m.kind === 'quantity')) {
      rows.push(...quantityRows(article, s.id, text, found, verdicts, [], openReason));
      continue;
    }
    // Computed at the first figure with a unit (many sentences have none).
    // The items of a run-on fact-sheet list are sentences of their own (run-on-items.ts).
    const items = once(() => runOnItemStarts(text));
    const context = once(() => {
      const sentEnds = [...boundaries(text, SENT_END), ...items()].sort((a, b) => a - b);
      const clauseEnds = [...sentEnds, ...boundaries(text, CLAUSE_END)].sort((a, b) => a - b);
      return { sentEnds, clauseEnds, times: findTimes(text), mentionsE: entitiesOf(si) };
    });
    let lastUnit: ReturnType<typeof findUnit> = null;
    let lastEnd = -1;
    let lastStart = -1;
    let lastOpen: ReturnType<typeof findUnit> = null;
    let lastOpenEnd = -1;
    let lastOpenStart = -1;
    // The noun of the nearest counted figure before, lexicon or open ("46 men", "seven women").
    let lastAny: ReturnType<typeof findUnit> = null;
    let lastAnyEnd = -1;
    const sentIndex = (c: Claim) => sentences.findIndex((x) => x.id === c.sentence_id);
    mentions.forEach((m, k) => {
      if (m.kind !== 'quantity' || m.value === null) return;
      // A unit is never taken from a neighbouring item of a run-on list.
      const itemStart = Math.max(0, ...items().filter((b) => b <= m.start));
      if (itemStart > 0) {
        if (lastEnd < itemStart) lastUnit = null;
        if (lastAnyEnd < itemStart) lastAny = null;
        if (lastOpenEnd < itemStart) lastOpen = null;
      }
      const q = found.find((x) => x.start <= m.start && x.end >= m.end);
      const qi = q ? found.indexOf(q) : -1;
      if (q && verdicts[qi].veto) return;
      // A number the quantity layer did not read ("Recommendation 1:", a page number) gets the same context vetoes.
      if (!q && contextVeto(text, m.start, m.end)) return;
      // A person's predicate right after the number: any unit noun after it is not what it counts.
      const standsForPeople = PEOPLE_PREDICATE.test(text.slice(m.end, m.end + 40));
      let unit = standsForPeople ? null : findUnit(text, m);
      if (unit) unit = coordinatedUnit(text, unit) ?? unit;
      // "total apprehensions …, between ports of entry, numbered 408,870": a level's subject is what
      // the number counts, not a noun borrowed from the phrase before it (range-ends.ts).
      if ((!unit || (!unit.forward && unit.start !== null)) && !m.percent && !m.currency) {
        const subject = levelSubject(text.slice(Math.max(0, m.start - 200), m.start));
        if (subject) unit = unitNamed(subject);
      }
      // A bare number borrowing a noun from before an earlier counted figure takes that figure's
      // noun, the nearer one: "arrested 40 people, including nine with records" counts people.
      if (unit && !unit.forward && unit.start !== null && lastUnit && lastEnd > unit.start && lastUnit.family !== 'money' && lastUnit.family !== 'share' && m.start - lastEnd < 80) {
        unit = { ...lastUnit, start: null, end: null, forward: false };
      }
      // Open vocabulary: a count of a noun the unit lexicon does not know ("1,200 inspections",
      // "64 warrants") when the promotion rule accepts it. An owner is not required: on the
      // government corpus that cut recall from 0.85 to 0.60 for little precision (labelled
      // claims of courts, districts and crop reports name no agency).
      // "124 face allegations of …", "115 are charged with …": a number standing for people who
      // face a charge counts defendants (what a person charged is, whatever noun came before).
      if (!unit && standsForPeople) unit = { unit: 'defendants', family: 'other', start: null, end: null, forward: false };
      // "Of those apprehended, 20 have been convicted …": a number standing for people something was
      // done to takes the people noun counted just before ("arrested 48 illegal aliens").
      // "26 migrants were found, 19 claimed to be from Cuba", "46 men of which 36 claimed to be …": a
      // claim of who one is counts the people of the figure just before (a part of them).
      if (!unit && IDENTITY_CLAIM.test(text.slice(m.end, m.end + 40))) {
        const near = lastAny && lastAny.family !== 'money' && lastAny.family !== 'share' && m.start - lastAnyEnd < 80 ? lastAny.unit : null;
        const noun = near ?? earlierPeopleNoun(sentences, si, m.start);
        if (noun) unit = { unit: noun, family: near ? lastAny!.family : 'other', start: null, end: null, forward: false };
      }
      if (!unit && PERSON_PREDICATE.test(text.slice(m.end, m.end + 40))) {
        const noun = earlierPeopleNoun(sentences, si, m.start);
        if (noun) unit = { unit: noun, family: 'other', start: null, end: null, forward: false };
      }
      // "beyond the 1,200 authorized for this mission": a bare number a staffing participle follows
      // counts the personnel noun the text named just before ("Guard members have worked …").
      if (!unit && STAFFING_PARTICIPLE.test(text.slice(m.end, m.end + 30)) && /\bthe\s+(?:(?:about|nearly|almost|some|roughly|approximately)\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start))) {
        const noun = earlierNoun(sentences, si, m.start, PERSONNEL_NOUN_NEAR);
        if (noun) unit = { unit: noun, family: 'personnel', start: null, end: null, forward: false };
      }
      // "Of the 19 arrested, six are females": the predicate noun names what the number counts.
      if (!unit) {
        const pred = PREDICATE_NOUN.exec(text.slice(m.end, m.end + 40));
        if (pred && isPluralNoun(text, m.end + pred[0].length - pred[1].length, m.end + pred[0].length)) {
          unit = unitNamed(pred[1].toLowerCase());
        }
      }
      // "one of more than 1,900 considered a Level 1 offender": the class a bare number is put in names what it counts.
      if (!unit && !m.percent && !m.currency) {
        const cls = CLASSED_AS.exec(text.slice(m.end, m.end + 60));
        if (cls) unit = unitNamed(pluralOf(cls[1]), cls[1]);
      }
      // "a group of approximately 3,500 traveling through …": a participle is no counted noun; the
      // noun is elided and is the people the text counted or grouped just before ("groups of migrants").
      if (!unit && q?.unit && /^[a-z]+ing$/.test(q.unit) && !findUnitWord(q.unit) && new RegExp(`^\\s+${q.unit}\\b`).test(text.slice(m.end))) {
        const noun = earlierPeopleNoun(sentences, si, m.start) ?? earlierNoun(sentences, si, m.start, PEOPLE_GROUP);
        if (noun) unit = { unit: noun, family: 'other', start: null, end: null, forward: false };
      }
      let open = false;
      if (!unit && q && verdicts[qi].candidate && q.unit && !q.per && ['other', 'events', 'personnel', 'places', 'distance', 'measure', 'duration'].includes(q.family) && (q.value_high === null || q.from !== null)) {
        // An area promoted as an extent ("covering 89,000 square miles") is charted with the distances;
        // hours promoted as work done ("81,045 flight hours") are a count of their own kind.
        const family = (q.family === 'measure' ? 'distance' : q.family === 'duration' ? 'other' : q.family) as UnitFamily;
        // "the five HSI areas of responsibility": an agency's short form leading the noun phrase is
        // the owner (read by the modifier rule), not part of what is counted.
        const lead = /^([A-Z]{2,6})\s+(?=\S)/.exec(q.unit);
        const written = lead && gaz.acronymSet.has(lead[1]) ? q.unit.slice(lead[0].length) : q.unit;
        unit = { unit: lowerButAcronyms(written), family, start: m.end, end: m.end + q.unit.length, forward: true };
        open = true;
        // "7 known or suspected terrorists every day": a noun the lexicon does not know keeps the
        // period written after it, as lexicon nouns do (units.ts).
        const at = text.indexOf(q.unit, m.end);
        const per = family === 'other' && at >= 0 && at - m.end < 4 ? periodAfter(text, at + q.unit.length) : null;
        if (per) unit = { ...unit, unit: `${unit.unit} per ${per}`, family: 'rate' };
      } else if (!unit && q && verdicts[qi].candidate && q.unit && q.value_high === null && ((q.per && q.family === 'other') || q.unit_normalized === 'percentage point')) {
        // "188.8 bushels per acre" (a rate of a noun the lexicon does not know), "6 percentage points".
        const written = q.unit.toLowerCase();
        unit = q.per ? { unit: `${written} per ${q.per}`, family: 'rate', start: m.end, end: m.end + q.unit.length, forward: true } : { unit: written, family: 'share', start: m.end, end: m.end + q.unit.length, forward: true };
        open = true;
      }
      // "7 … terrorists every day, 50 every week, and 2,500 every year": a bare item of a rate list
      // counts the noun of the item before it, each with the period written after it.
      const ownPeriod = !unit && lastAny && lastAny.family !== 'money' && lastAny.family !== 'share' && m.start - lastAnyEnd < 80 && /,\s*(?:and\s+|or\s+)?(?:(?:about|nearly|almost|over|some|more\s+than)\s+)?$/.test(text.slice(lastAnyEnd, m.start)) ? periodAfter(text, m.end) : null;
      if (ownPeriod) unit = { unit: `${lastAny!.unit.replace(/ per \w+$/, '')} per ${ownPeriod}`, family: 'rate', start: null, end: null, forward: false };
      // "602 in Arizona, followed by California with 274, Texas with 283 and Utah with 84": the
      // "Place with N" items of a ranking count the noun of the lead figure.
      if (!unit && lastAny && lastAny.family !== 'money' && lastAny.family !== 'share' && m.start - lastAnyEnd < 120 && WITH_ITEM.test(text.slice(lastAnyEnd, m.start))) {
        unit = { ...lastAny, start: null, end: null, forward: false };
      }
      // A bare number in a list after a counted one takes its unit:
      // "about 1,800 agents, including 600 from the FBI", "500 agents, and 200 more"; a noun the
      // lexicon does not know only through "including" ("3,500 patrols, including more than 150 that …").
      if (!unit && lastUnit && lastUnit.family !== 'money' && lastUnit.family !== 'share' && m.start - lastEnd < 80 && INHERIT_AFTER.test(text.slice(m.end, m.end + 12))) {
        unit = { ...lastUnit, start: null, end: null, forward: false };
      }
      // "from approximately 80,000 members in 2003 to over 1.3 million": the new level of a change
      // counts the noun of its old level.
      if (!unit && lastUnit && lastUnit.family !== 'share' && m.start - lastEnd < 80 && FROM_BEFORE.test(text.slice(Math.max(0, lastStart - 40), lastStart)) && TO_GAP.test(text.slice(lastEnd, m.start))) {
        unit = { ...lastUnit, start: null, end: null, forward: false };
      }
      // "from roughly 170,000 cases to approximately 2.46 million": the same for a noun the lexicon does not know.
      if (!unit && lastOpen && lastOpen.family !== 'share' && m.start - lastOpenEnd < 80 && FROM_BEFORE.test(text.slice(Math.max(0, lastOpenStart - 40), lastOpenStart)) && TO_GAP.test(text.slice(lastOpenEnd, m.start))) {
        unit = { ...lastOpen, start: null, end: null, forward: false };
      }
      // "case referrals from DHS have risen, increasing from approximately 228,000 in FY 2016 to …":
      // no noun after the near end; the subject of the verb of change is what it counts (range-ends.ts),
      // and the far end then takes it from the near one (the rule above).
      if (!unit && !m.percent && !m.currency) {
        const subject = changeSubject(text.slice(Math.max(0, m.start - 160), m.start));
        if (subject) unit = unitNamed(subject);
      }
      if (!unit && lastOpen && m.start - lastOpenEnd < 40 && /^[^.;]*\bincluding\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|over\s+|some\s+)?$/i.test(text.slice(lastOpenEnd, m.start)) && /^\s*(?:that|who|which|were|of\s+them|[,.;)])/i.test(text.slice(m.end))) {
        unit = { ...lastOpen, start: null, end: null, forward: false };
      }
      // "the number of unemployed persons, at 5.8 million": the noun the clause names for the bare number.
      if (!unit && m.value !== null && !m.percent && !m.currency) {
        const named = NUMBER_OF.exec(text.slice(Math.max(0, m.start - 80), m.start));
        if (named) unit = unitNamed(named[1].toLowerCase());
      }
      // "13.2 million 480-pound bales": a measure glued to a second number describes the noun counted.
      if (!unit && m.value !== null) {
        const glued = /^\s+\d[\d,.]*-[a-z]+\s+([a-z]+s)\b/i.exec(text.slice(m.end, m.end + 40));
        if (glued) unit = unitNamed(glued[1].toLowerCase());
      }
      // "individuals in family units (451,087; 27%)": a figure in brackets counts the noun before them;
      // after a word fraction ("About two-thirds (1,063,285; 64%)") it counts what the figure before it did.
      if (!unit && m.value !== null && /^\s*[;,)]/.test(text.slice(m.end))) {
        const br = BRACKETED.exec(text.slice(Math.max(0, m.start - 60), m.start));
        if (br) {
          const noun = FRACTION_WORD.test(br[1]) ? null : nounBefore(br[1]);
          const prevClaim = claims.at(-1);
          if (noun) unit = { ...noun, start: null, end: null, forward: false };
          else if (FRACTION_WORD.test(br[1]) && prevClaim && prevClaim.article === article.file && ['events', 'personnel', 'other'].includes(prevClaim.unit_family) && si - sentIndex(prevClaim) <= 2) {
            unit = { unit: prevClaim.unit, family: prevClaim.unit_family, start: null, end: null, forward: false };
          }
        }
      }

      // The parts of a breakdown count the noun of the figure before them: "46 men, of which 36
      // claimed …", "and 10 others …" ("others" and "of which" point back; they name no noun).
      const partOf = lastAny && lastAny.family !== 'money' && lastAny.family !== 'share' && m.start - lastAnyEnd < 120 ? lastAny : null;
      if (partOf && (!unit || OTHERS.test(unit.unit)) && (unit || BREAKDOWN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))) {
        unit = { ...partOf, start: null, end: null, forward: false };
      }
      if (!unit) {
        if (q && verdicts[qi].candidate) openReason.set(q, 'no unit the claim rules accept');
        return;
      }
      if (!OTHERS.test(unit.unit)) {
        lastAny = unit;
        lastAnyEnd = m.end;
      }
      if (!open) {
        lastUnit = unit;
        lastStart = m.start;
        lastEnd = m.end;
      } else {
        lastOpen = unit;
        lastOpenStart = m.start;
        lastOpenEnd = m.end + (q?.unit?.length ?? 0) + 1;
      }
      const { sentEnds, clauseEnds, times, mentionsE } = context();
      const qf = findQualifier(text, m.start, m.end);
      // "Of the 19 arrested, …", "All of the 19 individuals": the whole an earlier figure gave, named again.
      if (BACK_REFERENCE.test(text.slice(Math.max(0, qf.start - 16), qf.start)) && claims.some((c) => c.article === article.file && c.value === m.value)) {
        if (q) openReason.set(q, 'restates an earlier figure ("of the 19 …")');
        return;
      }
      // "The four defendants sentenced in this case …": the definite article names again a count the
      // article already gave (same value, same noun).
      if (DEFINITE_BEFORE.test(text.slice(Math.max(0, qf.start - 8), qf.start)) && claims.some((c) => c.article === article.file && c.value === m.value && c.unit_family === unit!.family && singularUnit(c.unit) === singularUnit(unit!.unit))) {
        if (q) openReason.set(q, 'restates an earlier figure ("the four defendants …")');
        return;
      }
      // "The two defendants sentenced in this case were …": the definite article and "this case"
      // refer back to the people the release named ("A Texas woman and man"); not a new count.
      if (DEFINITE_BEFORE.test(text.slice(Math.max(0, qf.start - 8), qf.start)) && (unit.family === 'personnel' || unit.family === 'other') && IN_THIS_CASE.test(text.slice(m.end, m.end + 60))) {
        if (q) openReason.set(q, 'refers back to the defendants of the case ("the two defendants … in this case")');
        return;
      }
      // "stations within 25 miles of the border": a distance bound that places something, not a measure.
      if (unit.family === 'distance' && /\bwithin\s+(?:(?:about|roughly|some)\s+)?$/i.test(text.slice(Math.max(0, qf.start - 16), qf.start)) && /^\s+\S+\s+(?:of|from)\b/i.test(text.slice(m.end, m.end + 30))) {
        if (q) openReason.set(q, 'a distance bound ("within 25 miles of"), not a measure');
        return;
      }
      // "Nine bids were solicited with six bids received": a contract award's bid counts describe the
      // procurement, not the world (as a report's counts of its own sample do).
      if (BID_NOUN.test(unit.unit) && BID_VERB.test(text)) {
        if (q) openReason.set(q, "describes the procurement (a contract's bids)");
        return;
      }
      // "ordered to pay money judgments of $942,537 and $438,119": a penalty a court set for named
      // defendants, like their prison terms, is their sentence, not a measure of the world.
      if (m.currency && ORDERED_TO_PAY.test(text.slice(Math.max(0, qf.start - 80), qf.start))) {
        if (q) openReason.set(q, 'a penalty ordered for named defendants');
        return;
      }
      // "616,000 pounds of marijuana -- that's about 600 tons": the figure before, in another unit.
      const prevHere = claims.length > claimsBefore ? claims.at(-1)! : null;
      if (prevHere && prevHere.unit_family === unit.family && CONVERTIBLE.has(unit.family) && prevHere.unit !== unit.unit && CONVERSION_GAP.test(text.slice(prevHere.end, qf.start))) {
        if (q) openReason.set(q, 'restates the figure before it in another unit');
        return;
      }
      // A part of the sample is no larger than it ("CBP runs 200 facilities" is not a part of six).
      if (unit.family === 'places' && m.value <= (sampleNouns.get(singularUnit(unit.unit)) ?? -1)) {
        if (q) openReason.set(q, 'part of the sample the report reviewed');
        return;
      }
      // "eight ports of entry" a second time: places do not change within a release, so the same
      // count of the same places is the figure given before.
      if (unit.family === 'places' && claims.some((c) => c.article === article.file && c.value === m.value && c.unit === unit!.unit && c.sentence_id !== s.id)) {
        if (q) openReason.set(q, 'restates an earlier count of the same places');
        return;
      }
      // "… it would take 300 or more additional IJs … Hiring 300 IJs, however, would not …": a gerund
      // opening the sentence with the same count of the same noun as the sentence before puts that
      // figure to a scenario; it is not a count again ("All 800 troops should arrive" still is).
      if (COUNT_FAMILIES.has(unit.family) && GERUND_OPENING.test(text.slice(0, qf.start)) && claims.some((c) => c.article === article.file && c.value === m.value && c.unit_family === unit!.family && singularUnit(c.unit) === singularUnit(unit!.unit) && c.sentence_id !== s.id && paraOf.get(c.sentence_id) === paraOf.get(s.id) && si - sentIndex(c) === 1)) {
        if (q) openReason.set(q, 'restates the count of the sentence before');
        return;
      }
      const sentStart = Math.max(0, ...sentEnds.filter((b) => b <= m.start));
      // "Each day … CBP officers inspect 1.1 million travelers": the opening phrase makes a flow a
      // rate. Not headcounts (people on duty each day are a stock) nor shares.
      const leading = unit.family === 'personnel' || unit.family === 'share' || unit.family === 'rate' || q?.per ? null : leadingPeriod(text.slice(sentStart, qf.start));
      if (leading) unit = { ...unit, unit: `${unit.unit} per ${leading}`, family: 'rate' };
      const sentStop = Math.min(text.length, ...sentEnds.filter((b) => b > m.end));
      const clauseStart = Math.max(0, ...clauseEnds.filter((b) => b <= m.start));
      // Windows run between neighbouring counts (years and dates stay inside: "In FY2025, … 237,000").
      const prevEnd = Math.max(0, ...mentions.filter((x) => x.end <= m.start && isCount(x)).map((x) => x.end));
      const nextStart = Math.min(text.length, ...mentions.filter((x) => x.start >= m.end && isCount(x)).map((x) => x.start));
      const winStart = Math.max(sentStart, Math.min(prevEnd, qf.start));
      const winEnd = Math.min(sentStop, Math.max(nextStart, m.end));
      const window = { before: text.slice(winStart, qf.start), after: text.slice(m.end, winEnd) };
      const previous: { text: string; mentions: EntityMention[] }[] = [];
      if (sentStart > 0) previous.push({ text: text.slice(0, sentStart), mentions: mentionsE.filter((e) => e.end <= sentStart) });
      const lazyPrev = contextBefore(si, previous);
      let owner = findOwner({ text: text.slice(0, sentStop), mentions: mentionsE.filter((e) => e.start >= sentStart && e.end <= sentStop), previous: lazyPrev, gazetteer: gaz, publisher, sentenceStart: sentStart }, m.start, m.end, unit, Math.max(sentStart, clauseStart));
      owner = withLeadActor(owner, lead(), gaz);
      // A transcript's speaker turn ("RODNEY SCOTT: … we moved 1,200 agents"): "we" is the speaker's
      // agency, when the text introduced the speaker with it (officeholders.ts).
      if ((owner.method === 'publisher' || owner.method === 'none') && FIRST_PERSON.test(text.slice(Math.max(sentStart, clauseStart), qf.start))) {
        const speaker = speakerAgency(article.paragraphs[paraOf.get(s.id) ?? 0]?.text ?? '', holders());
        if (speaker) owner = { ids: speaker, method: 'anaphor' };
      }
      // A list under a heading that is only an agency's name ("ARMY" over a contract list): the
      // heading names the owner of its items when the sentence names none but the publisher.
      if (owner.method === 'publisher') {
        const heading = sectionOwner(headingOf(paraOf.get(s.id) ?? 0));
        if (heading && (heading === publisher || ancestors(heading, gaz).includes(publisher ?? ''))) owner = { ids: [heading], method: 'context' };
      }
      // Nobody named and no publisher: a bracketed breakdown of the figure before it in the
      // paragraph ("About two-thirds (1,063,285; 64%) involved single adults.") is that figure's owner's.
      const prevOwned = claims.at(-1);
      const bracketed = text.lastIndexOf('(', m.start) > text.lastIndexOf(')', m.start);
      if (owner.method === 'none' && bracketed && prevOwned && prevOwned.article === article.file && prevOwned.entity.length && paraOf.get(prevOwned.sentence_id) === paraOf.get(s.id) && si - sentIndex(prevOwned) <= 2) {
        owner = { ids: [...prevOwned.entity], method: 'context' };
      }
      // "agents were available about 43 percent of the time": a share of what the clause's people do
      // is theirs, with the owner the article gave the same people a few sentences before.
      if (owner.method === 'none' && unit.family === 'share') {
        const people = [...text.slice(Math.max(sentStart, clauseStart), qf.start).matchAll(PEOPLE_IN_CLAUSE)].at(-1);
        const noun = people?.[1].toLowerCase();
        const same = noun ? claims.findLast((c) => c.article === article.file && c.entity.length && singularUnit(c.unit) === singularUnit(noun) && si - sentIndex(c) <= 3) : undefined;
        if (same) owner = { ids: [...same.entity], method: 'context' };
      }
      // "All 1,200 troops should arrive by May": a figure the article already gave, with the owner
      // it was given there, when nothing in this sentence ties it to anyone (the same value and noun).
      // Counts only: a repeated share or sum ("up 10 percent", "$5 million") is often another measure's.
      if (WEAK_OWNER.has(owner.method) && COUNT_FAMILIES.has(unit.family)) {
        const same = claims.find((c) => c.article === article.file && c.value === m.value && c.unit_family === unit!.family && c.entity.length && !WEAK_OWNER.has(c.attribution ?? 'none') && singularUnit(c.unit) === singularUnit(normaliseUnit(unit!.unit, [...c.entity])));
        if (same) owner = { ids: [...same.entity], method: 'context' };
      }
      const entity = owner.ids;
      const guard = entity.includes('National Guard') ? guardStatusOf(text) : null;
      // Coordinated figures share the verb before the first one:
      // "has deployed 4,000 National Guard troops and 700 Marines".
      let status = findStatus(window, unit.family);
      if (status === 'reported' && winStart > clauseStart && /^[^.;:]*\b(?:and|or|plus|as\s+well\s+as|including)\s+$/.test(window.before)) {
        status = findStatus({ before: text.slice(Math.max(sentStart, clauseStart), qf.start), after: window.after }, unit.family);
      }
      const t = pickTime(times, winStart, winEnd, m.start);
      const tops = [...new Set(entity.map((id) => (id === 'National Guard' && guard === 'title10' ? 'DOD' : topOf(id, gaz))))];
      // Components (JTF-SB, ARNORTH) count as military through their top agency.
      const unitName = normaliseUnit(unit.unit, [...entity, ...tops]);
      claims.push({
        id: `${s.id}#n${k + 1}`,
        article: article.file,
        slug: article.slug,
        sentence_id: s.id,
        value: m.value,
        value_high: m.valueHigh,
        unit: unitName,
        unit_family: unit.family,
        entity,
        qualifier: qf.qualifier,
        status,
        time: t ? t.text.replace(/^(?:in|during|on|for)\s+/i, '') : null,
        time_resolved: t ? resolveTime(t.text, article.period) : null,
        subject: subjectOf(entity, unitName + materialOf(text, unit), status),
        quote: text,
        start: qf.start,
        end: m.end,
        display: text.slice(qf.start, m.end),
        negated: isNegated(window) || m.value === 0,
        fact_id: null,
        ...(q ? relations(q) : {}),
        ...(leading ? { per: leading } : {}),
        attribution: owner.method,
        attribution_confidence: confidenceOf(owner),
        // A federalised Guard (Title 10) answers to DoD; otherwise the Guard is its own top.
        entity_top: tops,
        guard_status: guard,
      });
    });
    // "In 2017, among 70,237 drug overdose deaths, 47,600 (67.8%) involved opioids": overdose
    // deaths are public-health statistics an agency's text cites (the CDC's), not its own work; when
    // the sentence names no agency, its figures that only the publisher rule owned are dropped.
    if (claims.length > claimsBefore && OVERDOSE.test(text) && CITED_HEALTH.test(text) && !entitiesOf(si).length) {
      const kept = claims.slice(claimsBefore).filter((c) => c.attribution !== 'publisher');
      for (const c of claims.slice(claimsBefore)) if (c.attribution === 'publisher') {
        const qi = found.findIndex((q) => c.end > q.start && c.end <= q.end);
        if (qi >= 0) openReason.set(found[qi]!, 'a cited public-health statistic (overdose deaths), no agency named');
      }
      claims.splice(claimsBefore, claims.length - claimsBefore, ...kept);
    }
    rows.push(...quantityRows(article, s.id, text, found, verdicts, claims.slice(claimsBefore), openReason));
  }
  if (opts.headline === false) return { claims, quantities: rows };
  const head = headlineExtraction(article, opts);
  // "192 criminal arrests in ongoing ICE operation" over a body that gives the 192 to HSI's
  // efforts: the headline names the parent, the body the component whose figure it is.
  const headClaims = head.claims.map((h) => {
    if (h.entity.length !== 1) return h;
    const body = claims.find((c) => c.value === h.value && c.entity.length === 1 && c.entity[0] !== h.entity[0] && ancestors(c.entity[0]!, gaz).includes(h.entity[0]!));
    return body ? ownedAs(h, body) : h;
  });
  // "…—94 Percent of All Confirmed Aliens in DOJ Custody" over a body's "94 percent of confirmed
  // aliens in custody": the owner the headline ties to the figure by its grammar stands for the
  // body's restatement, when the body's own sentence ties it to nobody that way.
  const bodyClaims = claims.map((c) => {
    if (GRAMMATICAL_OWNER.has(c.attribution ?? 'none')) return c;
    const h = head.claims.find((x) => x.value === c.value && x.unit_family === c.unit_family && singularUnit(x.unit) === singularUnit(c.unit) && GRAMMATICAL_OWNER.has(x.attribution ?? 'none') && x.entity.length);
    return h ? { ...ownedAs(c, h), subject: subjectOf(h.entity, c.unit, c.status) } : c;
  });
  return { claims: [...bodyClaims, ...headClaims], quantities: [...rows, ...head.quantities] };
}
/** `c` owned as `by` is, read from context (the headline's claim or the body's restating the same figure). */
function ownedAs(c: Claim, by: Claim): Claim {
  return { ...c, entity: [...by.entity], entity_top: [...(by.entity_top ?? [])], attribution: 'context', attribution_confidence: by.attribution_confidence };
}
/** Owners read from the figure's own phrase (its modifier, possessive, "from/of/in … custody", "assigned to"). */
const GRAMMATICAL_OWNER = new Set<string>(['modifier', 'possessive', 'prepositional', 'assigned']);

/**
 * The headline and dek lines of the text, each read on its own: their figures are claims marked
 * `from_headline`, also where the body restates them (both are sentences of the text, and the
 * corpora label both). Read after the body and apart from it, so a headline is never an earlier
 * sentence that a body figure borrows an owner or a noun from. A sidecar's headline is an
 * editor's wording, not the source's: it is not read.
 */
function headlineExtraction(article: Article, opts: ExtractOptions): Extraction {
  const claims: Claim[] = [];
  const quantities: QuantityRow[] = [];
  (article.textLines ?? []).forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    const id = `${article.slug}:h${i + 1}`;
    const alone: Article = { ...article, paragraphs: [{ id, text, section: null, sentences: [{ id, text, start: 0, end: text.length }] }] };
    const got = extractArticle(alone, { ...opts, headline: false });
    claims.push(...got.claims.map((c) => ({ ...c, from_headline: true })));
    quantities.push(...got.quantities);
  });
  return { claims, quantities };
}

/** Relations the sentence states, as optional claim fields (only those present). */
function relations(q: FoundQuantity): Partial<Claim> {
  const out: Partial<Claim> = {};
  if (q.change) out.change = q.change;
  if (q.from !== null && q.to !== null) {
    out.from = q.from;
    out.to = q.to;
  }
  const pct = changePct(q);
  if (pct !== null) out.change_pct = pct;
  if (q.per) out.per = q.per;
  if (q.share_of) out.share_of = q.share_of;
  return out;
}

/** The lexicon's family of a noun phrase by its head, the last word; null for a noun the lexicon does not know. */
function headFamily(phrase: string): UnitFamily | null {
  return findUnitWord(phrase.split(/\s+/).at(-1) ?? phrase)?.family ?? null;
}

/** A unit the sentence names away from the number (a clause's subject, "the number of …"), its family by `phrase`'s head. */
function unitNamed(unit: string, phrase: string = unit): UnitResult {
  return { unit, family: headFamily(phrase) ?? 'other', start: null, end: null, forward: false };
}

/** The quantities-dataset row of a table cell's claim. */
function tableQuantityRow(article: Article, s: { id: string; text: string }, c: Claim, j: number): QuantityRow {
  return {
    id: `${s.id}#q${j + 1}`,
    article: article.file,
    slug: article.slug,
    sentence_id: s.id,
    value: c.value,
    value_high: null,
    unit: c.unit,
    unit_normalized: c.unit.toLowerCase().replace(/ies$/, 'y').replace(/(?<!s)s$/, ''),
    family: c.unit_family,
    kind: 'quantity',
    qualifier: 'exact',
    change: null,
    from: null,
    to: null,
    per: null,
    share_of: c.share_of ?? null,
    display: c.display,
    context: contextOf(s.text, c.start, c.end),
    start: c.start,
    end: c.end,
    promoted: true,
    reason: `claim: a text table's cell (${c.time ? `${c.time}, ` : ''}${c.unit})`,
    claim_id: c.id,
  };
}

/** About six words either side of a number, cut at word boundaries. */
function contextOf(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 40);
  const b = Math.min(text.length, end + 50);
  const from = a === 0 ? 0 : text.indexOf(' ', a) + 1 || a;
  const sp = b === text.length ? -1 : text.lastIndexOf(' ', b);
  const to = sp > end ? sp : b;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function quantityRows(article: Article, sentenceId: string, text: string, found: FoundQuantity[], verdicts: { candidate: boolean; reason: string }[], claims: Claim[], openReason: Map<FoundQuantity, string>): QuantityRow[] {
  return found.map((q, j) => {
    const claim = claims.find((c) => c.end > q.start && c.end <= q.end);
    const v = verdicts[j];
    const reason = claim ? `claim: ${v.candidate ? v.reason : 'unit from the claim rules'}` : v.candidate ? (openReason.get(q) ?? 'no unit the claim rules accept') : v.reason;
    return {
      id: `${sentenceId}#q${j + 1}`,
      article: article.file,
      slug: article.slug,
      sentence_id: sentenceId,
      value: q.value,
      value_high: q.value_high,
      unit: q.unit,
      unit_normalized: q.unit_normalized,
      family: q.family,
      kind: q.kind,
      qualifier: q.qualifier,
      change: q.change,
      from: q.from,
      to: q.to,
      per: q.per,
      share_of: q.share_of,
      display: text.slice(q.start, q.end),
      context: contextOf(text, q.start, q.end),
      start: q.start,
      end: q.end,
      promoted: !!claim,
      reason,
      claim_id: claim?.id ?? null,
    };
  });
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

// ("us" in lower case only: "US" is the country.)
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|us)\b/;
// "KEVIN MCALEENAN: Good afternoon …": the speaker label opening a transcript's turn.
const SPEAKER_LABEL = /^\s*([A-Z][A-Z.'’ -]{2,40}):\s/;
function speakerAgency(paragraph: string, holders: Officeholders): string[] | null {
  const label = SPEAKER_LABEL.exec(paragraph)?.[1];
  if (!label) return null;
  const named = withOfficeholders(label, [], holders);
  return named.length === 1 ? [...named[0]!.ids] : null;
}
const OFFICE_TITLE = /\b(?:Chief|Commissioner|Director|Secretary|Administrator|Commander|General|Sheriff|Superintendent|Special\s+Agent|Spokes(?:person|man|woman))\b/;
const GERUND_OPENING = /^\s*[A-Z][a-z]+ing\s+(?:(?:an?|the|another|some)\s+)?(?:(?:additional|more|extra|new)\s+)?$/;
const WITH_ITEM = /^[^.;\d]*(?:\bfollowed\s+by|,|\band)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}with\s+(?:(?:about|nearly|almost|over|some|more\s+than)\s+)?$/;
const IN_THIS_CASE = /^\s+[a-z-]+(?:\s+[a-z-]+){0,3}\s+in\s+(?:this|the)\s+(?:case|scheme|conspiracy|prosecution)\b/i;
const ORDERED_TO_PAY = /\bordered\s+to\s+(?:pay|forfeit)\b[^.;$]{0,50}(?:\$[\d,.]+(?:\s+(?:million|billion))?\s*(?:,\s*|\s+and\s+))?$/i;
const BID_NOUN = /^(?:bids?|offers?|proposals?|quotes?|quotations?)$/i;
const BID_VERB = /\b(?:solicited|received|submitted)\b/i;
const TO_GAP = new RegExp(`^[^.;\\d]*(?:\\d{4}[^.;\\d]*)?\\bto\\s+(?:(?:${HEDGE}|just\\s+(?:over|under))\\s+)?$`, 'i');
const WEAK_OWNER = new Set<string>(['publisher', 'nearest', 'none']);
const COUNT_FAMILIES = new Set<string>(['personnel', 'events', 'places', 'other']);
const CONVERTIBLE = new Set<UnitFamily>(['mass', 'distance']);
const CONVERSION_GAP = /^[^.;\d]{0,60}?(?:\s*[-—–]+\s*|,\s*|\s*\(\s*)(?:that['’]s|that\s+is|or|i\.e\.,?|which\s+is|roughly|about|nearly|some)\s+(?:(?:about|roughly|nearly|almost|some|over|more\s+than|approximately)\s+)?$/i;
// "of the 19 …", "151 of those 190 individuals": the whole named again.
const DEFINITE_BEFORE = /(?:^|[^\w])(?:the|these|those)\s+$/i;
const BACK_REFERENCE = /(?:^|\b)(?:all\s+)?of\s+(?:the|those|these)\s+$/i;
const PEOPLE_IN_CLAUSE = /\b(agents|officers|troops|personnel|soldiers|deputies|employees|investigators|staff)\b/gi;
const singularUnit = (u: string) => u.toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');

// "The largest number of troops - 602 - is …": a superlative and a dash-set figure, too.
const NUMBER_OF = /\bthe\s+(?:(?:largest|greatest|highest|smallest|lowest|overall)\s+)?(?:number|total|count)\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\s*(?:,|\s[-–—]|\()?\s+(?:(?:was|is|stood|stands|reached|rose|fell|climbed|dropped|grew)\s+)?(?:at|to|by)?\s*(?:(?:about|nearly|almost|roughly|approximately|some|more\s+than|over)\s+)?$/i;
// "personnel (currently more than 28,000)": a time word or a qualifier may open the bracket.
const BRACKETED = /((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*\(\s*(?:(?:currently|now|today|about|approximately|nearly|almost|roughly|some|over|more\s+than|fewer\s+than|less\s+than|at\s+least|an\s+estimated)\s+)*$/u;
const FRACTION_WORD = /\b(?:half|third|thirds|quarter|quarters|fifths?|majority|most)$/i;
// Written by hand (a short list): nouns for people a release counts. The grammar's noun is not
// enough here because the number stands alone ("124 face …").
// "large groups of migrants", "a caravan of asylum seekers": people named as a group, with no count.
const PEOPLE_GROUP = /\b(groups?|caravans?|crowds?|waves?)\s+of\s+((?:[a-z-]+\s+)?(?:individuals|people|persons|aliens|noncitizens|migrants|families|travelers|asylum\s+seekers))\b/gi;
const PEOPLE_NOUN = /\b(\d[\d,]*|[a-z]+)\s+((?:[a-z-]+\s+)?(?:defendants|individuals|people|persons|aliens|noncitizens|migrants|suspects|offenders|arrestees|fugitives|detainees))\b/gi;
// Predicates only a person takes: "124 face allegations", "30 face federal charges".
const PEOPLE_PREDICATE = /^\s+(?:(?:face|faces|faced|stand|stands|are\s+charged|were\s+charged)\s+(?:[a-z]+\s+)?(?:allegations|charges|counts|accusations|trial|prosecution|indictments)\b|(?:are|were|have\s+been|had\s+been)\s+(?:charged\s+with|indicted\s+(?:for|on))\b)/i;
// Verbs only people undergo, right after a bare number ("20 have been convicted", "30 were deported").
// A record only a person has, too: "44 had violent crime convictions", "12 have prior removals".
const CITED_HEALTH = /\b(?:\d[\d,.]*|[a-z]+)\s+(?:(?:drug|opioid|fentanyl|fatal|accidental)\s+)*overdose(?:\s+deaths)?s?\b|\boverdose\s+death\s+rates?\b/i;
// A literal CITED_HEALTH needs, searched first: CITED_HEALTH starts a try at every word.
const OVERDOSE = /overdose/i;
const IDENTITY_CLAIM = /^\s+(?:(?:claimed|claim|claiming|said|stated|professed)\s+to\s+be|identified\s+(?:themselves\s+)?as)\b/i;
const PERSON_PREDICATE = /^\s+(?:(?:(?:have|has|had)\s+been|were|are)\s+(?:arrested|convicted|removed|deported|detained|sentenced|released|booked|returned|expelled)\b|(?:have|has|had)\s+(?:[a-z-]+\s+){0,3}(?:convictions?|criminal\s+records?|criminal\s+histories|prior\s+removals)\b)/i;
// "1,900 considered a Level 1 offender", "300 classified as an aggravated felon": a bare number, a verb
// of classing, then one noun phrase with its article (modifiers and a class number, then the
// head), which ends the clause. Written by hand: the sentence's tokens are not at hand here.
const CLASSED_AS = /^\s+(?:(?:were|are|was|have\s+been)\s+)?(?:considered|classified\s+as|deemed|designated\s+as)\s+an?\s+((?:[A-Za-z][\w-]*\s+(?:\d+\s+)?){0,3}[a-z][a-z-]+)(?=\s*(?:[-–—,.;:)]|$))/;
const pluralOf = (np: string) => np.replace(/(?<=[^aeiou])y$/, 'ie').replace(/(?<=(?:s|x|ch|sh))$/, 'e') + 's';
// "six are females", "ten were juveniles": a copula and one plural noun, then the clause ends.
const PREDICATE_NOUN = /^\s+(?:are|were)\s+([a-z][a-z-]*s)(?=\s*(?:[.,;:)]|$))/i;

/** The words between `start` and `end` are one plural noun by the tagger's reading. */
function isPluralNoun(text: string, start: number, end: number): boolean {
  const toks = tokenize(text, start, end).filter((t) => t.start >= start && t.end <= end);
  return toks.length === 1 && toks[0].pos === 'NOUN' && singular(toks[0]) !== toks[0].w.toLowerCase();
}

/**
 * The plural noun a bracketed figure counts, from the grammar: the head of the noun phrase
 * before the bracket, or the head its prepositional phrase hangs on ("individuals in family
 * units" → individuals, "unaccompanied children" → unaccompanied children).
 */
function nounBefore(words: string): { unit: string; family: UnitFamily } | null {
  const toks = tokenize(words);
  let j = toks.length - 1;
  // A plural, or a collective noun for people the lexicon knows ("personnel", "staff").
  if (j < 0 || toks[j].pos !== 'NOUN' || (singular(toks[j]) === toks[j].w.toLowerCase() && findUnitWord(toks[j].w)?.family !== 'personnel')) return null;
  let head = j;
  while (j > 0 && /^(?:NOUN|ADJ|PROPN)$/.test(toks[j - 1].pos)) j--;
  const prep = toks[j - 1];
  if (prep && /^(?:in|of|with|from|on|at)$/i.test(prep.w) && toks[j - 2]?.pos === 'NOUN' && singular(toks[j - 2]) !== toks[j - 2].w.toLowerCase()) {
    head = j - 2;
    j = head;
    while (j > 0 && /^(?:NOUN|ADJ)$/.test(toks[j - 1].pos)) j--;
  }
  const def = findUnitWord(toks[head].w);
  // A personnel noun is the lexicon's unit; the names before it ("National Guard personnel") are its owner.
  if (def?.family === 'personnel') return { unit: toks[head].w.toLowerCase(), family: 'personnel' };
  const unit = toks.slice(j, head + 1).map((t) => t.w).join(' ').toLowerCase();
  return { unit, family: def && def.family !== 'mass' ? def.family : 'other' };
}

const STAFFING_PARTICIPLE = /^\s+(?:authorized|deployed|assigned|mobilized|requested|approved|activated|ordered)\b/i;
const PERSONNEL_NOUN_NEAR = /\b(\d[\d,]*|[A-Za-z]+)\s+((?:[a-z-]+\s+)?(?:members|troops|soldiers|guardsmen|agents|officers|personnel|airmen|sailors|marines))\b/gi;

/** The last personnel noun of this sentence (before `before`) or the three before it. */
function earlierNoun(sentences: { text: string }[], si: number, before: number, re: RegExp): string | null {
  for (let j = si; j >= Math.max(0, si - 3); j--) {
    const t = j === si ? sentences[j].text.slice(0, before) : sentences[j].text;
    const hits = [...t.matchAll(re)];
    if (hits.length) return hits.at(-1)![2].toLowerCase().replace(/^.*\s(?=\S+$)/, '');
  }
  return null;
}

function earlierPeopleNoun(sentences: { text: string }[], si: number, before: number): string | null {
  for (let j = si; j >= Math.max(0, si - 3); j--) {
    const t = j === si ? sentences[j].text.slice(0, before) : sentences[j].text;
    const hits = [...t.matchAll(PEOPLE_NOUN)].filter((h) => /^\d|^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)$/i.test(h[1]));
    if (hits.length) return hits.at(-1)![2].toLowerCase().replace(/^.*\s(?=\S+$)/, '');
  }
  return null;
}

const INHERIT_AFTER = /^\s*(?:$|[,.;)]|more\b|nationwide\b|overall\b|in\s+total\b|combined\b|altogether\b|others?\b|additional\b|from\b|of\s+(?:them|whom|those)\b|in\b|at\b|to\b|were\b|was\b|will\b|have\b|had\b)/;
const OTHERS = /^others?$/i;
// "of which 36", "of whom about 20", "among them 12": a part of the figure just before.
const BREAKDOWN_BEFORE = /\b(?:of\s+(?:which|whom|them|those|these)|among\s+(?:them|whom|those|these))\s*,?\s*(?:(?:about|nearly|almost|some|roughly|approximately|more\s+than|over|at\s+least)\s+)?$/i;
const isCount = (m: { kind: string }) => m.kind === 'quantity' || m.kind === 'vague';

/** "pounds of fentanyl", "USD for detention": what a mass or money figure is of. */
function materialOf(text: string, unit: { family: string; end: number | null }): string {
  if (unit.family !== 'mass' || unit.end === null) return '';
  const m = /^\s+of\s+([a-z][\w-]+)/.exec(text.slice(unit.end));
  return m ? ` of ${m[1]}` : '';
}

function subjectOf(entity: string[], unit: string, status: string): string {
  const who = entity.length ? entity.join(' + ') : 'unattributed';
  return status === 'reported' ? `${who} ${unit}` : `${who} ${unit}, ${status}`;
}

/**
 * A force's bureau publishing a page speaks of the force's work: the National Guard Bureau's fact
 * sheet gives the Guard's troops, costs and results, as the Guard's own site (nationalguard.mil,
 * run by the bureau, which the gazetteer gives to the Guard) does. Read from the gazetteer's
 * names: "<force> Bureau" where <force> is another agency's name.
 */
function forceOfBureau(id: string | null, gaz: Gazetteer): string | null {
  const name = id ? gaz.byId.get(id)?.name : undefined;
  const force = name ? /^(.+?)\s+Bureau$/.exec(name)?.[1] : undefined;
  if (!force) return id;
  return gaz.agencies.find((a) => a.name === force && a.id !== id)?.id ?? id;
}

// A research service's or auditor's report (CRS, GAO, CBO) speaks of an agency's figures: the
// agency it introduces first, by name and short form ("… by the Executive Office for Immigration
// Review (EOIR), an agency within …"), owns the figures no other name is tied to.
const REPORTING_BODY = /\b(?:Congressional\s+Research\s+Service|Government\s+Accountability\s+Office|Congressional\s+Budget\s+Office)\b/i;
function reportSubject(article: Article, sentences: readonly { text: string }[], gaz: Gazetteer, mentionsOf: (i: number) => EntityMention[]): string | null {
  if (!article.outlet || !REPORTING_BODY.test(article.outlet)) return null;
  for (let i = 0; i < Math.min(12, sentences.length); i++) {
    const text = sentences[i]!.text;
    const e = mentionsOf(i).find((x) => x.ids.length === 1 && gaz.byId.has(x.ids[0]!) && /^\s*\([A-Z][A-Za-z]{1,6}\)/.test(text.slice(x.end)));
    if (e) return e.ids[0]!;
  }
  return null;
}
