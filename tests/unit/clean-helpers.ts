// What the cleaner's tests share: the rule a dropped line went with, the article a page
// structures into, and a county body written for these tests (numbers and names in every
// sentence, so a rule that drops a line for holding one fails them).
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';

export const ruleOf = (r: ReturnType<typeof clean>, line: string) => r.dropped.find((d) => d.line === line)?.rule;
export const articleOf = (text: string) => structure({ file: 't.txt', slug: 't', cleaned: clean(text), sidecar: null, officeholders: [] });
export const para = (k: number) => `Paragraph ${k}: the county moved 240 deputies to the northern stations in April, Sheriff Dana Whitfield said on Tuesday.`;
