// Issue 14, extraction round 11: a public law's number is a name, with any hyphen ("P.L. 113‐6"
// as PDF text prints it, U+2010); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/pipeline/extract/numbers.ts';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

describe('a public law number is part of a name', () => {
  it('reads both parts of "P.L. 117‐2" (U+2010), "Pub. L. 118-47" and "Public Law 115–31" as a name', () => {
    for (const s of ['The act (P.L. 117‐2) funds 9,000 beds.', 'The act (Pub. L. 118-47) funds 9,000 beds.', 'Under Public Law 115–31 ICE funds 9,000 beds.']) {
      expect(findNumbers(s).filter((m) => m.kind === 'quantity').map((m) => m.value)).toEqual([9000]);
    }
  });
  it('gives no claim for the law and keeps the count beside it', () => {
    expect(extractClaims(articleOf(['Congress told ICE to keep 9,000 detainees (P.L. 117‐2) in custody.'])).map((c) => [c.value, c.unit])).toEqual([[9000, 'detainees']]);
  });
});
