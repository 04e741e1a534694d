// What the cleaner's tests share: the rule a dropped line went with, the article a page
// structures into, and a county body written for these tests (numbers and names in every
// sentence, so a rule that drops a line for holding one fails them).
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import type { HeadlineCandidate } from '../../src/pipeline/text/headline-model.ts';

export const ruleOf = (r: ReturnType<typeof clean>, line: string) => r.dropped.find((d) => d.line === line)?.rule;
export const articleOf = (text: string) => structure({ file: 't.txt', slug: 't', cleaned: clean(text), sidecar: null, officeholders: [] });
export const para = (k: number) => `Paragraph ${k}: the county moved 240 deputies to the northern stations in April, Sheriff Dana Whitfield said on Tuesday.`;

/** A headline-model candidate title with every feature off but those given. */
export const candidate = (line: string, rank: number, count: number, over: Partial<HeadlineCandidate> = {}): HeadlineCandidate => ({
  line,
  rank,
  count,
  toBody: count - rank - 1,
  title: true,
  nwords: line.split(/\s+/).length,
  seen: 0,
  header: false,
  labelled: false,
  dek: false,
  verb: false,
  gerund: false,
  subjectBelow: false,
  subjectAbove: false,
  wrapsOther: false,
  insideOther: false,
  body: false,
  quoted: false,
  ...over,
});
