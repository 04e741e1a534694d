// Issue 14, extraction round 11: a department that made the events itself owns the figure, even
// for a measure its component publishes ("DHS made 24 percent more apprehensions"); sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const owners = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.entity]);

describe('the subject that made the events owns them', () => {
  it('gives "DHS made 12 percent more apprehensions" to DHS', () => {
    expect(owners('DHS made 12 percent more apprehensions in 2021 than in 2020.')).toEqual([[12, ['DHS']]]);
  });
  it('still gives a measure a department only saw to its component', () => {
    expect(owners('DHS saw a 12 percent reduction in apprehensions in 2021.')).toEqual([[12, ['USBP']]]);
  });
  it('leaves the parts of a breakdown after "conducted N actions, including …" to their components', () => {
    expect(owners('CBP conducted 9,000 enforcement actions in May, including 7,000 apprehensions.')).toEqual([[9000, ['CBP']], [7000, ['USBP']]]);
  });
});
