// The figure fields shared by claims and facts, and the vocabulary they take.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureOf } from '../../src/model/figure.ts';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from '../../src/model/vocabulary.ts';
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
});
