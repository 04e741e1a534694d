// Issue 14, extraction round 11: a count in brackets after its noun, opened by a time word or a
// qualifier ("personnel (currently more than 28,000)"); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity, c.qualifier]);

describe('a bracketed count after its noun', () => {
  it('reads "(currently more than N)" after a collective personnel noun, with the names before it as owner', () => {
    expect(claimsOf('The long mission of Coast Guard personnel (currently more than 4,100) strains the reserve.')).toEqual([[4100, 'personnel', ['USCG'], 'more-than']]);
  });
  it('reads "(about N)" after a plural noun', () => {
    expect(claimsOf('ICE opened new detention sites (about 12) in the spring.').map((c) => c.slice(0, 2))).toEqual([[12, 'sites']]);
  });
  it('leaves a bracketed year alone', () => {
    expect(claimsOf('Coast Guard personnel (currently 2024) were moved.')).toEqual([]);
  });
});
