// The methodology page's word tables, read from the extractor's own cue tables.
import { describe, expect, it } from 'vitest';
import { qualifierWords, statusWords, unitWords } from '../../src/lib/pipeline-config.ts';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from '../../src/model/vocabulary.ts';

const keys = (t: { key: string }[]) => t.map((r) => r.key);
const inOrder = (got: string[], order: readonly string[]) => got.every((k, i) => i === 0 || order.indexOf(got[i - 1]!) < order.indexOf(k));

describe('methodology word tables', () => {
  it('keys every table by the vocabulary, in its order', () => {
    for (const [t, order] of [[qualifierWords(), QUALIFIERS], [statusWords(), STATUSES], [unitWords(), UNIT_FAMILIES]] as const) {
      expect(t.length).toBeGreaterThan(0);
      for (const k of keys(t)) expect(order).toContain(k);
      expect(inOrder(keys(t), order)).toBe(true);
    }
  });
  it('lists the words before a number and, marked "N", those after it', () => {
    const approx = qualifierWords().find((r) => r.key === 'approx')!.words;
    expect(approx).toContain('around');
    expect(approx.some((w) => w.startsWith('N '))).toBe(true);
  });
  it('names each unit once, by its plural', () => {
    const personnel = unitWords().find((r) => r.key === 'personnel')!.words;
    expect(new Set(personnel).size).toBe(personnel.length);
    expect(personnel).toEqual([...personnel].sort());
  });
});
