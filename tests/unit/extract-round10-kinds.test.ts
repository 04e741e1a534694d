// Issue 14, extraction round 10: the kinds of misses found on the ninth government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { findNumbers } from '../../src/pipeline/extract/numbers.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);

describe('money with a magnitude letter: "$1.2B", "$211M"', () => {
  it('reads the letter as the scale', () => {
    const money = (s: string) => findNumbers(s).filter((m) => m.currency === 'USD').map((m) => m.value);
    expect(money('The state spent $3.4B on the program and $75M on staff.')).toEqual([3.4e9, 75e6]);
  });
  it('keeps a plain "$40" a plain amount', () => {
    expect(findNumbers('Each ticket cost $40 before fees.').filter((m) => m.currency === 'USD').map((m) => m.value)).toEqual([40]);
  });
});

describe('money with a magnitude letter reaches the claim', () => {
  it('gives "$2.5B" the value 2.5e9 in USD', () => {
    expect(claimsOf(null, 'The Coast Guard budget request totals $2.5B for fiscal year 2025.')).toEqual(
      expect.arrayContaining([[2.5e9, 'USD', expect.anything()]]),
    );
  });
});
