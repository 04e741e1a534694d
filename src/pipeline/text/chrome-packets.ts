// Line shapes of the page formats cleaner round 12 met (issue 15, blind set 11 taken as
// development data): a council's agenda packet as PDF text (cover-sheet fields, item numbers,
// packet-page footers, attachment labels, a jurisdiction's letterhead in capitals), a course
// site's reading page (a menu of labels at runs of spaces, "Mark as done", reading time, the
// app's ☰ bar), a neighbourhood app's post (reaction rows, "(N neighbors reacted)" teasers,
// neighbours' reply rows, a ✓ account line, a footer of links closed by ©) and an e-reader's
// digest (article position, "saved from", location and highlight lines). Features, not
// phrases: a closed vocabulary of cover-sheet labels with their colon, a count in brackets of
// people reacting, a row of action labels each with its count, a short name and a relative age
// among a row's segments. Hand-written: no well-kept npm library tells these from prose in
// plain text. None fires on a line for holding a number or a name alone; rows of figures
// (a table's label and its numbers) are never a menu.
import { words } from './normalize.ts';
import { separatorSegments } from './separators.ts';

// The labels of a staff report's or agenda item's cover sheet, as councils, boards and agencies
// print them (match key, before the colon). Not the labels that open the report's own text
// ("Background:", "Discussion:", "Analysis:", "Summary:", "Recommendation:"): those lines are body.
// Strong labels name a cover sheet; the weak ones (a memo's "To:", a list's "Amount:") only beside one.
const STRONG_LABEL = /^(?:subject|subj|item title|agenda title|title of item|meeting date|agenda date|hearing date|council meeting date|date of meeting|prepared by|submitted by|presented by|requested by|reviewed by|approved by|initiated by|originating department|staff contact|fiscal impact|financial impact|budget impact|fiscal note|recommended action|staff recommendation|action requested|requested action|suggested motion|proposed motion|recommended motion|council action|board action|action required|attachments|enclosures|agenda item|item type|type of item|agenda section|council district|strategic (?:goal|priority|plan goal)|council goal)\s*:\s*(\S.*)$/;
const WEAK_LABEL = /^(?:re|to|from|through|thru|presenter|department|dept\.?|division|contact person|budgeted|amount|funding source|account number|attachment|enclosure|exhibits?|item(?: no\.?| number| #)?|file (?:no\.?|number|#)|ward)\s*:\s*(\S.*)$/;
/** A cover sheet's field line: 2 a strong label ("SUBJECT: …", "FISCAL IMPACT: …"), 1 a weak one ("To: …"), 0 none. */
export function coverField(key: string): 0 | 1 | 2 {
  if (key.length > 300) return 0;
  const strong = STRONG_LABEL.exec(key);
  const m = strong ?? WEAK_LABEL.exec(key);
  // (Never a long sentence after its label: a report's own "Amount: The county spent … ." is body.)
  if (m === null || (words(m[1]!).length > 14 && /[.!?]["”’]?$/u.test(m[1]!))) return 0;
  return strong ? 2 : 1;
}

/** A cover sheet's or memo's subject line, "SUBJECT: …", "RE: …": it names the item, never the article's title (clean.ts, structure.ts). */
export function subjectLine(line: string): boolean {
  return /^(?:subject|re|subj)\s*:\s*\S/i.test(line);
}

/** An agenda item's number alone: "AGENDA ITEM 9.C", "Consent Item 4", "Item No. 12-B". */
export function agendaItem(key: string): boolean {
  // (Or the form's own name over its fields: "AGENDA ITEM SUMMARY", "Staff Report", "Request for Council Action".)
  if (/^(?:(?:city |county |council |board )?agenda (?:item )?(?:summary|report|memorandum|cover sheet|request)|staff report|request for (?:council|board|commission) action|council (?:communication|agenda item)|agenda item (?:summary|report|cover sheet))$/.test(key)) return true;
  return /^(?:(?:agenda|consent|regular|action|discussion|information(?:al)?|public hearing|new business|old business|unfinished business|presentation) )?item (?:no\. ?|number |# ?)?\d{1,3}(?:[.-]?[a-z0-9]{1,3}){0,3}\.?$/.test(key);
}

/** An attachment's label alone over its pages: "ATTACHMENT A", "Exhibit 3", "Enclosure 2-B". */
export function attachmentLabel(key: string): boolean {
  return /^(?:attachment|exhibit|enclosure)s? (?:[a-z]|\d{1,3}|[ivx]{1,5})(?:-[a-z0-9]{1,3})?\.?$/.test(key);
}

/** A packet's or bound document's page footer: "Packet Page 46 of 212", "Agenda Packet Pg. 7", "Council Packet - Page 3". */
export function packetPage(key: string): boolean {
  return /^(?:[a-z]+ ){0,2}(?:packet|agenda|exhibit|attachment [a-z0-9]{1,3})(?: [-–—])? (?:page|pg\.?|p\.) ?\d{1,4}(?: (?:of|\/) \d{1,4})?$/.test(key);
}

/**
 * A jurisdiction's letterhead in capitals ("CITY OF MESA BAJA, NEW MEXICO", "COUNTY OF SAN LUIS",
 * "TOWN OF HOLLIS"): the place it names ("MESA BAJA, NEW MEXICO"), or null. The place, not a
 * boolean: clean.ts tests it for a verb ("CITY OF PHARR SUES STATE" is a headline's).
 */
export function letterheadPlace(folded: string): string | null {
  if (folded.length > 80) return null;
  // (A place of four words at most, and a state after a comma: "STATE OF EMERGENCY …" names no state.)
  const m = /^(?:THE )?(CITY|COUNTY|TOWN|VILLAGE|BOROUGH|TOWNSHIP|PARISH|MUNICIPALITY|CITY AND COUNTY|PUEBLO|STATE|COMMONWEALTH|BOARD|OFFICE) OF ((?:THE )?(?:\p{Lu}[\p{Lu}.'’&-]*)(?: \p{Lu}[\p{Lu}.'’&-]*){0,3})(?:, (\p{Lu}[\p{Lu} .]{1,30}))?$/u.exec(folded);
  if (m === null || ((m[1] === 'STATE' || m[1] === 'COMMONWEALTH') && !US_STATES.has(m[2]!.toLowerCase()))) return null;
  return m[3] ? `${m[2]}, ${m[3]}` : m[2]!;
}
// (The states and territories whose names a state's letterhead carries.)
const US_STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'puerto rico', 'guam']);

/** A reading- or listening-time line: "Reading time: about 6 minutes", "Estimated read time 4 min", "Listening time ~12 min". */
export function readingTime(key: string): boolean {
  return key.length <= 60 && /^(?:estimated |approximate |approx\. )?(?:reading|read|listening|listen|watch) time\s*:?\s*(?:about |around |approx(?:imately|\.)? |roughly |under |less than |~ ?)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?|hours?|hrs?)\.?$/.test(key);
}

/** A learning app's or reader's progress control: "✓ Mark as done", "Mark complete", "Mark all as read". */
export function progressControl(key: string): boolean {
  return /^(?:[^\p{L}\p{N}\s]{1,2}\s*)?(?:mark (?:as )?(?:done|complete|completed|finished|read|unread|reviewed)|mark all as read|mark complete|completed ✓)$/u.test(key);
}

/** A word of an app's action row: "Thank", "Reply", "Share", "Like", each with its count or none. */
const ACTION = /^(?:thank|thanks|like|likes|love|loves|reply|replies|comment|comments|share|shares|react|reactions?|upvotes?|downvotes?|repost|reposts|retweets?|save|saved|report|helpful|agree|cheer|cheers|kudos|clap|claps|boost|boosts)$/;
/** A row of actions and their counts at runs of spaces or separators: "♡ Thank 48   💬 Reply 17   ↗ Share". */
export function reactionRow(line: string): boolean {
  if (line.length > 120) return false;
  const segs = line.split(/\s{2,}|\t|\s+[|·•]\s+/u).map((s) => s.trim()).filter(Boolean);
  if (segs.length < 2) return false;
  return segs.every((s) => {
    const m = /^[^\p{L}\p{N}]{0,3}\s*(\p{L}+)\s*(?:\(?\d[\d,.]*[kKmM]?\)?)?$/u.exec(s) ?? /^[^\p{L}\p{N}]{0,3}\s*\d[\d,.]*[kKmM]?\s+(\p{L}+)$/u.exec(s);
    return m !== null && ACTION.test(m[1]!.toLowerCase());
  });
}

/** A teaser closed by its count of people reacting: "Trending near you: Lost cat on 5th (48 neighbors reacted)". */
export function reactedTeaser(key: string): boolean {
  return key.length <= 200 && (key.endsWith(')') || key.endsWith(').')) && /\((?:\d[\d,.]*k?|one|two|three|a few|dozens of) (?:\w+ ){0,2}(?:neighbou?rs|people|members|readers|users|residents|followers|others|parents|students|viewers)(?: have)? (?:reacted|responded|replied|commented|are talking|talking|interested|going|thanked|liked|shared|watching)\)\.?$/.test(key);
}

// A relative age of a post or reply ("58 min", "2 hr ago", "3 d", "yesterday").
const AGE = /^(?:\d{1,3} ?(?:s|sec|secs|m|min|mins|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks|mo|mos|y|yr|yrs)(?: ago)?|just now|yesterday)$/;
/** A reply row of a neighbourhood or community app: "Joe V. · North Alamo · Is there a way to donate? · 58 min · Thank 2". */
export function replyRow(folded: string): boolean {
  // (The name and its separator first, before any split: most lines open otherwise.)
  if (folded.length > 300 || !/^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)? \p{Lu}\.? [|·•] /u.test(folded)) return false;
  const segs = separatorSegments(folded);
  if (segs.length < 3) return false;
  // (The poster's short name first: a first name and an initial, "Joe V.", "Ana M".)
  if (!/^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)? \p{Lu}\.?$/u.test(segs[0]!)) return false;
  const tail = segs.slice(1).map((s) => s.toLowerCase());
  return tail.some((s) => AGE.test(s)) && (tail.some((s) => reactionRow(s) || /^(?:thank|like|reply|replies|likes)\s*\d{1,5}$/.test(s)) || AGE.test(tail.at(-1)!));
}

// What a platform prints after the badge: "Public agency", "Verified", "Official account", "Agency".
const ACCOUNT_KIND = /^(?:(?:public|government|official|verified|local|news|nonprofit|business|community|agency|organi[sz]ation|page|account|source|partner|member|lead|creator|brand|publisher|media|department|service)(?:\s+|$)){0,3}$/i;
/** An account's name line with its check mark: "Harbor Police Department ✓ Public agency", "✔ Verified". */
export function verifiedAccount(folded: string): boolean {
  if (folded.length > 120 || !/[✓✔☑]/u.test(folded)) return false;
  // (Always a match on a folded line; a line with a break after the mark, which it threw on, is no account line.)
  const m = /^([^✓✔☑]*)[✓✔☑]\s*(.*)$/u.exec(folded);
  if (m === null) return false;
  // (The account's name before the mark, a kind of account or nothing after it, no sentence.)
  const name = m[1]!.trim();
  const kind = m[2]!.trim();
  const n = words(name).length;
  if (n < 1 || n > 10 || /[.!?]$/.test(name) || !ACCOUNT_KIND.test(kind)) return false;
  // (With no kind after the mark, a name in title case of two words or more: "Background checks ✓" is a checklist's item.)
  return kind !== '' || (n >= 2 && words(name).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|and|the|for|–|-)$/.test(w)));
}

/** A footer of links closed by its copyright: "Porchlight · About · Guidelines · Privacy · © 2026 Porchlight, Inc.". */
export function copyrightLinks(folded: string): boolean {
  if (folded.length > 300 || !/©|\(c\)|copyright/i.test(folded)) return false;
  const segs = separatorSegments(folded);
  return segs.length >= 3 && segs.every((s) => words(s).length <= 6) && segs.some((s) => /^(?:©|\(c\)|copyright\b)/i.test(s));
}

/** An app's navigation bar under its menu glyph: "☰  POLS 2100  >  Modules  >  Unit 3", "≡ Menu". */
export function menuGlyphBar(folded: string): boolean {
  return folded.length <= 200 && /^[☰≡⌂]\s*\S/u.test(folded) && !/[.!?]$/.test(folded);
}

/**
 * A menu of labels at runs of spaces, as a page's text gives its bar: "Account   Dashboard   Courses
 * Calendar   Inbox (12)   Help". Three labels or more of one to three words, each opening on a
 * capital or a glyph; never a row of figures ("Unaccompanied children   38,759   68,541" is a
 * table's row: a label and its numbers).
 */
export function spaceRunMenu(line: string): boolean {
  if (line.length > 200 || !/\S(?: {2,}|\t)\S/u.test(line)) return false;
  const segs = line.trim().split(/ {2,}|\t+/u).map((s) => s.trim()).filter(Boolean);
  if (segs.length < 3) return false;
  // (Figures only as a label's bracketed count, "Inbox (12)": a score line or a table's row has them bare.)
  return segs.every((s) => {
    const n = words(s).length;
    return n >= 1 && n <= 3 && /^[^\p{Ll}\p{N}]/u.test(s) && !/[.!?,;:]$/u.test(s) && !/\d/u.test(s.replace(/\s*\(\d{1,5}\)$/u, ''));
  });
}

const READER_MARK = /(?:saved|clipped|sent) (?:from|via) | of \d|left in |^popular highlight|^highlighted by |^end of /;
/** An e-reader's position and provenance: "Article 2 of 9 · saved from cbp.gov on Mar 27, 2018", "Loc 412 of 3,918 · 11%". */
export function readerPosition(key: string): boolean {
  if (key.length > 200 || !READER_MARK.test(key)) return false;
  const segs = separatorSegments(key);
  return segs.some((s) => /^(?:saved|clipped|sent) (?:from|via) \S+(?: on .{3,30})?$/.test(s)) ||
    /^(?:loc(?:ation)?|page|pos(?:ition)?) \d[\d,]* of \d[\d,]*$/.test(segs[0]!) && segs.length >= 2 ||
    segs.some((s) => /^\d{1,3} ?(?:mins?|minutes?|hrs?|hours?) left in (?:article|chapter|story|book|issue)$/.test(s)) ||
    /^(?:popular highlight\b|highlighted by \d[\d,.]*k? (?:readers|people|others|highlighters)$)/.test(segs[0]!) ||
    (segs.length >= 2 && /^end of (?:article|story|chapter|issue)$/.test(segs[0]!));
}

/** A document-type label with its issuer, no sentence: "PRESS RELEASE U.S. Customs and Border Protection", "NEWS RELEASE · City of Pharr". */
export function releaseLabel(key: string): boolean {
  return key.length <= 120 && /^(?:press|news|media) release\b/.test(key) && !/[.!?]$/.test(key) && words(key).length <= 14 && !/\b(?:is|are|was|were|has|have|had|will|said|says)\b/.test(key);
}

/** A table's row at runs of spaces: a label and two figures or more ("Single adults   41,220   38,904"). */
export function figuresRow(line: string): boolean {
  if (line.length > 300 || !/\S(?: {2,}|\t)\S/u.test(line)) return false;
  return line.trim().split(/ {2,}|\t+/u).filter((s) => /^[-+−$€£(]*\d[\d,.]*%?\)?$/u.test(s.trim())).length >= 2;
}
