// Line shapes of page formats the fourth round met (issue 15, blind set 5 taken as
// development data): a TV station's video player and widgets, a wire service's client
// desk (editors' notes, slugs, credits, field strips), reader-mode exports and bulletin
// senders, and link aggregators (submitter lines, vote shares, comment bars, community
// sidebars). Each takes a line's match key (lower case, folded) or folded line and
// returns a boolean; none fires on a line for holding a number or a name alone.
import { words } from './normalize.ts';
import { stampLine } from './chrome-shapes.ts';
import { separatorSegments } from './separators.ts';

/** A captions notice of a video player: "Closed captioning for this video is provided by … and may contain errors." */
export function captionsNotice(key: string): boolean {
  return (
    key.length <= 200 &&
    (/^(?:closed )?caption(?:ing|s)? (?:for this (?:video|program|programme|broadcast|stream|clip) )?(?:is |are |was |were |may be )?(?:provided|produced|generated|auto-?generated|automatically generated|created)\b/.test(key) ||
      /^(?:this |the )?(?:transcript|captions?) (?:is |are |was |were |may be )?(?:auto-?generated|automatically generated|machine-generated)\b/.test(key))
  );
}

/** A player's autoplay teaser: "Up next in 8 seconds: <other video> (1:52)", "Next video: …". */
export function autoplayTeaser(key: string): boolean {
  return key.length <= 200 && /^(?:up next|next up|coming up next|playing next|next video|watch next)(?: in \d{1,2} ?(?:seconds?|secs?|s))?\s*[:›»|–—-]\s*\S/.test(key);
}

/** A video teaser's title closed by its running time, no stop: "Deputies pull 3 swimmers from the river (1:52)". */
export function durationTeaser(folded: string): boolean {
  return folded.length <= 160 && /\S\s+\(\d{1,2}:\d{2}(?::\d{2})?\)$/u.test(folded) && !/[.!?]["”’]?\s+\(\d{1,2}:\d{2}/u.test(folded);
}

/** A traffic widget: "Traffic: I-2 eastbound at Sugar Rd. — crash, 2 right lanes blocked". */
export function trafficWidget(key: string): boolean {
  return (
    key.length <= 160 &&
    /^traffic(?: alert| update| report)?\s*[:|–—-]\s*\S/.test(key) &&
    /\b(?:[nsew]b|(?:north|south|east|west)bound|lanes?|delays?|closed|closure|blocked|crash|stalled|congestion|backups?|min(?:ute)?s? delay)\b/.test(key)
  );
}

/**
 * A wire editors' note or advisory above the story: "Eds: UPDATES with … in 3rd paragraph.",
 * "Advisory: Justice Department release; no independent reporting." (Not an editor's note,
 * "Editor's note: This article reproduces …", which is the article's own.)
 */
export function wireNote(key: string): boolean {
  // (The anchored test before the word count: it rules out almost every line at its first letters.)
  return key.length <= 300 && /^(?:eds?|ednote|eds note|note to editors|editors|advisory|editors' advisory|media advisory)\s*:\s*\S/.test(key) && words(key).length <= 40;
}

/** Credits of a wire desk in brackets: "(Editing by …; e-mail; phone)", "(Compiled by the … desk; editing by …)". */
export function bracketedCredits(key: string): boolean {
  return key.length <= 240 && /^\((?:additional )?(?:reporting|writing|editing|edited|compiled|research|graphics|production|written)(?: by)? [^()]{2,200}\)\.?$/.test(key);
}

/** A wire slug: category code, subject parts at hyphens ("BC-US-Border-Charges", "BC-US-Border-Military/"). */
const SLUG = /(?:^|\s)\p{Lu}{2,4}(?:-[\p{L}\p{N}]+){3,}\/?(?=\s|$)|(?:^|\s)\p{Lu}{2,4}(?:-[\p{L}\p{N}]+){1,}\/(?=\s|$)/u;
/** A line named by its wire slug, alone or after the desk's name ("Meridian Client Desk — BC-US-Border-Charges"). */
export function slugLine(folded: string): boolean {
  return folded.length <= 120 && !/[.!?]$/.test(folded) && SLUG.test(folded) && words(folded).length <= 10;
}

/**
 * A strip of labelled fields: "Rights: Subscriber use only. Embargo: none. Kill: none." Three
 * or more short "Label: value" fields at stops, bars or semicolons, nothing else. A sentence
 * opening on a label ("Removals: ICE conducted …") carries one.
 */
export function fieldStrip(folded: string): boolean {
  // (Three fields need three "label: " colons; most lines have none.)
  if (folded.length > 200 || !/:\s[^]*:\s[^]*:\s/.test(folded)) return false;
  const fields = folded.split(/(?<=[.;])\s+|\s+[|·•]\s+/u).map((s) => s.trim()).filter(Boolean);
  return fields.length >= 3 && fields.every((s) => /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:\s+[^:]{1,40}$/u.test(s) && words(s).length <= 8);
}

/** A bulletin service's sender line: "U.S. Immigration and Customs Enforcement sent this bulletin at 12/11/2019 10:02 AM EST". */
export function bulletinSender(key: string): boolean {
  return key.length <= 200 && /\bsent (?:you )?this (?:bulletin|e-?mail|message|newsletter|update|alert|notice|digest)\b(?: (?:at|on) [^.!?]{4,40})?$/.test(key) && /\d/.test(key);
}

/** An aggregator's submitter line: "submitted 7 hours ago by mesquite_mike · Flair: Immigration". */
export function submitterLine(key: string): boolean {
  return key.length <= 160 && !/[.!?]$/.test(key) && /^(?:submitted|posted|shared|asked|started|linked)\s+(?:(?:about |over |nearly )?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\s+)?by\s+\S+/.test(key);
}

/** A post's share of votes: "87% upvoted", "92% liked this". */
export function voteShare(key: string): boolean {
  return /^\d{1,3}(?:\.\d)?\s?% (?:upvoted|liked(?: this)?|positive|found this (?:helpful|useful))$/.test(key);
}

/** A comment count opening a bar of actions ("128 comments · share · save · hide · report"). */
export function commentBar(folded: string): boolean {
  const segs = separatorSegments(folded);
  return segs.length >= 2 && /^\d[\d,.]*k? comments?$/i.test(segs[0]!);
}

/** A commenter's line: "riograndegrackle · 347 points · 6 hours ago" (a score and an age among short segments). */
export function commenterLine(folded: string): boolean {
  const segs = separatorSegments(folded);
  return (
    segs.length >= 2 &&
    segs.length <= 5 &&
    segs.every((s) => words(s).length <= 4) &&
    segs.some((s) => /^[+-]?\d[\d,.]*k? (?:points?|votes?|likes?|karma)$/i.test(s)) &&
    segs.some((s) => /\bago$/i.test(s) || stampLine(s.toLowerCase()))
  );
}

/** Labels of a comment thread's head: "Top comment", "Sort by: best ▾", "Best comments". */
export function threadLabel(key: string): boolean {
  return /^(?:top|best|featured|most liked|newest|oldest|all|highlighted) comments?$/.test(key) || /^sort (?:comments )?by\s*:?\s*(?:best|top|new|newest|old|oldest|controversial|hot|q&a|popular|relevance)\b/.test(key);
}

/** A community's sidebar label: "About community", "About this group". */
export function communityLabel(key: string): boolean {
  return /^(?:about (?:the |this )?(?:community|group|forum|board|subreddit|channel|club|space|server)|community (?:info|details|description))$/.test(key);
}

/** A community's figures: "48.2k members · 312 online", "1,204 subscribers". */
export function memberCount(key: string): boolean {
  return key.length <= 80 && /^\d[\d,.]*k? (?:members?|subscribers?|followers|readers)(?:\s*[·|•,]\s*\d[\d,.]*k? (?:online|here now|active|here))?$/.test(key);
}

/** When a community, account or group began: "Created Mar 3, 2012", "Joined 2019", "Member since June 2014". */
export function createdStamp(key: string): boolean {
  const m = /^(?:created|founded|joined|member since|established|est\.)\s*:?\s*(?:on |in )?(.+)$/.exec(key);
  return m !== null && key.length <= 60 && (stampLine(m[1]!) || /^(?:19|20)\d{2}$/.test(m[1]!) || /^[a-z]{3,9}\.? (?:19|20)\d{2}$/.test(m[1]!));
}

/** A labelled list of short numbered rules on one line: "Community rules: 1. Be civil 2. Link sources 3. No doxxing". */
export function inlineRules(key: string): boolean {
  if (key.length > 200) return false;
  const m = /^[a-z][a-z '&-]{1,30}:\s*(1[.)]\s.*)$/.exec(key);
  if (!m) return false;
  const items = m[1]!.split(/(?:^|\s)\d{1,2}[.)]\s+/).map((s) => s.trim()).filter(Boolean);
  return items.length >= 3 && items.every((s) => words(s).length <= 5);
}

/** Moderation furniture of a board: "Pinned by moderators", "Locked by admins". */
export function moderationLine(key: string): boolean {
  return /^(?:pinned|stickied|locked|archived|removed|approved) by (?:the )?(?:moderators?|mods?|admins?|administrators?|staff)$/.test(key);
}

/** A tag in square brackets alone on its line: "[Official source]", "[Video]" (a flair or a type label). */
export function bracketTag(folded: string): boolean {
  return folded.length <= 40 && /^\[[^[\]]{1,38}\]$/u.test(folded) && words(folded).length <= 4;
}

// One sentence about the item shown rather than its subject: it was cut or translated, or where the rest is.
/** Who cut it, if said: the feed, its publisher, the reader app ("by its feed", "for this view"); nothing else. */
const ITEM_BY = String.raw`(?: (?:by|in|for|from) (?:its|the|this|our|your) (?:feed|rss feed|feed reader|publisher|source|original(?: article| post| story)?|reader|app|site|aggregator|syndication|preview|view|display|length)(?: (?:feed|app|view|page))?)?(?: (?:here|below|above))?`;
const ITEM_CUT = new RegExp(String.raw`^(?:this|the) (?:item|article|story|post|entry|feed item|excerpt|preview|summary|version|text|release)(?: (?:shown|below|above|here))? (?:was|has been|is|have been|were|may be|may have been) (?:automatically |partially )?(?:shortened|truncated|abridged|excerpted|clipped|cut short|condensed|summari[sz]ed|trimmed)${ITEM_BY}[.!]?$`);
const ITEM_EXCERPT = /^(?:this is|you(?:'re| are) (?:reading|viewing)) (?:an? |the )?(?:excerpt|summary|preview|teaser|shortened version|abridged version|partial (?:text|view))\b[^.!?]{0,60}[.!]?$|^only (?:an? |the )?(?:excerpt|summary|preview|first (?:\w+ )?(?:paragraphs?|words|lines))\b[^.!?]{0,40} (?:is|are) (?:shown|included|available|displayed)\b[^.!?]{0,40}[.!]?$/;
/** "This article was translated from Spanish by our newsroom.", "This story is a machine translation." (Of the page's own item only: "this", never "the report was translated into 12 languages".) */
const ITEM_TRANSLATED = /^this (?:item|article|story|post|page|entry) (?:is an? (?:automatic |automated |machine |ai |human )?translation(?: of (?:the|an?|our) [^.!?]{1,40})?|(?:was|has been|is|have been) (?:automatically |machine[- ]|ai[- ])?translated(?: from \p{L}+)?(?: (?:by|with|using) [^.!?]{1,50})?)[.!]?$/u;
const ITEM_ORIGINAL = /^(?:open|read|view|see|visit|go to|continue (?:reading )?(?:at|on)) (?:the )?(?:original|source|full (?:article|story|post|item|text|version|release)|publisher's (?:site|page))\b[^.!?]{0,60}\b(?:for|to (?:read|see|view|get))\b[^.!?]{0,60}[.!]?$|^(?:open|read|view|see) the original(?: (?:article|story|post|item|version|text))?(?: in \p{L}+)?(?: (?:here|online|at [^.!?]{1,40}))?[.!]?$/u;
/** "Summary only.", "Excerpt from the feed.", "The full text of this item is available at the original source." */
const ITEM_PART = /^(?:feed )?(?:summary|excerpt|preview|teaser|partial text)(?: only| from (?:the|its|this) (?:feed|rss feed|publisher|source|original))$|^(?:the )?full (?:text|article|story|version|post|release)(?: of (?:this|the) (?:item|article|story|post|entry))? (?:is )?(?:only )?available (?:at|on|from|in) (?:the )?(?:original(?: source| article| post| site)?|source|publisher's (?:site|page))$/;
/** Where the rest is, by name: "Continue reading at ice.gov", "Read the full story on the publisher's site." */
const ITEM_ELSEWHERE = /^(?:continue reading|read (?:the )?(?:rest|more)(?: of (?:the|this) (?:article|story|post|item))?|(?:open|read|view|see) the (?:full|complete|whole) (?:article|story|post|item|text|release)) (?:at|on) (?:the )?(?:original(?: site| article| post)?|source|publisher's (?:site|page)|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$/;
const ABOUT_ITEM = [ITEM_CUT, ITEM_EXCERPT, ITEM_TRANSLATED, ITEM_PART];
/**
 * A reader's or re-publisher's notice about the item itself: "This item was shortened by its
 * feed. Open the original for the full text and tables.", "This article was translated from
 * Spanish. Read the original." Every sentence of the line is such a notice; a sentence on what
 * an agency shortened ("The agency shortened the wait to 3 days.") is none.
 */
/** Words one of the notices holds (a test first: the sentence split and the patterns run on few lines). */
const ITEM_WORD = /^only\b|shortened|truncated|abridged|excerpt|clipped|cut short|condensed|summar|trimmed|translat|preview|teaser|full (?:text|article|story|version|post|release)|partial/;
export function itemNotice(key: string): boolean {
  if (key.length > 240 || !ITEM_WORD.test(key)) return false;
  // (Each sentence without its stop: the patterns end on the words.)
  const sentences = key.split(/(?<=[.!])\s+/u).map((s) => s.replace(/[.!]$/u, '')).filter(Boolean);
  const about = (s: string) => ABOUT_ITEM.some((re) => re.test(s));
  return sentences.length <= 3 && sentences.some(about) && sentences.every((s) => about(s) || ITEM_ORIGINAL.test(s) || ITEM_ELSEWHERE.test(s));
}

/** Names of languages as a portal's switcher writes them, in English or in the language itself. */
const LANG_NAME = String.raw`(?:english|inglés|spanish|español|espanol|french|français|francais|portuguese|português|portugues|german|deutsch|italian|italiano|dutch|nederlands|catalan|català|romanian|română|chinese|中文|vietnamese|tiếng việt|korean|한국어|japanese|日本語|arabic|العربية|russian|русский|ukrainian|українська|haitian creole|kreyòl(?: ayisyen)?|tagalog|filipino|hindi|k'iche'|mam|q'eqchi'|other languages)`;
const LANGUAGE_SWITCH = [
  // "Read this story in Spanish", "Leer en español", "Lire cet article en français".
  new RegExp(String.raw`^(?:read|view|see|listen to|watch|leer|lea|léalo|lire|ler|leia)(?: (?:this|the|it|esta|este|cet|cette) (?:story|article|page|post|report|item|nota|noticia|artículo|articulo|historia|matéria))?(?: also)? (?:in|en|em) ${LANG_NAME}(?: here)?$`, 'u'),
  // "Also in: Português · Français", "Language: English ▾", "Available in Español and English".
  new RegExp(String.raw`^(?:also (?:available )?in|available in|también en|disponible en|language|languages|idioma|langue|lingua|translations?)\s*:?\s*${LANG_NAME}(?:\s*(?:[·|•,/]|and|y|e|et|▾)\s*${LANG_NAME}?)*\s*▾?$`, 'u'),
  // "Available in 11 languages", "Published in 9 languages".
  /^(?:available|published|also|read it|listen) in \d{1,3} languages$/,
];
/** A portal's language switch or its offer of other versions: the page's, never the article's. */
export function languageSwitch(key: string): boolean {
  return key.length <= 120 && LANGUAGE_SWITCH.some((re) => re.test(key));
}

/** Words of a pager beside its page numbers: "Pages:", "« Prev", "Next »", a forum's "Go Down" / "Go Up". (Not "of": "1 of 3" is a gallery's counter.) */
const PAGER_WORD = /^(?:pages?:?|prev(?:ious)?|next|first|last|go|down|up|top|«|»|‹|›|<|>|…|\.\.\.|-)$/;
/**
 * A pager: two or more page numbers (the current one in brackets, "[1] 2 3") and only pager
 * words beside them ("Pages: [1] 2 3   Go Down", "« Prev 1 2 3 4 Next »"). A sentence has other words.
 */
export function pagerLine(key: string): boolean {
  if (key.length > 80) return false;
  const tokens = key.split(/\s+/u).filter(Boolean);
  let numbers = 0;
  for (const t of tokens) {
    if (/^\[?\d{1,4}\]?[,]?$/.test(t)) numbers++;
    else if (!PAGER_WORD.test(t)) return false;
  }
  return numbers >= 2;
}
