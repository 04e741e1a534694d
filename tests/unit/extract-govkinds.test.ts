// Issue 14: the kinds of unit and owner errors found on government releases, one block per kind,
// with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/pipeline/extract/quantities.ts';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const units = (s: string) => findQuantities(s).map((x) => [x.value, x.unit]);
const claims = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);

describe('counted noun phrase from the grammar', () => {
  it('keeps coordinated modifiers of one head noun', () => {
    expect(units('The office charged 58 known or suspected smugglers last week.')).toEqual([[58, 'known or suspected smugglers']]);
    expect(units('The court heard 212 civil and criminal appeals.')).toEqual([[212, 'civil and criminal appeals']]);
  });

  it('keeps a plural that modifies the next plural', () => {
    expect(units('Investigators identified nine human rights abusers.')).toEqual([[9, 'human rights abusers']]);
  });

  it('still stops at a plural head before a conjunction', () => {
    expect(units('The unit seized 40 rifles and pistols.')).toEqual([[40, 'rifles']]);
  });
});

describe('a count noun stated after the number', () => {
  it('stops at the next number', () => {
    expect(claims('Prosecutors filed 12 indictments against 30 individuals.').map((c) => c.slice(0, 2))).toEqual([[12, 'indictments'], [30, 'individuals']]);
  });
});

describe('zero counts', () => {
  it('reads zero before a name or a quoted noun', () => {
    // (Round 7: the agency's short form is the owner, not part of the unit, as no label in the corpora writes it.)
    expect(claims('The sector reported zero USBP escapes in May.')).toEqual([[0, 'escapes', ['USBP']]]);
    expect(units('There were zero "walkaways" that week.')).toEqual([[0, 'walkaways']]);
  });
});

describe('distance family', () => {
  it('charts the extent of an area, not a distance that places something', () => {
    const c = extractClaims(articleOf(['The Army will patrol about 60 miles of the river levee.']));
    expect(c.map((x) => [x.value, x.unit, x.unit_family, x.entity])).toEqual([[60, 'miles', 'distance', ['Army']]]);
    expect(extractClaims(articleOf(['The camp sits 3 miles from the port of entry.']))).toEqual([]);
  });
});

describe('numbers that are never claims, whatever their unit', () => {
  it('drops one person’s record even for a unit the lexicon knows', () => {
    expect(claims('She has 14 prior convictions for theft.')).toEqual([]);
  });

  it('drops the sample an audit reviewed', () => {
    expect(claims('We reviewed 12 such deployments that the department approved.')).toEqual([]);
    expect(claims('When examining five selected contracts, auditors found gaps.')).toEqual([]);
  });

  it('drops a goal', () => {
    expect(claims('The agency will keep working toward achieving 100% screening of cargo.')).toEqual([]);
  });

  it('reads a list of sections as legal names', () => {
    expect(claims('Agents expelled migrants under 42 U.S.C. §§ 265 and 268 last year.')).toEqual([]);
  });
});

describe('a unit stated earlier in the clause carries to a bare number', () => {
  it('from a heading and its statistic noun', () => {
    expect(claims('Record Removal Total: 3,120 in June.').map((c) => c.slice(0, 2))).toEqual([[3120, 'removals']]);
    expect(claims('Lowest Arrest Average: only 410 per day.').map((c) => c.slice(0, 2))).toEqual([[410, 'arrests per day']]);
    expect(claims('In fiscal 2024, encounters reached 2.1 million.').map((c) => c.slice(0, 2))).toEqual([[2100000, 'encounters']]);
  });

  it('through a list and a qualified next number, not into a difference', () => {
    expect(claims('Busiest Days for Arrests: 61 in Dallas, 54 nationwide on May 2.').map((c) => c.slice(0, 2))).toEqual([[61, 'arrests'], [54, 'arrests']]);
    expect(claims('Lowest Seizures Ever: 212 about 40 than the average.').map((c) => c.slice(0, 2))).toEqual([[212, 'seizures']]);
  });

  it('names a rate over several hours', () => {
    expect(claims('Agents logged 30 arrests every three hours.').map((c) => c.slice(0, 2))).toEqual([[30, 'arrests per three hours']]);
  });
});

describe('figures in brackets and breakdowns of the figure before', () => {
  const s = ['Last year the Coast Guard recorded 9,120 interdictions at sea.', 'Roughly half (4,480; 49%) involved vessels from Haiti.', 'The rest included passengers on freighters (2,015; 22%) and fishermen (1,310; 14%).'];
  it('counts the noun before the brackets, or after a word fraction what the figure before counted', () => {
    expect(claims(...s).map((c) => c.slice(0, 2))).toEqual([
      [9120, 'interdictions'], [4480, 'interdictions'], [49, 'percent'], [2015, 'passengers'], [22, 'percent'], [1310, 'fishermen'], [14, 'percent'],
    ]);
  });

  it('gives a breakdown the owner of the figure it breaks down, in the same paragraph only', () => {
    const cs = extractClaims(articleOf(s));
    expect(cs.map((c) => c.entity[0])).toEqual(Array(7).fill('USCG'));
    expect(cs.slice(1).every((c) => c.attribution === 'context')).toBe(true);
    expect(extractClaims(articleOf([[s[0]], [s[1]]]))[1].entity).toEqual([]);
  });
});

describe('a number standing for people', () => {
  it('takes the people noun counted just before', () => {
    const cs = claims('Prosecutors charged 310 defendants in May.', 'The district filed 96 cases.', 'Of those, 41 face charges of reentry after removal.');
    expect(cs.map((c) => c.slice(0, 2))).toEqual([[310, 'defendants'], [96, 'cases'], [41, 'defendants']]);
  });
});

describe('joint owners', () => {
  it('adds the partner of an event done jointly, not of support', () => {
    const a = extractClaims(articleOf(['The Coast Guard conducted 420 boardings, including 35 that were carried out jointly with CBP.']));
    expect(a.map((c) => [c.value, c.entity])).toEqual([[420, ['USCG']], [35, ['USCG', 'CBP']]]);
    const b = extractClaims(articleOf(['The Army sent 300 soldiers to work together with CBP at the ports.']));
    expect(b.map((c) => [c.value, c.entity])).toEqual([[300, ['Army']]]);
  });
});

describe('the passive’s agent owns the figure', () => {
  it('reads "by X" after the counted noun, before a speaker or the nearest name', () => {
    const a = extractClaims(articleOf(['More than 1,200 arrests were made by ERO officers in Texas.']));
    expect(a.map((c) => [c.entity, c.attribution, c.attribution_confidence])).toEqual([[['ERO'], 'prepositional', 'high']]);
    const b = extractClaims(articleOf(['Local police said 300 arrests were carried out by the Border Patrol.']));
    expect(b.map((c) => c.entity)).toEqual([['USBP']]);
  });
});

describe('statistical releases (controls)', () => {
  it('reads rates and percentage points of nouns the lexicon does not know', () => {
    expect(claims('Average sorghum yield is forecast at 71.4 bushels per acre, 3 percentage points above last year.').map((c) => c.slice(0, 2))).toEqual([
      [71.4, 'bushels per acre'], [3, 'percentage points'],
    ]);
  });

  it('takes the noun of "the number of …" and the noun after a glued measure', () => {
    expect(claims('The number of long-term unemployed persons, at 1.1 million, was unchanged.').map((c) => c.slice(0, 2))).toEqual([[1100000, 'long-term unemployed persons']]);
    expect(claims('Growers shipped 2.4 million 60-pound boxes this season.').map((c) => c.slice(0, 2))).toEqual([[2400000, 'boxes']]);
  });
});
