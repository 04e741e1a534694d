// The model: figure fields, vocabulary and its words, claim ids and anchors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/model/dates.ts';
import { figureOf } from '../../src/model/figure.ts';
import { byReadingOrder, claimAnchor, factAnchor, storyOf } from '../../src/model/ids.ts';
import { QUALIFIERS, QUALIFIER_ADVERBS, QUALIFIER_LABELS, QUALIFIER_MEANINGS, STATUSES, STATUS_MEANINGS, UNIT_FAMILIES, qualifierLabel } from '../../src/model/vocabulary.ts';
import { qualifierWords } from '../../src/charts/format.ts';
import { claim } from './charts-fixture.ts';

describe('figureOf', () => {
  it('keeps the figure fields of a claim and drops the sentence-bound ones', () => {
    const c = claim({ id: 's:p1s1#n1', value: 300, value_high: 400, unit: 'agents', time: 'in May', entity: ['ICE'] });
    const f = figureOf(c);
    expect(Object.keys(f)).toEqual(['value', 'value_high', 'unit', 'unit_family', 'entity', 'qualifier', 'status', 'time', 'time_resolved', 'subject']);
    expect(f).toMatchObject({ value: 300, value_high: 400, unit: 'agents', time: 'in May', entity: ['ICE'] });
    expect(f).not.toHaveProperty('quote');
  });
});

describe('vocabulary', () => {
  it('lists each value once and covers every value the hand-labelled seed claims use', () => {
    for (const list of [QUALIFIERS, STATUSES, UNIT_FAMILIES]) expect(new Set(list).size).toBe(list.length);
    const labels = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/seed-claims.json'), 'utf8')) as { qualifier: string; status: string }[];
    for (const l of labels) {
      expect(QUALIFIERS).toContain(l.qualifier);
      expect(STATUSES).toContain(l.status);
    }
  });

  it('derives the label, adverb and meaning tables from one row per qualifier, in list order', () => {
    for (const table of [QUALIFIER_LABELS, QUALIFIER_ADVERBS, QUALIFIER_MEANINGS]) expect(Object.keys(table)).toEqual([...QUALIFIERS]);
    expect(QUALIFIER_LABELS.approx).toBe('approximate');
    expect(QUALIFIER_ADVERBS.approx).toBe('approximately');
    expect(Object.keys(STATUS_MEANINGS)).toEqual([...STATUSES]);
  });
});

describe('dates', () => {
  it('writes an ISO date as a reader reads it', () => {
    expect(longDate('2025-02-14')).toBe('February 14, 2025');
    expect(longDate('2026-12-01')).toBe('December 1, 2026');
  });
});

describe('qualifier words', () => {
  it('has a label and an adverb for every qualifier, and passes unknown values through', () => {
    for (const q of QUALIFIERS) {
      expect(QUALIFIER_LABELS[q]).toBeTruthy();
      expect(QUALIFIER_ADVERBS[q]).toBeTruthy();
    }
    expect(qualifierLabel('approx')).toBe('approximate');
    expect(qualifierLabel('someday')).toBe('someday');
    expect(qualifierWords('approx')).toBe('approximately');
    expect(qualifierWords(null)).toBe('exactly');
  });
});

describe('anchors', () => {
  it('turns claim and fact ids into fragment-safe ids', () => {
    expect(claimAnchor('000-ab:p3s1#n1')).toBe('claim-000-ab-p3s1-n1');
    expect(factAnchor('f-cbp personnel/500')).toBe('fact-f-cbp-personnel-500');
  });
});

describe('claim ids', () => {
  it('name their story and sort in reading order, numerically', () => {
    expect(storyOf('000-ab:p3s1#n1')).toBe('000-ab');
    expect(storyOf('000-ab:p3s1')).toBe('000-ab');
    const ids = ['s:p10s1#n1', 's:p2s3#n2', 's:p2s3#n1', 's:p2s10', 's:p2s3'];
    expect([...ids].sort(byReadingOrder)).toEqual(['s:p2s3', 's:p2s3#n1', 's:p2s3#n2', 's:p2s10', 's:p10s1#n1']);
  });
});
