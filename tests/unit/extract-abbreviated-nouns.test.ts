// Issue 14, extraction round 11: a short form's plural as the counted noun ("649 IJs"), with
// sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { abbreviatedPlural } from '../../src/pipeline/extract/abbreviated-nouns.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);

describe('an abbreviated plural noun is what a number counts', () => {
  it('reads the form: capitals and a lower-case plural "s", not an agency\'s short form', () => {
    expect(abbreviatedPlural('IJs')).toBe('ij');
    expect(abbreviatedPlural('UAVs')).toBe('uav');
    expect(abbreviatedPlural('CBP')).toBeNull();
    expect(abbreviatedPlural('Cubans')).toBeNull();
    expect(abbreviatedPlural('ICE’s')).toBeNull();
  });
  it('counts a short form the text defined, with the agency that has them', () => {
    expect(claimsOf('The Coast Guard flies unmanned aerial vehicles (UAVs) over the strait.', 'The Coast Guard had 42 UAVs in service at the end of the year.')).toEqual([[42, 'UAVs', ['USCG']]]);
  });
  it('counts one after a verb and one after "additional"', () => {
    expect(claimsOf('In 2021, ICE hired 35 IOs for the new field office.')).toEqual([[35, 'IOs', ['ICE']]]);
    expect(claimsOf('CBP said an additional 90 MRAPs would be needed.').map((c) => c.slice(0, 2))).toEqual([[90, 'MRAPs']]);
  });
});

describe('a scenario opening with a gerund restates the count of the sentence before', () => {
  it('does not count a scenario’s "Sending 120 UAVs" again after "would need 120 UAVs"; a plain repeat stays', () => {
    expect(claimsOf('The Coast Guard would need 120 UAVs to watch the whole strait.', 'Sending 120 UAVs, however, would leave other districts short.').map((c) => c[0])).toEqual([120]);
    expect(claimsOf('The Coast Guard would need 120 UAVs to watch the strait.', 'All 120 UAVs would fly from Key West.').map((c) => c[0])).toEqual([120, 120]);
  });
  it('keeps two different counts of the same noun', () => {
    expect(claimsOf('The Coast Guard had 42 UAVs in 2020.', 'It had 57 UAVs in 2021.').map((c) => c[0])).toEqual([42, 57]);
  });
});

describe('a place in an order is not a count', () => {
  it('drops "the first two" and keeps the count the sentence gives', () => {
    expect(claimsOf('The first two teams sent by ICE arrived in May, and 300 officers followed.').map((c) => c[0])).toEqual([300]);
  });
});
