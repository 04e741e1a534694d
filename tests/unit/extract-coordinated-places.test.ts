// Issue 14, extraction round 11: one number counting two kinds of place ("all 54 states and
// territories"); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);

describe('two kinds of place counted by one number', () => {
  it('counts both nouns, one the lexicon does not know too', () => {
    expect(units('Coast Guard crews from all 12 states and territories have served there.')).toEqual([[12, 'states and territories']]);
    expect(units('ICE now works in 30 counties and cities along the coast.')).toEqual([[30, 'counties and cities']]);
  });
  it('leaves a second noun that is not a place, or a second number, alone', () => {
    expect(units('ICE works in 30 counties and agencies praised it.').map((c) => c[1])).not.toContain('counties and agencies');
    expect(units('ICE works in 30 counties and 12 cities.')).toEqual([[30, 'counties'], [12, 'cities']]);
  });
});
