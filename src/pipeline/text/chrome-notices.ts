// Line shapes of cleaner round 9 (issue 15, blind set 10 taken as development data): an alert
// service's subscription notices, a scoreboard's live score line, an intranet's status and
// feedback tiles, a school newsletter's bus note and non-discrimination notice, a re-publisher's
// note on the text's language. Features, not phrases: who is addressed ("you are subscribed",
// "you received this … because you follow"), a line of clock and score tokens with no verb, a
// "STATUS:" label with a system state, a protected-class list after "does not discriminate".
// Hand-written: no well-kept npm library tells service boilerplate from prose in plain text.
// None fires on a line for a number or a name alone.

/** An alert service's notice to its subscriber: "You are subscribed to …", "You received this item because you follow 2 topics", "… Subscriber Preferences Page", "provided to you at no charge". */
export function subscriptionNotice(key: string): boolean {
  if (key.length > 400) return false;
  return /^you are (?:subscribed|signed up|registered) (?:to|for)\b/.test(key) ||
    /^you (?:received|are receiving|got) this (?:item|message|e-?mail|update|alert|bulletin|notice|notification)\b.{0,40}\bbecause you\b/.test(key) ||
    /\bsubscriber preferences page\b/.test(key) || /^(?:update|manage|change) your (?:subscriptions|preferences)\b/.test(key) ||
    /^this (?:service|e-?mail|alert|bulletin|update) is (?:provided|sent|offered) (?:to you )?at no (?:charge|cost)\b/.test(key);
}

/** A bulletin's stamp-and-ID line: "Sunday, March 7, 2021 10:42 AM EST · Bulletin USDHS-2b9f41c"; its counter "Update 3 of 4 today". */
export function bulletinStamp(key: string): boolean {
  if (key.length > 160) return false;
  if (/^(?:update|alert|bulletin|notice) \d{1,3} of \d{1,3}(?: (?:today|this week))?$/.test(key)) return true;
  const segs = key.split(/\s+[·|•]\s+/u);
  return segs.length >= 2 && segs.some((s) => /^(?:bulletin|alert|notice) (?:id:? ?)?[a-z0-9]{2,12}-[a-z0-9]{4,}$/.test(s) && /\d/.test(s)) && segs.some((s) => /\d{1,2}:\d{2}/.test(s));
}

// A game's period: "Q3", "1st", "2nd half", "OT", "Top 5th", "Bot 9", "H1", "Final".
const PERIOD = /^(?:q[1-4]|[1-4](?:st|nd|rd|th)(?: (?:qtr|quarter|half|period|inning))?|h[12]|ot\d?|(?:top|bot|bottom|mid|end) \d{1,2}(?:st|nd|rd|th)?|final(?:\/ot)?|half(?:time)?)$/;
/** A live score line: a period, a game clock and two scores, no verb: "Q3 4:12  McAllen 14  Edinburg 17". */
export function scoreLine(key: string): boolean {
  if (key.length > 120 || /[.!?]$/.test(key)) return false;
  const toks = key.split(/\s+/);
  // (The period and the clock open the line; then names and scores, nothing a sentence needs.)
  const head = PERIOD.test(toks[0] ?? '') ? 1 : PERIOD.test(`${toks[0]} ${toks[1]}`) ? 2 : 0;
  if (head === 0 || !/^\d{1,2}:\d{2}$/.test(toks[head] ?? '')) return false;
  const rest = toks.slice(head + 1);
  const scores = rest.filter((t) => /^\d{1,3}$/.test(t)).length;
  return scores === 2 && rest.length <= 10 && !rest.some((t) => /^(?:is|was|are|were|has|had|will|said|says|scored|leads?|led|beat|won|lost|the|a|an)$/.test(t));
}

/** An intranet's status tile: "IT STATUS: All systems operational · maintenance Sat 11 p.m.–2 a.m.". */
export function statusTile(key: string): boolean {
  return key.length <= 200 && /^(?:[a-z]{2,12} )?(?:system |service )?status\s*:/.test(key) &&
    /\b(?:operational|outage|degraded|maintenance|down|up and running|normal)\b/.test(key);
}

/** A page's feedback prompt with its tallies: "Was this news useful?  👍 9  👎 1", "Was this page helpful? Yes No". */
export function usefulPrompt(key: string): boolean {
  return key.length <= 100 && /^(?:was|is|did you find) this (?:page|article|story|news|post|item|information|update|answer)\s*(?:useful|helpful)\?/.test(key) &&
    !/\?\s*\p{L}{3,}\s+\p{L}{3,}\s+\p{L}{3,}/u.test(key);
}

/** A newsletter's labelled transport note: "BUS NOTES: Route 14 runs 10 minutes late …". */
export function transportNote(folded: string): boolean {
  // (The label in capitals is the feature: a sentence that mentions a bus route has none.)
  return folded.length <= 200 && /^(?:BUS|TRANSPORTATION|SHUTTLE|TRANSIT|ROUTE|PARKING) (?:NOTES?|ALERTS?|CHANGES?|UPDATES?)\s*:/.test(folded);
}

const PROTECTED = /\b(?:race|colou?r|national origin|sex|gender|disability|age|religion|creed|ancestry|sexual orientation|marital status|veteran status|genetic information)\b/g;
/** An institution's non-discrimination notice: "<Name> does not discriminate on the basis of race, color, … in its programs and activities." */
export function nonDiscrimination(key: string): boolean {
  if (key.length > 500) return false;
  const m = /^(?:[^.,;:]{2,80}? )?(?:does|do) not discriminate (?:on the basis of|based on)\b/.exec(key);
  // (Three protected classes or more in a row: prose about one complaint names one.)
  return m !== null && (key.match(PROTECTED) ?? []).length >= 3 && /\b(?:programs?|activities|employment|admissions?|services)\b/.test(key);
}

/** A re-publisher's note on the text: "Text of the Congressional Research Service, reproduced in its original language". */
export function originalLanguageNote(key: string): boolean {
  return key.length <= 200 && /\b(?:reproduced|shown|displayed|presented|published|kept) in (?:its|the) original language\b/.test(key) && !/[!?]$/.test(key);
}

// The first words every test above can open on, or a mark they need: a cheap gate before them.
const OPENS = /^(?:you |update |manage |change |this |alert |bulletin |notice |q[1-4] |[1-4](?:st|nd|rd|th) |h[12] |ot\d? |top |bot|mid |end |final|half|was this|is this|did you find)|status\s*:|not discriminate|original language|preferences page| · bulletin /;
/** Whether any line test of this module can match the key. */
export function noticesCandidate(key: string): boolean {
  return key.length <= 500 && OPENS.test(key);
}
