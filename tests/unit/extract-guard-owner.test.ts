// Issue 14, extraction round 11: whose figures a National Guard Bureau page gives (the Guard's),
// and a count of help given to another agency's measure ("assisted apprehensions"); sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), outlet }).map((c) => [c.value, c.unit, c.entity]);

describe("a National Guard Bureau page speaks of the Guard's work", () => {
  it('gives the unnamed figures to the National Guard, not to the bureau', () => {
    expect(claimsOf('National Guard Bureau', 'More than 4,000 troops from 20 states have served on the mission.', 'The mission cost $85M in its first year.')).toEqual([
      [4000, 'troops', ['National Guard']],
      [20, 'states', ['National Guard']],
      [85000000, 'USD', ['National Guard']],
    ]);
  });
  it('keeps a figure another agency is named for', () => {
    expect(claimsOf('National Guard Bureau', 'In May, 310 Border Patrol agents went back to the line.')).toEqual([[310, 'agents', ['USBP']]]);
  });
  it('leaves another bureau alone (no agency is named as the bureau without "Bureau")', () => {
    expect(claimsOf('Federal Bureau of Prisons', 'The agency holds 150,000 inmates.').map((c) => c[2])).toEqual([['BOP']]);
  });
});

describe('a count of help given to a measure is the helper\'s', () => {
  it('does not give "assisted apprehensions" to the measure\'s publisher', () => {
    expect(claimsOf('National Guard Bureau', 'Guard crews logged 9,500+ assisted apprehensions in the sector.').map((c) => c[2])).toEqual([['National Guard']]);
  });
  it('still gives plain apprehensions to the Border Patrol', () => {
    expect(claimsOf(null, 'There were 9,500 apprehensions in the sector in May.').map((c) => c[2])).toEqual([['USBP']]);
  });
});
