// clean: text → kept lines. Web boilerplate goes by GENERAL rules — marker
// phrases, line shape (short, no end punctuation, ellipsis), position (before
// the first paragraph, after the last) and repetition — never by the seeds'
// sentences. Every dropped line is kept with the rule that dropped it.
//
// The rules look only at the sequence of non-empty lines and run to a fixed
// point, so cleaning is idempotent and output lines are a subsequence of the
// (trimmed) input lines.
import type { CleanResult } from './types.ts';
import { originalPublicationLine } from './text/attribution.ts';
import { wrappedParagraphs } from './text/wrapped.ts';
import { endsLikeSentence, foldSpaces, hasWords, ofFolded, titleCaseRatio, wordCount, words } from './text/normalize.ts';
import * as chrome from './text/chrome.ts';
import { languageOf, mayBeForeign, otherLanguage } from './text/language.ts';
import { reportSectionHeading } from './text/headline.ts';
import type { ArchiveTemplate } from './template.ts';
import { chooseHeadline, leadOf, HEADLINE_WEIGHTS, type HeadlineCandidate, type HeadlineWeights, type Lead, type ParagraphMemo } from './text/headline-model.ts';
import { tableLineIndices } from './text/tables.ts';
import nlp from 'compromise';

/** A key for marker tests: folded, lower case, trailing punctuation/asterisks/colons removed. */
function markerKeyOf(key: string): string {
  // The trailing run found from the end: the $-anchored regex tried every position of long lines.
  let end = key.length;
  while (end > 0 && TRAILING_MARK.test(key[end - 1]!)) end--;
  return (end === key.length ? key : key.slice(0, end)).replace(/^[\s•·|›»>–—-]+/u, '');
}
/** One character of the trailing run markerKeyOf removes (/[\s:*.!|›»>•·–—-]+$/u; no astral characters in it). */
const TRAILING_MARK = /^[\s:*.!|›»>•·–—-]$/u;

/**
 * What the line rules read from a line, computed once per line: the rules used to
 * fold, split into words and test the ending of the same line a dozen times each.
 * All of it is derived from the folded line (folding is idempotent).
 */
interface Shape {
  folded: string;
  /** matchKey of the line. */
  key: string;
  nwords: number;
  ends: boolean;
  ellipsis: boolean;
}

function shapeOf(line: string): Shape {
  const folded = foldSpaces(line);
  const nwords = ofFolded.wordCount(folded);
  return {
    folded,
    key: ofFolded.matchKey(folded),
    nwords,
    // A stop after an initial ends no sentence in a short line: "Ana M." is a name.
    ends: (ofFolded.endsLikeSentence(folded) && !(nwords <= 3 && /\b\p{Lu}\.$/u.test(folded))) || endsBeforeCredit(folded),
    ellipsis: ofFolded.endsWithEllipsis(folded),
  };
}

/** A sentence closed by a bracketed credit after its stop: "… along the border. (U.S. Army photo by Pvt. Jane Doe)". */
function endsBeforeCredit(folded: string): boolean {
  if (!folded.endsWith(')')) return false;
  const m = /^(.*[.!?]["”’]?)\s*\([^()]{1,80}\)$/u.exec(folded);
  return m !== null && ofFolded.wordCount(m[1]!) >= 8 && ofFolded.endsLikeSentence(m[1]!);
}

function set(list: string): Set<string> {
  return new Set(list.split('|'));
}

// Whole-line markers, grouped by the rule name that reports them.
const LINE_MARKERS: [string, Set<string>][] = [
  ['navigation', set('connect with us|follow us|hi, what are you looking for?|what are you looking for?|search|search for|menu|main menu|open menu|close menu|close|toggle navigation|skip to content|skip to main content|skip to navigation|sign in|log in|login|sign up|register|subscribe|subscribe now|home|back to top|newsletter|newsletters|sections|more|about us|contact us|contact|privacy policy|terms of use|terms of service|terms and conditions|sitemap|all rights reserved|listen to this article|listen|audio|breaking|breaking news|live|latest updates|view all|see all|show more|load more|next|previous|next article|previous article|go to page|tags|topics|filed under|categories|category|print this page|font size|text size')],
  ['share', set('shares|like this|like loading...|like loading|show comments|report a typo|report an error|read the full report|read the full story|read full article|share|share this|share this:|share this article|share this story|share on facebook|share on twitter|share on x|share on linkedin|share via email|share via|share this page|share this post|share this video|share this episode|share this page on|tweet|email|e-mail|print|copy link|copy url|link copied|copied|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|threads|bluesky|mastodon|messenger|sms|comments|comment|0 comments|gift this article|save|save article|saved|bookmark')],
  ['comment-form', set('reply|delete|report abuse|flag|leave a reply|leave a comment|post a comment|add a comment|cancel reply|post comment|submit comment|submit|comment *|name *|email *|website|name|δ|join the conversation|log in to comment|view comments|show comments|be the first to comment')],
  ['advertisement', set('advertisement|advertisements|ad|ads|supported by|recommended by|sponsored|sponsored content|paid content|paid post|promoted|story continues below advertisement|story continues below|article continues below|article continues below advertisement|continue reading below|scroll to continue|scroll to continue with content|skip ad|content continues below|report this ad|ad feedback')],
  ['feedback', set('was this article helpful?|was this article helpful|was this helpful?|was this page helpful?|did you find this article useful?|rate this article|how would you rate this article?|send us feedback|send feedback|thank you for your feedback|thank you for your feedback!|thanks for your feedback')],
  // Photo viewers' buttons (NPR's "toggle caption", galleries' "Enlarge this image").
  // A video player's controls and its transcript toggle.
  ['player', set('transcript|show transcript|hide transcript|read transcript|view transcript|full transcript|cancel autoplay|autoplay|play|pause|replay|mute|unmute|cc|watch now|watch live')],
  ['caption', set('enlarge this image|toggle caption|hide caption|show caption|expand image|view image|view gallery|open gallery|view slideshow|launch gallery|fullscreen|full screen')],
  ['notices', set('legal notice|legal notices|public notice|public notices|classifieds|classified|classified ads')],
  ['cookie-notice', set('accept|accept all|accept all cookies|accept cookies|reject all|decline|manage preferences|manage cookies|cookie settings|cookie policy|got it|i agree|agree')],
];

// Lines that open a block of teasers for other stories.
const BLOCK_MARKERS = set(
  'related|related articles|related article|related stories|related story|related content|related news|related posts|related coverage|related reading|related links|related topics|more stories|more news|more on this story|more coverage|more to read|more headlines|you may also like|you might also like|you may like|you might like|we recommend|recommended|recommended for you|recommended stories|recommended reading|trending|trending now|trending stories|trending news|most popular|most read|most viewed|popular|popular now|popular stories|popular posts|latest|latest news|latest stories|latest posts|recent posts|recent stories|up next|read next|what to read next|read more|also read|see also|don\'t miss|do not miss|editor\'s picks|editors\' picks|top stories|other stories|in case you missed it|around the web|from our partners|promoted stories|sponsored stories|watch|watch now|watch more|videos|more videos|further reading|keep reading|stories you may have missed|more from our network|from the web|sponsored links|promoted links|you may be interested in|more for you|read this next|next up|latest headlines|top headlines|editor\'s choice|staff picks|also from this source|more news releases in similar topics|explore',
);
/** "Related Videos", "Most Watched", "Latest Podcasts": what and how, in two or three words. */
const BLOCK_OPENER = /^(?:related|more|latest|top|featured|recommended|trending|popular|most (?:read|watched|viewed|shared|popular|recent)|editors' picks|our picks)(?: (?:local|national|world|business|sports))? (?:videos?|stories|articles|news|posts|content|coverage|links|reads|podcasts|episodes|galleries|photos|headlines|reading|listening)$|^most (?:watched|shared|emailed|commented)$/;
/** "More from CNN", "More from Politics": an opener with a short tail. */
const MORE_FROM = /^(more|latest|also|trending|popular|most read|discover more|explore more|see more|read more|get more) (from|on|in|at|about|by) [^.?!]{1,40}$/;
/** One-line teasers: "Related: Some other headline", "READ MORE: …". */
const INLINE_TEASER = /^(related|read more|read also|also read|also see|more|more on this|see also|read|watch|listen|must read|recommended|don't miss|trending|read the full (?:report|story|release|statement|text|letter))\s*:\s*\S/;

const COMMENT_PHRASES = [
  /^your email address will not be published/,
  /^required fields are marked/,
  /^save my name,? email,? and website/,
  /^this site uses akismet/,
  /^you must be logged in to post a comment/,
  /^notify me of (follow-up comments|new posts)/,
  /^comments? (are|is) closed/,
];

const COOKIE = /\bcookies?\b/;
const ADDRESSES_READER = /\b(?:we|our|us|you|your)\b/;
const COOKIE_CONTEXT = /\b(we use|uses|accept|consent|policy|settings|preferences|by continuing|by using|browsing experience|personali[sz](?:e|ed|ation))\b/;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const TIMESTAMP = [
  /^(published|updated|posted|last updated|first published|modified|last modified|aired|broadcast|recorded|originally aired|pub\.?:)[^.!?]{0,80}\d/,
  new RegExp(`^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?$`),
  new RegExp(`^\\d{1,2}\\s+${MONTH}\\.?\\s+\\d{4}(?:[,\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*[a-z]{2,4})?)?$`),
  /^\d{4}-\d{2}-\d{2}(?:[t\s]\d{2}:\d{2}(?::\d{2})?z?)?$/,
  /^\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?$/,
  /^\d+\s+min(?:ute)?s?\s+read$/,
  // A live blog's entry stamp, time first: "9:41 a.m. ET, Aug. 1, 2025", "14:05 BST 3 June 2025".
  new RegExp(`^\\d{1,2}[:.]\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*[a-z]{2,4})?,?(?:\\s+(?:on\\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+${MONTH}\\.?)(?:,?\\s+\\d{4})?)?$`),
  /^\d+\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?|d)\s+ago$/,
];
/** "By Jane Doe", "By Jane Doe and John Roe, CBS News", "By JANE DOE | Reuters". */
const BYLINE = /^(?:(?:[Ww]ritten|[Ss]tory|[Rr]eporting|[Ww]ords|[Ee]dited|[Cc]ompiled|[Hh]osted|[Pp]roduced|[Nn]arrated|[Rr]eported|[Pp]hotographed|[Ii]llustrated|[Ii]nterview) by|by|BY|By)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|la|le|del|bin|al))*(?:\s*(?:,|\||·|•|–|—|-)\s*[^!?]{1,60})?$/u;

/** A date glued to the word before it, closing the line: "…RuizMarch 25, 2025", "…DoeSept. 3, 2024" (structure.ts cuts it off the byline). */
export const GLUED_DATE = /(?<=\p{Ll})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$/u;

/** A bare domain or URL on its own line ("cbp.gov", "https://www.cnn.com/…"). */
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d+)?(?:[/?#]\S*)?$/i;

export function domainOf(line: string): string | null {
  return domainOfFolded(foldSpaces(line));
}
function domainOfFolded(folded: string): string | null {
  // (Also in brackets, as aggregators tag a link's site: "(ice.gov)".)
  const m = DOMAIN.exec(folded.startsWith('(') && folded.endsWith(')') ? folded.slice(1, -1) : folded);
  return m ? m[1]!.toLowerCase() : null;
}

/** How a list item opens: a rank ("1. "), a clock time ("2:12 p.m. "), a bullet ("• "); null for none. */
function itemMark(line: string): string | null {
  if (/^\d{1,2}[.)]\s+\S/u.test(line)) return 'rank';
  if (/^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+\S/iu.test(line)) return 'time';
  // (Or the time closing the item: "Governor lists 6 cities · 2:12 p.m.", "… (10:03 a.m.)".)
  if (/\S\s*(?:[·|•–—-]\s*|\()\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\)?$/iu.test(line)) return 'time-last';
  if (/^[•▪◦*–-]\s+\S/u.test(line)) return 'bullet';
  return null;
}
/**
 * The last line of a run of two or more list items of one kind starting at line a, or -1:
 * where a box of ranked, timed or bulleted teasers ends. Items one line each, or each with one
 * line under it at a steady stride ("1. Pool opens early" / "3h ago" / "2. …" / "5h ago").
 */
function itemRunEnd(lines: string[], a: number): number {
  const mark = a < lines.length ? itemMark(lines[a]!) : null;
  if (mark === null) return -1;
  for (const stride of [1, 2]) {
    let j = a;
    while (j + stride < lines.length && itemMark(lines[j + stride]!) === mark && (stride === 1 || itemMark(lines[j + 1]!) === null)) j += stride;
    // (At stride 2 the last item keeps its line under it, when that line is no item itself.)
    if (j > a) return stride === 2 && j + 1 < lines.length && itemMark(lines[j + 1]!) === null ? j + 1 : j;
  }
  return -1;
}

/** A line that reads as article prose: ends like a sentence and is not a truncated teaser. */
function isBody(x: Shape): boolean {
  return x.ends && !x.ellipsis && x.nwords >= 8;
}

/** Prose strong enough to end a teaser block: long, complete sentences. */
function resumesArticle(x: Shape): boolean {
  // Teaser titles carry no end punctuation and teaser snippets end in "…"; a
  // complete sentence of ten words or more is the article again.
  return x.ends && !x.ellipsis && x.nwords >= 10;
}

/** Title-like: no end punctuation, a handful of words. */
function isTitleLike(x: Shape): boolean {
  return !x.ends && !x.ellipsis && x.nwords >= 2 && x.nwords <= 25 && x.folded.length <= 200;
}

function isShort(x: Shape): boolean {
  return !x.ends && x.nwords <= 3 && x.folded.length <= 30;
}

function markerRule(x: Shape, markerKey: string): string | null {
  const raw = x.key;
  for (const [rule, markers] of LINE_MARKERS) if (markers.has(markerKey) || markers.has(raw)) return rule;
  // A marker given in two languages at a slash, as bilingual pages print it: "Publicidad / Advertisement", "Compartir / Share".
  const halves = raw.length <= 60 ? raw.split(' / ') : [];
  if (halves.length === 2 && halves.every((h) => wordCount(h) <= 3)) {
    for (const [rule, markers] of LINE_MARKERS) if (halves.some((h) => markers.has(markerKeyOf(h.trim())))) return rule;
  }
  if (COMMENT_PHRASES.some((re) => re.test(raw))) return 'comment-form';
  // (A notice addresses the reader; a report on cookie rules does not: "Regulators said the site used cookies without consent.")
  if (COOKIE.test(raw) && COOKIE_CONTEXT.test(raw) && raw.length < 400 && (!isBody(x) || ADDRESSES_READER.test(raw))) return 'cookie-notice';
  if (/^(©|\(c\)|copyright\b)/.test(raw) && raw.length < 200) return 'copyright';
  if (/^(click|tap) (here )?to (share|print|email|open|subscribe)/.test(raw)) return 'share';
  if (/^(sign up|subscribe)\b.{0,80}\b(newsletter|updates|inbox|alerts)\b/.test(raw) && raw.length < 160) return 'newsletter';
  if (INLINE_TEASER.test(raw) && raw.length < 200) return 'inline-teaser';
  // Any block opener used as a label for one teaser, wherever it sits: "Read next: …", "Up next: …", "Most read: …".
  if (labelledBlockTeaser(x)) return 'inline-teaser';
  if (/^(?:a version of )?this (?:article|story|piece|essay) (?:appears|appeared|will appear) in (?:print\b|the [^.]{0,40}\bprint edition\b|the [^.]{0,40}\bissue\b)/.test(raw) && raw.length < 400) return 'print-edition';
  if (/^a version of this (?:article|story) (?:appears|appeared) in print\b/.test(raw) && raw.length < 400) return 'print-edition';
  // Wire-release and broadcast-transcript boilerplate.
  if (/^view original content\b/.test(raw) || (/^SOURCE\s+\p{Lu}/u.test(x.folded) && x.nwords <= 12 && !x.ends)) return 'source-line';
  if (/^this is a rush transcript\b|\btranscripts? (?:are|is) (?:created|produced) on a rush deadline\b/.test(raw)) return 'transcript-notice';
  if (/^\((?:commercial break|begin video ?(?:tape|clip)|end video ?(?:tape|clip)|video ?clip|crosstalk|laughter|applause|music|inaudible|break|soundbite of [^)]{1,60}|sound ?bite|voice-over|off-camera|on camera)\)$/.test(raw)) return 'stage-direction';
  // The U.S. Web Design System's government banner (designsystem.digital.gov/components/banner).
  if (GOV_BANNER.test(raw)) return 'gov-banner';
  if (chrome.archiveNotice(raw)) return 'archive-notice';
  if (/^(?:(?:do you )?have|got|send|submit|share)(?: us)?(?: a)? (?:news )?tips?\b/.test(raw) && raw.length < 200) return 'call-to-action';
  if (chrome.technicalNotice(raw)) return 'player-notice';
  // A printed or converted document's page number: "Page 2 of 3", "- 4 -", "p. 12".
  if (/^(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/.test(raw)) return 'page-number';
  // A form field's placeholder: "Type your email...", "Enter your e-mail address…".
  if (/^(?:type|enter|add|write|leave) (?:your|an?) (?:e-?mail(?: address)?|name|comment|reply|message|search(?: term)?|zip(?: code)?)(?: here)?(?:\.\.\.|…)?$/.test(raw)) return 'form-field';
  if (chrome.wireCredits(raw)) return 'credits';
  if (/^print edition\s*:\s*\S/.test(raw) && raw.length < 120) return 'print-edition';
  if (/^read more (?:at|on) \S+$/.test(raw) && raw.length < 120) return 'inline-teaser';
  // A social post's embed: "— Jane Doe (@janedoe) August 1, 2025", "View this post on Instagram".
  if ((raw.length < 160 && /^[-—–]\s*[^()]{1,60}\(@\w{1,30}\)\s+[^.!?]{0,30}\d{4}$/.test(raw)) || /^(?:view this post on (?:instagram|facebook|tiktok|x)|a post shared by .{1,60})$/.test(raw)) return 'embed';
  if (/^(?:listen|read|watch)\s*[·|:–—-]?\s*\(?\d+\s*min(?:ute)?s?\)?(?:\s+read)?$/.test(raw)) return 'navigation';
  if (/^listen to (?:this )?(?:article|story)\b/.test(raw) || /^(?:loading\.*|please enable javascript.*|javascript is (?:disabled|required).*)$/.test(raw)) return 'navigation';
  // Photo captions and credits: "(AP Photo/Eric Gay)", "Photo: Jane Doe/Getty Images".
  // (The end-anchored tests only where their last or required character is there.)
  if (raw.length < 400 && ((raw.endsWith(')') && /\((?:[^()]*\b(?:photo|photograph|image|file)\b[^()]*\/[^()]*|[^()]*\/(?:getty images|ap|reuters|afp)[^()]*)\)$/.test(raw)) || /^(?:photo|image|video|file photo|credit|photograph)s?\s*(?:credit)?\s*:\s*\S/.test(raw) || (raw.includes('/') && /\/\s*(?:getty images|ap photo|reuters|afp)$/.test(raw)))) return 'caption';
  return null;
}

function metadataRule(line: string, x: Shape): string | null {
  const raw = x.key;
  if (raw.length > 120) return null;
  if (TIMESTAMP.some((re) => re.test(raw)) || chrome.stampLine(raw) || chrome.dateLedStrip(x.folded)) return 'timestamp';
  // A bilingual stamp gives it twice, one language after the slash: "Publicado / Published: …", "Lectura de 2 minutos / 2 min read".
  const halves = raw.split(' / ');
  const stamp = (h: string) => TIMESTAMP.some((re) => re.test(h.trim()));
  // (The other half only a label or a stamp too: "Publicado", "Lectura de 2 minutos".)
  if (halves.length === 2 && halves.some((h, k) => stamp(h) && (stamp(halves[1 - k]!) || wordCount(halves[1 - k]!) <= 5))) return 'timestamp';
  if (chrome.desksCredit(markerKeyOf(raw)) || staffCredit(x.folded)) return 'byline';
  if (x.nwords <= 14 && BYLINE.test(x.folded) && !endsLikeSentence(line.replace(/\b\p{Lu}\.$/u, ''))) return 'byline';
  // A byline its page glued to the date, no space between ("By Spc. Ana RuizMarch 25, 2025"): the name alone is the byline.
  const glued = x.nwords <= 16 && /^by\s/i.test(x.folded) ? GLUED_DATE.exec(x.folded) : null;
  if (glued && BYLINE.test(x.folded.slice(0, glued.index))) return 'byline';
  // A byline and its stamp or reading time in one bar: "By Observer Staff · January 21, 2026, 5:30 p.m.", "Sun Country Now staff | 4 min read".
  const segs = chrome.separatorSegments(x.folded);
  if (segs.length >= 2 && x.nwords <= 20 && bylineSegment(segs[0]!) && segs.slice(1).every((g) => stampSegment(g.toLowerCase()))) return 'byline';
  return null;
}

/** "By KXQZ 11 Digital Team", "By Meridian Wire staff", "Sun Country Now staff": a credit of the outlet's own team, no person named. */
function staffCredit(folded: string): boolean {
  if (folded.length > 80) return false;
  const by = /^[Bb]y:?\s+/.exec(folded);
  // (Without "By", the team word in lower case: a title-case headline capitalises it, "FBI Opens New Bureau".)
  const rest = by ? folded.slice(by[0].length) : folded;
  const m = TEAM.exec(by ? rest.toLowerCase() : rest);
  if (m === null) return false;
  const name = rest.slice(0, m.index).trim();
  return /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*|\p{N}{1,3})(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|\p{N}{1,3}|of|the)){0,5}$/u.test(name);
}
const TEAM = /\s(?:staff|staff writers?|staff reports?|digital team|digital staff|web staff|web team|news team|news staff|newsroom|news desk|desk|bureau|wire staff)$/;
function bylineSegment(seg: string): boolean {
  return staffCredit(seg) || chrome.desksCredit(seg.toLowerCase()) || (BYLINE.test(seg) && wordCount(seg) <= 8 && /^by\b/i.test(seg));
}
/** A stamp or reading time as one segment of a bar: "January 21, 2026, 5:30 p.m.", "4 min read", "Updated 2 hours ago". */
function stampSegment(key: string): boolean {
  const k = key.replace(/[.\s]+$/, '');
  return TIMESTAMP.some((re) => re.test(k)) || chrome.stampLine(k) || /^\d+\s*(?:min(?:ute)?s?|hrs?|hours?)(?:\s+read)?$/.test(k);
}

// Feature tests of the match key, in order of confidence, each with the rule it reports.
const KEY_RULES: [(key: string) => boolean, string][] = [
  // A browser's print copy: running header and footer, print notice.
  [chrome.printHeader, 'print-header'],
  [chrome.printFooter, 'print-footer'],
  [chrome.printNotice, 'print-notice'],
  // A document viewer's furniture, a cached copy's notice and tip, an account prompt, a download link.
  [chrome.uploaderLine, 'post-meta'],
  [chrome.machineSummary, 'viewer'],
  [chrome.saveForLater, 'share'],
  [chrome.viewerPage, 'page-number'],
  [chrome.pagerLine, 'page-number'],
  [chrome.previewCutoff, 'viewer'],
  [chrome.fullDocumentOffer, 'paywall'],
  [chrome.cacheNotice, 'archive-notice'],
  [chrome.itemNotice, 'item-notice'],
  [chrome.languageSwitch, 'language-switch'],
  [chrome.browserTip, 'navigation'],
  [chrome.accountPrompt, 'account'],
  [chrome.downloadLink, 'player'],
  [chrome.ratingStrip, 'engagement-count'],
  [chrome.toggleHint, 'navigation'],
  [chrome.labelledPromo, 'call-to-action'],
  // A print page's jump lines and lottery draws.
  [chrome.jumpLine, 'jump-line'],
  [chrome.drawNumbers, 'lottery'],
  [chrome.issueTags, 'taxonomy'],
  // A video player's captions notice and autoplay teaser, a station's traffic widget.
  [chrome.captionsNotice, 'player-notice'],
  [chrome.autoplayTeaser, 'teaser'],
  [chrome.trafficWidget, 'traffic'],
  // A wire client's notes to editors and its desk's credits in brackets.
  [chrome.wireNote, 'wire-note'],
  [chrome.bracketedCredits, 'credits'],
  // A bulletin service's sender line; an aggregator's submitter, votes, thread labels and sidebar.
  [chrome.bulletinSender, 'mail-header'],
  [chrome.submitterLine, 'post-meta'],
  [chrome.voteShare, 'engagement-count'],
  [chrome.threadLabel, 'comment-thread'],
  [chrome.memberCount, 'forum'],
  [chrome.createdStamp, 'timestamp'],
  [chrome.inlineRules, 'forum'],
  [chrome.moderationLine, 'forum'],
  [chrome.mailingFooter, 'newsletter'],
  [chrome.continuesLine, 'advertisement'],
  [chrome.paywallLine, 'paywall'],
  [chrome.newsletterPrompt, 'newsletter'],
  [chrome.legalLine, 'legal'],
];
// A news database's record, a wiki library, a legal-news site, an app's share text, a channel preview (text/chrome-records.ts).
const RECORD_RULES: [(key: string) => boolean, string][] = [
  [chrome.recordField, 'record-field'],
  [chrome.citeLine, 'citation'],
  [chrome.permalinkLine, 'share'],
  [chrome.helpChat, 'help-chat'],
  [chrome.licenceBox, 'legal'],
  [chrome.lastEdited, 'timestamp'],
  [chrome.contributorLine, 'post-meta'],
  [chrome.accessNotice, 'paywall'],
  [chrome.caseCaption, 'case-caption'],
  [chrome.relatedLabel, 'related-block'],
  [chrome.downloadTools, 'call-to-action'],
  [chrome.appShareLine, 'share'],
  [chrome.whySeeing, 'recommendation'],
  [chrome.tabBar, 'navigation'],
  [chrome.channelLabel, 'post-meta'],
  [chrome.emojiCount, 'engagement-count'],
];
// E-mail, a list digest, court-filing exhibits, a clip report, a feedback box (text/chrome-mail.ts).
const MAIL_RULES: [(key: string) => boolean, string][] = [
  [chrome.mailHeader, 'mail-header'],
  [chrome.replyAttribution, 'quoted-reply'],
  [chrome.filingStamp, 'filing-stamp'],
  [chrome.caseStyle, 'case-caption'],
  [chrome.exhibitCaption, 'exhibit-caption'],
  [chrome.clipCounter, 'clip-meta'],
  [chrome.suppliedUnderLicence, 'legal'],
  [chrome.digestName, 'masthead'],
  [chrome.listAdmin, 'list-admin'],
  [chrome.mailNotice, 'mail-notice'],
  [chrome.feedbackResult, 'feedback'],
  [chrome.forwardSubject, 'mail-header'],
  [chrome.reportStamp, 'report-meta'],
  [chrome.mailSeparator, 'mail-header'],
];
// An alert bulletin, a scoreboard, an intranet's tiles, a school's notices, a site's notices about itself (text/chrome-notices.ts).
const NOTICE_RULES: [(key: string) => boolean, string][] = [
  [chrome.subscriptionNotice, 'subscription-notice'],
  [chrome.bulletinStamp, 'mail-header'],
  [chrome.scoreLine, 'score-line'],
  [chrome.statusTile, 'status-tile'],
  [chrome.usefulPrompt, 'feedback'],
  [chrome.nonDiscrimination, 'legal'],
  [chrome.originalLanguageNote, 'item-notice'],
  [chrome.browserNotice, 'player-notice'],
  [chrome.officialSiteBanner, 'gov-banner'],
  [chrome.maintenanceNotice, 'status-tile'],
  [chrome.siteCounter, 'site-counter'],
];
// The families above behind their modules' cheap gates, in this order.
const GATED_RULES: [(key: string) => boolean, [(key: string) => boolean, string][]][] = [
  [chrome.recordsCandidate, RECORD_RULES],
  [chrome.mailCandidate, MAIL_RULES],
  [chrome.noticesCandidate, NOTICE_RULES],
];
// Feature tests of the folded line (case kept).
const FOLDED_RULES: [(folded: string) => boolean, string][] = [
  [chrome.socialPost, 'embed'],
  [chrome.slugLine, 'wire-slug'],
  [chrome.fieldStrip, 'metadata-fields'],
  [chrome.commentBar, 'comment-thread'],
  [chrome.commenterLine, 'comment-thread'],
  [chrome.bracketTag, 'label'],
];
// An agenda packet, a course page, a neighbourhood app, an e-reader's digest (text/chrome-packets.ts):
// furniture whatever its length or stop words (a footer closed by "© 2026 Porchlight, Inc." reads as a sentence).
const PACKET_KEY_RULES: [(key: string) => boolean, string][] = [
  [chrome.agendaItem, 'cover-sheet'],
  [chrome.attachmentLabel, 'cover-sheet'],
  [chrome.packetPage, 'page-number'],
  [chrome.readingTime, 'timestamp'],
  [chrome.progressControl, 'interface-control'],
  [chrome.reactedTeaser, 'teaser'],
  [chrome.readerPosition, 'reader-position'],
  [chrome.releaseLabel, 'label'],
];
const PACKET_FOLDED_RULES: [(folded: string) => boolean, string][] = [
  [chrome.copyrightLinks, 'footer-links'],
  [chrome.replyRow, 'comment-thread'],
  [chrome.verifiedAccount, 'post-meta'],
  [chrome.menuGlyphBar, 'navigation'],
];
const LATE_KEY_RULES: [(key: string) => boolean, string][] = [
  [chrome.liveBlogLine, 'live-blog'],
  [chrome.sponsorCredit, 'sponsor'],
  [chrome.donationPrompt, 'fundraising'],
  [chrome.affiliateDisclosure, 'disclosure'],
  [chrome.audioCredit, 'audio-credit'],
];

/**
 * Furniture the line's own shape gives away (separators, counts, label prefixes,
 * credits, calls to action): the feature rules of text/chrome.ts, in order of
 * confidence. Prose (a long sentence dense in stop words) passes all but the
 * sentence-shaped prompts, which name their purpose (newsletter, legal).
 */
function featureRule(line: string, x: Shape, markerKey: string, prose: boolean, consent: number): string | null {
  const raw = x.key;
  // (A count with its colon opens the thread under it; "Comments (31)" near the headline is a count.)
  if (chrome.threadCount(raw) || chrome.commentAuthor(x.folded)) return 'comment-thread';
  const counted = chrome.withoutCount(markerKey);
  if (counted !== markerKey && counted.length > 0) {
    for (const [, markers] of LINE_MARKERS) if (markers.has(counted)) return 'engagement-count';
    if (/^(?:shares?|views?|reads?|likes?|reactions?|replies|responses|thoughts)$/.test(counted)) return 'engagement-count';
  }
  if (chrome.threadHeader(raw)) return 'comment-thread';
  // A forum thread's furniture: reply subjects and post and quote headers open the replies; counts and bars are the board's.
  if (chrome.replySubject(raw) || chrome.postHeader(raw) || chrome.quoteHeader(raw)) return 'comment-thread';
  if (chrome.viewerCount(raw) || chrome.topicBar(raw) || chrome.memberStats(raw)) return 'forum';
  if (chrome.guestBar(raw)) return 'account';
  if (chrome.pageGenerated(raw)) return 'software-credit';
  // An e-mail newsletter's sender line, reader-count pitch and a member page's promotions.
  if (chrome.senderLine(x.folded, (k) => TIMESTAMP.some((re) => re.test(k)) || chrome.stampLine(k))) return 'mail-header';
  if (chrome.readerCount(raw)) return 'newsletter';
  if (!x.ends && chrome.pageReference(raw)) return 'teaser';
  // (Each family's shapes only on a line its first words or marks can open: one test for most lines.)
  for (const [gate, rules] of GATED_RULES) {
    if (!gate(raw)) continue;
    const rule = rules.find(([test]) => test(raw))?.[1];
    if (rule) return rule;
  }
  if (chrome.transportNote(x.folded)) return 'transport-note';
  if (chrome.quotedLine(x.folded)) return 'quoted-reply';
  if (chrome.batesStamp(x.folded)) return 'bates-stamp';
  for (const [test, rule] of KEY_RULES) if (test(raw)) return rule;
  for (const [test, rule] of FOLDED_RULES) if (test(x.folded)) return rule;
  for (const [test, rule] of PACKET_KEY_RULES) if (test(raw)) return rule;
  for (const [test, rule] of PACKET_FOLDED_RULES) if (test(x.folded)) return rule;
  // (A headline in capitals has its verb: "CITY OF PHARR SUES STATE" is no letterhead.)
  const place = chrome.letterheadPlace(x.folded);
  if (place !== null && !hasVerb(place)) return 'masthead';
  // (Read off the line as given: its runs of spaces are the bar's separators.)
  if (chrome.reactionRow(line)) return 'engagement-count';
  if (!prose && chrome.spaceRunMenu(line)) return 'menu-bar';
  if (chrome.callToAction(raw) && x.nwords <= 30) return 'call-to-action';
  // (A menu that opens on "News |" is no ticker label: it goes as a bar below, and never comes back as the headline.)
  if (chrome.tickerLine(raw) && x.nwords <= 20 && !chrome.menuBar(x.folded)) return 'ticker';
  // (Not 'ticker': a labelled ticker line can be the headline, a bar of headlines cannot.)
  if (chrome.headlineTicker(x.folded)) return 'separator-bar';
  for (const [test, rule] of LATE_KEY_RULES) if (test(raw)) return rule;
  if ((consent >= 4 && ADDRESSES_READER.test(raw)) || chrome.consentButton(markerKey)) return 'cookie-notice';
  if (/^(?:media |press |news media )?(?:contacts?|inquiries|enquiries)\s*:/.test(raw) && raw.length <= 160) return 'contact';
  // A credit in brackets closing the line: a photo caption, sentence or not.
  if (chrome.endsWithCredit(x.folded) || chrome.creditLine(x.folded)) return 'caption';
  if (chrome.breadcrumb(x.folded)) return 'breadcrumb';
  if (chrome.forecastLine(x.folded)) return 'weather';
  if (chrome.addressLine(x.folded)) return 'address';
  if (prose) return null;
  if (chrome.separatorBar(x.folded)) return 'separator-bar';
  if (!x.ends && chrome.sectionChip(x.folded)) return 'section-label';
  if (chrome.labelledTeaser(raw) && x.nwords <= 20) return 'teaser-label';
  if (!x.ends && chrome.listicleTeaser(raw)) return 'teaser';
  if (chrome.taxonomyLine(raw)) return 'taxonomy';
  if (!x.ends && chrome.contactLine(raw)) return 'contact';
  if (!x.ends && chrome.authorLink(x.folded) && !isBlockMarker(markerKey)) return 'author-link';
  if (chrome.sourceLine(raw)) return 'source-line';
  if (!x.ends && chrome.postNavigation(x.folded)) return 'post-navigation';
  if (/^search\b/.test(raw) && x.nwords <= 5) return 'navigation';
  if (!x.ends && x.nwords <= 8 && chrome.tickerNumbers(x.folded)) return 'ticker';
  if (/^(?:estimated )?reading time:?\s*\d+|^\d+[- ]minutes? read$/.test(raw)) return 'timestamp';
  return null;
}

/** "Read next: Fares rise 8% in a year": a block opener, a colon and one teaser's title (or a short sentence). */
function labelledBlockTeaser(x: Shape): boolean {
  // (The label set off by a colon, an arrow or a bar: "Read next → …", "READ NEXT | …".)
  const m = /^([^:→›»|]{2,40}?)\s*(?::|→|›|»|\|)\s*\S/u.exec(x.key);
  if (m === null || x.key.length >= 200 || (x.ends && x.nwords > 20)) return false;
  // (Not a kicker that labels the article's own headline too: "LATEST: District drills 14 wells".)
  const label = m[1]!.trim();
  return isBlockMarker(label) && !/^(?:latest|popular|explore|videos?)\b/.test(label);
}

/** "Related contracts", "Related episodes": "related" and a plural noun or two is a block of links whatever it lists. */
const RELATED_ANY = /^related(?: [a-z-]+)?(?: [a-z-]+s)$/;
function isBlockMarker(markerKey: string): boolean {
  return BLOCK_MARKERS.has(markerKey) || MORE_FROM.test(markerKey) || BLOCK_OPENER.test(markerKey) || RELATED_ANY.test(markerKey);
}

/**
 * Prose in jusText's sense: a sentence of eight words or more, a long line dense in
 * stop words that lost its final stop, or a lead-in or list item ending in , ; :.
 * Position rules never drop prose; only the named rules above can.
 */
function isProse(x: Shape, line: string): boolean {
  if (x.ellipsis) return false;
  if (isBody(x)) return true;
  // (Not in title case: a long headline is dense in stop words too.)
  if (x.nwords >= 15 && chrome.stopwordDensity(line) >= 0.2 && titleCaseRatio(line) < 0.5) return true;
  // A list item of the article ("• More than 1,200 officers were reassigned to …").
  if (/^(?:[•▪◦*–-]|\d{1,2}[.)])\s+/u.test(x.folded) && (x.ends || x.nwords >= 10) && x.nwords >= 8 && chrome.stopwordDensity(line) >= 0.15 && titleCaseRatio(line) < 0.5 && !chrome.listicleTeaser(x.key)) return true;
  return /[;:,]$/.test(x.folded) && x.nwords >= 6;
}

interface Features {
  /** Rule of a marker or metadata line, or null. */
  rule: string | null;
  block: boolean;
  /** "This article originally appeared in X": metadata for structure, never a teaser. */
  credit: boolean;
  body: boolean;
  prose: boolean;
  resumes: boolean;
  title: boolean;
  short: boolean;
  domain: string | null;
  key: string;
  nwords: number;
  ends: boolean;
  /** Furniture-vocabulary share of the content words (text/chrome.ts). */
  vocab: number;
  /** Distinct articles of the archive carrying the same line (this one included). */
  seen: number;
  /** The outlet named by a copyright line ("© 2025 The Valley Courier"), as a key. */
  owner: string | null;
  /** The key without leading bullets and trailing marks (markerKeyOf). */
  marker: string;
  /** An author bio sentence (text/chrome.ts bioLine): dropped only after the body or beside the byline. */
  bio: boolean;
  /** Distinct consent-dialog terms (text/chrome.ts consentTerms). */
  consent: number;
  /** An order to the reader, as comment-box rules are written (text/chrome.ts readerRule). */
  order: boolean;
  /** A cover sheet's field line (text/chrome.ts coverField): 2 a strong label, 1 a weak one, 0 none. */
  cover: 0 | 1 | 2;
}

const COPYRIGHT_NAME = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)(?:[.,]|\s+all rights reserved|$)/;

/**
 * Features of a line across the run's articles: all but `seen` depend on the line alone, and an
 * outlet's furniture recurs in every article it publishes (a bench corpus of 1,000 has 30,000
 * non-empty lines, 20,000 distinct). Bounded like verbMemo; `seen` is the archive template's.
 */
const lineMemo = new Map<string, Features>();
function features(line: string, template: ArchiveTemplate | null): Features {
  let base = lineMemo.get(line);
  if (base === undefined) {
    base = lineFeatures(line);
    if (lineMemo.size > 50_000) lineMemo.clear();
    lineMemo.set(line, base);
  }
  return { ...base, seen: template ? template.count(base.key) : 0 };
}

function lineFeatures(line: string): Features {
  const x = shapeOf(line);
  const domain = domainOfFolded(x.folded);
  const markerKey = markerKeyOf(x.key);
  const prose = isProse(x, line);
  // (Counted once: featureRule's cookie test and the `consent` feature read the same terms of the same key.)
  const consent = chrome.consentTerms(x.key);
  const rule = !hasWords(line) && domain === null ? 'no-text' : (markerRule(x, markerKey) ?? metadataRule(line, x) ?? featureRule(line, x, markerKey, prose, consent));
  const owner = rule === 'copyright' || rule === 'legal' ? (COPYRIGHT_NAME.exec(x.key)?.[1]?.trim() ?? null) : null;
  return {
    rule,
    block: isBlockMarker(markerKey),
    credit: originalPublicationLine(x.folded) !== null,
    body: isBody(x),
    prose,
    resumes: resumesArticle(x),
    title: isTitleLike(x),
    short: isShort(x),
    domain,
    key: x.key,
    nwords: x.nwords,
    ends: x.ends,
    vocab: x.nwords <= 8 ? chrome.chromeVocabShare(x.folded) : 0,
    seen: 0,
    owner,
    marker: markerKey,
    bio: chrome.bioLine(x.folded),
    consent,
    order: chrome.readerRule(x.folded),
    cover: chrome.coverField(x.key),
  };
}

/** The start of the article's kept prose (some 2,000 characters), for its language. */
function proseSample(lines: string[], f: Features[], alive: (i: number) => boolean): string {
  let out = '';
  for (let i = 0; i < lines.length && out.length < 2000; i++) if (alive(i) && f[i]!.prose) out += ' ' + lines[i]!;
  return out;
}

/** compromise's part-of-speech tagger: does the line carry a verb? (Headlines mostly do; mastheads and labels do not.) */
const verbMemo = new Map<string, boolean>();
function hasVerb(line: string): boolean {
  let v = verbMemo.get(line);
  if (v === undefined) {
    // Lower-cased first: the tagger reads capitalised words as proper nouns, and headlines are in title case.
    v = nlp(line.toLowerCase()).has('#Verb');
    if (verbMemo.size > 10_000) verbMemo.clear();
    verbMemo.set(line, v);
  }
  return v;
}
/**
 * A phrase on a gerund with no finite verb after it, the shape of a masthead's tagline ("Serving
 * the Florida Keys since 1909", "Covering the valley since 1921"), by compromise's tags. (Words
 * capitalised in the line are names: "Keys" is no verb there.)
 */
const gerundMemo = new Map<string, boolean>();
function gerundPhrase(line: string): boolean {
  let v = gerundMemo.get(line);
  if (v === undefined) {
    v = gerundPhraseOf(line);
    if (gerundMemo.size > 10_000) gerundMemo.clear();
    gerundMemo.set(line, v);
  }
  return v;
}
function gerundPhraseOf(line: string): boolean {
  // (A gerund's clause and the main one after it is a headline: "Building a Reservoir: District Drills
  // 14 Wells", "Drilling Deeper, District Finds Water".)
  if (/[:;,—–]/u.test(line)) return false;
  const ws = line.split(/\s+/u);
  const doc = nlp(line.toLowerCase());
  const terms = doc.terms().json() as { text: string; terms: { tags: string[] }[] }[];
  if (terms.length === 0 || !terms[0]!.terms[0]!.tags.includes('Gerund')) return false;
  return terms.slice(1).every((t, k) => {
    const tags = t.terms[0]!.tags;
    const original = ws[k + 1] ?? '';
    return !tags.includes('Verb') || tags.includes('Gerund') || /^\p{Lu}/u.test(original);
  });
}

/** A masthead named by the page's copyright line: "The Valley Courier" / "© 2025 The Valley Courier". */
function namesOwner(key: string, owners: string[]): boolean {
  const bare = (s: string) => s.replace(/^the\s+/, '');
  const k = bare(key);
  return owners.some((o0) => {
    const o = bare(o0);
    if (k === o || o.startsWith(k + ' ') || k.startsWith(o + ' ')) return true;
    // Sharing only the owner's first word ("Channel 4 Action News" / "© Channel 4 Media, Inc."), the rest of the
    // line must be the outlet's own kind of word: "© The County Dispatch" names no headline "County Moves …".
    const kw = k.split(' ');
    const ow = new Set(o.replace(/[.,]/g, '').split(' '));
    if (kw.length > 4 || kw[0]!.length < 4 || !ow.has(kw[0]!) || o.split(' ')[0] !== kw[0]) return false;
    return kw.slice(1).every((w) => ow.has(w) || /^\d{1,3}$/.test(w) || OUTLET_WORDS.has(w));
  });
}
/** "<outlet> is published by <company>", "<outlet> is a publication of …", "… is owned and operated by …". */
const PUBLISHED_BY = /^(.{2,60}?) is (?:a (?:publication|product|service|division|property) of|(?:published|owned|operated|produced|brought to you)(?: and (?:operated|published|owned))? by) [^.!?]{2,100}\.?$/;
/** Words of a station's or paper's name beside its owner's first word ("Channel 4 Action News"). */
const OUTLET_WORDS = set('news|action|eyewitness|tv|radio|media|online|now|today|daily|weekly|live|channel|network|digital|press|times|post|wire|service|group|broadcasting|am|fm|hd|tonight|first|local');
/** A subscription line naming its list (match key): "you are subscribed to <topic> for <sender>". */
const SUBSCRIBED_TO = /\b(?:you are|you're|you were) (?:subscribed|signed up) (?:to|for) (?:the )?(.{3,80}?)(?: for | from | at | by |[.,;]|$)/;
/**
 * A line that is only an organisation's name and its acronym, "CBP - U.S. Customs and Border Protection",
 * "U.S. Customs and Border Protection (CBP)": every other word capitalised or a name's minor word, and
 * the acronym the initials of the capitalised words.
 */
function organisationName(line: string): boolean {
  const ws = words(line);
  if (ws.length < 3 || ws.length > 12 || !/^[\p{L}\s.,()|·–—-]+$/u.test(foldSpaces(line))) return false;
  const acronyms = ws.filter((w) => /^\p{Lu}{2,6}$/u.test(w));
  if (acronyms.length !== 1) return false;
  const rest = ws.filter((w) => w !== acronyms[0] && !/^(?:U\.?S\.?|US)$/.test(w));
  if (!rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^(?:of|and|the|for|on|&)$/.test(w))) return false;
  const initials = rest.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials.includes(acronyms[0]!);
}
/** The label of a paid slot. */
const PAID_LABEL = /^(?:sponsored|promoted|paid|partner content|advertiser content|ad)\b/;

/** A standfirst under the headline: sentence case, six words or more, no end punctuation. */
function dekLike(line: string, x: Features): boolean {
  return !x.ends && x.nwords >= 6 && titleCaseRatio(line) < 0.75;
}

interface Pass {
  keep: boolean[];
  rules: (string | null)[];
  cited: string[];
  /** Why a line went, where a rule's name says too little (the headline model's top features). */
  why: (string | null)[];
}

/** The headline model in one pass: its weights (null: the rules choose) and a hook that sees its candidates (training). */
interface HeadlineModelUse {
  weights: HeadlineWeights | null;
  observe?: (cands: HeadlineCandidate[], lead: Lead, rulesChoice: number) => void;
  /** The page's lines as given (match keys): where a candidate is quoted inside a longer line. */
  page: string[];
  /** The body paragraphs' words, read once for every pass (text/headline-model.ts leadOf). */
  paragraphs: ParagraphMemo;
}

/**
 * An article's header: a title line right above its byline ("Agents head north" / "By Ana Ruiz").
 * (Not above a date alone: a report's cover sets its subtitle over the date.)
 */
const HEADER_RULES = new Set(['byline']);

/** A commenter's line ("Dee R. said…", text/chrome.ts commenterLine/commentAuthor), folded once for both tests. */
function authoredOver(line: string): boolean {
  const folded = foldSpaces(line);
  return chrome.commenterLine(folded) || chrome.commentAuthor(folded);
}

function onePass(lines: string[], feat: (line: string) => Features, pinned: (line: string) => boolean, headers: Set<string>, model: HeadlineModelUse): Pass {
  const why: (string | null)[] = lines.map(() => null);
  const n = lines.length;
  const f = lines.map(feat);
  // 1. Lines without words, marker phrases, bylines, timestamps and the shape
  // features of text/chrome.ts: decided line by line. Editor-kept lines never drop.
  const rules: (string | null)[] = f.map((x, i) => (pinned(lines[i]!) ? null : x.rule));
  const cited: string[] = [];
  // Hard-wrapped text: the line rules judge a wrapped paragraph's whole text, not
  // its pieces, and a wrapped paragraph that reads as prose is prose for the
  // position rules, whatever its pieces look like alone.
  const wrapped = new Array<boolean>(n).fill(false);
  let at = 0;
  for (const g of wrappedParagraphs(lines)) {
    // A line that is furniture by itself (a caption, a byline) glued to a
    // paragraph by the wrap test keeps its own rule and leaves the group.
    let a = at;
    let b = at + g.length;
    while (b - a >= 2 && rules[a] !== null) a++;
    while (b - a >= 2 && rules[b - 1] !== null) b--;
    if (b - a >= 2) {
      const whole = feat(lines.slice(a, b).join(' '));
      for (let k = a; k < b; k++) {
        rules[k] = pinned(lines[k]!) ? null : whole.rule;
        wrapped[k] = whole.prose;
      }
    }
    at += g.length;
  }
  const drop = (i: number, rule: string) => {
    if (rules[i] === null && !pinned(lines[i]!) && !(wrapped[i] && POSITION_RULES.has(rule))) rules[i] = rule;
  };
  // A caption is only dropped beside other prose: a page whose text is a photo
  // caption (a DVIDS image page) keeps it.
  if (!f.some((x, i) => x.prose && rules[i] === null)) rules.forEach((r, i) => r === 'caption' && (rules[i] = null));

  // 2. Teaser blocks: a block marker and every following line until prose resumes
  // (or, above the article, until its header: a menu item "Watch" opens no block over the headline).
  const proseAt = f.findIndex((x) => x.prose);
  const header = (j: number) => (proseAt < 0 || j < proseAt) && headers.has(lines[j]!);
  // (A byline alone or opening a bar of its stamp and counts: "By Keys Post staff | March 9 | 27 comments".)
  const bylineBar = (j: number) => f[j]!.rule === 'byline' || ((f[j]!.rule === 'separator-bar' || f[j]!.rule === 'timestamp') && /^by\s+\p{Lu}/u.test(lines[j]!));
  const titleUnderByline = (j: number) => {
    let k = j + 1;
    while (k < n && (bylineBar(k) || f[k]!.rule === 'timestamp')) k++;
    return k > j + 1 && k < n && (proseAt < 0 || k < proseAt) && f[k]!.rule === null && f[k]!.title && f[k + 1]?.prose === true;
  };
  for (let i = 0; i < n; i++) {
    if (!f[i]!.block || pinned(lines[i]!)) continue;
    drop(i, 'related-block');
    // Above the article, a sidebar's block ends where the article's header begins: after its
    // numbered, timed or bulleted items (the section label, byline and headline under a "Most
    // read" list are not more teasers), or at the article's byline ("By Ana Ruiz | May 9, 2025").
    const above = proseAt < 0 || i < proseAt;
    const last = above ? itemRunEnd(lines, i + 1) : -1;
    for (let j = i + 1; j < n; j++) {
      // (Inside a sidebar's block, a teaser right above the byline is no header when a title
      // stands under the byline and its stamps, over the first paragraph: that one is the headline.)
      const ownHeader = header(j) && !(above && titleUnderByline(j));
      if (f[j]!.resumes || f[j]!.domain !== null || f[j]!.credit || ownHeader || (last >= 0 && j > last) || (above && bylineBar(j))) break;
      drop(j, 'related-block');
      i = j;
    }
  }

  // 2a. Ranked teaser lists ("Most read": "1. Army to field new helmet", "2. …"): two or more
  // numbered lines in a row, each a title rather than a sentence. A numbered key point ends
  // like a sentence and stays; a numbered heading inside a report stands alone and stays.
  const ranked = (i: number) => i < n && !f[i]!.ends && f[i]!.nwords <= 16 && /^\d{1,2}[.)]\s+\S/.test(lines[i]!.trim());
  // A run that goes on from a numbered item of the body above ("1.  44 had violent crime
  // convictions, including:", its sub-lines, then "2.  5 had …") is the rest of that list when
  // that item is kept: a ranked list of teasers starts at its own 1.
  const numberOf = (i: number) => Number(/^(\d{1,2})[.)]\s/.exec(lines[i]!.trim())?.[1] ?? NaN);
  const continuesList = (i: number) => {
    const k = numberOf(i);
    if (!(k > 1)) return false;
    for (let b = i - 1; b >= Math.max(0, i - 12); b--) if (numberOf(b) === k - 1) return rules[b] === null;
    return false;
  };
  for (let i = 0; i < n; i++) {
    if (!ranked(i)) continue;
    let j = i;
    while (ranked(j + 1)) j++;
    if (j > i && !continuesList(i)) for (let k = i; k <= j; k++) drop(k, 'teaser');
    i = j;
  }

  // 2b. Blocks a label opens, each as far as its content goes: a sponsor's label and
  // its one or two lines; a live blog's summary box and its bullets (the entries
  // repeat them); tags after the article; a newsletter's name and its pitch.
  // 2a. E-mail newsletters: the preheader, the line beside "View in browser" above the article
  // (mail clients show it after the subject); a list under a digest label ("In this issue", "Quick hits").
  for (let i = 0; i < n; i++) {
    if (!chrome.viewInBrowser(f[i]!.marker)) continue;
    drop(i, 'newsletter');
    for (const j of [i - 1, i + 1]) {
      const above = f.slice(0, j).every((x, k) => !x.prose || rules[k] !== null);
      if (j >= 0 && j < n && above && f[j]!.nwords <= 30 && !f[j]!.title) drop(j, 'preheader');
    }
  }
  // A print jump's slug standing over the continuation ("See BORDER, Page A6" … "BORDER" / "Continued from A1").
  const slugOf = (x: Features) => (chrome.jumpLine(x.key) ? (/^(?:please )?(?:see|turn to) (.+?),? (?:on )?(?:page|p\.|pg\.?)/.exec(x.key)?.[1] ?? null) : null);
  const slugs = new Set(f.map(slugOf).filter((s): s is string => s !== null));
  for (let i = 0; i < n; i++) if (slugs.has(f[i]!.key) && !f[i]!.ends) drop(i, 'jump-line');
  // Another story's start on the same page: after the article's own jump (its slug comes back
  // over the continuation), a headline and lines up to a second jump whose slug never comes back.
  const returns = (slug: string) => f.some((x) => x.key === slug);
  for (let o = 0; o < n; o++) {
    const slug = slugOf(f[o]!);
    if (slug === null || returns(slug)) continue;
    let p = o - 1;
    while (p >= 0 && o - p <= 12 && slugOf(f[p]!) === null) p--;
    const own = p >= 0 ? slugOf(f[p]!) : null;
    const first = [...Array(Math.max(0, o - p - 1)).keys()].map((k) => p + 1 + k).find((k) => rules[k] === null);
    if (own === null || !returns(own) || first === undefined || !f[first]!.title) continue;
    for (let k = p + 1; k < o; k++) drop(k, 'other-story');
  }
  // Inside or after the article, a flag in capitals with furniture under it, not the article:
  // a display ad's name over its bar of offers, or a section flag over a running head or jump.
  const AD_BODY = new Set(['separator-bar', 'address', 'contact']);
  const FLAG_BODY = new Set([...AD_BODY, 'jump-line']);
  const proseFrom = f.findIndex((x, i) => (x.prose || wrapped[i]) && rules[i] === null);
  for (let i = proseFrom + 1; proseFrom >= 0 && i < n - 1; i++) {
    const under = rules[i + 1];
    if (rules[i] !== null || !chrome.capitalsFlag(foldSpaces(lines[i]!)) || under === null || !FLAG_BODY.has(under)) continue;
    drop(i, AD_BODY.has(under) ? 'advertisement' : 'section-flag');
  }
  // A print page's notices and classifieds under their label, when furniture closes them within
  // four lines (the notice's "Pub:" stamp, the replica's copyright, a running head); the label of the draws.
  const CLOSES = new Set(['timestamp', 'jump-line', 'copyright', 'separator-bar']);
  for (let i = 0; i < n; i++) {
    if (f[i]!.rule === 'lottery' && i > 0 && rules[i - 1] === null && f[i - 1]!.nwords <= 2 && !f[i - 1]!.ends) drop(i - 1, 'lottery');
    if (f[i]!.rule !== 'notices') continue;
    const end = [1, 2, 3, 4, 5].map((k) => i + k).find((j) => j < n && CLOSES.has(rules[j] ?? ''));
    // (Never over the article's header: a menu's "Classifieds" above the headline, its byline and stamp opens no notices.)
    const overHeader = end !== undefined && lines.slice(i + 1, end).some((l, k) => headers.has(l) || rules[i + 1 + k] === 'byline');
    for (let j = i + 1; end !== undefined && !overHeader && j < end; j++) drop(j, 'notices');
  }
  for (let i = 0; i < n; i++) {
    if (pinned(lines[i]!) || !chrome.digestLabel(f[i]!.marker)) continue;
    drop(i, 'digest');
    for (let j = i + 1; j < n && chrome.listItem(foldSpaces(lines[j]!)); j++) drop(j, 'digest');
  }
  const firstProse = f.findIndex((x, i) => x.prose && rules[i] === null);
  for (let i = 0; i < n; i++) {
    if (pinned(lines[i]!)) continue;
    const mk = f[i]!.marker;
    const stop = (j: number) => f[j]!.prose || f[j]!.domain !== null || f[j]!.credit;
    if (chrome.sponsorLabel(mk)) {
      drop(i, 'sponsor');
      // (A sponsor's message closed by its button within three lines is the sponsor's, prose or not.)
      const cta = [i + 1, i + 2, i + 3].find((j) => j < n && f[j]!.rule === 'call-to-action');
      for (let j = i + 1; cta !== undefined && j <= cta; j++) drop(j, 'sponsor');
      for (let j = i + 1; j < n && j <= i + 2 && !stop(j); j++) drop(j, 'sponsor');
    } else if (chrome.liveSummaryLabel(mk)) {
      drop(i, 'live-blog');
      // (Timed items, "2:12 p.m. Governor lists 6 cities": above the article the box ends with them, over the headline.)
      const boxAbove = firstProse < 0 || i < firstProse;
      const last = boxAbove ? itemRunEnd(lines, i + 1) : -1;
      // (Items without marks: the box ends at the title over the page's update stamp, "Last updated 2:12 p.m." — the headline.)
      const overStamp = (j: number) => boxAbove && last < 0 && j > i + 1 && f[j]!.title && j + 1 < n && f[j + 1]!.rule === 'timestamp';
      for (let j = i + 1; j < n && j <= i + 10 && !stop(j) && (last < 0 || j <= last) && !overStamp(j); j++) drop(j, 'live-blog');
    } else if (TAXONOMY_LABELS.has(mk) && firstProse >= 0 && firstProse < i) {
      // (Only after some of the article: above it, a short line may be the headline.)
      drop(i, 'taxonomy');
      for (let j = i + 1; j < n && !stop(j) && !f[j]!.ends && f[j]!.nwords <= 5; j++) drop(j, 'taxonomy');
    } else if (PROFILE_LABELS.has(mk) && firstProse >= 0 && firstProse < i) {
      // A profile box after some of the article: its label, the name, a line or two about them, "View my profile".
      drop(i, 'author-bio');
      for (let j = i + 1; j < n && j <= i + 4 && !(f[j]!.prose && f[j]!.nwords >= 20) && f[j]!.domain === null && !f[j]!.credit; j++) drop(j, 'author-bio');
    } else if (chrome.communityLabel(mk)) {
      // A community's sidebar: its label, its description, up to its figures or founding date.
      const end = [1, 2, 3, 4].map((k) => i + k).find((j) => j < n && (chrome.memberCount(f[j]!.key) || chrome.createdStamp(f[j]!.key)));
      drop(i, 'community-sidebar');
      for (let j = i + 1; end !== undefined && j <= end; j++) drop(j, 'community-sidebar');
    } else if (f[i]!.rule === 'feedback') {
      // Its answer buttons: "Was this page helpful?" / "Yes" / "No".
      for (let j = i + 1; j < n && j <= i + 3 && /^(?:yes|no|yes no|not really|somewhat)$/.test(f[j]!.marker); j++) drop(j, 'feedback');
    } else if (chrome.newsletterHeader(lines[i]!) && i + 1 < n && chrome.newsletterPitch(f[i + 1]!.key) && f[i + 1]!.nwords <= 25) {
      drop(i, 'newsletter');
      drop(i + 1, 'newsletter');
    }
  }
  // A newsletter's pitch beside its sign-up prompt or button ("Our editors' picks, every weekday morning." / "Sign up").
  const signUp = (j: number) => j >= 0 && j < n && (f[j]!.rule === 'newsletter' || SIGN_UP.has(f[j]!.marker));
  for (let i = 0; i < n; i++) {
    if (f[i]!.nwords <= 25 && chrome.newsletterPitch(f[i]!.key) && (signUp(i - 1) || signUp(i + 1))) drop(i, 'newsletter');
  }

  // 2b''. A cover sheet (a staff report's, an agenda item's, a memo's): its field lines ("SUBJECT: …",
  // "FISCAL IMPACT: …", "ATTACHMENTS: …"), two or more within three lines of each other, whatever
  // their value says (a subject is the item's, never the headline; a fiscal note's sum is no claim).
  // (A field alone, "Recommendation: fund 40 judges.", may be a report's own sentence: it stays.)
  // (A weak label's line, "To: …", "Amount: …", only beside a strong one: a list of amounts is no cover sheet.)
  // (Most lines are no field: pinned is asked of the field lines only, and a field's neighbours read within three lines.)
  const strength = f.map((x, i) => (x.cover !== 0 && !pinned(lines[i]!) ? x.cover : 0));
  const near = (i: number, min: number) => {
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) if (j !== i && strength[j]! >= min) return true;
    return false;
  };
  // (A subject line alone above the article too: "SUBJECT: …", "RE: …" names the item, it is never the headline.)
  const proseFirst = f.findIndex((x) => x.prose);
  for (let i = 0; i < n; i++) {
    if (strength[i] === 0) continue;
    if ((near(i, 1) && (strength[i] === 2 || near(i, 2))) || ((proseFirst < 0 || i < proseFirst) && chrome.subjectLine(f[i]!.key))) drop(i, 'cover-sheet');
  }
  // A menu at runs of spaces beside a table's row is the table's header ("Group   Southwest   Nationwide"): it stays.
  for (let i = 0; i < n; i++) if (rules[i] === 'menu-bar' && ((i > 0 && chrome.figuresRow(lines[i - 1]!)) || (i + 1 < n && chrome.figuresRow(lines[i + 1]!)))) rules[i] = null;

  // 2b'. House rules of a comment box: three or more orders to the reader in a row that
  // speak of commenting (two mentions or more over the run; safety tips do not).
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && f[j]!.order) j++;
    let talk = 0;
    for (let k = i; k < j; k++) talk += chrome.discussionTerms(lines[k]!);
    if (j - i >= 3 && talk >= 2) for (let k = i; k < j; k++) drop(k, 'comment-rules');
    i = j === i ? i + 1 : j;
  }

  // 2c. A consent dialog: its buttons and the lines around them made of consent
  // vocabulary (the notice, its title "We value your privacy").
  const consentish = (j: number) => rules[j] === 'cookie-notice' || f[j]!.consent >= 2 || (f[j]!.consent >= 1 && f[j]!.nwords <= 8);
  for (let i = 0; i < n; i++) {
    if (!(chrome.consentButton(f[i]!.marker) && rules[i] === 'cookie-notice')) continue;
    for (let j = i - 1; j >= 0 && consentish(j); j--) drop(j, 'cookie-notice');
    for (let j = i + 1; j < n && consentish(j); j++) drop(j, 'cookie-notice');
  }

  // 2d. Pull quotes: a quotation repeating part of a longer paragraph of the page,
  // also cut at "…" ("“Officers evaluated … the totality of the facts”"). The
  // paragraph keeps every word. (A paragraph repeated whole is left alone: which
  // copy is the article's the text does not say.)
  const pairMemo = new Map<number, Set<string>>();
  const pairsAt = (j: number) => {
    let p = pairMemo.get(j);
    if (!p) pairMemo.set(j, (p = new Set(wordPairs(f[j]!.key))));
    return p;
  };
  for (let i = 0; i < n; i++) {
    if (rules[i] !== null || wrapped[i] || f[i]!.nwords < 5) continue;
    // Quoted or elided only: a headline may repeat words of a breadcrumb or the lead.
    if (!/^["']|\.\.\./.test(f[i]!.key)) continue;
    const bare = f[i]!.key.replace(/^["'\s]+|["'\s.,;:]+$/g, '');
    if (bare.length > 500) continue;
    const frags = bare
      .split(/\s*\.\.\.\s*/)
      .map((s) => s.replace(/^["'\s,;:-]+|["'\s,;:.-]+$/g, ''))
      .filter((s) => wordCount(s) >= 2);
    if (frags.reduce((a, s) => a + wordCount(s), 0) < 5) continue;
    // Reworded copies only when elided: a whole quotation is a pull quote only verbatim.
    const want = bare.includes('...') ? frags.flatMap(wordPairs) : [];
    for (let j = 0; j < n; j++) {
      if (j === i || !f[j]!.prose) continue;
      const other = f[j]!.key;
      if (other.length <= f[i]!.key.length) continue;
      let at = 0;
      const inOrder = frags.every((s) => {
        const k = indexOfWords(other, s, at);
        if (k < 0) return false;
        at = k + s.length;
        return true;
      });
      // An edited quotation ("securing the border" for "to secure the border"): most of its word pairs are the paragraph's.
      // (The paragraph a reworded pull quote comes from is much longer than it.)
      if (inOrder || (want.length >= 4 && f[j]!.nwords >= 1.5 * f[i]!.nwords && pairShare(want, pairsAt(j)) >= 0.75)) {
        drop(i, 'pull-quote');
        break;
      }
    }
  }

  // 3. A comment thread after most of the article runs to the end of the page
  // (readers' comments are prose too); a comment count near the top opens nothing.
  const proseChars = f.map((x, i) => (x.prose && rules[i] === null ? x.key.length : 0));
  const totalProse = proseChars.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < n; i++) {
    if (f[i]!.rule === 'comment-thread' && rules[i] !== null && totalProse > 0 && before / totalProse >= 0.6) {
      // (A paragraph of the article quoted again in a reply is the thread, not the article going on.)
      const earlier = new Set(f.slice(0, i).map((x) => x.key));
      for (let j = i + 1; j < n; j++) {
        // A long paragraph after the header is the article going on (a comment button mid-page),
        // unless a commenter's line stands over it: then it is a comment.
        // (The commenter tests last and on one folding: most lines are settled by the cheaper checks.)
        if (f[j]!.resumes && f[j]!.nwords >= 25 && !earlier.has(f[j]!.key) && !authoredOver(lines[j - 1]!)) break;
        if (f[j]!.domain === null && !f[j]!.credit) drop(j, 'comment-thread');
      }
      break;
    }
    before += proseChars[i]!;
  }

  // 4. The outlet's template: a title-like line that recurs in other articles
  // of the archive (masthead, tagline, menus, footer).
  // (Never a line ending like a sentence: a short body line, "No.", can recur by chance.)
  // (Nor the title line right above the first paragraph: two pages of one site can share a
  // headline, "DoD Support to U.S. Border Security"; a masthead has menus and the headline under it.)
  const firstParagraph = f.findIndex((x, i) => x.prose && rules[i] === null);
  const sharedHeadline = (i: number) => i === firstParagraph - 1 && f[i]!.title && f[i]!.nwords >= 4 && titleCaseRatio(lines[i]!) >= 0.75;
  // (Nor a title right above a byline in the page as given: the article's header.)
  for (let i = 0; i < n; i++) if (!f[i]!.prose && !f[i]!.ends && f[i]!.seen >= 2 && !sharedHeadline(i) && !headers.has(lines[i]!)) drop(i, 'outlet-template');

  const alive = (i: number) => rules[i] === null;
  // A publisher line after the article: the outlet its copyright names, said to be published
  // or owned by another ("Perimeter Daily is published by Kestrel Trade Media, …").
  const pageOwners = f.map((x) => x.owner).filter((o): o is string => o !== null && o.length > 0);
  for (let i = 0; i < n && pageOwners.length; i++) {
    if (!alive(i) || f[i]!.nwords > 20) continue;
    const m = PUBLISHED_BY.exec(f[i]!.key);
    const after = f.some((x, j) => j < i && x.prose && alive(j)) && !f.some((x, j) => j > i && x.body && alive(j));
    if (m && after && namesOwner(m[1]!, pageOwners)) drop(i, 'publisher');
  }
  // A running header or footer: a line that is no sentence, repeated verbatim three times or
  // more and cutting through the article (a copy with kept prose above and below it), as a
  // browser's print copy repeats its page title at every page break. All copies go: the
  // first, above the article, is the print's header and not the article's own title.
  const copiesOf = new Map<string, number[]>();
  f.forEach((x, i) => {
    if (x.key.length === 0) return;
    const at = copiesOf.get(x.key);
    if (at) at.push(i);
    else copiesOf.set(x.key, [i]);
  });
  const keptProse = (j: number) => f[j]!.prose && alive(j);
  const firstKeptProse = f.findIndex((_, j) => keptProse(j));
  const lastKeptProse = f.findLastIndex((_, j) => keptProse(j));
  for (const at of copiesOf.values()) {
    const x = f[at[0]!]!;
    if (at.length < 3 || x.prose || x.ends || x.nwords < 2 || x.nwords > 30) continue;
    if (at.some((i) => firstKeptProse >= 0 && firstKeptProse < i && i < lastKeptProse)) for (const i of at) drop(i, 'running-header');
  }
  let firstBody = n;
  let lastBody = -1;
  for (let i = 0; i < n; i++) {
    // (An author bio is prose but not the article's: it does not extend the body.)
    if (!alive(i) || !(f[i]!.prose || wrapped[i]) || f[i]!.bio) continue;
    if (firstBody === n) firstBody = i;
    lastBody = i;
  }
  // An author bio after the article, above it, or beside the byline.
  for (let i = 0; i < n; i++) {
    if (!alive(i) || !f[i]!.bio) continue;
    const nearByline = [i - 2, i - 1, i + 1, i + 2].some((k) => k >= 0 && k < n && f[k]!.rule === 'byline');
    if (i > lastBody || i < firstBody || nearByline) drop(i, 'author-bio');
  }

  // 4b. A post's signature, after the article and before the replies under it: a short
  // sentence the page repeats (each post of its author carries it), or a motto in quotation marks.
  const replyAfter = (i: number) => f.some((x, j) => j > i && (chrome.replySubject(x.key) || chrome.postHeader(x.key)));
  const copies = new Map<string, number>();
  for (const x of f) copies.set(x.key, (copies.get(x.key) ?? 0) + 1);
  for (let i = lastBody + 1; i < n && lastBody >= 0; i++) {
    if (!alive(i) || f[i]!.nwords > 8 || !replyAfter(i)) continue;
    if ((f[i]!.ends && copies.get(f[i]!.key)! >= 2) || chrome.bareQuotation(foldSpaces(lines[i]!))) drop(i, 'signature');
  }

  // 5. Bare domains after the last paragraph are the article's cited sources;
  // anywhere else a bare URL line is page furniture.
  for (let i = 0; i < n; i++) {
    if (!alive(i)) continue;
    const d = f[i]!.domain;
    if (d === null) continue;
    if (i > lastBody) {
      if (!cited.includes(d)) cited.push(d);
      drop(i, 'cited-sources');
    } else drop(i, 'url-line');
  }

  // 6. Outside the article (before its first paragraph, after its last): short
  // lines made mostly of furniture words ("Facebook Share", "Report a typo").
  for (let i = 0; i < n; i++) {
    // Inside the article only lines almost wholly made of it ("Share this story: Facebook Twitter Email").
    const outside = i < firstBody || i > lastBody;
    if (alive(i) && !f[i]!.ends && (f[i]!.vocab >= 0.75 || (outside && f[i]!.vocab >= 0.5)) && (outside || f[i]!.nwords >= 3)) drop(i, 'furniture-words');
  }

  // 6b. Inside or after the article: controls of its player or viewer ("Click to enlarge",
  // "Follow this topic"). (Above it such a line may be the headline: "Follow the Money".)
  for (let i = firstBody + 1; i < n; i++) if (alive(i) && !f[i]!.ends && chrome.interfaceControl(f[i]!.marker)) drop(i, 'interface-control');

  // 7. Before the first paragraph: section labels and menus (one or two words),
  // search prompts, and repeats of the headline (also with a tag glued on).
  const titles: string[] = [];
  // A two-word line right before the first paragraph, with no longer title
  // above it, is the headline ("Border Surge"), not a menu item.
  let lastLead = -1;
  let longTitle = false;
  for (let i = 0; i < firstBody; i++) {
    if (!alive(i)) continue;
    lastLead = i;
    if (f[i]!.title && f[i]!.nwords >= 3) longTitle = true;
  }
  const truncatedCopy = (i: number) => {
    const cut = words(f[i]!.key.slice(0, -3)).map((w) => w.toLowerCase());
    if (cut.length < 3 || titleCaseRatio(lines[i]!) < 0.6) return false;
    const near = new Set<string>();
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) if (j !== i && alive(j) && !f[j]!.prose && !f[j]!.key.endsWith('...')) for (const w of words(f[j]!.key)) near.add(w.toLowerCase());
    // (Its last word may be cut too: "Enforce …" of "Enforcement".)
    const last = cut.at(-1)!;
    return cut.slice(0, -1).every((w) => near.has(w)) && (near.has(last) || [...near].some((w) => w.startsWith(last)));
  };
  for (let i = 0; i < firstBody; i++) {
    if (!alive(i)) continue;
    const { key, nwords, ends, title } = f[i]!;
    const shortHeadline = i === lastLead && nwords === 2 && !longTitle && firstBody < n && /^\p{Lu}/u.test(lines[i]!);
    if (!ends && nwords <= 2 && key.length <= 30 && !shortHeadline) {
      drop(i, 'navigation');
      continue;
    }
    // An epigraph above the headline: a quotation and its dash attribution ("…" / "—Gen. Jane Roe").
    if (/^["'“‘]/u.test(lines[i]!) && nwords <= 40 && i + 1 < firstBody && /^[—–-]\s*\p{Lu}/u.test(lines[i + 1]!) && f[i + 1]!.nwords <= 10 && !f[i + 1]!.ends) {
      drop(i, 'pull-quote');
      drop(i + 1, 'pull-quote');
      continue;
    }
    // A title cut with "..." over the article, every word of it in the title lines around it: the
    // viewer's or search result's copy of the page title ("Annual Report 2019 Border …" over
    // "Annual Report 2019" / "Border Arrests Fall"), not the headline.
    if (key.endsWith('...') && truncatedCopy(i)) {
      drop(i, 'truncated-title');
      continue;
    }
    if (/\?$/.test(key) && nwords <= 8 && /\b(search|looking for|find)\b/.test(key)) {
      drop(i, 'navigation');
      continue;
    }
    if (title) {
      // (Compared on words: a document's own title page repeats the viewer's title without its
      // colon or report number, "BORDER PATROL Issues …" under "Border Patrol: Issues … (GAO-18-50)".)
      const wkey = words(key).join(' ');
      const rep = titles.find((t) => wkey === t || (wkey.startsWith(t + ' ') && wordCount(wkey.slice(t.length)) <= 2) || (t.startsWith(wkey + ' ') && wordCount(t.slice(wkey.length)) <= 2));
      if (rep !== undefined) drop(i, 'repeated-headline');
      else titles.push(wkey);
    }
  }

  // 7b. A channel's or group's description: the one line between its header with a member
  // count ("Border Archive · 18,406 subscribers", its join buttons) and its first post's day
  // or pinned message. The channel's words about itself, not a post: the posts follow the stamp.
  const counted = (i: number) => f[i]!.key.length <= 120 && chrome.separatorSegments(f[i]!.key).some((g) => chrome.memberCount(g));
  for (let i = 0; i < Math.min(n, 12); i++) {
    if (rules[i] === null || !counted(i)) continue;
    let j = i + 1;
    while (j < n && j <= i + 3 && rules[j] !== null) j++;
    let k = j + 1;
    while (k < n && k <= j + 3 && rules[k] !== null && rules[k] !== 'timestamp' && rules[k] !== 'post-meta') k++;
    // (A sentence, and a bare day or a pinned label after it: a headline under a group's header, over its post's stamp, stays.)
    const dayOrPin = k < n && ((rules[k] === 'timestamp' && f[k]!.nwords <= 4) || rules[k] === 'post-meta');
    if (j < n && f[j]!.ends && f[j]!.nwords <= 40 && dayOrPin) drop(j, 'channel-description');
    break;
  }

  // 7c. A page title near the title it copies ("Naturalization Statistics | USCIS (original) (raw)" over
  // "Naturalization Statistics", "Gmail - <title> | <newsletter>" a few lines above it): a browser's, web
  // archive's or mail client's title of the page, the title and the site's or app's words; anywhere on the
  // page (a re-poster's note may stand above it). The title stays.
  for (let i = 0; i < n; i++) {
    if (!alive(i) || f[i]!.ends || f[i]!.prose) continue;
    const whole = foldSpaces(lines[i]!);
    for (let j = Math.max(0, i - 20); j <= Math.min(n - 1, i + 20); j++) {
      if (j === i || !alive(j) || !f[j]!.title || f[j]!.key.length < 8 || f[j]!.key.length >= f[i]!.key.length) continue;
      const t = foldSpaces(lines[j]!);
      const at = whole.indexOf(t);
      if (at < 0) continue;
      const [before, after] = [whole.slice(0, at), whole.slice(at + t.length)];
      // (The title's own text, only site or app words around it, set off by a spaced separator.)
      const prefixOk = before === '' || /\s[|·•–—-]\s$/u.test(' ' + before);
      const suffixOk = after === '' || /^\s[|·•–—-]\s/u.test(after + ' ');
      // (Below its title only a suffix: "<title> | <site>" under the title is the page title repeated, a prefix there may be a kicker's.)
      if (prefixOk && suffixOk && (j > i || before === '') && wordCount(before + ' ' + after) <= 8) {
        drop(i, 'page-title-copy');
        break;
      }
    }
  }

  // 8. The headline among the title lines left before the first paragraph: the
  // last one with a verb (mastheads, taglines and section labels rarely have one),
  // else the last; a dek-like line after a real title yields to that title. The
  // line after the headline stays as a dek when it reads like one; the other
  // title lines there are the masthead, tagline and labels.
  if (firstBody < n) {
    const owners = f.map((x) => x.owner).filter((o): o is string => o !== null && o.length > 0);
    // A labelled title line ("BREAKING: Agents head north", "Opinion: …") is a
    // candidate too: the article's own headline when it is the last with a verb.
    // (Never a paid slot: "Sponsored: …", "Promoted · …" are an advertiser's, not the article's.)
    const labelled = (i: number) => (rules[i] === 'ticker' || rules[i] === 'teaser-label') && f[i]!.title && !f[i]!.ends && !pinned(lines[i]!) && !PAID_LABEL.test(f[i]!.key);
    const lead: number[] = [];
    // (A quotation closed by its attribution, "“We moved every deputy,” - Sheriff Roe", is the article's.)
    const attributedQuote = (i: number) => /^["“‘].{3,}["”’]\s*(?:[-—–]+|,)\s*\p{Lu}/u.test(lines[i]!);
    for (let i = 0; i < firstBody; i++) if ((alive(i) || labelled(i)) && !f[i]!.ends && !attributedQuote(i)) lead.push(i);
    for (const i of lead) if (alive(i) && f[i]!.title && owners.length && namesOwner(f[i]!.key, owners)) drop(i, 'masthead');
    // An alert bulletin's or newsletter's topic: the name its subscription line gives ("You are subscribed to
    // Coast Guard District 7 News for …"), set over the item as a label, never the item's headline.
    const topics = new Set(model.page.flatMap((k) => {
      const m = SUBSCRIBED_TO.exec(k);
      return m ? [m[1]!] : [];
    }));
    for (const i of lead) if (alive(i) && topics.has(f[i]!.key)) drop(i, 'bulletin-topic');
    // An organisation's name beside its acronym and nothing else ("CBP - U.S. Customs and Border Protection"): the agency's masthead.
    for (const i of lead) if (alive(i) && !f[i]!.ends && organisationName(lines[i]!)) drop(i, 'masthead');
    // A title in another language right beside one in the article's (a portal's translation shows the
    // original's title too): the switcher's other version, not the article's headline or dek.
    const aliveLead = lead.filter(alive);
    const titleAt = (j: number | undefined) => j !== undefined && f[j]!.title && f[j]!.nwords >= 4;
    // (The body's language only asked for when a title has two stop words of some other list than English's.)
    const bodyLang = aliveLead.length >= 2 && aliveLead.some((i) => titleAt(i) && mayBeForeign(lines[i]!)) ? languageOf(proseSample(lines, f, alive)) : null;
    for (let k = 0; bodyLang !== null && k < aliveLead.length; k++) {
      const i = aliveLead[k]!;
      if (!titleAt(i) || !otherLanguage(lines[i]!, bodyLang)) continue;
      // (The other title need only not read as foreign: "Border Agents Seize 3 Tons Near Pharr" has no English stop word.)
      const own = [aliveLead[k - 1], aliveLead[k + 1]].some((j) => titleAt(j) && !otherLanguage(lines[j!]!, bodyLang));
      if (own) drop(i, 'translated-title');
    }
    // The root of the page's breadcrumb is the site's name ("Haulers Board » Road Reports » …"): the masthead when it stands alone.
    const roots = new Set(f.flatMap((x, i) => (rules[i] === 'breadcrumb' ? [matchKeyOf(lines[i]!.split(/\s+[›»>]\s+/u)[0]!)] : [])));
    for (const i of lead) if (alive(i) && f[i]!.title && roots.has(f[i]!.key)) drop(i, 'masthead');
    // (A report's section heading under its title, "What GAO Found", opens the body: no candidate, kept where it is.)
    const candidates = lead.filter((i) => alive(i) || labelled(i));
    const section = (i: number) => f[i]!.nwords <= 6 && reportSectionHeading(lines[i]!);
    // (Only below the title: a "Summary" label over the headline is still dropped as before-headline.)
    const lastTitle = candidates.filter((i) => f[i]!.title && !section(i)).at(-1) ?? n;
    const left = candidates.filter((i) => !(section(i) && i > lastTitle));
    if (left.length >= 2 || left.some(labelled)) {
      // (A list item is no title: "• DHS releases July numbers" is a summary bullet.)
      const titled = left.filter((i) => f[i]!.title && !/^(?:[•▪◦*–-]|\d{1,2}[.)])\s/u.test(lines[i]!));
      const verb = (i: number) => hasVerb(lines[i]!);
      // The article's header first: the title right above its byline.
      let h = titled.filter((i) => headers.has(lines[i]!) && !labelled(i)).at(-1) ?? titled.filter(verb).at(-1) ?? titled.filter((i) => !labelled(i)).at(-1);
      if (h !== undefined && dekLike(lines[h]!, f[h]!)) {
        const prev = left[left.indexOf(h) - 1];
        // (Not to a tagline over it: "Serving the Florida Keys since 1909" opens on a gerund and says nothing happened.)
        if (prev !== undefined && !labelled(prev) && f[prev]!.title && f[prev]!.nwords >= 3 && verb(prev) && !gerundPhrase(lines[prev]!)) h = prev;
      }
      // A headline and its standfirst, the one right under the other (no line between):
      // the upper one is the headline when both are title-case headlines with verbs and
      // the lower is no shorter, or when no title has a verb and only the upper is in title case
      // ("Immigration: Apprehensions and Expulsions …" over "A reading from the CRS").
      // A title-case standfirst right under its headline, when the headline was taken over it.
      let standfirst = -1;
      if (h !== undefined) {
        const prev = titled[titled.indexOf(h) - 1];
        // (Only furniture between them, a byline or a stamp, is still "right under".)
        const under = prev !== undefined && Array.from({ length: h - prev - 1 }, (_, k) => prev + 1 + k).every((k) => rules[k] !== null && !left.includes(k));
        if (prev !== undefined && under && !labelled(prev)) {
          // (Both in title case: a sentence-case tagline over a headline is no standfirst's headline.)
          // (And on one subject: a standfirst takes up words of its headline, a counter or tagline above does not.)
          // (A shorter standfirst only right under its headline, nothing between: a release's title over its subtitle.)
          const words = chrome.contentWords(lines[h]!);
          const shared = [...chrome.contentWords(lines[prev]!)].some((w) => words.has(w));
          const both = verb(prev) && verb(h) && shared && f[prev]!.nwords >= 4 && (f[h]!.nwords >= f[prev]!.nwords || h === prev + 1) && titleCaseRatio(lines[prev]!) >= 0.9 && titleCaseRatio(lines[h]!) >= 0.9;
          const cased = !titled.some(verb) && f[prev]!.nwords >= 5 && f[h]!.nwords >= 4 && titleCaseRatio(lines[prev]!) >= 0.9 && titleCaseRatio(lines[h]!) < 0.9;
          if (both || cased) {
            if (both && h === prev + 1) standfirst = h;
            h = prev;
          }
        }
      }
      // The headline model (text/headline-model.ts) ranks the titles instead of the cascade above, when given.
      const reasons = new Map<number, string>();
      if (titled.length >= 2 && (model.weights || model.observe)) {
        // (The first paragraph too, when it is a title's shape over more prose: a long sentence-case
        // headline reads as prose to the line rules. Offered to the model only: the cascade never drops it.)
        const nextProse = [...lines.keys()].some((k) => k > firstBody && alive(k) && f[k]!.prose);
        const bodyTitle = f[firstBody]!.title && f[firstBody]!.nwords >= 4 && nextProse && !pinned(lines[firstBody]!);
        if (bodyTitle) titled.push(firstBody);
        const proseLines = [...lines.keys()].filter((k) => k >= firstBody && alive(k) && f[k]!.prose);
        // (The body beyond the lead: a headline's words recur there; capped at twenty paragraphs, a long report's first pages say enough.)
        const lead = leadOf(proseLines.slice(0, 2).map((k) => lines[k]!), proseLines.slice(0, 20).map((k) => lines[k]!), model.paragraphs);
        const content = titled.map((i) => chrome.contentWords(lines[i]!));
        const shares = (r: number, q: number) => [...content[r]!].some((w) => content[q]!.has(w));
        const keys = titled.map((i) => f[i]!.key);
        const cands: HeadlineCandidate[] = titled.map((i, r) => ({
          line: lines[i]!,
          rank: r,
          count: titled.length,
          toBody: Math.max(0, firstBody - i - 1),
          title: f[i]!.title,
          nwords: f[i]!.nwords,
          seen: f[i]!.seen,
          header: headers.has(lines[i]!),
          labelled: labelled(i),
          dek: dekLike(lines[i]!, f[i]!),
          verb: verb(i),
          gerund: gerundPhrase(lines[i]!),
          subjectBelow: r + 1 < titled.length && shares(r, r + 1),
          subjectAbove: r > 0 && shares(r, r - 1),
          wrapsOther: keys.some((k, q) => q !== r && k.length >= 10 && keys[r]!.length > k.length && keys[r]!.includes(k)),
          insideOther: keys.some((k, q) => q !== r && keys[r]!.length >= 10 && k.length > keys[r]!.length && k.includes(keys[r]!)),
          body: i === firstBody,
          quoted: keys[r]!.length >= 10 && model.page.some((k) => k.length > keys[r]!.length + 5 && !keys.includes(k) && k.includes(keys[r]!)),
        }));
        model.observe?.(cands, lead, h === undefined ? -1 : titled.indexOf(h));
        if (model.weights) {
          const choice = chooseHeadline(cands, lead, model.weights);
          const m = titled[choice.best]!;
          if (m !== h) {
            h = m;
            if (h === firstBody) standfirst = -1;
            // (Its standfirst: the title right under it on its subject, both with verbs, as the cascade keeps one.)
            const next = titled[choice.best + 1];
            const shared = next !== undefined && [...content[choice.best]!].some((w) => content[choice.best + 1]!.has(w));
            standfirst = next === h + 1 && shared && verb(h) && verb(next) && titleCaseRatio(lines[next]!) >= 0.9 ? next : -1;
          }
          titled.forEach((i, r) => reasons.set(i, `headline model: not the headline (${choice.reasons[r]})`));
        }
        if (bodyTitle) titled.pop();
      }
      if (h !== undefined) {
        if (labelled(h)) rules[h] = null;
        const next = h === firstBody ? undefined : left[left.indexOf(h) + 1];
        const dek = next !== undefined && (dekLike(lines[next]!, f[next]!) || next === standfirst) ? next : -1;
        for (const i of left) {
          if (i === h || i === dek) continue;
          drop(i, i < h ? 'before-headline' : 'after-headline');
          if (rules[i] !== null && reasons.has(i)) why[i] = reasons.get(i)!;
        }
      }
    }
  }

  // 9. After the last paragraph, a line without end punctuation is furniture
  // (teasers, footer links); credit lines and cited domains were kept above.
  for (let i = lastBody + 1; i < n && lastBody >= 0; i++) {
    if (alive(i) && !f[i]!.ends && !f[i]!.credit) drop(i, 'after-article');
    // A short question put to the reader there is a promotion ("Want your company's news featured?").
    // So is a prompt of four words or fewer ("Ready for more?").
    else if (alive(i) && /\?$/.test(f[i]!.key) && ((f[i]!.nwords <= 15 && /\b(?:you|your)\b/.test(f[i]!.key)) || f[i]!.nwords <= 4)) drop(i, 'after-article');
  }

  // 10. Repetition anywhere: a title-like line seen before (a headline repeated mid-page).
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (!alive(i) || !f[i]!.title) continue;
    if (seen.has(f[i]!.key)) drop(i, 'repeated-headline');
    seen.add(f[i]!.key);
  }

  // 11. Menus: three or more consecutive short lines (counted over lines still kept).
  const kept = [...lines.keys()].filter(alive);
  for (let a = 0; a < kept.length; ) {
    let b = a;
    while (b < kept.length && f[kept[b]!]!.short) b++;
    if (b - a >= 3) for (let k = a; k < b; k++) drop(kept[k]!, 'menu');
    a = b === a ? a + 1 : b;
  }

  return { keep: rules.map((r) => r === null), rules, cited, why };
}

export interface CleanOptions {
  /** Lines recurring across the archive's articles (template.ts): the outlet's furniture. */
  template?: ArchiveTemplate | null;
  /** Editor overrides from the sidecar: lines never dropped, and lines always dropped. */
  keep?: string[];
  drop?: string[];
  /** The headline model's weights (default: the trained text/headline-weights.json); null: the rules' cascade alone. */
  headlineModel?: HeadlineWeights | null;
  /** Sees each headline choice's candidates (the training script's hook). */
  observeHeadline?: HeadlineModelUse['observe'];
}

export function clean(text: string, opts: CleanOptions = {}): CleanResult {
  let lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const dropped: { line: string; rule: string; why?: string }[] = [];
  const model: HeadlineModelUse = { weights: opts.headlineModel === undefined ? (HEADLINE_WEIGHTS.adopted ? HEADLINE_WEIGHTS : null) : opts.headlineModel, observe: opts.observeHeadline, page: [], paragraphs: new Map() };
  const citedSources: string[] = [];
  const keepKeys = new Set((opts.keep ?? []).map(matchKeyOf));
  const dropKeys = new Set((opts.drop ?? []).map(matchKeyOf));
  if (dropKeys.size) {
    lines = lines.filter((line) => {
      if (!dropKeys.has(matchKeyOf(line))) return true;
      dropped.push({ line, rule: 'editor-drop' });
      return false;
    });
  }
  // Rows of a text table (a heading line over a label and its figures: text/tables.ts) carry no
  // verb and would read as furniture; they are kept as an editor's keep line is.
  const tableLines = new Set([...tableLineIndices(lines)].map((i) => lines[i]!));
  const pinned = keepKeys.size || tableLines.size ? (line: string) => tableLines.has(line) || keepKeys.has(matchKeyOf(line)) : () => false;
  model.page = lines.map(matchKeyOf);
  // Mail structure (header runs, signatures, a digest's other messages) is a block's, not a line's: decided once, up front.
  const blocks = chrome.mailBlocks(lines, matchKeyOf);
  if (blocks.size) {
    lines = lines.filter((line, i) => {
      const rule = blocks.get(i);
      if (rule === undefined || pinned(line)) return true;
      dropped.push({ line, rule });
      return false;
    });
  }
  // A page's description printed above its title (a share card's or meta description's copy,
  // cleaner16): a sentence at the very top whose words open a paragraph under the title. The
  // text stays in that paragraph; left in place it would stand for the body's start above the title.
  // (The page's keys, model.page, unless the mail blocks took lines out.)
  const descriptionAt = chrome.descriptionCopy(lines.length === model.page.length ? model.page : lines.map(matchKeyOf));
  if (descriptionAt >= 0 && !pinned(lines[descriptionAt]!)) {
    dropped.push({ line: lines[descriptionAt]!, rule: 'page-description' });
    lines = lines.filter((_, i) => i !== descriptionAt);
  }
  // Each pass only removes lines; repeat until nothing changes (position rules
  // see the article's real first and last paragraph once the furniture is gone).
  // Line features depend on the line alone: computed once per distinct line.
  const memo = new Map<string, Features>();
  const template = opts.template ?? null;
  const feat = (line: string) => {
    let x = memo.get(line);
    if (!x) memo.set(line, (x = features(line, template)));
    return x;
  };
  // Title lines standing right above a byline in the page as given: the
  // passes remove the byline, the header stays what it was.
  const headers = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const x = feat(lines[i]!);
    if (x.title && !x.ends && !HEADER_RULES.has(x.rule ?? '') && HEADER_RULES.has(feat(lines[i + 1]!).rule ?? '')) headers.add(lines[i]!);
  }
  for (let guard = 0; guard < 20; guard++) {
    const pass = onePass(lines, feat, pinned, headers, model);
    for (const d of pass.cited) if (!citedSources.includes(d)) citedSources.push(d);
    if (pass.keep.every(Boolean)) break;
    const next: string[] = [];
    lines.forEach((line, i) => {
      if (pass.keep[i]) next.push(line);
      else dropped.push(pass.why[i] ? { line, rule: pass.rules[i]!, why: pass.why[i]! } : { line, rule: pass.rules[i]! });
    });
    lines = next;
  }
  return { lines, dropped, citedSources };
}

/** indexOf at word boundaries: "station 1" is not in "station 11". */
function indexOfWords(hay: string, needle: string, from: number): number {
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let k = hay.indexOf(needle, from); k >= 0; k = hay.indexOf(needle, k + 1)) {
    if (!word(hay[k - 1]) && !word(hay[k + needle.length])) return k;
  }
  return -1;
}

/** Adjacent word pairs of a key. */
function wordPairs(s: string): string[] {
  const ws = s.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  return ws.slice(1).map((w, k) => `${ws[k]} ${w}`);
}
/** Share of the word pairs wanted found among a line's pairs. */
function pairShare(want: string[], have: Set<string>): number {
  let k = 0;
  for (const p of want) if (have.has(p)) k++;
  return k / want.length;
}

/** A newsletter's sign-up button. */
const SIGN_UP = set('sign up|sign up now|sign up today|sign me up|subscribe|subscribe now|subscribe today|subscribe for free|join|get it|enter your email|enter your email address|your email|email address');

const GOV_BANNER = /^(?:an official website of the (?:united states|u\.s\.) government|here's how you know|official websites use \.(?:gov|mil)|secure \.(?:gov|mil) websites use https|an? \.(?:gov|mil) website belongs to an official .{0,120}|an? lock \(.{0,160}safely connected to the \.(?:gov|mil) website.{0,120})$/;

/** Labels of an author's or blogger's profile box ("About Me"). */
const PROFILE_LABELS = set('about me|about the author|about the authors|about the blogger|about the writer|who i am|my profile');

/** Labels of a tag list after the article ("Tags", "Filed under"). */
const TAXONOMY_LABELS = set('labels|tags|tag|topics|tagged|tagged with|filed under|categories|category|keywords|subjects');

/** Rules that drop a line for where it stands, not for what it says. */
const POSITION_RULES = new Set(['navigation', 'furniture-words', 'masthead', 'before-headline', 'after-headline', 'after-article', 'menu', 'repeated-headline', 'outlet-template', 'bulletin-topic', 'page-title-copy']);

function matchKeyOf(line: string): string {
  return ofFolded.matchKey(foldSpaces(line));
}

/** Exposed for structure and tests. */
export const lineShape = {
  isBody: (line: string) => isBody(shapeOf(line)),
  isTitleLike: (line: string) => isTitleLike(shapeOf(line)),
  isShort: (line: string) => isShort(shapeOf(line)),
  resumesArticle: (line: string) => resumesArticle(shapeOf(line)),
  isProse: (line: string) => isProse(shapeOf(line), line),
};
export { wrappedParagraphs };
