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
  return key.length <= 120 && /^(?:quote from|quote|originally posted by|quoting)\s*:?\s+\S/.test(key) && !/[.!?]["'”’]?$/u.test(key) && (/:/.test(key.slice(0, 16)) || /^originally posted by\b/.test(key));
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
