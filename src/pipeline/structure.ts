// structure: cleaned lines → Article. Finds the headline (text, else sidecar,
// else generated from the lead), dek, dateline, attribution, section headings,
// paragraphs and sentences with stable ids, and the publication period.
import type { Article, Attribution, CleanResult, Paragraph, Sidecar } from './types.ts';
import { GLUED_DATE, wrappedParagraphs } from './clean.ts';
import { endsLikeSentence, foldSpaces, matchKey, titleCaseRatio, wordCount } from './text/normalize.ts';
import { splitSentences } from './text/sentences.ts';
import { generateHeadline, isHeadingLike, isHeadlineLike, isTitledSentence, reportSectionHeading } from './text/headline.ts';
import { canonicalOutlet, copyrightOutlet, findAttribution, originalPublicationLine } from './text/attribution.ts';
import { contentWords, printedTitle, subjectLine } from './text/chrome.ts';
import { estimatePeriod, loadOfficeholders, type Officeholder } from './text/period.ts';
import { tableLineIndices } from './text/tables.ts';

export interface StructureInput {
  file: string;
  slug: string;
  cleaned: CleanResult;
  sidecar: Sidecar | null;
  /** Reference table for the period estimate; defaults to content/reference/officeholders.yaml under the working directory. */
  officeholders?: Officeholder[];
}

/**
 * "WASHINGTON —", "EL PASO, Texas —", "NEW YORK (Reuters) –" at the start of a paragraph.
 * Group 1: place; group 2: wire service in brackets, if any.
 */
const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?)(?:,?\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\(([^)]{2,40})\))?\s*(?:—|–|--|-)\s+/u;

export function splitDateline(text: string): { dateline: string | null; wire: string | null; rest: string } {
  // "(CNN) — …": a wire credit without a place.
  const bare = /^\(([A-Z][\w .&]{1,30})\)\s*(?:—|–|--|-)\s+/.exec(text);
  if (bare && /^[\p{Lu}"“‘'\p{N}]/u.test(text.slice(bare[0].length))) return { dateline: null, wire: bare[1]!, rest: text.slice(bare[0].length) };
  const m = DATELINE.exec(text);
  if (!m) return { dateline: null, wire: null, rest: text };
  const place = m[1]!;
  // The place must be in capitals (at least its first word) and the rest must be prose.
  const first = place.split(/[\s,]/)[0]!;
  if (first.length < 2 || first !== first.toUpperCase() || !/\p{Lu}{2}/u.test(first)) return { dateline: null, wire: null, rest: text };
  const rest = text.slice(m[0].length);
  // A dateline is followed by a sentence: capital letter (or quote) and some words.
  if (wordCount(rest) < 4 || !/^[\p{Lu}"“‘'\p{N}]/u.test(rest)) return { dateline: null, wire: null, rest: text };
  return { dateline: place, wire: m[2] ?? null, rest };
}

/** Joins lines broken inside a sentence (hard-wrapped text): the cleaner's paragraph groups, and any line continuing in lower case. */
function unwrap(input: string[]): string[] {
  const lines = wrappedParagraphs(input).map((g) => g.join(' '));
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !endsLikeSentence(prev) && foldSpaces(prev).length >= 50 && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
  }
  return out;
}

/** Two lines on one subject: a content word in common. */
function sharesWord(a: string, b: string): boolean {
  const wb = contentWords(b);
  return [...contentWords(a)].some((w) => wb.has(w));
}

/** "Agents head north | The Valley Courier": a page title's site name is not part of the headline. */
export function withoutSiteSuffix(headline: string): string {
  const m = /^(.{15,}?)\s+\|\s+([^|]{2,40})$/u.exec(foldSpaces(headline));
  if (!m) return headline;
  const tail = m[2]!;
  return wordCount(tail) <= 4 && titleCaseRatio(tail) === 1 && wordCount(m[1]!) >= 3 ? m[1]! : headline;
}

/** A dateline in capitals or in title case ("Phoenix, Arizona - "), or a closing colon: a line that opens the body, no standfirst. */
function bodyLead(line: string): boolean {
  const f = foldSpaces(line);
  return splitDateline(f).dateline !== null || /:$/.test(f) || /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, \p{Lu}[\p{Ll}.]+(?: \p{Lu}\p{Ll}+)? [-–—] \p{Lu}/u.test(f);
}

/** A short note of one to three sentences that speaks to the reader ("I", "we", "you", "all,"): a poster's or forwarder's line, not a lead. */
function repostNote(line: string): boolean {
  const f = foldSpaces(line);
  return endsLikeSentence(f) && f.length <= 320 && !splitDateline(f).dateline && (/^(?:all|hi|hello|fyi|team|folks|everyone)\b[,:]/i.test(f) || /\b(?:I|I'm|I've|we|we're|our|you|your|my|me)\b/u.test(f.replace(/[’]/g, "'")) || introducesText(f));
}

/**
 * A note that points at the text it passes on: "Staff attaches the agency's release …", "Read this
 * section before Thursday's seminar …", "… here is what the Border Patrol put out back then."
 * (A verb of passing on, or "this section / below / the following".)
 */
function introducesText(f: string): boolean {
  return /\b(?:attach(?:es|ed|ing)?|enclos(?:es|ed|ing)|forward(?:s|ed|ing)|pass(?:es|ed|ing)? (?:on|along)|repost(?:s|ed|ing)?|here is|here's|here are|below|the following|read this|see this|this (?:section|chapter|excerpt|release|announcement|statement|fact sheet|reading|piece|passage))\b/i.test(f.replace(/[’]/g, "'"));
}

const LIST_ITEM = /^\s*[•▪●◦‣·\u2022*-]\s+/u;

export function structure({ file, slug, cleaned, sidecar, officeholders }: StructureInput): Article {
  let lines = unwrap(cleaned.lines);
  // A short title the page's own title line named (the cleaner dropped that copy, "<title> | <site>"): a title, not a heading.
  const titledPage = (l: string) => cleaned.dropped.some((d) => d.rule === 'page-title-copy' && matchKey(d.line).startsWith(matchKey(l) + ' '));

  // Headline from the text: a title-like first line followed by prose.
  let textHeadline: string | null = null;
  let noteDek: string | null = null;
  // (Or a title-case headline that kept its full stop, over a paragraph.)
  const titledLead = lines.length >= 2 && isTitledSentence(lines[0]!) && endsLikeSentence(lines[1]!);
  // (Never a cover sheet's or memo's subject line, "SUBJECT: …", "RE: …": the item's, not the article's title.)
  if (lines.length >= 2 && (isHeadlineLike(lines[0]!) || titledLead) && !splitDateline(lines[0]!).dateline && !subjectLine(foldSpaces(lines[0]!))) {
    textHeadline = withoutSiteSuffix(lines[0]!);
    lines = lines.slice(1);
  } else if (lines.length >= 3 && repostNote(lines[0]!) && isHeadlineLike(lines[1]!) && !splitDateline(lines[1]!).dateline) {
    // A re-poster's note above the article it passes on ("Pasting it whole: …", a forwarder's line):
    // the title under the note is the headline; the note stays the body's first paragraph.
    // (A short title only under a note that points at it, "Read this section …", or one the page's title names.)
    // (Not a report's section heading, "Key Findings": the note's text goes on under it.)
    const titled = wordCount(lines[1]!) >= 5 || titledPage(lines[1]!) || (introducesText(foldSpaces(lines[0]!)) && titleCaseRatio(lines[1]!) >= 0.75 && wordCount(lines[1]!) >= 2 && !reportSectionHeading(lines[1]!));
    // (Its standfirst may stand between the title and the text: a sentence-case line of six words or more.)
    const standfirst = lines.length >= 4 && !endsLikeSentence(lines[2]!) && isHeadlineLike(lines[2]!) && wordCount(lines[2]!) >= 6 && titleCaseRatio(lines[2]!) < 0.75 && !bodyLead(lines[2]!) && endsLikeSentence(lines[3]!);
    if (titled && (endsLikeSentence(lines[2]!) || standfirst)) {
      textHeadline = withoutSiteSuffix(lines[1]!);
      noteDek = standfirst ? lines[2]! : null;
      lines = [lines[0]!, ...lines.slice(standfirst ? 3 : 2)];
    }
  }
  // Dek: a sentence-case standfirst right after the headline, without end punctuation.
  let dek: string | null = noteDek;
  // (Not a quotation: a quote paragraph closed by its attribution has no end stop either.)
  // (Not a line opening on a dateline or closing on a colon, "Phoenix, Arizona - … Report:": that is the body's first line.)
  // (Or a title-case subtitle the cleaner kept under a title-case headline sharing its subject: "… Record-Breaking Year Under President Trump" / "Secretary Noem Keeps America Safe, Transforms DHS".)
  const subtitle = (l: string) => isHeadlineLike(l) && titleCaseRatio(l) >= 0.9 && titleCaseRatio(textHeadline!) >= 0.9 && wordCount(l) >= 6 && sharesWord(l, textHeadline!);
  if (textHeadline && !dek && lines.length >= 2 && !endsLikeSentence(lines[0]!) && (!isHeadingLike(lines[0]!) || (subtitle(lines[0]!) && endsLikeSentence(lines[1]!))) && wordCount(lines[0]!) >= 6 && foldSpaces(lines[0]!).length <= 300 && !/^["“‘]/u.test(foldSpaces(lines[0]!)) && !bodyLead(lines[0]!)) {
    dek = lines[0]!;
    lines = lines.slice(1);
  }

  // Standalone credit lines are metadata, not body text.
  const attribution: Attribution = {};
  let outlet: string | null = null;
  lines = lines.filter((line) => {
    const original = originalPublicationLine(line);
    if (!original) return true;
    attribution.originally_appeared_in ??= original;
    return false;
  });

  // Paragraphs and section headings (short title-like lines between paragraphs).
  const sections: string[] = [];
  const blocks: { text: string; section: string | null }[] = [];
  let section: string | null = null;
  // Lines that open with a figure under a lead ending in a colon ("… compared to:" then
  // "5,396 migrants in fiscal year 2016", one a line) are the lead's list, not headings.
  let underLead = false;
  // A text table's heading and rows (text/tables.ts) are paragraphs, one a line, under its title.
  const tableRows = tableLineIndices(lines, false);
  lines.forEach((line, i) => {
    const between = blocks.length > 0 && i < lines.length - 1;
    const leadItem = underLead && /^(?:about |some |nearly |more than |over )?[$]?\d/i.test(line);
    underLead = leadItem || /:\s*$/.test(line);
    // A bulleted line is a list item ("• Over 1,200 migrants to Boston since May"), never a heading.
    if (between && isHeadingLike(line) && !LIST_ITEM.test(line) && !leadItem && !tableRows.has(i)) {
      const heading = foldSpaces(line);
      // Two headings in a row: the second is a sub-heading of the first; keep both words.
      const prevIsHeading = section !== null && blocks[blocks.length - 1]!.section !== section;
      section = prevIsHeading && section ? `${section}: ${heading}` : heading;
      if (prevIsHeading) sections[sections.length - 1] = section;
      else sections.push(section);
      return;
    }
    blocks.push({ text: line, section });
  });

  // Dateline: the first paragraph's "WASHINGTON —" goes to metadata.
  let dateline: string | null = null;
  // A wire credit in the dateline ("(Reuters)", "(CNN)") is the outlet's own.
  let wire: string | null = null;
  if (blocks.length) {
    const d = splitDateline(blocks[0]!.text);
    if (d.dateline || d.wire) {
      dateline = d.dateline;
      blocks[0]!.text = d.rest;
      if (d.wire) wire = canonicalOutlet(d.wire.trim());
    }
  }

  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    const spans = splitSentences(b.text).filter((s) => /\p{L}/u.test(s.text));
    if (spans.length === 0) continue;
    const i = paragraphs.length + 1;
    paragraphs.push({
      id: `${slug}:p${i}`,
      text: b.text,
      section: b.section,
      sentences: spans.map((s, j) => ({ id: `${slug}:p${i}s${j + 1}`, text: s.text, start: s.start, end: s.end })),
    });
  }
  // Headings left with no paragraph under them are dropped.
  const usedSections = sections.filter((s) => paragraphs.some((p) => p.section === s));

  const found = findAttribution(paragraphs.map((p) => p.text));
  if (wire) attribution.reported_by = wire;
  else if (found.reportedBy) attribution.reported_by = found.reportedBy;
  if (cleaned.citedSources.length) attribution.cited_sources = [...cleaned.citedSources];
  // A copyright line the cleaner dropped ("© 2025 The Washington Post") names the page's own outlet.
  const copyright = cleaned.dropped.filter((d) => d.rule === 'copyright').map((d) => copyrightOutlet(d.line)).find((o) => o !== null) ?? null;
  outlet = sidecar?.outlet ?? attribution.originally_appeared_in ?? wire ?? (found.ownOutlet ? found.reportedBy : null) ?? copyright;

  const lead = paragraphs[0]?.sentences[0]?.text ?? '';
  // A print copy without its own title line still names it in the browser's running header.
  const printHeaders = cleaned.dropped.filter((d) => d.rule === 'print-header').map((d) => foldSpaces(d.line));
  const printed = printHeaders.map(printedTitle).find((t) => t !== null) ?? null;
  // (A headline the header names as the site, "… – Canal Ledger", is the masthead.)
  const head = textHeadline;
  if (head !== null && printed !== null && printHeaders.some((h) => matchKey(h).endsWith(' ' + matchKey(head)))) textHeadline = null;
  let headline: string;
  let headlineGenerated = false;
  if (sidecar?.headline) headline = sidecar.headline;
  else if (textHeadline) headline = foldSpaces(textHeadline);
  else if (printed) headline = printed;
  else if (lead) {
    headline = generateHeadline(lead);
    headlineGenerated = true;
  } else {
    headline = file;
    headlineGenerated = true;
  }

  const byline =
    sidecar?.byline ??
    cleaned.dropped
      .filter((d) => d.rule === 'byline')
      // (Without a stamp after a bar, or glued to the name: "Ana RuizMarch 25, 2025".)
      .map((d) => foldSpaces(d.line).replace(/^by:?\s+/i, '').replace(/\s+[·|•]\s+.*\d.*$/u, '').replace(GLUED_DATE, ''))[0] ??
    null;

  const period = estimatePeriod({
    paragraphs: paragraphs.map((p) => p.text),
    sidecarDate: sidecar?.date ?? null,
    timestamps: cleaned.dropped.filter((d) => d.rule === 'timestamp').map((d) => d.line),
    officeholders: officeholders ?? loadOfficeholders(),
  });

  // A headline equal to the dek is not a dek.
  if (dek && matchKey(dek) === matchKey(headline)) dek = null;

  return {
    file,
    slug,
    headline,
    headlineGenerated,
    dek: sidecar?.dek ?? (dek ? foldSpaces(dek) : null),
    // The text's own headline and dek lines (the extractor reads these, not a sidecar's wording).
    textLines: [textHeadline, dek].filter((l): l is string => !!l).map(foldSpaces),
    dateline,
    attribution,
    outlet,
    url: sidecar?.url ?? null,
    byline,
    sections: usedSections,
    paragraphs,
    period,
  };
}
