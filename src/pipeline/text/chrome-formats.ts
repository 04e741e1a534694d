// Line shapes of whole page formats beyond the news-site widgets of text/chrome.ts and
// text/chrome-shapes.ts (issue 15, blind set 4 taken as development data): forum threads
// (reply subjects, quote headers, viewer counts, guest bars, page-generation credits),
// e-mail newsletters (sender lines, issue contents, reader counts), print replicas (jump
// lines, lottery and classified lines) and bilingual date lines. Each takes a line's match
// key (lower case, folded) or folded line and returns a boolean; none fires on a line for
// holding a number or a name alone.

/** A reply's subject on a forum or mailing list: "Re: <topic title>", "RE: Re: …" (no end punctuation). */
export function replySubject(key: string): boolean {
  return key.length <= 200 && /^(?:re|aw|sv|antw)\s*(?:\[\d+\])?:\s*\S/.test(key) && !/[.!?]["'”’]?$/u.test(key);
}

/** A forum post's header: "Reply #3 on: July 3, 2025, …", "« on: July 2, 2025, 09:14:22 AM »". */
export function postHeader(key: string): boolean {
  return key.length <= 120 && (/^reply\s*#\d+\b/.test(key) || /^«?\s*(?:reply #\d+ )?on:\s.*\d{4}.*»?$/.test(key));
}

/** A quotation's header inside a post: "Quote from: hector on July 2, 2025", "Originally posted by hector". */
export function quoteHeader(key: string): boolean {
  // ("Quote of the day: …" is a label of the article's, not a post's quotation.)
  return key.length <= 120 && /^(?:quote from:?|quote:|originally posted by|quoting [^:]{1,40}:)\s*\S/.test(key) && !/[.!?]["'”’]?$/u.test(key);
}

/** Who is reading: "0 Members and 2 Guests are viewing this topic.", "12 users online". */
export function viewerCount(key: string): boolean {
  return (
    key.length <= 120 &&
    (/^\d[\d,]* (?:members?|users?|registered users?)(?:,? and \d[\d,]* (?:guests?|anonymous users?|visitors?))? (?:are |is )?(?:viewing|browsing|reading) this (?:topic|thread|board|forum|page)\.?$/.test(key) ||
      /^\d[\d,]* (?:users?|members?|guests?|visitors?) (?:online|browsing)\.?$/.test(key))
  );
}

/** A thread's title bar: "Author Topic: <title> (Read 1,204 times)", "Topic: <title>". */
export function topicBar(key: string): boolean {
  return key.length <= 240 && (/\(read [\d,]+ times?\)$/.test(key) || /^(?:author\s+)?topic:\s*\S/.test(key));
}

/** A board's account bar: "Welcome, Guest. Please login or register.", "Did you miss your activation email?". */
export function guestBar(key: string): boolean {
  return key.length <= 160 && (/^(?:welcome|hello|hi),? guest\b/.test(key) || /\bactivation e-?mail\b/.test(key) || /^log ?in with (?:your )?(?:username|e-?mail)\b/.test(key));
}

/** Forum software's timing line: "Page created in 0.142 seconds with 24 queries." */
export function pageGenerated(key: string): boolean {
  return key.length <= 120 && /^page (?:created|generated|rendered|served) in [\d.]+ (?:seconds?|secs?|ms)\b/.test(key);
}

/** A line made wholly of one quotation with no speaker: a signature's motto ("“Slow is smooth, smooth is fast.”"). */
export function bareQuotation(folded: string): boolean {
  return folded.length <= 120 && /^["“][^"“”]{3,}["”]$/u.test(folded);
}

/** A member's profile figures beside a post: "Posts: 3,412", "Karma: +57/-4", "Joined: Mar 2014". */
export function memberStats(key: string): boolean {
  return key.length <= 40 && /^(?:posts|karma|reputation|messages|points|reaction score|likes received|joined|member since|registered)\s*:\s*(?:[+-]?\d|[a-z]{3,9}\.? \d)/.test(key);
}

/** A webmail's sender line: "The Brief <hello@brief.example>  Tue, Jan 28, 2025 at 6:02 AM" (the name, the address in brackets, the date). */
export function senderLine(folded: string, isStamp: (key: string) => boolean): boolean {
  const m = /^([^<>]{1,60})<[^\s<>@]+@[^\s<>]+>\s*(.*)$/u.exec(folded);
  if (!m || folded.length > 160) return false;
  const rest = m[2]!.trim().toLowerCase();
  return rest === '' || isStamp(rest) || /^\S{3,4},? \S{3,9}\.? \d{1,2},? \d{4}(?:,? at \d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)?$/.test(rest);
}

/** A mailer's link to the web copy: "View in browser", "View this email in your browser", "View online". */
export function viewInBrowser(key: string): boolean {
  return /^(?:view|read|open) (?:(?:this|it|the) )?(?:e-?mail |newsletter |issue |message )?(?:in (?:your |a |the )?(?:web )?browser|online|as a web ?page)$/.test(key);
}

/** A newsletter's reader count pitch: "Join 12,400 readers who get the Brief every Tuesday." */
export function readerCount(key: string): boolean {
  return key.length <= 200 && /^(?:join|be one of|you're one of|you are one of) (?:more than |over |nearly |almost )?[\d,.]+k? (?:other )?(?:readers|subscribers|people|neighbors|neighbours|members|professionals)\b/.test(key);
}

/** The label of a newsletter's list of items: "In this issue", "Quick hits", "In brief". */
export function digestLabel(key: string): boolean {
  return /^(?:in this (?:issue|edition|newsletter)|in today's (?:issue|edition)|inside this (?:issue|edition)|quick hits|in brief|news in brief|briefly|the rundown|elsewhere|also this week|what else we're watching)$/.test(key);
}

/** An item of such a list: a bullet or a number and a separator opening the line. */
export function listItem(folded: string): boolean {
  return /^(?:[•▪◦*–-]|\d{1,2}\s*[·.)|:–—-])\s+\S/u.test(folded);
}

/** A print page's jump line: "See BORDER, Page A6", "Continued from A1", "Continued on Page 4". */
export function jumpLine(key: string): boolean {
  return (
    key.length <= 60 &&
    (/^(?:please )?(?:see|turn to) [\p{L}\p{N}' -]{1,30},? (?:on )?(?:page|p\.|pg\.?) ?[a-z]?\d{1,3}$/u.test(key) ||
      /^(?:continued|cont'd|continues|jump) (?:from|on|to) (?:page |p\. ?)?[a-z]?\d{1,3}$/.test(key))
  );
}

/** A lottery's draw: a label, a colon and three or more numbers joined by dashes ("Pick 3: 4-1-7", "Powerball: 2-12-22-43-58 PB 9"). */
export function drawNumbers(key: string): boolean {
  return key.length <= 80 && /^[a-z][a-z0-9 ]{1,24}:\s*\d{1,2}(?:\s*[-–]\s*\d{1,2}){2,}(?:\s+[a-z]{1,3}\s*\d{1,2})?$/.test(key);
}

/** A member page's issue tags: "Issues: Border Security, Homeland Security, Immigration" (short items, no sentence). */
export function issueTags(key: string): boolean {
  const m = /^(?:issues?|policy areas?|subjects?|committees?|related issues)\s*:\s*(.+)$/.exec(key);
  return m !== null && key.length <= 200 && !/[.!?]$/.test(m[1]!) && m[1]!.split(/\s*[,;|]\s*/).every((s) => s.split(' ').length <= 4);
}

/** A labelled promotion that asks the reader a question: "Casework: Need help with a federal agency? Our office …". */
export function labelledPromo(key: string): boolean {
  return key.length <= 240 && /^[a-z][a-z '&-]{2,24}:\s+(?:need|want|looking for|have (?:a|an|you)|got|do you need|can we)\b[^?]{3,80}\?/.test(key);
}

/** A print index's teaser, closed by the page it is on: "12 stories that shaped the county, A4", "Obituaries, Page B6". */
export function pageReference(key: string): boolean {
  return key.length <= 140 && /^(?:[^\s.!?]+\s+){2,}[^.!?]{0,100},\s*(?:page |p\. ?)?[a-z]\d{1,2}$/.test(key);
}

/** A line in capitals only ("GRAND OPENING", "REGION"): a display ad's or section's flag when nothing of the article is under it. */
export function capitalsFlag(folded: string): boolean {
  return folded.length <= 40 && /\p{Lu}{2}/u.test(folded) && !/\p{Ll}/u.test(folded) && !/[.!?]$/.test(folded) && folded.split(/\s+/).length <= 5;
}
