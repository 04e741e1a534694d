// "Each day at the ports officers inspect 1.1 million travelers; … collect $88 million":
// a frequency phrase that opens a sentence says how often for every figure in it, so each
// count there is a rate ("travelers per day"), not a total. Only at the opening: in the
// middle of a sentence "each day" is as often another clause's ("agents who work each day").
const LEADING = /^\s*["“]?\s*(?:(?:each|every|per)\s+(day|night|week|month|quarter|year|hour)|on\s+(?:an?\s+)?(?:average|typical|normal|given|usual)\s+(day|night|week|month|year)|in\s+an?\s+(?:average|typical|normal|usual)\s+(day|week|month|year)|(daily|weekly|monthly|annually|yearly|nightly)\s*,)(?![\w-])(?!\s+(?:of|that|before|after|since|until)\b)/i;
const ADVERB: Record<string, string> = { daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year' };

/** The period a frequency phrase at the start of `sentence` gives its figures ("day"), or null. */
export function leadingPeriod(sentence: string): string | null {
  const m = LEADING.exec(sentence);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
  return ADVERB[word] ?? word;
}
