// Line shapes of the page formats cleaner round 7 met (issue 15, blind set 8 taken as
// development data): a news database's record (index fields, citation and permalink lines,
// a help-chat widget), a wiki library (licence box, "last edited", a transcriber's line), a
// legal-news site (a licence-seat notice, case captions, subscriber download tools), a phone
// app's share text and screenshots (share line, "why you're seeing this", tab bar) and a
// messaging channel's preview (pinned message, "Forwarded from", emoji counts). Each takes a
// line's match key (lower case, folded) or folded line and returns a boolean; none fires on
// a line for holding a number or a name alone. Hand-written: no library lists these shapes.
import { words } from './normalize.ts';
import { separatorSegments } from './separators.ts';

// The index fields of a database record (Nexis-, ProQuest-, EBSCO-like), a label and a colon.
const RECORD_FIELD = /^(?:publication info|publication title|source title|document type|document id|document url|source type|abstract|load-date|load date|geographic|geographic terms|company \/ organization|naics|sic|index terms|language of publication|country of publication|place of publication|issn|isbn|accession number|record number|indexing)\s*:\s*\S/;
// Labels a body can use too ("Location: the port's east lot"): a record's field only with a list of index terms as its value.
const LIST_FIELD = /^(?:location|locations|company|companies|organization|organizations|people|persons|subject|subjects|industry|ticker|publisher|database)\s*:\s*(.+)$/;
/** A record's field line: "Document type: News, Government release", "Geographic: TEXAS, USA (90%)", "Location: Texas; Laredo Texas". */
export function recordField(key: string): boolean {
  if (key.length > 200) return false;
  if (RECORD_FIELD.test(key)) return true;
  const v = LIST_FIELD.exec(key)?.[1];
  return v !== undefined && (/;/.test(v) || /\(\d{1,3}%\)/.test(v)) && !/[.!?]$/.test(v);
}

/** A citation helper: "Cite this (APA): …", "How to cite: …", "MLA citation: …". */
export function citeLine(key: string): boolean {
  return key.length <= 400 && /^(?:cite (?:this|as)(?: (?:article|page|record|document|item|story))?(?: \((?:apa|mla|chicago|harvard|bluebook|ieee|turabian)\))?|(?:apa|mla|chicago|harvard) (?:citation|style)|how to cite(?: this(?: \w+)?)?)\s*:\s*\S/.test(key);
}

/** "Permalink: lumen.example.edu/doc/123", "Stable URL: …": a link label and one address. */
export function permalinkLine(key: string): boolean {
  return /^(?:permalink|permanent link|persistent link|stable (?:url|link)|short ?link|document link|doi)\s*:\s*\S+$/.test(key);
}

/** A help-chat widget: "Ask a librarian: chat is open …", any short line with "(2 agents online)". */
export function helpChat(key: string): boolean {
  if (key.length > 200) return false;
  // (The count only closing a line that is no sentence: "… (4 agents on duty)." inside a paragraph stays.)
  return /^(?:ask (?:a|an|our) (?:librarian|expert|archivist|agent)|ask us|live chat|chat with (?:a|an|us|our) \w+)\b/.test(key) || (/\(\d[\d,]* (?:\w+ ){0,2}(?:online|available|on duty)\)$/.test(key) && words(key).length <= 20);
}

/** A wiki's licence box and licence line: "This work is in the public domain …", "Text is available under the Creative Commons …". */
export function licenceBox(key: string): boolean {
  if (key.length > 300) return false;
  return /^this (?:work|file|image|text|page|document|item|media|recording|photograph) is (?:in the public domain|licen[cs]ed under|available under|released under)\b/.test(key) ||
    /^(?:text|content|all content|this content) is (?:available|licen[cs]ed|released) under (?:the )?(?:creative commons|cc[- ]by|gnu|open)/.test(key);
}

/** "This page was last edited on 3 May 2024, at 18:42.": a wiki's revision stamp. */
export function lastEdited(key: string): boolean {
  return key.length <= 120 && /^this (?:page|article|entry|text) was last (?:edited|modified|updated|changed) (?:on|at)\b/.test(key);
}

/** A wiki contributor's or status line: "Transcribed by Ana_K (2,214 edits) · Page status: Validated". */
export function contributorLine(key: string): boolean {
  if (key.length > 200) return false;
  return /^(?:transcribed|proofread|validated|uploaded|digiti[sz]ed|scanned|typed|added|contributed) by \S+(?: \S+)? \(\d[\d,.]*k? (?:edits|contributions|uploads)\)/.test(key) ||
    separatorSegments(key).some((s) => /^(?:page|proofreading|transcription|text) status\s*:\s*\S/.test(s));
}

/** An institution's access notice: "Your firm's license gives you access to this article (Seat 14 of 25)." */
export function accessNotice(key: string): boolean {
  if (key.length > 200) return false;
  return /^(?:your|this) (?:firm|institution|organi[sz]ation|company|library|school|university|employer|team)(?:'s)? (?:site |group |enterprise )?(?:license|licence|subscription|account|plan) (?:gives|grants|provides|includes)(?: you)? (?:free |full )?access\b/.test(key) ||
    /^(?:access (?:provided|granted) by|you have access (?:to this \w+ )?through your (?:institution|firm|library|school|university|organi[sz]ation|employer))\b[^.!?]{0,80}\.?$/.test(key) || /\(seat \d+ of \d+\)\.?$/.test(key);
}

// A docket number in a court's shapes: "No. 1:23-cv-01877", "No. CR-21-00144-PHX-DJH", "No. 22-1234".
const DOCKET = /\bno\. (?:\d:\d{2}-[a-z]{2,4}-\d{3,6}|[a-z]{2}-\d{2}-\d{3,6}(?:-[a-z]{2,4})*|\d{2}-\d{3,6})\b/;
/** A case caption box: "Doe v. Roe, No. 1:23-cv-01877 (N.D. Ill.) · Judge … · 41 entries", a caption and a docket number among segments. */
export function caseCaption(key: string): boolean {
  if (key.length > 300) return false;
  const segs = separatorSegments(key);
  return segs.length >= 2 && / v\. /.test(segs[0]!) && DOCKET.test(segs[0]!);
}

/** A one-item label over a box: "Related case", "Related story", "Related docket". */
export function relatedLabel(key: string): boolean {
  return /^related (?:case|story|article|link|video|docket|filing|item|post|coverage|reading|release|report|topic)$/.test(key);
}

/** A subscriber's download tools: "Subscriber tools: Download the tracker as CSV (34 rows)", "Download this table as XLSX". */
export function downloadTools(key: string): boolean {
  if (key.length > 200) return false;
  return /^(?:subscriber|member|premium|pro|account) (?:tools|features|extras|options)\s*:/.test(key) ||
    /^(?:download|export) (?:the |this )?(?:\w+ ){0,2}as (?:a )?(?:csv|pdf|xlsx?|json|epub|mobi|docx?)\b/.test(key);
}

/** An app's share text: "Shared from the Pulse News app · Read the full story …", "Sent via the Acme app". */
export function appShareLine(key: string): boolean {
  return key.length <= 200 && /^(?:shared|sent|posted) (?:from|via|with|using) (?:the )?[^.!?·|]{1,40}? app\b/.test(key);
}

/** A feed's explanation of its pick: "Why you're seeing this: you follow …". */
export function whySeeing(key: string): boolean {
  return key.length <= 200 && /^why (?:you're|you are|am i|i'm|this is) (?:seeing|shown|getting|recommended)(?: this)?\b/.test(key);
}

// The items of an app's tab bar, as a screenshot's text gives them.
const TAB = /^(?:for you|following|home|local|search|full coverage|headlines|top stories|library|saved|profile|notifications|discover|explore|settings|subscriptions|latest|newsstand|favorites|favourites|me|account|live|watch|news|menu|inbox|topics|trending)(?: |$)/;
/** A tab bar of three items or more: "For you   Following   Local   Full Coverage   Search". */
export function tabBar(key: string): boolean {
  if (key.length > 80) return false;
  let rest = key.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  let n = 0;
  for (let m = TAB.exec(rest); m && rest !== ''; m = TAB.exec(rest)) {
    rest = rest.slice(m[0].length);
    n++;
  }
  return rest === '' && n >= 3;
}

/** A channel's pinned message and forwarded-post label: "Pinned message: Channel rules · 3 rules", "Forwarded from Alumni Group". */
export function channelLabel(key: string): boolean {
  if (key.length > 200) return false;
  return /^pinned(?: message| post)?\s*:\s*\S/.test(key) || /^forwarded from [^.!?]{1,60}$/.test(key);
}

/** A count with an emoji in front: "💬 58 comments", "👁 7.9K views". */
export function emojiCount(key: string): boolean {
  return /^[^\p{L}\p{N}]+\s*\d[\d,.]*k? (?:comments?|replies|reactions?|views?|shares?|likes?|forwards?)$/u.test(key);
}

/** A section chip of two short labels: "Detention · Agency releases", "Top stories › Immigration". */
export function sectionChip(folded: string): boolean {
  const segs = separatorSegments(folded);
  return folded.length <= 60 && segs.length === 2 && /\s[·›»]\s/u.test(folded) && segs.every((s) => words(s).length <= 3 && /^\p{Lu}/u.test(s) && !/[\d.!?:]/.test(s));
}

// The first words (or a leading mark) of every shape above, and the marks of the unanchored ones.
const OPENS = /^(?:publication|source|document|abstract|load|geographic|company|naics|sic|index|language|country|place|issn|isbn|accession|record|location|organi|people|persons|subject|industr|ticker|publisher|database|cite|apa|mla|chicago|harvard|how to cite|perma|persistent|stable|short|doi|ask|live|chat|this|text|content|all content|transcribed|proofread|validated|uploaded|digiti|scanned|typed|added|contributed|your|access|you have|related|subscriber|member|premium|pro|account|download|export|shared|sent|posted|why|pinned|forwarded|for you|following|home|local|search|full coverage|headlines|top stories|library|saved|profile|notifications|discover|explore|settings|subscriptions|latest|newsstand|favo|me|watch|news|menu|inbox|topics|trending|[^\p{L}\p{N}])/u;
const MARKS = / v\. |\)\.?$|status\s*:/;
/** Whether any test of this module can match the key: a cheap gate before them. */
export function recordsCandidate(key: string): boolean {
  return key.length <= 400 && (OPENS.test(key) || MARKS.test(key));
}
