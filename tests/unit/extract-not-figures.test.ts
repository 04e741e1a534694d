// Issue 14: numbers that are not reported figures: names, markers, samples, restatements, limits and ranks.
// One block per kind of text the extractor met, with sentences written for these tests.

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { findNumbers } from '../../src/pipeline/extract/numbers.ts';
import { articleOf, claims, claimsOf, reasons, values } from './extract-helpers.ts';

describe('counts that are not figures of the world', () => {
  it('reads a document number as a name', () => {
    expect(claims('The Border Patrol followed CBP Directive 3340-025 at every station.')).toEqual([]);
    expect(claims('The Border Patrol staffed 3,340 stations.')).toEqual([[3340, 'stations', ['USBP']]]);
  });

  it("leaves out the sample a report's authors visited or inspected", () => {
    expect(claims('During our inspections of four ICE facilities in Ohio, staff were present.')).toEqual([]);
    expect(claims('Two ERO offices and three ICE detention centers we inspected met the standards.')).toEqual([]);
    expect(claims('ICE runs three detention centers in Ohio.')).toEqual([[3, 'detention centers', ['ICE']]]);
  });

  it("leaves out one person's counts when the sentence opens with an age", () => {
    expect(claims('A 41-year-old Mexican national arrested by ICE was convicted on three counts of fraud.')).toEqual([]);
  });

  it('leaves out the parts a scheme is divided into', () => {
    expect(claims('ICE is grouping its arrests into three priority tiers: threats, fugitives and others.')).toEqual([]);
    expect(claims('ICE made 300 arrests in three priority cities.').map((c) => c[0])).toContain(300);
  });
});

describe('restatements of a figure already given', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('drops "the N <noun>" when the article gave N of that noun before', () => {
    expect(units('Three smugglers were convicted on Monday.', 'The three smugglers who fled in March face 20 years.')).toEqual([[3, 'smugglers']]);
  });
  it('keeps a definite count that is new, or of another noun', () => {
    expect(units('Three smugglers were convicted on Monday.', 'The three vans they drove were seized.')).toEqual([
      [3, 'smugglers'],
      [3, 'vans'],
    ]);
    expect(units('The 40 agents of the unit arrested 12 people.')).toEqual([
      [40, 'agents'],
      [12, 'people'],
    ]);
  });
});

describe('the kinds of a scheme', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('does not chart how many types a scheme has, but charts what it counts', () => {
    expect(units('The bureau uses three audit types to review 450 field offices.')).toEqual([[450, 'field offices']]);
    expect(units('The bureau ran 30 audits last year.')).toEqual([[30, 'audits']]);
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

describe("a report's sample named again", () => {
  it('drops a later count of the places the report says it inspected, keeps the finding', () => {
    expect(
      claimsOf(null, 'In May, we conducted unannounced inspections of eight U.S. Border Patrol stations in the sector, specifically six stations and two checkpoints.', 'Our inspections showed that the Border Patrol held 420 detainees in three stations longer than allowed.'),
    ).toEqual([[420, 'detainees', ['USBP']]]);
    // No sample stated: a count of stations is a figure.
    expect(claimsOf(null, 'The Border Patrol held 420 detainees in three stations.').map((c) => c[0])).toEqual([420, 3]);
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

describe('ranks and the sets of a scheme are not counts', () => {
  it('drops "the top five …", keeps a plain five', () => {
    expect(values('The top five ports of entry handled most of the cargo.')).toEqual([]);
    expect(values('Officers inspected five ports of entry in May.')).toEqual([5]);
  });
  it('drops "three mission sets: …", keeps "40 sets of" equipment', () => {
    expect(values('The Guard supports the agency with three mission sets: search teams, rail teams and repair teams.')).toEqual([]);
    expect(values('Police seized 40 sets of body armor.')).toEqual([40]);
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

describe("a contract award's bid counts describe the procurement", () => {
  it('drops "Seven bids were solicited with five bids received" and keeps the award', () => {
    expect(values('Acme Marine Inc. was awarded a $41,500,000 contract for pier repairs.', 'Seven bids were solicited with five bids received.')).toEqual([41500000]);
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
