// How exact a figure is, from the words right before (or after) the number.
// Checked longest-first so "no more than" is up-to, not more-than.
import type { Qualifier } from '../types.ts';

export const BEFORE: [RegExp, Qualifier][] = [
  [/\b(?:up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+cap\s+of)\s+$/i, 'up-to'],
  // "nearly"/"almost": close to and just under the figure, which is neither "less than" (any
  // amount below) nor "about" (either side).
  [/\b(?:nearly|almost|just\s+shy\s+of|not\s+quite)\s+$/i, 'nearly'],
  [/\b(?:fewer\s+than|less\s+than|below|under|just\s+under|short\s+of|shy\s+of|a\s+little\s+under|slightly\s+under)\s+$/i, 'less-than'],
  [/\b(?:more\s+than|over|exceeding|exceeded|in\s+excess\s+of|upwards?\s+of|above|at\s+least|north\s+of|greater\s+than|topping|topped|surpassing|surpassed|a\s+minimum\s+of|well\s+over|just\s+over|some\s+\w+\s+more\s+than)\s+$/i, 'more-than'],
  [/\b(?:around|about|some|roughly|approximately|approx\.|an\s+estimated|estimated|close\s+to|nearly\s+about|on\s+the\s+order\s+of|circa|ca\.|or\s+so|give\s+or\s+take|an\s+approximate|about\s+some)\s+$/i, 'approx'],
];
export const AFTER: [RegExp, Qualifier][] = [
  [/^(?:\s+or\s+(?:more|greater|higher)|\s*-?plus\b|\+)/i, 'more-than'],
  [/^\s+or\s+(?:fewer|less)\b/i, 'less-than'],
  [/^\s+or\s+so\b|^\s+(?:give\s+or\s+take)\b/i, 'approx'],
];

export interface QualifierResult {
  qualifier: Qualifier;
  /** Start of the qualifier phrase in the sentence (the number's start when none). */
  start: number;
}

// "up to an additional 106", "nearly another 500": the qualifier bounds the added figure.
const ADDED = /\b(?:an?\s+)?(?:additional|another|extra|further)\s+$/i;

export function findQualifier(text: string, start: number, end: number): QualifierResult {
  const whole = text.slice(Math.max(0, start - 40), start);
  const added = ADDED.exec(whole);
  for (const before of added ? [whole, whole.slice(0, added.index)] : [whole]) {
    for (const [re, q] of BEFORE) {
      const m = re.exec(before);
      if (m) return { qualifier: q, start: start - (whole.length - m.index) + (m[0].length - m[0].trimStart().length) };
    }
  }
  const after = text.slice(end, end + 20);
  for (const [re, q] of AFTER) if (re.test(after)) return { qualifier: q, start };
  return { qualifier: 'exact', start };
}
