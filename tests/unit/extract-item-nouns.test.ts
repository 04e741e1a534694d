// Issue 14, extraction round 11: the nouns of fact-sheet items - hours of an activity named after
// them ("hours of flight time") are work done, and a plural the tagger reads as a verb ends an
// item's noun phrase ("rescue assists"); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);

describe('hours of an activity are work done', () => {
  it('counts "hours of flight time" and "hours of patrol"', () => {
    expect(claimsOf('Coast Guard crews logged more than 6,500 hours of flight time for the operation.').map((c) => c.slice(0, 2))).toEqual([[6500, 'hours']]);
    expect(claimsOf('Coast Guard cutters spent 900 hours of patrol near the reef.').map((c) => c.slice(0, 2))).toEqual([[900, 'hours']]);
  });
  it('leaves a span of time alone', () => {
    expect(claimsOf('The Coast Guard searched for 36 hours of the night and day.')).toEqual([]);
  });
});

describe('a -s word after a singular noun ends an item', () => {
  it('reads "rescue assists" at the end of a list item', () => {
    expect(claimsOf('The Coast Guard listed 75 migrant rescue assists.').map((c) => c.slice(0, 2))).toEqual([[75, 'migrant rescue assists']]);
  });
});
