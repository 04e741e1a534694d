import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/text/sentences.ts';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('does not split after abbreviations and titles', () => {
    expect(texts('Mr. Smith met Sen. Jones and Gen. Lee in St. Louis on Jan. 20. They talked.')).toEqual([
      'Mr. Smith met Sen. Jones and Gen. Lee in St. Louis on Jan. 20.',
      'They talked.',
    ]);
  });
  it('handles "U.S." before names and at a sentence end', () => {
    expect(texts('The U.S. Customs agency grew. It happened in the U.S. The end came later.')).toEqual([
      'The U.S. Customs agency grew.',
      'It happened in the U.S.',
      'The end came later.',
    ]);
    expect(texts('Agents of U.S. Immigration and Customs Enforcement left the U.S.-Mexico border.')).toHaveLength(1);
  });
  it('keeps initials together', () => {
    expect(texts('Vice President J. D. Vance spoke. George W. Bush did not.')).toEqual([
      'Vice President J. D. Vance spoke.',
      'George W. Bush did not.',
    ]);
  });
  it('keeps decimals, numbers and domains', () => {
    expect(texts('Crossings exceeded 2.2 million. Then 237,000 in fiscal 2025, per cbp.gov data.')).toEqual([
      'Crossings exceeded 2.2 million.',
      'Then 237,000 in fiscal 2025, per cbp.gov data.',
    ]);
  });
  it('ends after closing quotes and splits before opening quotes', () => {
    expect(texts('He called it “a very big mistake.” U.S. officials disagreed. “This effort requires time.” She left.')).toEqual([
      'He called it “a very big mistake.”',
      'U.S. officials disagreed.',
      '“This effort requires time.”',
      'She left.',
    ]);
  });
  it('does not split on em dashes, before lower case, or inside ellipses mid-quote', () => {
    expect(texts('Agents seized 204 pounds since October 2019 — nearly the same amount as last year.')).toHaveLength(1);
    expect(texts('“We noted it,” Matthew Albence. the acting director, said.')).toHaveLength(1);
    expect(texts('He paused... and went on. Then he stopped… Nobody spoke.')).toEqual([
      'He paused... and went on.',
      'Then he stopped…',
      'Nobody spoke.',
    ]);
  });
  it('splits on ? and !', () => {
    expect(texts('Is it working? Officials say yes! Critics disagree.')).toHaveLength(3);
  });
  it('offsets slice back to the sentence text, and sentences cover the paragraph', () => {
    const sentence = fc
      .array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { minLength: 3, maxLength: 12 })
      .chain((ws) => fc.constantFrom('.', '!', '?', '.”').map((end) => ws[0]!.toUpperCase() + ws.join(' ').slice(1) + end));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '  ', '\u00a0'), (ss, sep) => {
        const text = ss.join(sep);
        const out = splitSentences(text);
        for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
        // Nothing but white space between sentences: no text lost.
        expect(out.map((s) => s.text).join('')).toBe(text.replace(/[\s\u00a0]+(?=\S)/g, (m, i) => (out.some((s) => s.start === i + m.length) ? '' : m)));
        for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
      }),
      { numRuns: 200 },
    );
  });
  it('a text without terminal punctuation is one sentence', () => {
    expect(splitSentences('A spokesperson declined to comment')).toEqual([{ start: 0, end: 34, text: 'A spokesperson declined to comment' }]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('splitSentences: other scripts', () => {
  it('splits CJK, Arabic and Devanagari sentences', () => {
    expect(texts('边境特工被派往城市。官员周一表示！他们会留下吗？')).toEqual(['边境特工被派往城市。', '官员周一表示！', '他们会留下吗？']);
    expect(texts('هل سيبقون؟ قال المسؤولون ذلك.')).toEqual(['هل سيبقون؟', 'قال المسؤولون ذلك.']);
    expect(texts('एजेंट शहरों में भेजे गए। अधिकारियों ने कहा।')).toHaveLength(2);
  });
});
