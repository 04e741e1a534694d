// The allocation-free word counter must agree with the word regex on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces, matchKey, ofFolded, wordCount, words } from '../../src/pipeline/text/normalize.ts';

const tricky = fc.constantFrom(...'a漢あア⺀’\'.- \u00AD\u200B\u00A01𝐀ー・々〇ⅫＡé\t'.split(''), '𝐀', '\u{20000}', 'U.S.', "it's");

describe('normalize', () => {
  it('wordCount(s) === words(s).length', () => {
    for (const s of ['漢字abc ab’cd-ef. ⺀x 𝐀𝐁 c 々〇 ・ー ゝ ア', "it's o'clock U.S. 3.5 -x", 'a\u00ADb \u200Bc', '']) expect(wordCount(s)).toBe(words(s).length);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => wordCount(s) === words(s).length), { numRuns: 5000 });
    fc.assert(fc.property(fc.array(tricky, { maxLength: 30 }).map((a) => a.join('')), (s) => wordCount(s) === words(s).length), { numRuns: 5000 });
  });

  it('the folded-text variants agree with the plain ones on folded text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.constantFrom('.', '…', '...', '"', '”', '?', ' ', '\n')), { maxLength: 30 }).map((a) => a.join('')), (s) => {
        const f = foldSpaces(s);
        expect(foldSpaces(f)).toBe(f);
        expect(ofFolded.matchKey(f)).toBe(matchKey(s));
        expect(ofFolded.wordCount(f)).toBe(words(s).length);
      }),
      { numRuns: 3000 },
    );
  });
});
