// Issue 14, extraction round 11: both ends of "from N to M" when the counted noun is after the
// near end only, or before both ends (the subject of the verb of change); sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { changeSubject } from '../../src/pipeline/extract/range-ends.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);

describe('the far end of "from N nouns to M"', () => {
  it('counts the noun of the near end, one the lexicon does not know too', () => {
    expect(claimsOf('Since 2015, the Coast Guard backlog has grown from roughly 3,100 inspections to approximately 9.8 million by 2024.')).toEqual([
      [3100, 'inspections', ['USCG']],
      [9800000, 'inspections', ['USCG']],
    ]);
  });
});

describe('a noun before both ends: the subject of the verb of change', () => {
  it('reads "visa petitions from USCIS have steadily climbed, rising from about 41,000 in FY 2017 to almost 90,000 in FY 2022"', () => {
    expect(claimsOf('Except in 2020, visa petitions from USCIS have steadily climbed, rising from about 41,000 in FY 2017 to almost 90,000 in FY 2022.')).toEqual([
      [41000, 'visa petitions', ['USCIS']],
      [90000, 'visa petitions', ['USCIS']],
    ]);
  });
  it('finds the subject from the tags, and nothing without a verb of change or a plural subject', () => {
    expect(changeSubject('In 2024, detention bookings fell from ')).toBe('detention bookings');
    expect(changeSubject('The agency moved its office from ')).toBeNull();
    expect(changeSubject('The caseload has increased from roughly ')).toBeNull();
  });
});

describe('the parts an analysis explains a thing by are not counts', () => {
  it('drops "three main factors" and keeps the count in the same text', () => {
    expect(claimsOf('The delays have three main factors: staffing, space and 1,200 new filings by ICE each month.').map((c) => c[0])).toEqual([1200]);
  });
});
