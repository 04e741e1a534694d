// Line shapes of page formats the fourth round met (issue 15, blind set 5 taken as
// development data): a TV station's video player and widgets, a wire service's client
// desk (editors' notes, slugs, credits, field strips), reader-mode exports and bulletin
// senders, and link aggregators (submitter lines, vote shares, comment bars, community
// sidebars). Each takes a line's match key (lower case, folded) or folded line and
// returns a boolean; none fires on a line for holding a number or a name alone.
import { words } from './normalize.ts';
import { stampLine } from './chrome-shapes.ts';

/** Segments at spaced separators (text/chrome.ts separatorSegments; not imported, chrome.ts re-exports this module). */
function separatorSegments(line: string): string[] {
  // (Most lines have no separator: then the split is the trimmed line alone.)
  if (!SPACED_SEPARATOR.test(line)) return line.trim() ? [line.trim()] : [];
  return line.split(/\s+(?:\||·|•|›|»|\/\/|◦|▪)\s+/u).map((s) => s.trim()).filter(Boolean);
}
const SPACED_SEPARATOR = /\s(?:\||·|•|›|»|\/\/|◦|▪)\s/u;

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
