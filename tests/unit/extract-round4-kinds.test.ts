// Issue 14, extraction round 4: the kinds of misses found on the third government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { leadingPeriod } from '../../src/pipeline/extract/frequency.ts';
import { findQuantities } from '../../src/pipeline/extract/quantities.ts';
import { articleOf } from './extract-helpers.ts';

const claims = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);
const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);

describe('a frequency phrase that opens the sentence makes its figures rates', () => {
  it('reads the period of the opening phrase', () => {
    expect(leadingPeriod('Every week the district files charges.')).toBe('week');
    expect(leadingPeriod('On an average day, inspectors clear trucks.')).toBe('day');
    expect(leadingPeriod('Annually, the office seizes cash.')).toBe('year');
    expect(leadingPeriod('The office files charges every week.')).toBeNull();
    expect(leadingPeriod('Each day of the operation was long.')).toBeNull();
  });

  it('gives every count, sum and mass of the sentence that period, not headcounts', () => {
    expect(units('Each week at the northern crossings, FBI analysts review more than 2,300 tips; recover over $4 million in stolen goods; and seize 900 pounds of cocaine.')).toEqual([
      [2300, 'tips per week'],
      [4_000_000, 'USD per week'],
      [900, 'pounds per week'],
    ]);
    expect(units('Every day 400 FBI agents work the cases.')).toEqual([[400, 'agents']]);
    expect(units('The FBI made 230 arrests each week.')).toEqual([[230, 'arrests per week']]);
  });

  it('keeps a figure a total when the phrase is not at the opening', () => {
    expect(units('The FBI, which works each day with partners, reviewed 2,300 tips.')).toEqual([[2300, 'tips']]);
  });
});

describe('the counted noun after a list of modifiers', () => {
  it('takes the plural head that the singular modifiers share', () => {
    const q = findQuantities('Inspectors opened 4,100 van, car and cargo trailers last month.');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[4100, 'van, car and cargo trailers']]);
    expect(findQuantities('They opened 40 boxes, and 12 crates.').map((x) => x.unit)).toEqual(['boxes', 'crates']);
  });
});

describe('an average over days is a daily figure', () => {
  it('reads "the daily average of" and "the 14-day average of" before the noun as a rate', () => {
    expect(units('The daily average of arrests in the district stood at 210.')).toEqual([[210, 'arrests per day']]);
    expect(units('The 14-day average of seizures reached 37 last week.')).toEqual([[37, 'seizures per day']]);
  });
});
