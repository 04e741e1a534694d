// Issue 14, extraction round 11: a fact sheet whose items run on with no full stops (a PDF turned
// into text), "N+" figures and title-case item heads; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { runOnItemStarts } from '../../src/pipeline/extract/run-on-items.ts';
import { articleOf } from './extract-helpers.ts';

const SHEET = 'The goal was met in March when 240 Coast Guard cutters returned to patrol duties 52,000+ assisted vessel boardings 870 assisted cargo inspections Helped with seizure of 41,000+ pounds of cocaine worth nearly $600,000,000 Upgrades to Stations Include: 12+ Miles of Seawall 7+ Miles of Dock 315 Miles of Channel Dredged';
const items = (text: string) => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(1).map((e, i) => text.slice(starts[i], e).trim());
};
const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), outlet }).map((c) => [c.value, c.unit, c.entity, c.qualifier]);

describe('the items of a run-on fact-sheet list', () => {
  it('start at a count right after a word and at a capitalised item head', () => {
    expect(items(SHEET)).toEqual([
      'The goal was met in March when 240 Coast Guard cutters returned to patrol duties',
      '52,000+ assisted vessel boardings',
      '870 assisted cargo inspections',
      'Helped with seizure of 41,000+ pounds of cocaine worth nearly $600,000,000',
      'Upgrades to Stations Include:',
      '12+ Miles of Seawall',
      '7+ Miles of Dock',
      '315 Miles of Channel Dredged',
    ]);
  });
  it('leaves prose alone: a name after a number, one "word N" label', () => {
    expect(runOnItemStarts('In fiscal year 2024, the Coast Guard sent 240 cutters and 1,200 Coast Guard members under Title 14 to the strait, and 600 more followed in May.')).toEqual([]);
    // Dates, a phase's number and a hull number are not the counts of items.
    expect(runOnItemStarts('The district filed 295 new cases from May 9 through May 15, and the cutter Hamilton (WMSL 753) began Phase 2 of the plan.')).toEqual([]);
  });
  it('gives each item its own unit: "N+", title-case miles, never a neighbour\'s noun', () => {
    const got = claimsOf(null, SHEET);
    expect(got.map((c) => [c[0], c[1], c[3]])).toEqual([
      [240, 'coast guard cutters', 'exact'],
      [52000, 'vessel boardings', 'more-than'],
      [870, 'cargo inspections', 'exact'],
      [41000, 'pounds', 'more-than'],
      [600000000, 'USD', 'nearly'],
      [12, 'miles', 'more-than'],
      [7, 'miles', 'more-than'],
      [315, 'miles', 'exact'],
    ]);
  });
  it('reads an item\'s owner in the item, not in the lead-in before it', () => {
    // The Coast Guard of the first item does not own the items after it (no publisher here).
    const got = claimsOf(null, SHEET);
    expect(got[0][2]).toEqual(['USCG']);
    expect(got.slice(1).every((c) => !(c[2] as string[]).includes('USCG'))).toBe(true);
  });
});
