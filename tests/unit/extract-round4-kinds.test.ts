// Issue 14, extraction round 4: the kinds of misses found on the third government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { leadingPeriod } from '../../src/pipeline/extract/frequency.ts';
import { findQuantities } from '../../src/pipeline/extract/quantities.ts';
import { defaultGazetteer, publisherOf } from '../../src/pipeline/reference/agencies.ts';
import { articleOf } from './extract-helpers.ts';

const claims = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);
const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);

describe('a frequency phrase that opens the sentence makes its figures rates', () => {
  it('reads the period of the opening phrase', () => {
    expect(leadingPeriod('Every week the district files charges.')).toBe('week');
    expect(leadingPeriod('On an average day, inspectors clear trucks.')).toBe('day');
    expect(leadingPeriod('Annually, the office seizes cash.')).toBe('year');
    expect(leadingPeriod('The office files charges every week.')).toBeNull();
    expect(leadingPeriod('Each day of the operation was long.')).toBeNull();
  });

  it('gives every count, sum and mass of the sentence that period, not headcounts', () => {
    expect(units('Each week at the northern crossings, FBI analysts review more than 2,300 tips; recover over $4 million in stolen goods; and seize 900 pounds of cocaine.')).toEqual([
      [2300, 'tips per week'],
      [4_000_000, 'USD per week'],
      [900, 'pounds per week'],
    ]);
    expect(units('Every day 400 FBI agents work the cases.')).toEqual([[400, 'agents']]);
    expect(units('The FBI made 230 arrests each week.')).toEqual([[230, 'arrests per week']]);
  });

  it('keeps a figure a total when the phrase is not at the opening', () => {
    expect(units('The FBI, which works each day with partners, reviewed 2,300 tips.')).toEqual([[2300, 'tips']]);
  });
});

describe('the counted noun after a list of modifiers', () => {
  it('takes the plural head that the singular modifiers share', () => {
    const q = findQuantities('Inspectors opened 4,100 van, car and cargo trailers last month.');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[4100, 'van, car and cargo trailers']]);
    expect(findQuantities('They opened 40 boxes, and 12 crates.').map((x) => x.unit)).toEqual(['boxes', 'crates']);
  });
});

describe('an average over days is a daily figure', () => {
  it('reads "the daily average of" and "the 14-day average of" before the noun as a rate', () => {
    expect(units('The daily average of arrests in the district stood at 210.')).toEqual([[210, 'arrests per day']]);
    expect(units('The 14-day average of seizures reached 37 last week.')).toEqual([[37, 'seizures per day']]);
  });
});

describe('whose a border measure is, from what the text says of it', () => {
  it('gives a share the owner of the measure it is a change in, not of the one before it', () => {
    expect(claims('Border crossings eased, with a 12% decline in apprehensions over the summer.')).toEqual([[12, 'percent', ['USBP']]]);
    expect(claims('Crossings eased over the summer, down 12%.')).toEqual([[12, 'percent', ['CBP']]]);
  });

  it('puts encounters between ports of entry with the Border Patrol', () => {
    expect(claims('A 35% drop in encounters between ports of entry followed in March.')).toEqual([[35, 'percent', ['USBP']]]);
    expect(claims('There were 41,000 encounters between the ports of entry in March.')).toEqual([[41000, 'encounters', ['USBP']]]);
    expect(claims('There were 41,000 encounters in March.')).toEqual([[41000, 'encounters', ['CBP']]]);
  });

  it('puts releases at the border or into the country with the Border Patrol, not releases from detention', () => {
    expect(claims('Roughly 3,000 migrants were released into the interior in May.')).toEqual([[3000, 'migrants', ['USBP']]]);
    expect(claims('Only 40 migrants were temporarily allowed into the United States last month.')).toEqual([[40, 'migrants', ['USBP']]]);
    expect(claims('The count fell from 9,000 released along the southwest border a year before.')).toEqual([[9000, 'releases', ['USBP']]]);
    expect(claims('ICE said 3,000 detainees were released from detention.')).toEqual([[3000, 'detainees', ['ICE']]]);
  });

  it('gives the measure to the component when its department sees or reports it', () => {
    expect(claims('DHS reported a 15 percent rise in apprehensions at the border.')).toEqual([[15, 'percent', ['USBP']]]);
    expect(claims('DHS reported a 15 percent rise in removals.')).toEqual([[15, 'percent', ['DHS']]]);
  });

  it('takes the owner an earlier sentence gives the same measure', () => {
    expect(claims('Border Patrol encounters rose in May.', 'The weekly average of encounters reached 900.')).toEqual([[900, 'encounters per week', ['USBP']]]);
    expect(claims('Arrests rose in May.', 'The weekly average of encounters reached 900.')).toEqual([[900, 'encounters per week', ['CBP']]]);
  });

  it('gives a share of what people do the owner of the same people counted just before', () => {
    expect(claims('The Border Patrol had about 700 more agents than a year ago.', 'Auditors found that agents were on patrol about 60 percent of their shifts.')).toEqual([
      [700, 'agents', ['USBP']],
      [60, 'percent', ['USBP']],
    ]);
  });
});

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

describe('figures the grammar left without their own noun or publisher', () => {
  it('stops a forward noun at a number word that starts another count', () => {
    expect(units('The office filed seven indictments against seven defendants.')).toEqual([
      [7, 'indictments'],
      [7, 'defendants'],
    ]);
  });

  it('counts the total of extents given before it as an extent', () => {
    expect(units('The Army built 40 miles of road and 12 miles of fence, for a total of about 52 miles.').map((c) => c[0])).toEqual([40, 12, 52]);
    expect(units('The patrol base sits a total of 52 miles away.')).toEqual([]);
  });

  it('takes the public affairs office that wrote a release as its publisher, not the host site', () => {
    const gaz = defaultGazetteer();
    expect(publisherOf({ url: 'https://www.army.mil/article/1', outlet: 'U.S. Northern Command Public Affairs' }, gaz)).toBe('NORTHCOM');
    expect(publisherOf({ url: 'https://www.army.mil/article/1', outlet: 'Army News Service' }, gaz)).toBe('Army');
  });

  it('gives "the 900 authorized" the personnel noun named just before it', () => {
    expect(claims('Texas National Guard members patrolled the river in May.', 'Besides the 900 authorized for the mission, the state sent its own police.')).toEqual([[900, 'troops', ['National Guard']]]);
    expect(units('Besides the 900 authorized for the mission, the state sent its own police.')).toEqual([]);
  });
});
