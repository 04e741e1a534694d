// Whose a figure is and what it counts, read from the grammar around it: a level's subject
// ("detentions … numbered 9,104"), people added to a force, a custody's agency, an owner the
// headline gives a figure the body restates; and small pattern fixes (verbs of change, "an
// estimated" between the ends of a change). Sentences invented for these tests.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { changeSubject, levelSubject } from '../../src/pipeline/extract/range-ends.ts';
import { claims, reasons, units } from './extract-helpers.ts';

describe('a level’s subject', () => {
  it('counts the subject of "numbered", not the noun of a phrase between', () => {
    expect(units('In 2020, total detentions by the county deputies, between its two jails, numbered 9,104.')).toContainEqual([9104, 'detentions']);
    expect(units('Bookings at the harbor jail totaled about 1,300.')).toEqual([[1300, 'bookings']]);
    expect(levelSubject('Last year, seizures by the crews at the piers reached ')).toBe('seizures');
    expect(levelSubject('The harbor jail reached ')).toBeNull();
  });
});

describe('owners from the figure’s own phrase', () => {
  it('gives people added to a force to the force', () => {
    expect(claims('The plan called for adding 2,000 new officers to U.S. Customs and Border Protection.')).toEqual([[2000, 'officers', ['CBP']]]);
  });

  it('gives a share or a count of people in an agency’s custody to that agency', () => {
    expect(claims('Some 88 percent of detainees in ICE custody were held in Texas.')).toEqual([[88, 'percent', ['ICE']]]);
    expect(claims('The report said 410 inmates in Bureau of Prisons custody were foreign nationals.')).toEqual([[410, 'inmates', ['BOP']]]);
  });

  it('lends the headline’s owner to the body’s restatement of its figure', () => {
    const text = 'County Data Show 81 Percent of Detainees in ICE Custody Had No Record\nThe county and the state released the data on Monday. The data show that 81 percent of detainees in custody had no record.';
    const a = structure({ file: 'h.txt', slug: 'h', cleaned: clean(text), sidecar: null, officeholders: [] });
    const body = extractClaims(a).filter((c) => !c.from_headline);
    expect(body.map((c) => [c.value, c.entity, c.attribution])).toEqual([[81, ['ICE'], 'context']]);
  });
});

describe('pattern fixes', () => {
  it('does not take "risk" for a verb of change', () => {
    expect(changeSubject('Flood claims at the harbor have risen, increasing from ')).toMatch(/claims$/);
    expect(changeSubject('Boat owners in the harbor risked, losing from ')).toBeNull();
  });

  it('reads "an estimated" before either end of a change', () => {
    expect(units('The shelter count grew from an estimated 1,200 families to an estimated 1,900.')).toEqual([
      [1200, 'families'],
      [1900, 'families'],
    ]);
  });

  it('counts drivers as people, not as a report’s drivers of change', () => {
    expect(reasons('The county hired 14 drivers for the shuttle.').map((r) => r[1])).toEqual([true]);
  });
});
