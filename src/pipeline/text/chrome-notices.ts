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
const OPENS = /^(?:you |your |ie ?\d|internet explorer|for (?:the )?(?:optimal|best|optimum|a better) |please |upgrade |switch |an official |here|an? \.|\.(?:gov|mil|us)|official |secure |scheduled |planned |site |system |maintenance |(?:the|our) (?:site|website|web site|system|portal|service) |there (?:were|are|have been) \d|update |manage |change |this |alert |bulletin |notice |q[1-4] |[1-4](?:st|nd|rd|th) |h[12] |ot\d? |top |bot|mid |end |final|half|was this|is this|did you find)|status\s*:|not discriminate|original language|preferences page| · bulletin /;
/** Whether any line test of this module can match the key. */
export function noticesCandidate(key: string): boolean {
  return key.length <= 500 && OPENS.test(key);
}

// Site notices of cleaner round 16 (issue 15, saved government pages): the site speaks about
// itself or the reader's browser, never about the events the page reports. A browser notice
// names a browser and support or a recommendation; the web banner's lines say what a .gov or
// .mil address means, with or without their article; a maintenance notice names a window or a
// time the site is down; a site counter counts the site's own posts.
const BROWSER = /\b(?:ie ?\d{1,2}|internet explorer|(?:microsoft )?edge|chrome|firefox|safari|opera|(?:your|this|the|an?) (?:web )?browser)\b/;
/** A browser notice: "IE 10 Not Supported", "Internet Explorer is no longer supported", "For best viewing we recommend Chrome or Firefox", "Your browser is out of date". */
export function browserNotice(key: string): boolean {
  if (key.length > 200 || !BROWSER.test(key)) return false;
  // (The notice ends at "supported", or names the site, or goes on to advise: "… supported by the county, which …" is prose.)
  const ends = String.raw`supported(?: (?:on|by|in|for) (?:this|our) (?:site|website|web site|portal|page|application))?[.!]?(?:\s+(?:please|for|we|to|some|this)\b.{0,150})?$`;
  return new RegExp(String.raw`^(?:ie ?\d{1,2}|internet explorer(?: \d{1,2})?|(?:your|this) (?:web )?browser)(?: is)?(?: no longer| not| un) ?${ends}`).test(key) ||
    /^(?:for (?:the )?(?:optimal|best|optimum|a better) (?:(?:browsing|viewing|user) )?(?:browsing|viewing|experience|results)),? (?:we )?(?:recommend|suggest|use|please use)\b/.test(key) ||
    /^(?:this (?:site|website|page) (?:works|is) best (?:viewed )?(?:in|with|on))\b/.test(key) ||
    /^(?:your|you are using an?) (?:outdated |old |unsupported )?(?:web )?browser (?:is (?:out of date|outdated|not supported|unsupported|no longer supported)|that is (?:no longer|not) supported)\b/.test(key) ||
    /^(?:please )?(?:upgrade|update|switch) (?:to )?(?:your|a (?:modern|newer|supported|different)) (?:web )?browser\b/.test(key);
}

/** A line of the government web banner: "An official website of the State of Ohio", "Official websites use .mil", ".gov website belongs to an official government organization …", "Secure .gov websites use HTTPS", "Here's how you know". */
export function officialSiteBanner(key: string): boolean {
  if (key.length > 240) return false;
  return /^an official (?:website|site|web site) of (?:the )?\p{L}[\p{L}.&'-]*(?: \p{L}[\p{L}.&'-]*){0,6}$/u.test(key) ||
    /^(?:here's|here is) how you know\b.{0,4}$/.test(key) ||
    /^(?:an? )?\.(?:gov|mil|us)\b.{0,12} websites? (?:belongs?|means?) .{0,20}\b(?:official|government)\b/.test(key) ||
    /^(?:official|secure) (?:\.?(?:gov|mil|state\.\p{L}{2}\.us) )?websites? use (?:\.(?:gov|mil|us)|https)\b.{0,20}$/u.test(key);
}

/** A site's maintenance notice: "Maintenance window scheduled to begin at March 3rd 2100 est …", "Scheduled maintenance: this site will be unavailable Sunday 1–4 a.m.". */
export function maintenanceNotice(key: string): boolean {
  if (key.length > 240) return false;
  // (A labelled window or notice, or the site itself unavailable: "Maintenance will cost $3 million" is prose.)
  return /^(?:scheduled |planned )?(?:site |system )?maintenance (?:window|notice|alert)\b/.test(key) ||
    /^(?:scheduled|planned) (?:site |system )?maintenance\s*:/.test(key) ||
    /^(?:this|the|our) (?:site|website|web site|system|portal|service) (?:will be|may be|is) (?:temporarily )?(?:unavailable|down|offline)\b.{0,80}\b(?:maintenance|upgrade|from \d|between \d|until \d)/.test(key);
}

/** A site's own post counter: "There were 120 press releases posted in the last 24 hours and 98,000 in the last 365 days". */
export function siteCounter(key: string): boolean {
  return key.length <= 200 && /^there (?:were|are|have been) [\d,]+ (?:press releases|releases|articles|stories|posts|items|news releases|updates) (?:posted|published|added)\b.{0,20}\bin the (?:last|past) [\d,]+ (?:hours|days)\b/.test(key);
}

/**
 * Index of a page description printed above the title, or -1: one of the first three lines, a
 * sentence of 12 words or more, over a short title-like line (no end stop, 3–25 words), with a
 * paragraph within six lines under that title opening on the same words (the description's own
 * text less its last stop, cut at a word, then three words more). Keys of the page's lines.
 */
export function descriptionCopy(keys: readonly string[]): number {
  for (let i = 0; i < Math.min(3, keys.length); i++) {
    const d = keys[i]!;
    if (!/[.!?]$/.test(d) || d.split(' ').length < 12) continue;
    const stem = d.slice(0, -1);
    for (let t = i + 1; t < Math.min(i + 3, keys.length); t++) {
      const n = keys[t]!.split(' ').length;
      if (/[.!?:,;]$/.test(keys[t]!) || n < 3 || n > 25) continue;
      for (let j = t + 1; j < Math.min(t + 7, keys.length); j++) {
        const p = keys[j]!;
        // (The paragraph goes on past it: the same line again is a repeat, which other rules judge.)
        if (p.startsWith(stem) && /^[\s,;:.—–-]+\s*\p{L}+(?: \p{L}+){2}/u.test(p.slice(stem.length))) return i;
      }
    }
  }
  return -1;
}
