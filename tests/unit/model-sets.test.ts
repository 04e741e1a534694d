// The sets of the line and headline models (src/cli/model-sets.ts) and line-model.ts's --first-run
// spec: a backstop for a set's first run is trained on the sets that existed before it, never on a
// wrong list when the name is mistyped or not (yet) among the sets.
import { describe, expect, it } from 'vitest';
import { MESSY_SETS, parseFirstRun, setsBefore } from '../../src/cli/model-sets.ts';

describe('model sets', () => {
  it('names each set once, never a blind set being written', () => {
    expect(new Set(MESSY_SETS).size).toBe(MESSY_SETS.length);
    expect(MESSY_SETS).not.toContain('blind12');
  });
  it('trains a first run’s backstop on the sets before it only', () => {
    expect(setsBefore('blind3', ['.', 'holdout', 'blind2', 'blind3', 'blind4'])).toEqual(['.', 'holdout', 'blind2']);
    expect(setsBefore('blind9')).not.toContain('blind9');
    expect(setsBefore('blind9')).not.toContain('blind10');
  });
  it('refuses a set it does not name (it trained on every set but the last, the named one missing)', () => {
    expect(() => setsBefore('blind99', ['.', 'holdout', 'blind2'])).toThrow(/blind99/);
    expect(() => setsBefore('Blind10')).toThrow();
  });
  it('refuses the first set: nothing existed before it to train on', () => {
    expect(() => setsBefore('.', ['.', 'holdout'])).toThrow();
  });
  it('reads the spec at its first "=": a path may hold one', () => {
    expect(parseFirstRun('blind10=/tmp/kept=v2.json')).toEqual({ set: 'blind10', file: '/tmp/kept=v2.json' });
    expect(() => parseFirstRun('blind10')).toThrow(/=/);
    expect(() => parseFirstRun('=/tmp/kept.json')).toThrow();
    expect(() => parseFirstRun('blind10=')).toThrow();
  });
});
