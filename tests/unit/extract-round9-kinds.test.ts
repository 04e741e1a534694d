// Issue 14, extraction round 9: the kinds of misses found on the eighth government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { findNumbers } from '../../src/pipeline/extract/numbers.ts';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);
const values = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => c.value);

describe('enumerators and numeric dates are never quantities', () => {
  it('drops the list markers "(2)" and "(3)" and keeps the counts of the items', () => {
    expect(values('The review found that: (1) the Coast Guard posted 310 officers to eight ports; (2) the ports held 12 cutters; and (3) 40 percent of the officers were new.')).toEqual([310, 8, 12, 40]);
  });
  it('keeps the digits that repeat a number word, "two (2) agents", as one count', () => {
    expect(findNumbers('The court ordered two (2) agents to testify.').filter((m) => m.kind === 'quantity').length).toBeGreaterThan(0);
  });
  it('reads every part of "04/22/97" as a date', () => {
    expect(findNumbers('The audit (report dated 04/22/97) counted 55 staff.').map((m) => [m.value, m.kind])).toEqual([[4, 'date'], [22, 'date'], [97, 'date'], [55, 'quantity']]);
    expect(values('Filed 11/02/98 by the district office, the notice listed 18 personnel.')).toEqual([18]);
  });
  it('leaves a "24/7" ratio and a plain fraction alone', () => {
    expect(findNumbers('The desk is staffed 24/7 by 30 analysts.').find((m) => m.value === 30)?.kind).toBe('quantity');
  });
});

describe('a part of a whole: "N of its M agents"', () => {
  it('gives the part the noun of the whole, when the whole is written with a thousands comma', () => {
    expect(claimsOf(null, 'The Coast Guard posted 1,275 of its 2,040 officers to the southern ports.')).toEqual(
      expect.arrayContaining([[1275, 'officers', ['USCG']], [2040, 'officers', ['USCG']]]),
    );
  });
});

describe('a time adverb after a number is no unit', () => {
  it('reads "to over 2.1 million today" as the new level of the count the change started from', () => {
    const got = claimsOf(null, 'CBP has grown its program from about 40,000 members in 2005 to over 2.1 million today.');
    expect(got).toContainEqual([2100000, 'members', ['CBP']]);
    expect(got.some((c) => c[1] === 'today')).toBe(false);
  });
  it('drops a figure dated "yesterday" with no noun at all rather than counting "yesterday"', () => {
    expect(claimsOf(null, 'The county reported 900 yesterday.').some((c) => c[1] === 'yesterday')).toBe(false);
  });
});

describe('a rate list: each item keeps its own period', () => {
  it('reads "every day", "every week", "every year" as per day, per week, per year', () => {
    const got = claimsOf(null, 'The Coast Guard turns back 9 smugglers every day, 60 every week, and 3,100 every year.');
    expect(got).toEqual([[9, 'smugglers per day', ['USCG']], [60, 'smugglers per week', ['USCG']], [3100, 'smugglers per year', ['USCG']]]);
  });
  it('does not make a rate of a bare number that only follows a counted one', () => {
    expect(claimsOf(null, 'The Coast Guard stopped 9 smugglers in March, 60 in April.').some((c) => String(c[1]).includes(' per '))).toBe(false);
  });
});

describe('a ranking "N in X, followed by Y with N": the items count the lead noun', () => {
  it('reads the dash-set lead figure and each "Place with N" item', () => {
    const got = values('The largest number of officers - 410 - are posted in Ohio followed by Iowa with 120, Utah with 95 and Maine with 30.');
    expect(got).toEqual([410, 120, 95, 30]);
    expect(claimsOf(null, 'The largest number of officers - 410 - are posted in Ohio followed by Iowa with 120, Utah with 95 and Maine with 30.').every((c) => c[1] === 'officers')).toBe(true);
  });
  it('does not give the lead noun to a "with N" that is no list item', () => {
    expect(claimsOf(null, 'Agents arrested 12 smugglers in a truck with 3 axles.').some((c) => c[0] === 3 && c[1] === 'smugglers')).toBe(false);
  });
});

describe("a case's defendants named again and their penalties are no new counts", () => {
  it('drops "the three defendants sentenced in this case" when the release named them as people', () => {
    const got = values('A Utah man, his brother and a cousin were sentenced to prison this week for smuggling 40 migrants.', 'The three defendants sentenced in this case led the smuggling ring, the Justice Department said.');
    expect(got).toEqual([40]);
  });
  it('keeps a first count of defendants ("Five defendants were sentenced")', () => {
    expect(values('Five defendants were sentenced today for smuggling 40 migrants.')).toContain(5);
  });
  it('drops money a court ordered named defendants to pay, and keeps money the scheme moved', () => {
    const got = values('The two were ordered to pay money judgments of $120,400.00 and $98,250.00, respectively, after moving $2.5 million in smuggling fees.');
    expect(got).not.toContain(120400);
    expect(got).not.toContain(98250);
    expect(got).toContain(2500000);
  });
});

describe("a list heading that is only an agency's name owns its items", () => {
  const DOD = 'U.S. Department of Defense';
  const underHeading = (section: string | null, ...sentences: string[]) => {
    const a = { ...articleOf(sentences), url: null, outlet: DOD };
    a.paragraphs = a.paragraphs.map((p) => ({ ...p, section }));
    return extractClaims(a).map((c) => [c.value, c.unit, c.entity]);
  };
  it('gives the first award under "NAVY" to the Navy, not the publisher', () => {
    expect(underHeading('NAVY', 'Acme Marine Inc., Norfolk, Virginia, was awarded a $41,500,000 firm-fixed-price contract for pier repairs.')).toEqual([[41500000, 'USD', ['Navy']]]);
  });
  it('leaves a heading that is not an agency name alone', () => {
    expect(underHeading('CONTRACTS', 'Acme Marine Inc., Norfolk, Virginia, was awarded a $41,500,000 firm-fixed-price contract for pier repairs.')).toEqual([[41500000, 'USD', ['DOD']]]);
  });
});

describe("a contract award's bid counts describe the procurement", () => {
  it('drops "Seven bids were solicited with five bids received" and keeps the award', () => {
    expect(values('Acme Marine Inc. was awarded a $41,500,000 contract for pier repairs.', 'Seven bids were solicited with five bids received.')).toEqual([41500000]);
  });
});

describe("an agency-name heading on a text's first line", () => {
  it('owns the first award of the list under it', () => {
    const a = { ...articleOf([['NAVY'], ['Acme Marine Inc., Norfolk, Virginia, was awarded a $41,500,000 firm-fixed-price contract for pier repairs.']]), url: null, outlet: 'U.S. Department of Defense' };
    expect(extractClaims(a).map((c) => [c.value, c.entity])).toEqual([[41500000, ['Navy']]]);
  });
});

describe('a comma list of modifiers between a number and its noun', () => {
  it('reads "310 federal, state, tribal and local fugitives" as fugitives, across a hard line break too', () => {
    expect(claimsOf(null, 'Deputies arrested 310 federal, state, tribal and local fugitives last year.').map((c) => [c[0], c[1]])).toEqual([[310, 'fugitives']]);
    expect(claimsOf(null, 'Task forces arrested over\n2,150 federal, state and local fugitives and cleared over\n3,020 warrants.').map((c) => [c[0], c[1]])).toEqual([[2150, 'fugitives'], [3020, 'warrants']]);
  });
});

describe('a stray "hundred" after a number of three or more digits', () => {
  it('reads "over 2400 hundred blankets" as 2,400 blankets, not 100', () => {
    const got = claimsOf(null, 'Border Patrol agents collected over 2400 hundred blankets for the shelter.');
    expect(got.map((c) => [c[0], c[1]])).toEqual([[2400, 'blankets']]);
  });
  it('still reads "five hundred" and "3 hundred" as words of a number', () => {
    expect(values('Agents collected five hundred blankets and 3 hundred coats.')).toEqual(expect.arrayContaining([500]));
  });
});

describe('a distance bound "within N miles of" places a figure, it is no measure', () => {
  it('drops the 40 miles and keeps the share and the count', () => {
    const got = claimsOf(null, 'About 62 percent of the 900 agents worked at stations within 40 miles of the coast.');
    expect(got.map((c) => c[0])).toEqual([62, 900]);
  });
  it('keeps a distance that is measured ("built 40 miles of fence")', () => {
    expect(values('The Border Patrol built 40 miles of fence last year.')).toContain(40);
  });
});

describe('a contract list read end to end: the headings between awards own them', () => {
  it('gives the award under "NAVY" to the Navy', () => {
    const t = 'Contracts for May 2, 2019\n\nARMY\n\nAcme Builders Inc., Tucson, Arizona, was awarded a $52,000,000 firm-fixed-price contract for road repair.\n\nNAVY\n\nHarbor Works LLC, Norfolk, Virginia, was awarded a $14,200,000 contract for pier repairs.\n';
    const a = structure({ file: 'x.txt', slug: 'x', cleaned: clean(t, {}), sidecar: null, officeholders: [] } as unknown as Parameters<typeof structure>[0]);
    const got = extractClaims({ ...a, outlet: 'U.S. Department of Defense' }).map((c) => [c.value, c.entity]);
    expect(got).toContainEqual([14200000, ['Navy']]);
  });
});
