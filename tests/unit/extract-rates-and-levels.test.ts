// Issue 14: figures in relation: rates, averages, levels and rankings.
// One block per kind of text the extractor met, with sentences written for these tests.

import { describe, expect, it } from 'vitest';
import { leadingPeriod } from '../../src/pipeline/extract/frequency.ts';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf, claimsOf, units, values } from './extract-helpers.ts';

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

describe('an average over days is a daily figure', () => {
  it('reads "the daily average of" and "the 14-day average of" before the noun as a rate', () => {
    expect(units('The daily average of arrests in the district stood at 210.')).toEqual([[210, 'arrests per day']]);
    expect(units('The 14-day average of seizures reached 37 last week.')).toEqual([[37, 'seizures per day']]);
  });
});

describe('caseload statistics', () => {
  it('gives a level a verb of level reports its subject noun', () => {
    expect(claimsOf(null, 'By May, open claims reached an all-time high of more than 2.3 million.').map((c) => [c[0], c[1]])).toEqual([[2300000, 'claims']]);
  });
  it('promotes an average duration, not a sentence or a span', () => {
    expect(values('Last year the average processing time for visa requests was 212 days.', 'Median wait times exceeded 500 days by June.')).toEqual([212, 500]);
    expect(values('She was sentenced to 120 days in jail.', 'The office was closed for 30 days.')).toEqual([]);
  });
  it('drops a multiplier in words', () => {
    expect(values('The backlog has grown about four-fold since 2010.')).toEqual([]);
  });
  it("gives a research service's report of an agency's figures to the agency it introduces", () => {
    const a = articleOf([
      ['Claims are decided by the Executive Office for Immigration Review (EOIR), an agency within the Department of Justice (DOJ).'],
      ['In 2019, 52,000 other cases were closed.'],
    ]);
    const claims = extractClaims({ ...a, outlet: 'Congressional Research Service (IN99999)', url: null });
    expect(claims.map((c) => [c.value, c.entity])).toEqual([[52000, ['EOIR']]]);
  });
});

describe('units of people in relation', () => {
  it('keeps the period of a rate of people', () => {
    expect(claimsOf('U.S. Immigration and Customs Enforcement', 'The new teams now arrest about 300 illegal aliens a week.').map((c) => c[1])).toEqual(['aliens per week']);
  });
  it('counts the plural after a capitalised name, not the name’s own noun', () => {
    expect(claimsOf('U.S. Immigration and Customs Enforcement', 'By June, 40 Community Arrests teams will be at work.').map((c) => c[1])).toEqual(['community arrests teams']);
  });
  it('gives a part of a whole named in an "Of the …" clause the whole’s noun', () => {
    expect(claimsOf('U.S. Immigration and Customs Enforcement', 'Of the 9,000 aliens found by the Criminal Arrests teams last year, about 2,100 had prior convictions.').map((c) => [c[0], c[1]])).toEqual([
      [9000, 'aliens'],
      [2100, 'aliens'],
    ]);
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
