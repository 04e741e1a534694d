// Headlines: find one the text carries, or make a faithful extractive one from
// the lead sentence (the article's own words, cut at a clause boundary, never
// reworded), which the page marks as generated.
import { foldSpaces, matchKey, ofFolded, titleCaseRatio } from './normalize.ts';
import { contactLine, headlineTicker } from './chrome.ts';

/** A line that can be a headline: no end punctuation, 2–25 words, not a dateline-led paragraph, not a contact line or ticker. */
export function isHeadlineLike(line: string): boolean {
  const l = foldSpaces(line);
  // Length first: counting the words of a long paragraph is wasted on it.
  if (l.length > 200) return false;
  const n = ofFolded.wordCount(l);
  if (ofFolded.endsLikeSentence(l) || ofFolded.endsWithEllipsis(l) || n < 2 || n > 25 || /[,;:]$/.test(l)) return false;
  // Not a contact line ("Contact: press@agency.gov") nor a ticker of several headlines.
  return !contactLine(matchKey(l)) && !headlineTicker(l);
}

/**
 * A headline that kept its full stop or ends in a question mark: one sentence of 40 words at most set in title case
 * (most words capitalised, not all in capitals), as agencies title their releases ("U.S.
 * Attorneys … Charge More than 990 Illegal Aliens … as part of Operation Take Back America.").
 * Lead paragraphs stay well below: names are capitalised, their verbs and nouns are not.
 */
export function isTitledSentence(line: string): boolean {
  const l = foldSpaces(line);
  // (Or a question: "Will the Wells Run Dry?")
  if (l.length > 300 || !/[.?]$/.test(l) || /[!?]/.test(l.slice(0, -1))) return false;
  const n = ofFolded.wordCount(l);
  if (n < 6 || n > 40 || !/\p{Ll}{3}/u.test(l)) return false;
  // One sentence: no stop inside but after initials and abbreviations ("U.S.", "Jan.").
  if (/(?<!\b(?:\p{Lu}|[A-Z][a-z]{1,3}))[.!?]\s+\p{Lu}/u.test(l.slice(0, -1))) return false;
  return titleCaseRatio(l) >= 0.85 && !contactLine(matchKey(l));
}

/** A section heading: short, no end punctuation, title case or "Label: words". */
export function isHeadingLike(line: string): boolean {
  const l = foldSpaces(line);
  if (l.length > 100) return false; // before counting words: most lines are long paragraphs
  const n = ofFolded.wordCount(l);
  if (n === 0 || n > 12) return false;
  if (ofFolded.endsLikeSentence(l) || ofFolded.endsWithEllipsis(l) || /[,;:]$/.test(l)) return false;
  // Sentence-case prose that lost its period ("A spokesperson … declined to comment") is not a heading.
  return titleCaseRatio(l) >= 0.75 || (/^[\p{Lu}][^:]{1,40}:\s+\p{Lu}/u.test(l) && titleCaseRatio(l) >= 0.5) || (n <= 3 && /^\p{Lu}/u.test(l));
}

// Words before which a long lead sentence can be cut without changing what it says.
const CUT_BEFORE = new Set('so that which while as after because amid including according despite although though where when who whose since until unless even'.split(' '));
const MAX = 110;
const DANGLING = new Set('a an the to of for with and or but in on at by from that as into than its their his her help will would could can is are was were be been has have had'.split(' '));

/** Extractive headline from the lead sentence: whole if short, else cut at the last clause boundary before ~110 characters. */
export function generateHeadline(leadSentence: string): string {
  const s = foldSpaces(leadSentence).replace(/[.!?]+(["”’]?)$/u, '$1');
  if (s.length <= MAX) return s;
  const tokens = s.split(' ');
  let best = -1;
  let len = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (len > MAX) break;
    // Cut before a clause word or after a comma/semicolon/dash, once the headline has some substance.
    if (i > 0 && len >= 40) {
      const prev = tokens[i - 1]!;
      if (CUT_BEFORE.has(t.toLowerCase()) || /[,;:]$/.test(prev) || t === '—' || t === '–') best = i;
    }
    len += t.length + 1;
  }
  if (best > 0) {
    return tokens.slice(0, best).join(' ').replace(/[\s,;:—–-]+$/u, '') + '…';
  }
  const kept: string[] = [];
  for (const t of tokens) {
    if ([...kept, t].join(' ').length > MAX - 10) break;
    kept.push(t);
  }
  // Never end on a dangling function word ("… members to help to…").
  while (kept.length > 3 && DANGLING.has(kept[kept.length - 1]!.toLowerCase().replace(/[,;:]$/, ''))) kept.pop();
  return kept.join(' ').replace(/[\s,;:—–-]+$/u, '') + '…';
}

// A report's own section headings (GAO highlights, audit and study summaries): "What GAO Found",
// "Why We Did This Study", "Key findings". Under a report's title they open its first section;
// they are never its headline. Hand-written: the shapes are the agencies' house headings.
const REPORT_SECTION = /^(?:(?:what|why) (?:\p{L}+ ){0,2}(?:found|recommends?|did this (?:study|review|audit|report|work)|is recommending|(?:we|gao|oig|cbo) (?:found|recommend))|(?:executive )?summary|background|key (?:findings|points|takeaways)|highlights|findings|main findings|overview|results in brief|recommendations?|conclusions?)$/u;
export function reportSectionHeading(line: string): boolean {
  return REPORT_SECTION.test(matchKey(line).replace(/[.:]$/, ''));
}
