// Issue 14, extraction round 6: the kinds of misses found on the fifth government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractClaims } from '../../src/pipeline/extract/index.ts';
import { defaultGazetteer, publisherOf } from '../../src/pipeline/reference/agencies.ts';
import { articleOf } from './extract-helpers.ts';

const gaz = defaultGazetteer();
const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);
const values = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => c.value);
const reasons = (...sentences: string[]) => extractArticle(articleOf(sentences)).quantities.map((q) => [q.value, q.promoted, q.reason]);

describe("a component's figures in its parent's release", () => {
  it('takes the component an outlet names after its parent as the publisher', () => {
    expect(publisherOf({ url: null, outlet: 'U.S. Customs and Border Protection, U.S. Border Patrol El Paso Sector (as reposted)' }, gaz)).toBe('USBP');
    expect(publisherOf({ url: null, outlet: 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations' }, gaz)).toBe('ERO');
    // Two unrelated agencies: the first named stays the publisher.
    expect(publisherOf({ url: null, outlet: 'U.S. Coast Guard and U.S. Customs and Border Protection' }, gaz)).toBe('USCG');
    expect(claimsOf('U.S. Customs and Border Protection, U.S. Border Patrol Laredo Sector', 'Agents stopped the truck at dawn.', 'All six trucks were seized.')).toEqual([[6, 'trucks', ['USBP']]]);
  });

  it('gives inadmissibility counts to the Office of Field Operations, apprehensions to the Border Patrol', () => {
    expect(claimsOf(null, 'In May, CBP recorded 52,300 enforcement actions, including 41,000 apprehensions and 11,300 inadmissibility decisions.')).toEqual([
      [52300, 'enforcement actions', ['CBP']],
      [41000, 'apprehensions', ['USBP']],
      [11300, 'inadmissibility decisions', ['OFO']],
    ]);
  });

  it('gives encounters at the ports of entry to OFO and between them to the Border Patrol', () => {
    expect(claimsOf(null, 'CBP counted 8,200 encounters at ports of entry and 30,500 encounters between ports of entry in June.')).toEqual([
      [8200, 'encounters', ['OFO']],
      [30500, 'encounters', ['USBP']],
    ]);
  });
});

describe('numbers that are not reported figures', () => {
  it('drops a statutory penalty ceiling, keeps a fine actually imposed', () => {
    expect(values('Each count carries a maximum statutory penalty of five years in prison and a $100,000 fine.')).toEqual([]);
    expect(values('The charge is punishable by up to 15 years and a fine of $500,000.')).toEqual([]);
    expect(values('The judge ordered the company to pay a $40,000 fine.')).toEqual([40000]);
  });

  it("drops the counts of one charging document, keeps defendants charged", () => {
    expect(values('A grand jury returned a four-count indictment against the driver.')).toEqual([]);
    expect(values('A grand jury indicted 12 defendants on smuggling charges.')).toEqual([12]);
  });

  it('drops an aim stated with achieve or attain, keeps what was achieved', () => {
    expect(values('The task force patrols the river to deter crossings and achieve 100% situational awareness of the valley.')).toEqual([]);
    expect(values('The station achieved a 40% drop in crossings this year.')).toEqual([40]);
  });

  it('drops a label number and a transcribed page number before a heading', () => {
    expect(values('Recommendation 2: Update the guidance for 14 stations.')).toEqual([14]);
    expect(values('We recommend that the Chief adopt Recommendation 3: Train the staff at the ports.')).toEqual([]);
    expect(values('3 Summary The United States Coast Guard has patrolled these waters for a century.')).toEqual([]);
    // A headline opening with its count is not a page number.
    expect(values('4 smugglers arrested near the river')).toEqual([4]);
  });

  it("drops a distributor's release counter", () => {
    expect(values('There were 411 press releases posted in the last 24 hours and 512,004 in the last 365 days.')).toEqual([]);
    expect(reasons('There were 411 press releases posted in the last 24 hours.')[0]).toEqual([411, false, 'page chrome (a distributor’s release counter)']);
  });

  it('drops the sample an inspection names and its breakdown, after an abbreviation too', () => {
    expect(values('In May, we conducted unannounced inspections of eight U.S. Border Patrol stations in the sector, specifically six stations and two checkpoints.')).toEqual([]);
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

describe("a report's sample named again", () => {
  it('drops a later count of the places the report says it inspected, keeps the finding', () => {
    expect(
      claimsOf(null, 'In May, we conducted unannounced inspections of eight U.S. Border Patrol stations in the sector, specifically six stations and two checkpoints.', 'Our inspections showed that the Border Patrol held 420 detainees in three stations longer than allowed.'),
    ).toEqual([[420, 'detainees', ['USBP']]]);
    // No sample stated: a count of stations is a figure.
    expect(claimsOf(null, 'The Border Patrol held 420 detainees in three stations.').map((c) => c[0])).toEqual([420, 3]);
  });
});

describe('territorial police and a unit named after its force', () => {
  it("names a territory's police as state-level law enforcement, not a city department", async () => {
    const { findEntities, ancestors } = await import('../../src/pipeline/reference/agencies.ts');
    expect(findEntities('the Guam Police Force said', gaz).map((e) => e.ids)).toEqual([['Guam law enforcement']]);
    expect(ancestors('Guam law enforcement', gaz)).toEqual(['state law enforcement']);
    expect(findEntities('the New York Police Department said', gaz).map((e) => e.ids)).toEqual([['local law enforcement']]);
  });

  it('reads a short form defined after a named unit of a known force, and a participle before the count', () => {
    expect(
      claimsOf(null, 'The cutter called the Puerto Rico Police Maritime Response Unit (MRU) for help.', 'As the cutter closed in, three responding MRU patrol boats blocked the channel.'),
    ).toEqual([[3, 'MRU patrol boats', ['Puerto Rico law enforcement']]]);
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

describe('limits of the sample and penalty rules', () => {
  it('keeps a figure after an inspected place, and a count larger than the sample', () => {
    expect(values('In 2023, we conducted inspections of ICE facilities, which held 20,000 detainees.')).toEqual([20000]);
    expect(values('We conducted inspections of three stations.', 'The Border Patrol runs 70 stations on the border.')).toEqual([70]);
  });

  it('keeps a figure far after a penalty phrase in the same clause', () => {
    expect(values('The offense is punishable by up to five years in prison, the office said in a statement that also noted that agents in the district had arrested 48 people during the operation.')).toEqual([48]);
  });
});
