// The rule that promotes a quantity (any number in the text) to a claim (a figure a data
// journalist would chart): counts of people, events, places, money and shares, or of a
// noun the lexicon does not know when the sentence names whose figure it is. Everything
// else stays in the quantities dataset with the reason it was left out.
import type { FoundQuantity } from './quantities.ts';

export interface Verdict {
  /** True when the quantity may become a claim (the claim stage still needs a unit and, for unknown nouns, an owner). */
  candidate: boolean;
  reason: string;
  /** The quantity is never a claim, whatever unit the claim rules would find (page chrome, a report's own counts, one person's record, a goal). */
  veto?: boolean;
}

// "6 min read", "12 comments", "Photo 3 of 12", "1 of 5": the page around the article, not its figures.
const CHROME_AFTER = /^\s*(?:min(?:ute)?s?\s+read\b|comments?\b|shares?\s*$|views?\s*$|of\s+\d+\s*$)/i;
const CHROME_BEFORE = /\b(?:photo|image|slide|page|video|step|part)\s+$/i;
// Counts of a text's own parts and findings (like the seeds' source counts): "6 criteria", "7 recommendations";
// and of the aims a strategy is organised around ("three interrelated goals", "four pillars"); and
// the parts an analysis explains a thing by ("the product of four primary factors", "two reasons").
const DOCUMENT_NOUN = /^(?:.* )?(?:criterion|criteria|recommendation|survey|report|study|page|chapter|section|question|finding|table|figure|appendix|objective|goal|pillar|principle|priority|factor|reason|takeaway|lesson)$/;
const REVIEWED_BEFORE = /\b(?:we|our\s+(?:office|team))\s+(?:\w+\s+)?(?:conducted|performed|carried\s+out|made)\s+(?:[\w-]+\s+){0,2}(?:inspections?|visits?|reviews?|audits?|site\s+visits)\s+(?:of|at|to)\s+(?:[^;,]*|[^;]*\b(?:specifically|including|namely)\s+[^;]*)$|\bour\s+(?:[\w-]+\s+){0,2}(?:inspections?|visits?|reviews?|audits?|samples?)\s+of\s+$|\b(?:we|GAO|the\s+(?:audit|review|inspector\s+general))\s+(?:\w+\s+)?(?:looked\s+at|reviewed|examined|analy[sz]ed|sampled|selected|interviewed|visited)\b[^,]*$|\b(?:when|while|in|after)\s+(?:reviewing|examining|analy[sz]ing|sampling)\s+(?:the\s+)?$/i;
// "During our inspections of five facilities", "Of the five facilities we visited": the report's own sample.
const REVIEWED_AFTER = /^[^.;:,]{0,90}?\b(?:that\s+|which\s+)?we\s+(?:\w+\s+)?(?:visited|inspected|reviewed|sampled|examined|selected|interviewed|observed|tested|audited)\b/i;
const ONE_PERSON_OPENING = /^\s*(?:An?|The)\s+\d+-year-old\b/;
const RECORD_NOUN = /^(?:.* )?(?:count|charge|conviction|offense|offence|felony|misdemeanor|time)$/;
const SCHEME_BEFORE = /\b(?:categori[sz]\w*|divid\w*|split\w*|group\w*|organi[sz]\w*|sort\w*|separat\w*|break\w*|broken)\s+(?:[\w-]+\s+){0,4}?into\s+$/i;
const GOAL_BEFORE = /\b(?:towards?|goal\s+of|aim\s+of|target\s+of|aims?\s+(?:at|for)|striving\s+for)\s+(?:achieving\s+|reaching\s+|attaining\s+)?(?:an?\s+|the\s+)?$/i;
// "to protect the border and achieve 100% operational control": the base form of achieve/attain
// (and "to reach") names an aim; "achieved 100%" and "reached 300" report one.
const AIM_VERB_BEFORE = /\b(?:achieve|attain|to\s+reach)\s+(?:an?\s+|the\s+|full\s+)?$/i;
// "carries a maximum statutory penalty of 10 years in federal prison and a $250,000 fine",
// "punishable by up to", "faces up to": the law's ceiling for a charge, not a reported figure.
const PENALTY_CEILING = /\b(?:maximum\s+(?:statutory\s+|possible\s+)?(?:penalty|penalties|sentence|sentences|fine|fines|term)|statutory\s+maximum|punishable\s+by|faces?\s+(?:a\s+)?(?:possible\s+|potential\s+)?(?:maximum|up\s+to)|(?:fine|fines|penalty)\s+of\s+up\s+to)\b[^.;]{0,80}$/i;
// "Recommendation 1:", "Table 2", "Level 1 offender", "Phase 3": a label's number, not a count.
const LABEL_BEFORE = /\b(?:recommendations?|table|figure|exhibit|appendix|chapter|section|item|level|tier|phase|category|priority)\s+$/i;
// "2 Summary The United States …": a transcribed page's number before a report heading.
const PAGE_HEADING = /^\s*(?:Summary|Introduction|Contents|Table\s+of\s+Contents|Background|Overview|Conclusions?|Abstract|Appendix|Acknowledg(?:e)?ments|References|Notes|Methodology|Preface|Foreword)\b/;
// "There were 352 press releases posted in the last 24 hours": a distributor's own counter.
const SITE_COUNTER = /\b(?:press\s+releases|releases|articles|stories|posts|news\s+items|items)\s+(?:were\s+|have\s+been\s+)?(?:posted|published|added|distributed)\s+(?:in|over|during)\s+the\s+(?:last|past)\s+(?:\d|[a-z]+\s+(?:hours|days))/i;
// "a three-count indictment", "a 12-count complaint": the counts of one charging document.
const ONE_DOCUMENT_COUNTS = /^[-\s]*counts?\s+(?:indictment|complaint|information|superseding)/i;
const CLAIM_FAMILIES = new Set(['personnel', 'events', 'places', 'money', 'share', 'mass', 'rate', 'other']);

export function promotionRule(q: FoundQuantity, sentence: string): Verdict {
  const after = sentence.slice(q.end, q.end + 30);
  const before = sentence.slice(Math.max(0, q.start - 12), q.start);
  if (CHROME_AFTER.test(after) || CHROME_BEFORE.test(before)) return { candidate: false, veto: true, reason: 'page chrome (reading time, comments, photo counter)' };
  // "No agents were sent" states an absence; "zero escapes" states a count.
  if (/^no$/i.test(q.text)) return { candidate: false, reason: 'negation ("no …"): kept as a zero quantity, not charted' };
  if (MULTIPLIER.test(q.unit_normalized)) return { candidate: false, veto: true, reason: 'a multiplier ("six-fold"), not a count' };
  if (q.unit_normalized === 'fraction') return { candidate: false, reason: 'fraction in words ("two-thirds"): restates a figure' };
  // "The 65,000+ men and women of CBP protect America …": an agency's standing description of
  // its workforce (the about-the-agency paragraph of its releases), not a figure of the story.
  if (STANDING_WORKFORCE.test(sentence.slice(q.end, q.end + 120))) return { candidate: false, veto: true, reason: "an agency's standing description of its workforce (boilerplate)" };
  if (DOCUMENT_NOUN.test(q.unit_normalized)) return { candidate: false, veto: true, reason: `describes the report, not the world (${q.unit_normalized})` };
  // "We reviewed 4 such requests", "reviewing four selected cases": the sample an audit looked at.
  const clause = clauseBefore(sentence, q.start);
  if (REVIEWED_BEFORE.test(clause) || /^\s*(?:selected|sampled|randomly\s+selected)\b/i.test(after) || REVIEWED_AFTER.test(sentence.slice(q.end, q.end + 100))) return { candidate: false, veto: true, reason: 'describes the report, not the world (the sample reviewed)' };
  // "work toward achieving 100% operational control": a goal, not a measure.
  if (GOAL_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return { candidate: false, veto: true, reason: 'a goal, not a measure' };
  // (contextVeto's own first test is the REVIEWED_BEFORE test just made, on the same clause.)
  const ctx = vetoAfterReview(sentence, q.start, q.end, clause);
  if (ctx) return ctx;
  // "He has 21 criminal convictions", "she was convicted of three felonies": one person's record.
  if (/\b(?:he|she)\s+(?:has|had|was|is)\b[^.;]*$/i.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return { candidate: false, veto: true, reason: "one person's record" };
  // "A 35-year-old … convicted on two counts of burglary": an age names one person, whose charges are a record.
  if (RECORD_NOUN.test(q.unit_normalized) && ONE_PERSON_OPENING.test(sentence)) return { candidate: false, veto: true, reason: "one person's record" };
  // "categorizing apprehensions into two strategic areas": the parts of a scheme, not a count in the world.
  if (SCHEME_BEFORE.test(sentence.slice(Math.max(0, q.start - 80), q.start))) return { candidate: false, veto: true, reason: 'the parts a scheme is divided into' };
  // "uses two inspection types", "three categories of visa": the kinds a scheme has, not a count in the world.
  // "three mission sets: secondary search, rail inspection …": the sets a scheme is made of (not "sets of" things).
  if (SETS_NOUN.test(q.unit ?? q.unit_normalized) && !/^\s*of\b/i.test(afterUnit(sentence, q))) return { candidate: false, veto: true, reason: 'the sets a scheme is made of' };
  if (KINDS_NOUN.test(q.unit ?? q.unit_normalized)) return { candidate: false, veto: true, reason: 'the kinds of a scheme' };
  if (q.kind === 'source-count') return { candidate: false, reason: 'source count ("two officials said")' };
  // "a dozen executive orders", "a hundred agents": a round word, not a count.
  if (/^(?:a|an)\s+(?:dozen|hundred|thousand)$/i.test(q.text.trim()) || /^dozen$/i.test(q.text.trim())) return { candidate: false, reason: 'round word ("a dozen"): approximate, not a count' };
  if (q.kind === 'vague') return { candidate: false, reason: 'vague ("hundreds", "dozens"): no figure to chart' };
  if (q.family === 'age') return { candidate: false, reason: 'age' };
  // "81,045 flight hours", "flew 54 hours": hours of an activity total the work done, not a span of time.
  if ((q.kind === 'duration' || q.family === 'duration') && /^hours?$/i.test(q.unit_normalized) && /\bhours$/i.test(q.unit ?? '') && (ACTIVITY_HOURS.test(q.unit ?? '') || ACTIVITY_VERB_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) || ACTIVITY_HOURS_OF.test(afterUnit(sentence, q)))) {
    return { candidate: true, reason: `work done (${q.unit})` };
  }
  // "the average wait time for removal cases was 438 days": an average duration is a statistic
  // of the agency's caseload, not a span of the story (a prison term, "for one year").
  if ((q.kind === 'duration' || q.family === 'duration') && AVERAGE_DURATION_BEFORE.test(clause)) {
    return { candidate: true, reason: `an average duration (${q.unit_normalized}), a statistic` };
  }
  if (q.kind === 'duration' || q.family === 'duration') return { candidate: false, reason: 'duration' };
  if (q.unit_normalized === '-') return { candidate: false, reason: 'no counted noun' };
  // "250 miles of the Rio Grande": the extent of a mission or an area is charted; a distance
  // that places something ("2 miles from the port") is not.
  // ("31+ miles of fencing": the "+" of "N+" may stand between.)
  const rest = sentence.slice(q.end).replace(/^\+?\s+/, '');
  if (q.family === 'distance' && q.unit && rest.startsWith(q.unit) && /^\s+of\s/.test(rest.slice(q.unit.length))) {
    return { candidate: true, reason: `extent (${q.unit_normalized} of …)` };
  }
  // "covering more than 89,000 square miles", "spans 262 miles": the area or length a verb of extent gives.
  if ((q.family === 'distance' || (q.family === 'measure' && /^square\s/i.test(q.unit ?? ''))) && EXTENT_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) {
    return { candidate: true, reason: `extent (${q.unit_normalized}, by a verb of extent)` };
  }
  // "… 134 miles of vehicle fence for a total of 302 miles": the sum of extents is an extent.
  if (q.family === 'distance' && /\ba\s+total\s+of\s+(?:(?:approximately|about|nearly|almost|roughly|some|more\s+than|over)\s+)?$/i.test(sentence.slice(Math.max(0, q.start - 40), q.start)) && /\b\d[\d,.]*\s+(?:miles|kilomet(?:er|re)s)\s+of\s/i.test(sentence.slice(0, q.start))) {
    return { candidate: true, reason: `extent (a total of ${q.unit_normalized})` };
  }
  if (q.family === 'distance' || q.family === 'measure' || q.family === 'count') {
    return { candidate: false, reason: `${q.family === 'count' ? 'count of times or points' : 'measurement'} (${q.unit_normalized}), not a count of people, events, places, money or shares` };
  }
  if (!CLAIM_FAMILIES.has(q.family)) return { candidate: false, reason: `family ${q.family}` };
  return { candidate: true, reason: q.family === 'other' ? `count of ${q.unit_normalized}` : `${q.family} figure` };
}

/** The clause before a number: from the last sentence or clause mark, not the dot of "U.S." or "Sgt.". */
function clauseBefore(sentence: string, start: number): string {
  return sentence.slice(0, start).split(/(?<!\b[A-Z][a-z]{0,2})[.;:]\s/).at(-1) ?? '';
}

/**
 * The vetoes that read only the words around a number (a goal, a penalty ceiling, a label or
 * page number, a distributor's counter, one document's counts): also applied to numbers the
 * quantity layer did not read, which the claim rules could still count.
 */
export function contextVeto(sentence: string, start: number, end: number): Verdict | null {
  const clause = clauseBefore(sentence, start);
  if (REVIEWED_BEFORE.test(clause)) return { candidate: false, veto: true, reason: 'describes the report, not the world (the sample reviewed)' };
  return vetoAfterReview(sentence, start, end, clause);
}

// The sentence SITE_COUNTER was last tested on, and its answer: the test reads the whole
// sentence, and promotionRule asks it again for every number of the same sentence.
let counterSentence: string | null = null;
let counterFound = false;
function siteCounter(sentence: string): boolean {
  if (sentence !== counterSentence) {
    counterSentence = sentence;
    counterFound = SITE_COUNTER.test(sentence);
  }
  return counterFound;
}

/** contextVeto after its first test (`clause` is clauseBefore(sentence, start)). */
function vetoAfterReview(sentence: string, start: number, end: number, clause: string): Verdict | null {
  const before = sentence.slice(Math.max(0, start - 12), start);
  if (AIM_VERB_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) return { candidate: false, veto: true, reason: 'a goal, not a measure' };
  if (PENALTY_CEILING.test(clause)) return { candidate: false, veto: true, reason: 'a statutory penalty ceiling, not a reported figure' };
  if (LABEL_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) || (start < 4 && /^\s*\d{1,3}$/.test(sentence.slice(start, end)) && PAGE_HEADING.test(sentence.slice(end)))) return { candidate: false, veto: true, reason: 'a label or page number, not a count' };
  if (siteCounter(sentence)) return { candidate: false, veto: true, reason: 'page chrome (a distributor’s release counter)' };
  // "the top five countries of birth": a rank's size, not a count of the world.
  if (/\b(?:top|bottom)\s+$/i.test(before)) return { candidate: false, veto: true, reason: 'a rank ("top five"), not a count' };
  // "The first two NDAs established …", "the last three cases": a place in an order picks some of a
  // count the text does not give (as "top five" does), it is not a count of its own.
  if (/\bthe\s+(?:first|last|next)\s+$/i.test(sentence.slice(Math.max(0, start - 16), start))) return { candidate: false, veto: true, reason: 'a rank ("the first two"), not a count' };
  // "seized enough fentanyl to kill 50 million people": what an amount could do, not a count.
  if (HYPOTHETICAL_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) return { candidate: false, veto: true, reason: 'a hypothetical ("enough … to kill …"), not a count' };
  if (/\b(?:a|an)\s+$/i.test(before) && ONE_DOCUMENT_COUNTS.test(sentence.slice(end, end + 30))) return { candidate: false, veto: true, reason: "one charging document's counts" };
  return null;
}

const STANDING_WORKFORCE = /^\+?\s+(?:(?:dedicated|uniformed|brave)\s+)?(?:men\s+and\s+women|employees|personnel)\s+of\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,6}(?:protect|serve|safeguard|secure|defend|keep|work\s+(?:every|each|around)|are\s+committed)\b/;
const HYPOTHETICAL_BEFORE = /\benough\b[^.;]{0,40}?\bto\s+(?:potentially\s+)?[a-z]+\s+(?:(?:more\s+than|over|about|nearly|almost|some|roughly|an\s+estimated)\s+)?$/i;
// "increased about six-fold", "a 10-fold rise": a multiplier, not a count of anything.
const MULTIPLIER = /^(?:fold|times over)$/i;
const AVERAGE_DURATION_BEFORE = /\b(?:average|median|mean)\s+(?:[\w-]+\s+){0,2}?(?:time|times|wait|waits|length|lengths|stay|stays|duration|delay|delays)\b[^.;:]{0,60}?\b(?:was|were|is|are|has\s+been|exceeded|exceeds|reached|rose\s+to|fell\s+to|grew\s+to|dropped\s+to|of|at|averaged|topped)\s+(?:(?:more\s+than|over|about|nearly|almost|roughly|approximately|some|around|under|less\s+than)\s+)?$/i;
/** The sentence after a quantity's unit. */
function afterUnit(sentence: string, q: FoundQuantity): string {
  const rest = sentence.slice(q.end);
  const at = q.unit ? rest.indexOf(q.unit) : -1;
  return at >= 0 ? rest.slice(at + q.unit!.length) : rest;
}
const SETS_NOUN = /(?:^|\s)(?:sets|lines\s+of\s+effort)$/i;
const KINDS_NOUN = /(?:^|\s)(?:types|kinds|categories|classes|tiers|sorts|varieties)$/i;
const ACTIVITY_HOURS = /^(?:flight|flying|underway|patrol|sea|air|volunteer|man|work|training|mission|operational|enforcement)[\s-]+hours$/i;
// "28,000 hours of flight time logged", "1,200 hours of patrol": the activity named after the hours.
const ACTIVITY_HOURS_OF = /^\s+of\s+(?:flight|flying|patrol|patrolling|volunteer|training|sea|air|mission|surveillance)\b/i;
const ACTIVITY_VERB_BEFORE = /\b(?:flew|flown|logged|accumulated|achieved|amassed|patrolled|sailed)\s+(?:(?:more\s+than|over|about|nearly|almost|roughly|approximately|some)\s+)?$/i;
const EXTENT_BEFORE = /\b(?:covers|covering|covered|spans|spanning|spanned|stretches|stretching|encompasses|encompassing|patrols|patrolling)\s+(?:(?:more\s+than|over|about|nearly|almost|roughly|approximately|some|an\s+estimated)\s+)?$/i;

/** Percent change of a claim: from its two ends, or the stated percentage of a change. */
export function changePct(q: Pick<FoundQuantity, 'from' | 'to' | 'change' | 'family' | 'value' | 'value_high'>): number | null {
  if (q.from !== null && q.to !== null && q.from !== 0) return Math.round(((q.to - q.from) / q.from) * 1000) / 10;
  if (q.family === 'share' && q.change && q.value_high === null) return q.change === 'down' ? -q.value : q.value;
  return null;
}
