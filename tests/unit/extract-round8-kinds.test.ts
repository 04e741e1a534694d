// Issue 14, extraction round 8: the kinds of misses found on the seventh government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);
const values = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => c.value);

describe("the component a release's lead names as its actor owns its later figures", () => {
  const CBP = 'U.S. Customs and Border Protection';
  const lead = 'CHARLESTON, South Carolina – U.S. Customs and Border Protection (CBP) Air and Marine Operations (AMO) intercepted a speedboat with 12 people aboard off the coast on Friday.';
  it('gives a later figure of "a CBP crew" and an unnamed breakdown to the lead component, not its parent', () => {
    const got = claimsOf(CBP, lead, 'Later that night a CBP patrol crew spotted a second boat with 8 people aboard.', 'The second boat also carried 3 children.');
    expect(got).toContainEqual([12, 'people', ['AMO']]);
    expect(got).toContainEqual([8, 'people', ['AMO']]);
    expect(got).toContainEqual([3, 'children', ['AMO']]);
  });
  it('leaves a figure tied to another name by its own noun phrase', () => {
    const got = claimsOf(CBP, lead, 'At the port, 40 Coast Guard personnel helped with the search.');
    expect(got).toContainEqual([40, 'personnel', ['USCG']]);
  });
  it('needs the names to open the lead as its subject: a lead that only mentions the component gives no such owner', () => {
    const got = claimsOf(CBP, 'The agency said on Friday that it had asked Air and Marine Operations (AMO) for help.', 'A CBP crew spotted a boat with 8 people aboard.');
    expect(got).toContainEqual([8, 'people', ['CBP']]);
  });
});

describe('the one told is not the owner of what they are told', () => {
  it('reads the clause after "notified X that" with its own subject', () => {
    const got = claimsOf(null, 'The Secretary notified the Federal Bureau of Investigation that Border Patrol agents had made 40 arrests near the river.');
    expect(got).toContainEqual([40, 'arrests', ['USBP']]);
  });
});

describe('a 24-hour clock time is not a count', () => {
  it('drops "2300 EST" and "0500 hours" and keeps the count', () => {
    expect(values('The hangar closes at 2300 EST and reopens at 0500 hours; crews flew 45 sorties from it last month.')).toEqual([45]);
  });
  it('keeps a four-digit count with no zone after it', () => {
    expect(values('The agency hired 2300 officers last year.')).toEqual([2300]);
  });
});
