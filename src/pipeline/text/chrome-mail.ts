// Line shapes and block structure of the formats cleaner round 8 met (issue 15, blind set 9
// taken as development data): e-mail in RFC 822 form (header blocks, quoted replies, "On …
// wrote:", signatures after "-- "), a mailing list's digest (its name, admin lines, one block
// per member message), court-filing exhibits (ECF stamps, Bates numbers, captions) and a
// media-monitoring clip report (clip counter, licence line). Features, not phrases: a header
// key of RFC 5322's vocabulary, a stamp's capitals-and-digits pattern, a "> " quote mark.
// Hand-written: no well-kept npm library parses headers out of flattened plain-text pages
// (mailparser and friends need the raw message). None fires on a line for a number or a name.

// RFC 5322 / 2045 header fields a pasted or printed message shows.
const HEADER = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|message-id|in-reply-to|references|content-type|content-transfer-encoding|mime-version|importance|x-[a-z-]+)\s*:\s*\S/;
const HEADER_RAW = new RegExp(HEADER.source, 'i');
/** A line opening on a header field: "From: …", "Message-ID: <…>" (for header runs). */
export function headerField(key: string): boolean {
  return key.length <= 300 && HEADER.test(key);
}

const MONTH_OR_DAY = /\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
/** A header line alone that can only be a header: a Date/Sent stamp, an address list ("To: Staff; Cc: …"). */
export function mailHeader(key: string): boolean {
  if (key.length > 200 || /[.!?]$/.test(key)) return false;
  const m = /^(date|sent|to|cc|bcc|message-id|content-type|mime-version|reply-to)\s*:\s*(.+)$/.exec(key);
  if (m === null) return false;
  const [, field, value] = m as unknown as [string, string, string];
  if (field === 'date' || field === 'sent') return /\d/.test(value) && MONTH_OR_DAY.test(value) && /\d{1,2}:\d{2}/.test(value);
  if (field === 'to' || field === 'cc' || field === 'bcc' || field === 'reply-to') return /[;@]|\bcc\s*:|\(\d[\d,]* recipients\)/.test(value);
  return true;
}

/** A quoted line of a reply: "> Does anyone know …", ">> …". */
export function quotedLine(folded: string): boolean {
  return /^>+ ?\p{L}/u.test(folded);
}

/** A reply's attribution: "On Thu, Aug 2, 2012 at 9:12 PM, Lou Baca <lb@x.example> wrote:". */
export function replyAttribution(key: string): boolean {
  return key.length <= 240 && /^on .{6,200}\bwrote:$/.test(key) && /\d/.test(key);
}

/** An ECF filing stamp: "Case 2:24-cv-00311-AMV Document 58-4 Filed 06/03/24 Page 1 of 3 PageID #: 2290". */
export function filingStamp(key: string): boolean {
  return key.length <= 200 && /^case:? \d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}\b/.test(key) && /\b(?:document|doc\.?|dkt\.?|filed|page ?id)\b/.test(key);
}

/** A Bates number: "DEF-CBP-000412", "PLTF 0004128" (prefix in capitals, four digits or more). */
export function batesStamp(folded: string): boolean {
  // (Zero-padded or six digits and more: "FY 2024", "MAY 2025", "ISO 9001" are no stamps.)
  return folded.length <= 40 && /^[A-Z]{2,10}(?:[-_][A-Z]{2,10}){0,3}[-_ ](?:0\d{3,8}|\d{6,9})$/.test(folded);
}

/** A case's style alone on a line: "Alvarado-Reyes, et al. v. U.S. Customs and Border Protection, et al.". */
export function caseStyle(key: string): boolean {
  // (No sentence: a line closing on a stop other than "et al." is prose that names the case.)
  return key.length <= 160 && /\bet al\.?/.test(key) && /^[^!?:]{2,80}? v\. [^!?:]{2,100}$/.test(key) && (!/[.!?]$/.test(key) || /\bet al\.$/.test(key)) && !/\b(?:is|was|are|were|has|had|said|ruled|held|will)\b/.test(key);
}

/** An exhibit's cover caption: "Exhibit D — DHS OIG report summary page, retrieved June 1, 2024 (3 pages)". */
export function exhibitCaption(key: string): boolean {
  return key.length <= 200 && /^exhibit [a-z0-9-]{1,4}\b/.test(key) && /\(\d{1,4} pages?\)$/.test(key);
}

/** A clip report's counter: "CLIP 7 of 23 ★ Flagged by analyst", "Item 3 of 9". */
export function clipCounter(key: string): boolean {
  return key.length <= 80 && /^(?:clip|item|result|hit|mention|story) \d{1,4} of \d{1,5}\b/.test(key) && !/[.!?]$/.test(key);
}

/** A monitoring service's licence line: "Article text supplied under license. Do not redistribute …". */
export function suppliedUnderLicence(key: string): boolean {
  return key.length <= 200 && /^(?:article |story |full |clip )?text (?:supplied|provided|reproduced|licensed|used) (?:under|by|with) (?:licen[cs]e|permission)\b/.test(key);
}

/** A digest's masthead: "borderwatch-l Digest, Vol 14, Issue 212", "End of … Digest, Vol 14, Issue 212". */
export function digestName(key: string): boolean {
  return key.length <= 120 && /\bdigest,? vol(?:ume|\.)? ?\d+,? (?:issue|no\.?) ?\d+$/.test(key);
}

/** A mailing list's admin lines: how to post, subscribe and reply; a scrubbed attachment. */
export function listAdmin(key: string): boolean {
  if (key.length > 240) return false;
  return /^(?:to subscribe or unsubscribe\b|send [^.]{1,60} (?:mailing list )?submissions to\b|when replying, please edit your subject line\b|you can reach the person managing the list\b|an? (?:html|non-text) attachment was scrubbed)/.test(key);
}

/** A mail system's notices: "[EXTERNAL] This message came from outside …", a confidentiality notice, "consider the environment". */
export function mailNotice(key: string): boolean {
  if (key.length > 500) return false;
  return /^\[(?:external|ext|caution|warning)\]/.test(key) || /^(?:confidentiality|privacy|legal) (?:notice|disclaimer|statement)\s*:/.test(key) ||
    /^(?:please )?(?:consider|think of) the environment before printing\b/.test(key);
}

/** An answered feedback box: "Thank you for your feedback! 86% of visitors found this page helpful." */
export function feedbackResult(key: string): boolean {
  return key.length <= 160 && /\b\d{1,3}% of (?:visitors|users|readers|people|respondents) found this (?:page|article|story|answer|content) (?:helpful|useful)\b/.test(key);
}

/** A forwarded or replied message's subject as a print view's title: "FW: Army story for Thursday", "Re: Fwd: lot again". */
export function forwardSubject(key: string): boolean {
  return key.length <= 200 && /^(?:(?:fw|fwd|re|aw|wg|tr)\s*:\s*)+\S/.test(key) && !/[.!?]$/.test(key);
}

/** A report's own stamp among segments: "Daily clip report for Acme · Prepared 06:00 CT, Feb. 20, 2025". */
export function reportStamp(key: string): boolean {
  if (key.length > 200) return false;
  const segs = key.split(/\s+[·|•]\s+/u);
  return segs.length >= 2 && segs.some((s) => /^(?:prepared|generated|compiled|produced|run|delivered) (?:on |at )?\d{1,2}(?::\d{2}|\/|\s*(?:a\.m\.|p\.m\.|am|pm))/.test(s));
}

/** A mail client's separator and device line: "-----Original Message-----", "Begin forwarded message:", "Sent from my iPhone". */
export function mailSeparator(key: string): boolean {
  return key.length <= 100 && /^(?:-{2,} ?(?:original message|forwarded message|forwarded by [^-]{1,60}) ?-{2,}|begin forwarded message:?|sent from my (?:iphone|ipad|android|phone|mobile|blackberry|samsung|galaxy|pixel|tablet)\b[^.!?]{0,40})$/.test(key);
}

// The first words or marks every test above can open on: a cheap gate before them.
const OPENS = /^(?:-{2}|begin f|sent from|(?:date|sent|to|cc|bcc|message-id|content-type|mime-version|reply-to|fwd?|re|aw|wg|tr)\s*:|case:? \d|exhibit |(?:clip|item|result|hit|mention|story) \d|(?:article|story|full|clip) text |text (?:su|pr|re|li|us)|send |to subscribe|when replying|you can reach|an? (?:html|non-text)|\[|(?:confidentiality|privacy|legal) (?:n|d|s)|(?:please )?(?:consider|think of) the)/;
/** Whether any line test of this module can match the key. */
export function mailCandidate(key: string): boolean {
  return key.length <= 500 && (OPENS.test(key) || / v\. |digest|% of |wrote:$| (?:prepared|generated|compiled|produced|run|delivered) \d/.test(key));
}

/** A rule line between messages: "------------------------------", "________________________________". */
function ruleLine(line: string): boolean {
  return /^(?:[-_=*]{8,}|-{2,} ?(?:next part|original message|forwarded message) ?-{2,}|begin forwarded message:?)$/i.test(line.trim());
}
const SIG = /^-- ?$/;
const MESSAGE_N = /^message:? \d{1,4}$/i;

/**
 * The block structure of mail text, as rules for line indexes: a run of two header fields or
 * more ("From:/Sent:/To:/Subject:"), the signature after a "-- " line (up to three short lines,
 * to the next rule), and in a digest (two "Message: N" blocks or more) every message but the
 * article's (the one with the most text) as chrome relative to it.
 */
export function mailBlocks(lines: readonly string[], key: (line: string) => string): Map<number, string> {
  const out = new Map<number, string>();
  const n = lines.length;
  // (One cheap gate: a page with no header field, no "-- " and no "Message: N" has no blocks.)
  // (On the raw line, case-blind: no line's key is computed on a page without mail.)
  if (!lines.some((l) => SIG.test(l) || HEADER_RAW.test(l))) return out;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && headerField(key(lines[j]!))) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) out.set(k, 'mail-header');
    i = j > i ? j : i + 1;
  }
  for (let i = 0; i < n; i++) {
    if (!SIG.test(lines[i]!)) continue;
    // (A signature closes its message: one to three short lines that are no sentences, then a
    // rule, the next "Message: N" or the page's end (a bar of segments may close on a motto's stop). A "--" inside a story, prose under it, stays.)
    let k = i + 1;
    while (k < n && k <= i + 3 && !ruleLine(lines[k]!) && !MESSAGE_N.test(lines[k]!) && lines[k]!.length <= 160 && (!/[.!?]["”]?$/.test(lines[k]!) || /\s[|·•]\s/u.test(lines[k]!))) k++;
    const closed = k === n || ruleLine(lines[k]!) || MESSAGE_N.test(lines[k]!);
    if (closed) for (let m = i + 1; m < k; m++) out.set(m, 'signature');
  }
  const starts = lines.flatMap((l, i) => (MESSAGE_N.test(l.trim()) ? [i] : []));
  if (starts.length >= 2) {
    // A message's extent: from its "Message: N" to the next one, or to the digest's own footer.
    const ends = starts.map((s, k) => {
      let e = k + 1 < starts.length ? starts[k + 1]! : n;
      for (let m = s + 1; m < e; m++) if (/^-+ ?next part ?-+$/i.test(lines[m]!) || digestName(key(lines[m]!))) { e = m; break; }
      return e;
    });
    const size = (k: number) => {
      let c = 0;
      for (let m = starts[k]!; m < ends[k]!; m++) if (!out.has(m)) c += lines[m]!.length;
      return c;
    };
    let best = 0;
    for (let k = 1; k < starts.length; k++) if (size(k) > size(best)) best = k;
    starts.forEach((s, k) => {
      out.set(s, 'digest-message');
      if (k === best) return;
      for (let m = s + 1; m < ends[k]!; m++) if (!out.has(m) && !ruleLine(lines[m]!)) out.set(m, 'digest-message');
    });
  }
  return out;
}
