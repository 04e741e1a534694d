// Figures written glued to a suffix ("14K migrants", "900lbs"), and number furniture that is not a
// figure (caption timestamps, numbered regions, word fractions, a footnote mark on a year, a
// citation's pages and document number). Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { claimsOf, units, values } from './extract-helpers.ts';
import { normaliseUnit } from '../../src/pipeline/extract/units.ts';

describe('glued suffixes', () => {
  it('reads a thousands K glued to a count before its noun', () => {
    expect(units('The task force turned back over 14K migrants and 3K individuals this spring.')).toEqual([
      [14000, 'migrants'],
      [3000, 'individuals'],
    ]);
    // Not a K that names something: "a 5K race", "Y2K".
    expect(values('The deputies ran a 5K race for the Y2K memorial fund.')).toEqual([]);
    expect(values('The county matches 401k plans for its deputies.')).toEqual([]);
  });

  it('reads a mass unit glued to the figure as its unit', () => {
    expect(units('Deputies stopped over 450lbs of cocaine at the county line.')).toEqual([[450, 'pounds']]);
    expect(units('The crew seized 38kg of heroin in the hold.')).toEqual([[38, 'kilograms']]);
    expect(units('The crew seized 12oz of heroin in the hold.')).toEqual([[12, 'ounces']]);
  });
});

describe('numbers that are furniture', () => {
  it('does not read the parts of a caption timestamp as figures', () => {
    expect(values('The chief approved 22 00:01:14,000 --> 00:01:16,512 additional officers for the port')).not.toContain(1512);
    expect(values('The chief approved 22 00:01:14,000 --> 00:01:16,512 additional officers for the port')).not.toContain(16512);
  });

  it('reads numbered regions and phases as names', () => {
    expect(values('The state police patrol Regions 2 and 5 and will begin Phases 1, 2 and 3 of the plan.')).toEqual([]);
  });

  it('does not count the parts of a word fraction', () => {
    expect(values('More than one-in-four of all deputies were hired last year.')).toEqual([]);
  });

  it('reads a year with a footnote mark after "(FY)" as a year', () => {
    expect(values('The report covers activities during Fiscal Year (FY) 20221 and the trends since.')).toEqual([]);
  });

  it('reads a citation’s pages and document number as names', () => {
    expect(values('Closing of the Harbor Road Crossing, 1204-1206 [2023-04417]')).toEqual([]);
  });
});

describe('owners of a Guard letter and military personnel', () => {
  it('gives a state military department’s figures to the National Guard', () => {
    expect(claimsOf('Ohio Military Department', 'Your teams turned back 120 migrants and filed 40 criminal referrals.')).toEqual([
      [120, 'migrants', ['National Guard']],
      [40, 'criminal referrals', ['National Guard']],
    ]);
    expect(claimsOf('Department of Military Affairs', 'Nine soldiers of the task force staffed the crossing.')).toEqual([[9, 'troops', ['National Guard']]]);
  });

  it('names military personnel troops when the owner is military', () => {
    expect(normaliseUnit('military personnel', ['DOD'])).toBe('troops');
    expect(normaliseUnit('military personnel', ['ICE'])).toBe('military personnel');
  });
});
