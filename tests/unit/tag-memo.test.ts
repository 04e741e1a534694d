// The tagger's readings are shared across a run (perf14b, kept by perf15): the same tokens for the
// same text whatever was read in between, and each caller gets its own Tok objects.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/extract/quantities.ts';

describe("the tagger's shared readings", () => {
  it('give the same tokens for a text read again after other texts', () => {
    const a = 'The county hired 45 new inspectors after the flood, officials said.';
    const b = 'Nearly 300 volunteers cleared 12 miles of riverbank on Saturday.';
    const first = tokenize(a);
    const firstWindow = tokenize(a, 10, 40);
    tokenize(b);
    tokenize(b, 0, 20);
    expect(tokenize(a)).toEqual(first);
    expect(tokenize(a, 10, 40)).toEqual(firstWindow);
    expect(first.map((t) => t.w).join(' ')).toContain('45 new inspectors');
    expect(first.find((t) => t.w === 'inspectors')?.pos).toBe('NOUN');
  });
  it('hand out fresh tokens: a caller editing one does not change the next reading', () => {
    const text = 'The office processed 1,800 applications in March.';
    const one = tokenize(text);
    one[0]!.w = 'edited';
    one.pop();
    expect(tokenize(text)[0]!.w).toBe('The');
    expect(tokenize(text).length).toBe(one.length + 1);
  });
});
