// Runs of months a statement names relative to a term of office or to the article's date: "in
// President Trump's first three full months in office" (the three whole calendar months after the
// term began), "the past three months" (the three months before the article's month). Pure.
import { addMonths, articleMonth, monthRange, type ArticleTime } from './months.ts';

const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const NUM = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
const IN_OFFICE = new RegExp(`\\b(?:first|initial)\\s+${NUM}\\s+(full\\s+)?months?\\s+(?:in office|of (?:the|his|her|this) (?:new\\s+)?(?:administration|presidency|(?:second\\s+|first\\s+)?term))`, 'i');
const PAST_N = new RegExp(`\\b(?:the\\s+)?(?:past|last|previous)\\s+${NUM}\\s+months\\b`, 'i');

export interface MonthRun {
  months: string[];
  how: string;
}

const count = (w: string) => COUNT[w.toLowerCase()] ?? Number(w);

/**
 * The months a statement names by a term of office or the article's date, or null. `headTerms`
 * are the start dates (ISO) of the terms of heads of government (presidents) in the reference
 * table; the term is the latest that began on or before the article's earliest possible date.
 */
export function officeMonths(text: string, art: ArticleTime | undefined, headTerms: string[]): MonthRun | null {
  const office = IN_OFFICE.exec(text);
  if (office && art?.from) {
    const start = headTerms.filter((d) => d <= art.from!).sort().pop();
    if (!start) return null;
    const n = count(office[1]!);
    // "Full months": the first whole calendar month after the start (the month itself if it began on the 1st).
    const first = start.endsWith('-01') ? start.slice(0, 7) : addMonths(start.slice(0, 7), 1);
    return { months: monthRange(first, addMonths(first, n - 1)), how: ` (“${office[0]}”: the term that began ${start})` };
  }
  const past = PAST_N.exec(text);
  const dated = articleMonth(art);
  if (past && dated) {
    const n = count(past[1]!);
    return { months: monthRange(addMonths(dated, -n), addMonths(dated, -1)), how: ` (“${past[0]}” before the article’s date, ${art!.to})` };
  }
  return null;
}

/** True when the text names a run of months this module reads (resolved or not): then no single month may stand in for it. */
export function namesRun(text: string): boolean {
  return IN_OFFICE.test(text) || PAST_N.test(text);
}
