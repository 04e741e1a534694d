// Issue 14, attribution round 2: the kinds of misses found on the first government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { definedAbbreviations, withAbbreviations } from '../../src/pipeline/extract/abbreviations.ts';
import { defaultGazetteer, findEntities } from '../../src/pipeline/reference/agencies.ts';
import { normaliseUnit } from '../../src/pipeline/extract/units.ts';
import { findQualifier } from '../../src/pipeline/extract/qualifier.ts';
import { articleOf } from './extract-helpers.ts';

const claims = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);

describe('short forms an article defines for an agency', () => {
  const gaz = defaultGazetteer();
  const mentioned = (t: string) => ({ text: t, mentions: findEntities(t, gaz) });

  it('learns "Name (XY)" and finds XY later as the same agency', () => {
    const abbr = definedAbbreviations([mentioned('The U.S. Border Patrol (BP) runs nine sectors.')], gaz.acronymSet);
    expect(abbr.get('BP')).toEqual(['USBP']);
    const later = 'BP stations reopened.';
    expect(withAbbreviations(later, findEntities(later, gaz), abbr).map((e) => e.ids)).toEqual([['USBP']]);
  });

  it('ignores a bracket after a word that names no agency, and a short form defined two ways', () => {
    expect(definedAbbreviations([mentioned('The quarterly report (QR) is out.')], gaz.acronymSet).size).toBe(0);
    const twice = definedAbbreviations([mentioned('Border Patrol (BP) agents met.'), mentioned('Immigration and Customs Enforcement (BP) staff met.')], gaz.acronymSet);
    expect(twice.has('BP')).toBe(false);
  });

  it('gives the figure to the component the short form names, not its parent before it', () => {
    const c = claims('Customs and Border Protection (CBP) Border Patrol (BP) arrests fell.', 'CBP BP arrests of adults fell to 4,210 in May.');
    expect(c).toEqual([[4210, 'arrests', ['USBP']]]);
  });
});

describe('partners of the actor are not owners', () => {
  it('keeps the subject, not the agencies it worked in conjunction with', () => {
    expect(claims('The FBI, in conjunction with state agencies, seized 14 vessels last month.')).toEqual([[14, 'vessels', ['FBI']]]);
    expect(claims('DEA, in cooperation with the Coast Guard, made 31 arrests.')).toEqual([[31, 'arrests', ['DEA']]]);
  });
});

describe('military personnel nouns with a duty-status modifier', () => {
  it('names them troops and keeps the status word', () => {
    expect(normaliseUnit('active-duty members', ['DOD'])).toBe('active-duty troops');
    expect(normaliseUnit('members', ['Army'])).toBe('troops');
    expect(normaliseUnit('family members', ['Army'])).toBe('family members');
    expect(normaliseUnit('active-duty members', ['ICE'])).toBe('active-duty members');
  });
});

describe('a bare number after a counted one', () => {
  it('takes the nearer counted noun, not one named before it', () => {
    const c = claims('Marshals Service Fugitive Operations teams arrested 40 people, including nine with prior convictions.');
    expect(c.map((x) => x.slice(0, 2))).toEqual([[40, 'people'], [9, 'people']]);
  });
});

describe('a figure the article already gave', () => {
  it('keeps the owner it was given when the repeat names nobody', () => {
    // Published by the Army, about the Guard: the repeat is the Guard's, not the publisher's.
    const a = { ...articleOf(['The National Guard is sending 800 troops to the coast.', 'All 800 troops should arrive by May, a spokesman said.']), url: 'https://www.army.mil/article/1' };
    expect(extractClaims(a).map((c) => [c.value, c.entity])).toEqual([[800, ['National Guard']], [800, ['National Guard']]]);
  });

  it('does not claim again the whole a partitive refers back to', () => {
    const c = claims('Deputies arrested 31 people on Friday.', 'Of the 31 arrested, four were released.', 'All of the 31 people were adults.');
    expect(c.filter((x) => x[0] === 31)).toHaveLength(1);
  });

  it('still claims a first mention after "of the"', () => {
    expect(claims('Most of the 600 agents sent to the city have left.').map((x) => x.slice(0, 2))).toEqual([[600, 'agents']]);
  });
});

describe('the aims a strategy is organised around', () => {
  it('are not claims', () => {
    expect(claims('The plan rests on four pillars: staffing, technology, detention and removal.')).toEqual([]);
    expect(claims('DHS efforts focus on three broad goals: security, trade and travel.')).toEqual([]);
    expect(claims('DHS added 300 officers.').map((x) => x.slice(0, 2))).toEqual([[300, 'officers']]);
  });
});

describe('one number counting two kinds of people', () => {
  it('counts both nouns and gives the figure to the larger agency when one is part of the other', () => {
    expect(claims('ICE will hire 400 more ERO officers and ICE attorneys this year.')).toEqual([[400, 'officers and attorneys', ['ICE']]]);
    expect(claims('Some 2,100 migrants and smugglers were caught in the sector.').map((x) => x.slice(0, 2))).toEqual([[2100, 'migrants and smugglers']]);
  });

  it('leaves a second number, and a noun that is not people, to their own figures', () => {
    expect(claims('The Pentagon sent 900 troops and 40 Marines.').map((x) => x.slice(0, 2))).toEqual([[900, 'troops'], [40, 'marines']]);
    expect(claims('The Army sent 900 soldiers and vehicles to the base.').map((x) => x.slice(0, 2))).toEqual([[900, 'troops']]);
  });
});

describe('people a passive border-event verb counts', () => {
  it('belong to the agency that publishes that measure', () => {
    const a = { ...articleOf(['Nearly 51,000 migrants were apprehended along the southwest border in June, officials said.']), url: 'https://www.army.mil/article/2' };
    expect(extractClaims(a).map((c) => [c.value, c.entity])).toEqual([[51000, ['USBP']]]);
  });

  it('not when the verb names no border', () => {
    const a = { ...articleOf(['Some 48 migrants were apprehended during the operation.']), url: 'https://www.ice.gov/news/x' };
    expect(extractClaims(a).map((c) => [c.value, c.entity])).toEqual([[48, ['ICE']]]);
  });
});

describe('a bare number standing for people', () => {
  it('counts defendants when the people face a charge', () => {
    const c = claims('The district filed 60 new cases this week.', 'Of those, 41 are charged with smuggling and 12 face counts of assault.');
    expect(c.map((x) => x.slice(0, 2))).toEqual([[60, 'new cases'], [41, 'defendants'], [12, 'defendants']]);
  });

  it('takes the people noun counted before when something was done to them', () => {
    const c = claims('Deputies detained 75 migrants near the river.', 'Of those detained, 30 were deported within a week.');
    expect(c.map((x) => x.slice(0, 2))).toEqual([[75, 'migrants'], [30, 'migrants']]);
  });

  it('takes the noun a copula gives it', () => {
    const c = claims('Agents arrested 40 people.', 'Of the 40 arrested, nine were juveniles.');
    expect(c.map((x) => x.slice(0, 2))).toEqual([[40, 'people'], [9, 'juveniles']]);
  });

  it('stays out when nothing names what it counts', () => {
    expect(claims('Of those, 14 remain under review.')).toEqual([]);
  });
});

describe('a repeated share is not a repeated figure', () => {
  it('does not borrow the owner of an earlier share of the same size', () => {
    const a = { ...articleOf(['ICE arrests rose 12 percent in May.', 'Wages in the county rose 12 percent as well.']), url: 'https://www.dhs.gov/news/x' };
    expect(extractClaims(a).map((c) => [c.value, c.attribution])).toEqual([[12, 'subject'], [12, 'publisher']]);
  });
});

describe('a qualifier before an added figure', () => {
  it('bounds the added figure ("up to an additional 300")', () => {
    expect(findQualifier('Up to an additional 300 agents may follow.', 20, 23)).toEqual({ qualifier: 'up-to', start: 0 });
    expect(findQualifier('The state sent nearly another 500 troops.', 30, 33).qualifier).toBe('nearly');
    expect(findQualifier('The state sent another 500 troops.', 23, 26)).toEqual({ qualifier: 'exact', start: 23 });
  });
});

describe('status of legal process and of service on duty', () => {
  const status = (s: string) => extractClaims(articleOf([s])).map((c) => [c.value, c.status]);
  it('reads filed, indicted and faced charges as done', () => {
    expect(status('Prosecutors in the district filed 57 cases last week.')).toEqual([[57, 'completed']]);
    expect(status('The office brought criminal charges against 88 defendants.')).toEqual([[88, 'completed']]);
    expect(status('Another 19 people face charges of smuggling.')).toEqual([[19, 'completed']]);
  });

  it('reads "on duty" and "now serve" as deployed', () => {
    expect(status('About 700 Guard members are on duty at the ports.')).toEqual([[700, 'deployed']]);
    expect(status('Some 350 soldiers now serve at the border.')).toEqual([[350, 'deployed']]);
  });

  it('leaves a plain statistic reported', () => {
    expect(status('The sector counted 4,100 encounters in June.')).toEqual([[4100, 'reported']]);
  });
});

describe('status of a granted request, a removal order and a modal "should"', () => {
  const status = (s: string) => extractClaims(articleOf([s])).map((c) => [c.value, c.status]);
  it('reads an approved request as an order', () => {
    expect(status('The Secretary approved a request to send 900 more troops to the border.')).toEqual([[900, 'ordered']]);
  });
  it('does not read a removal order held by people as an order to deploy them', () => {
    expect(status('Thirty of the migrants taken into custody have final orders of removal.')).toEqual([[30, 'completed']]);
  });
  it('reads "should be on the ground" as planned', () => {
    expect(status('All 400 troops should be on the ground by June.')).toEqual([[400, 'planned']]);
  });
});
