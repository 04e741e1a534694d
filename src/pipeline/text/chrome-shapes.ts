// Line shapes of page widgets beyond the first round of text/chrome.ts (issue 15, blind
// set 3 taken as development data): forecast widgets, stamps made only of dates and times,
// desk credits, comment-box house rules, postal addresses, comment threads, social embeds,
// mailing footers, archival notices, date-led metadata strips, interface controls, player
// notices and wire credits. Each returns a boolean; none fires on a line for holding a
// number or a name alone, and the ones that could match a sentence need a run or a position
// (clean.ts decides those).
import nlp from 'compromise';
import { words } from './normalize.ts';

/** Sentences of a short line split at ". " (not after an initial or "St."): the widget shapes below are runs of short ones. */
function shortSentences(line: string): string[] {
  return line
    .split(/(?<=(?<!\b(?:\p{Lu}|St|Ave|Dr|Mt|Ft|No))[.!?])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One sentence of a forecast widget: "Sunny", "High 91F", "Low near 60°", "Winds SSW at 10 to 15 mph", "Chance of rain 40%". */
const FORECAST_SENTENCE =
  /^(?:(?:mostly |partly |generally )?(?:sunny|clear|cloudy|overcast|fair|foggy|windy|breezy|hazy|showers|rain|snow|sleet|drizzle|thunderstorms|scattered (?:showers|thunderstorms|storms)|isolated (?:showers|thunderstorms|storms))(?: (?:and|with) [a-z ]{2,20})?|(?:highs?|lows?)(?: (?:near|around|of|in the (?:upper|lower|mid) ?))?\s*-?\d{1,3}\s*°?\s*[fc]?s?|winds? (?:[nsew]{1,3} |light|calm|variable|light and variable)[a-z0-9 ]{0,30}(?:mph|km\/h|knots)?|(?:\d{1,3}\s*% )?chance of (?:rain|snow|showers|precipitation|storms|thunderstorms)(?: \d{1,3}\s*%)?|humidity \d{1,3}\s*%|uv index [a-z0-9 ]{1,12})[.!]?$/i;
/**
 * A weather widget's forecast: a line of short sentences (eight words at most), two or
 * more of them forecast shapes and the rest short ("Sunny. High 91F. Winds SSW at 10 to
 * 15 mph."). A weather story writes sentences ("The high reached 98 degrees on Monday.").
 */
export function forecastLine(line: string): boolean {
  if (line.length > 160) return false;
  const ss = shortSentences(line);
  if (ss.length < 2 || ss.some((s) => words(s).length > 8)) return false;
  return ss.filter((s) => FORECAST_SENTENCE.test(s)).length >= 2;
}

const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?';
const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_PART = new RegExp(`(?:${WEEKDAY}\\s+)?(?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_NAME}\\.?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})\\b`, 'g');
const TIME_PART = /\b\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s+(?:[ecmpa][sd]?t|utc|gmt|bst|cet|cest))?(?![\w])|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w])/g;
// (Round 16: an agency release's "Release Date: August 7, 2014", "Date issued: …" too.)
const STAMP_LABEL = /\b(?:published|updated|posted|last updated|first published|modified|last modified|edited|(?:release|publication|issue) date|date (?:issued|released|published|posted)|date|released|issued|on|at)\b|@/g;
/**
 * A line made only of dates and times and their labels: "Sep 3, 2010 Updated 4:31 pm",
 * "Jun 24, 2010 Updated Jun 25, 2010", "Posted 06/16/2018 | Updated 9:47 a.m. ET".
 * What is left once they are taken out must be separators, nothing else.
 */
export function stampLine(key: string): boolean {
  if (key.length > 120) return false;
  const dates = key.match(DATE_PART)?.length ?? 0;
  if (dates === 0) return false;
  const rest = key.replace(DATE_PART, ' ').replace(TIME_PART, ' ').replace(STAMP_LABEL, ' ');
  return /^[\s,;:|·•–—-]*$/u.test(rest);
}

/** A credit that names no person: "From staff reports", "Staff and wire reports", "Compiled from wire services". */
export function desksCredit(key: string): boolean {
  return /^(?:(?:from|by:?|compiled from|compiled by) )?(?:(?:the )?(?:staff|wire|news|local|combined|staff and wire|wire and staff|news services and staff)) (?:reports?|services|dispatches|writers?)$/.test(key);
}

/** compromise: does a short sentence open with an order ("Keep it clean.", "Don't threaten.", "Please turn off …")? */
function imperative(sentence: string): boolean {
  const doc = nlp(sentence.toLowerCase());
  return doc.has('^#Imperative') || doc.has('^please #Imperative') || doc.has('^(do|#Auxiliary) #Negative #Imperative') || doc.has('^(never|always) #Imperative');
}
/**
 * One rule of a comment box or house-rules list: an order of four words or fewer and its
 * explanation ("Be truthful. Don't knowingly lie about anyone."), or an order shouted in
 * capitals ("PLEASE TURN OFF YOUR CAPS LOCK."). A candidate only: clean.ts drops a run of
 * three or more, as an article never lists orders to its reader line after line.
 */
export function readerRule(line: string): boolean {
  if (line.length > 240) return false;
  const ss = shortSentences(line);
  if (ss.length === 0) return false;
  const first = ss[0]!;
  if (!/[.!]$/.test(first)) return false;
  const n = words(first).length;
  const shouted = first === first.toUpperCase() && /\p{Lu}{2}/u.test(first) && n >= 3 && n <= 10;
  if (shouted) return imperative(first);
  return ss.length >= 2 && n <= 4 && imperative(first);
}

/**
 * The subject of a comment box's rules: commenting itself. A run of orders that names it
 * ("Use the Report link on each comment", "Skip the obscene … language") is house rules; a
 * list of safety tips ("Stay indoors. …", "Boil water. …") is the article's.
 */
export function discussionTerms(line: string): number {
  const m = line.toLowerCase().match(/\b(?:comments?|commenting|commenters?|posts?|posting|discussion|language|abusive|obscene|vulgar|threats?|threaten|harass\w*|respectful|civil|on topic|off-topic|caps lock|personal attacks?|moderat\w+|report (?:link|button)|flag)\b/g);
  return m ? m.length : 0;
}

/** A postal address on a line of its own: "400 N. Main St.", "1200 Commerce Blvd., Suite 300", "P.O. Box 1180". */
const STREET = /^\d{1,6}(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Plaza|Ct|Court|Pl|Place|Hwy|Highway|Sq|Square|Ter|Terrace|Cir|Circle|Pike|Loop|Trail)\.?(?:\s+(?:[NSEW]{1,2}|North|South|East|West)\.?)?(?:,?\s*(?:Suite|Ste\.?|Room|Rm\.?|Floor|Fl\.?|Unit|#)\s*[\w-]+\.?)?$/u;
export function addressLine(line: string): boolean {
  return line.length <= 80 && (STREET.test(line) || /^(?:P\.?\s?O\.?|Post Office) Box \d{1,6}\.?$/i.test(line));
}

/** A comment's author line: "Dee R. said...", "Anonymous said…", "marisol wrote:". */
// (With its ellipsis only: "The sheriff said:" is an article's lead-in to a quotation.)
export function commentAuthor(line: string): boolean {
  return line.length <= 60 && /^[\p{L}][\p{L}\p{N}.'’_-]*(?:\s[\p{L}\p{N}.'’_-]+){0,3}\s(?:said|says|wrote|writes)(?:\.\.\.|…)$/u.test(line);
}

/**
 * A social post as a site embeds it: text closed by hashtags or a picture link
 * ("… not letting up. #BorderSecurity", "… partners. pic.twitter.com/q7Rk2Lm"). Article
 * prose ends in a stop; a quoted post ends with its quotation mark.
 */
export function socialPost(line: string): boolean {
  if (line.length > 320) return false;
  return /(?:^|\s)#[\p{L}_][\p{L}\p{N}_]{1,40}$/u.test(line) || /\bpic\.twitter\.com\/\w+/.test(line) || /(?:^|\s)https?:\/\/t\.co\/\w+$/.test(line);
}

/** A mailing's footer: "You are receiving this because you are a member.", "You received this email because you signed up …". */
export function mailingFooter(key: string): boolean {
  return (
    key.length <= 240 &&
    /^you(?:'re| are) receiving this\b|^you received this (?:e-?mail|message|newsletter)\b|^(?:this (?:e-?mail|message|newsletter) was sent to)\b|^(?:having trouble|trouble|problems?) (?:viewing|reading|seeing) this (?:e-?mail|message|newsletter)\b|^view (?:it|this (?:e-?mail|message|newsletter)) (?:as a web page|in (?:your|a|the) (?:web )?browser|online)\b/.test(key)
  );
}

/**
 * A page's archival notice: "Archived Content", "This page has been archived", "… the archive
 * contains content from a previous administration or is otherwise outdated." Addressed to
 * the page's reader, never about the events the article reports.
 */
export function archiveNotice(key: string): boolean {
  if (key.length > 400) return false;
  return /^(?:archived|archive) (?:content|page|news release|press release|document|information|material)$/.test(key) || /\b(?:the|this) archive contains (?:content|information|material) from a previous administration\b|^this (?:page|content|document|release|information) (?:is|has been|was) archived\b|^(?:this|the) (?:page|content|information) (?:is|may be) (?:no longer|not) (?:current|updated|maintained)\b/.test(key) ||
    // (Round 16: "… the archive contains outdated information …", "You have accessed part of a historical collection …".)
    /\b(?:the|this|our) archive contains (?:outdated|historical|older) (?:content|information|material)\b|^you have accessed (?:part of )?(?:an? |the )?(?:historical|archived?) (?:collection|content|page|site|material)\b/.test(key);
}

/**
 * A metadata strip led by a full date, glued or not to its place and category: "December 29,
 * 2023Washington, DC, United StatesOperational", "June 4, 2024 | Press Release". Title-like rest
 * of eight words at most, no end stop: a sentence that opens on a date goes on to a verb and a stop.
 */
const LEADING_DATE = new RegExp(`^(?:${WEEKDAY}\\s+)?${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, 'i');
export function dateLedStrip(line: string): boolean {
  if (line.length > 120) return false;
  const m = LEADING_DATE.exec(line);
  if (!m) return false;
  const rest = line.slice(m[0].length);
  // Glued ("2023Washington") or set off; the rest names places and labels, no sentence.
  return rest.trim().length > 0 && words(rest).length <= 8 && !/[.!?]["”’]?$/u.test(rest) && !/,$/.test(rest) && (/^\p{L}/u.test(rest) || /^\s*[|·•–—-]?\s*\p{Lu}/u.test(rest));
}


/**
 * A control of the page's player or viewer written as an order ("Click to enlarge", "Follow
 * this topic", "Share full article", "Play video", "Download our app"): a verb of the
 * interface and an object of the site, six words at most, no stop. Headlines can open
 * with such verbs ("Follow the Money"), so clean.ts drops these only inside or after the
 * article, never above it.
 */
const UI_VERB = /^(?:click|tap|follow|unfollow|share|add|play|pause|replay|send|subscribe|download|install|watch|listen|view|open|close|show|hide|expand|collapse|enlarge|load|enable|turn on|turn off|skip|scroll|swipe|save|copy|print|email|gift|mute|unmute|rate|report|flag|sign in|log in|sign up)\b/;
const UI_OBJECT = /\b(?:topic|topics|article|articles|story|stories|video|videos|audio|podcast|app|apps|channel|enlarge|photo|photos|image|images|gallery|slideshow|newsletter|alerts?|notifications?|comments?|link|author|friend|page|player|transcript|captions?|fullscreen|full screen|sound|playlist|episode|feed|bookmark|reading list)\b/;
export function interfaceControl(key: string): boolean {
  if (key.length > 60 || /[.!?]$/.test(key)) return false;
  return words(key).length <= 6 && UI_VERB.test(key) && UI_OBJECT.test(key);
}

/** A player's or page's technical notice: "Your browser does not support the video tag.", "Loading comments…", "Video duration 01:45". */
export function technicalNotice(key: string): boolean {
  return (
    key.length <= 200 &&
    /^(?:your browser does not support\b|(?:this|the) (?:video|audio|content|embed|media) (?:is|isn't|is not|cannot be|can't be) (?:available|supported|played|displayed|loaded)\b|to (?:view|watch|play|listen to) this (?:video|content|audio|embed),? (?:please )?(?:enable|turn on|update|upgrade)\b|loading (?:comments|video|audio|content|more|the player)(?:\.\.\.|…)?$|(?:video|audio) (?:duration|length) \d{1,2}:\d{2}(?::\d{2})?$|now playing\b)/.test(key)
  );
}

/** Wire credits of the writers and editors: "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by …". */
export function wireCredits(key: string): boolean {
  return key.length <= 200 && /^(?:additional )?(?:reporting|writing|editing|research|graphics|production) by [^.;]{2,80}(?:;\s*(?:and )?(?:additional )?(?:reporting|writing|editing|research|graphics|production) by [^.;]{2,80})+\.?$/.test(key);
}
