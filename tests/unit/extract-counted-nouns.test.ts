// Issue 14: what a figure counts: the noun phrase a number counts, and the value it reads.
// One block per kind of text the extractor met, with sentences written for these tests.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { findNumbers } from '../../src/pipeline/extract/numbers.ts';
import { findQuantities } from '../../src/pipeline/extract/quantities.ts';
import { articleOf, claimsOf, reasons, values } from './extract-helpers.ts';

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

describe('the counted noun after a list of modifiers', () => {
  it('takes the plural head that the singular modifiers share', () => {
    const q = findQuantities('Inspectors opened 4,100 van, car and cargo trailers last month.');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[4100, 'van, car and cargo trailers']]);
    expect(findQuantities('They opened 40 boxes, and 12 crates.').map((x) => x.unit)).toEqual(['boxes', 'crates']);
  });
});

describe('units: the head of a compound, and hours of work done', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('counts the head noun after a singular modifier the lexicon knows', () => {
    expect(units('The cutter made three migrant vessel interdictions in May.')).toEqual([[3, 'migrant vessel interdictions']]);
    expect(units('Agents arrested 40 migrants near the river.')).toEqual([[40, 'migrants']]);
  });
  it('charts hours of an activity as work done, not as a span of time', () => {
    expect(units('The wing logged 7,300 flight hours and 2,400 patrol hours last year.')).toEqual([
      [7300, 'flight hours'],
      [2400, 'patrol hours'],
    ]);
    expect(units('The agency held 40 migrants for 72 hours.')).toEqual([[40, 'migrants']]);
    expect(units('Its helicopters flew 61 hours and 25 sorties over the bay.')).toEqual([
      [61, 'hours'],
      [25, 'sorties'],
    ]);
    expect(units('The pilots flew for 61 hours straight.')).toEqual([]);
  });
});

describe('craft named by a model designation', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('counts the craft after the designation, and not the designation’s digits', () => {
    expect(units('The unit used 3 UH-60 Black Hawk helicopters and 2 MQ-9 drones.')).toEqual([
      [3, 'black hawk helicopters'],
      [2, 'drones'],
    ]);
  });
});

describe('the parts of a breakdown', () => {
  it('gives "others" and "of which N" the noun of the figure before them', () => {
    expect(claimsOf(null, 'The crew rescued 31 fishermen, including 20 men of which 12 were injured and 8 others were unhurt.').map((c) => [c[0], c[1]])).toEqual([
      [31, 'fishermen'],
      [20, 'men'],
      [12, 'men'],
      [8, 'men'],
    ]);
    expect(claimsOf(null, 'Officers also found nine children, five who were alone and four others who travelled with an aunt.').map((c) => [c[0], c[1]])).toEqual([
      [9, 'children'],
      [5, 'children'],
      [4, 'children'],
    ]);
  });

  it('leaves "others" as written when no figure comes before it', () => {
    expect(claimsOf(null, 'Agents said 14 others were held at the station.').map((c) => c[1])).toEqual(['others']);
  });
});

describe('compound nouns', () => {
  it('counts the head of "citizen smugglers" at the end of a sentence too', () => {
    expect(claimsOf(null, 'Deputies arrested six U.S. citizen smugglers.').map((c) => c[1])).toEqual(['u.s. citizen smugglers']);
    expect(claimsOf(null, 'Deputies arrested six citizen smugglers near the port.').map((c) => c[1])).toEqual(['citizen smugglers']);
    expect(claimsOf(null, 'Deputies arrested six citizens near the port.').map((c) => c[1])).toEqual(['citizens']);
  });
});

describe('a bare number put in a class', () => {
  it('counts the class a verb of classing names ("considered a Level 2 offender")', () => {
    expect(claimsOf(null, 'The woman is one of more than 700 considered a Level 2 offender, the second priority for officers.').map((c) => [c[0], c[1]])).toEqual([[700, 'Level 2 offenders']]);
    expect(claimsOf(null, 'Of the group, 35 were classified as an aggravated felon.').map((c) => [c[0], c[1]])).toEqual([[35, 'aggravated felons']]);
    // An adjective with no article names no noun.
    expect(claimsOf(null, 'Of the group, 35 were considered dangerous.')).toEqual([]);
  });
});

describe('a plural demonym counts people', () => {
  it('counts "23 Cubans", "40 Haitians" and "12 Iraqis"', () => {
    expect(claimsOf('U.S. Coast Guard', 'The cutter crew returned 23 Cubans and 40 Haitians on Sunday.', 'Agents later met 12 Iraqis at the port.').map((c) => [c[0], c[1]])).toEqual([
      [23, 'cubans'],
      [40, 'haitians'],
      [12, 'iraqis'],
    ]);
  });
  it('does not count a hypothetical ("enough … to kill")', () => {
    expect(values('Officers seized enough fentanyl to kill more than 90 million Americans.')).toEqual([]);
    expect(reasons('Officers seized enough fentanyl to kill more than 90 million Americans.')[0]![2]).toMatch(/hypothetical/);
  });
});

describe('a plural demonym right after the number is the counted noun', () => {
  it('counts "6 Cubans facing prosecution" as Cubans, not prosecutions', () => {
    const got = claimsOf(null, 'The cutter crew handed 6 Cubans facing prosecution to Border Patrol agents in Key West.');
    expect(got.map(([v, u]) => [v, String(u).toLowerCase()])).toContainEqual([6, 'cubans']);
  });
});

describe('a bare count with a verb of claiming who one is counts the people before it', () => {
  it('reads "19 claimed to be from …" as 19 of the migrants counted before', () => {
    const got = claimsOf(null, 'Agents found 31 migrants on the second boat; 19 claimed to be from Cuba and 12 said they were Haitian.');
    expect(got.map(([v, u]) => [v, u])).toContainEqual([19, 'migrants']);
  });
  it('takes the noun of the nearer part ("30 men of which 22 claimed to be …" counts men)', () => {
    const got = claimsOf(null, 'The crew embarked 40 migrants, including 30 men of which 22 claimed to be Cuban.');
    expect(got.map(([v, u]) => [v, u])).toContainEqual([22, 'men']);
  });
});

describe('a participle after a number is no counted noun', () => {
  it('takes the people a group was named of before ("groups of migrants" … "3,500 traveling")', () => {
    const got = claimsOf(null, 'Patrols are watching large groups of migrants moving north.', 'Officers now track a group of about 2,800 walking along the highway.');
    expect(got.map(([v, u]) => [v, u])).toContainEqual([2800, 'migrants']);
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
