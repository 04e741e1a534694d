import { describe, expect, it } from 'vitest';
import { decodeGoldValue, devSplit, scoreNewsQuant, valuesMatch, DEV_SPLIT_END } from '../../src/pipeline/eval/newsquant.ts';

// Made-up sentences in NewsQuant's format (not from the benchmark).
const gold = [
  { text: 'They sold 12 apples for $3.', quantities: [{ value: '12', normalized_unit: 'apple' }, { value: '3.0', normalized_unit: 'dollar' }] },
  { text: 'Between 5 and 7 km.', quantities: [{ value: '5.0-7.0', normalized_unit: 'kilometre' }] },
  { text: 'No numbers here.', quantities: [] },
];

describe('NewsQuant scoring (as CQE evaluate_models.py)', () => {
  it('decodes ranges and plain values', () => {
    expect(decodeGoldValue('252.0-287.0')).toEqual([252, 287]);
    expect(decodeGoldValue('-3.5')).toBe(-3.5);
    expect(decodeGoldValue('1E-5')).toBe(1e-5);
  });

  it('matches values within numpy.isclose tolerance, ranges only with ranges', () => {
    expect(valuesMatch(1e9, 1e9 + 1)).toBe(true);
    expect(valuesMatch(100, 101)).toBe(false);
    expect(valuesMatch([5, 7], [5, 7])).toBe(true);
    expect(valuesMatch([5, 7], 5)).toBe(false);
  });

  it('a perfect prediction scores 1 at both levels', () => {
    const r = scoreNewsQuant(gold, (t) => (t.startsWith('They') ? [{ value: 12, unit: 'apple' }, { value: 3, unit: 'Dollar' }] : t.startsWith('Between') ? [{ value: [5, 7], unit: 'kilometre' }] : []));
    expect(r.value).toMatchObject({ tp: 3, precision: 1, recall: 1, f1: 1 });
    expect(r.valueUnit.f1).toBe(1);
  });

  it('a right value with the wrong unit counts for value only; extras cost precision', () => {
    const r = scoreNewsQuant(gold, (t) => (t.startsWith('They') ? [{ value: 12, unit: 'apples' }, { value: 3, unit: 'dollar' }, { value: 2019, unit: '-' }] : []));
    expect(r.value.tp).toBe(2);
    expect(r.valueUnit.tp).toBe(1);
    expect(r.value.precision).toBeCloseTo(2 / 3);
    expect(r.value.recall).toBeCloseTo(2 / 3);
  });

  it('counts at most as many value hits as gold quantities in a sentence', () => {
    const one = [{ text: 'x', quantities: [{ value: '4', normalized_unit: 'a' }] }];
    const r = scoreNewsQuant(one, () => [{ value: 4, unit: 'b' }, { value: 4, unit: 'c' }]);
    expect(r.value.tp).toBe(1);
    expect(r.valueUnit.tp).toBe(0);
  });

  it('reads the development split only', () => {
    const data = Array.from({ length: 600 }, (_, i) => ({ text: `s${i}`, quantities: [] }));
    const dev = devSplit(data);
    expect(dev).toHaveLength(DEV_SPLIT_END);
    expect(dev.at(-1)!.text).toBe('s294');
    expect(() => devSplit({})).toThrow(/list/);
  });
});
