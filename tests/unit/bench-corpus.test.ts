// The benchmark corpus must be reproducible (same seed → same bytes) and
// realistic enough to exercise the pipeline: 400–1,500 words, web boilerplate,
// figures in most articles.
import { describe, expect, it } from 'vitest';
import { MAX_WORDS, MIN_WORDS, generateArticle, generateCorpus, wordCount } from '../../bench/corpus.ts';
import { textToMdx } from '../../bench/floor.ts';

const BOILERPLATE = [
  /^Related (Articles|Stories)$/m,
  /^More from /m,
  /^Leave a Reply$/m,
  /^You May Also Like$/m,
  /^Advertisement$/m,
  /^[a-z.]+\.(gov|org|com|edu)$/m,
  /^This article originally appeared in /m,
  /^(Connect with us|Skip to content|Home)$/m,
];

describe('bench corpus', () => {
  const a = generateCorpus(7, 120);

  it('is deterministic: same seed gives the same bytes and names', () => {
    const b = generateCorpus(7, 120);
    expect(b.map((x) => x.name)).toEqual(a.map((x) => x.name));
    expect(b.map((x) => x.text).join('\u0000')).toBe(a.map((x) => x.text).join('\u0000'));
  });

  it('article i does not depend on corpus size, and seeds differ', () => {
    expect(generateArticle(7, 42).text).toBe(a[42]!.text);
    expect(generateArticle(8, 42).text).not.toBe(a[42]!.text);
    expect(new Set(a.map((x) => x.text)).size).toBe(a.length);
    expect(new Set(a.map((x) => x.name)).size).toBe(a.length);
  });

  it('every article has 400–1,500 words', () => {
    for (const x of generateCorpus(3, 300)) {
      expect(x.words).toBe(wordCount(x.text));
      expect(x.words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(x.words).toBeLessThanOrEqual(MAX_WORDS);
    }
  });

  it('carries web boilerplate of several kinds and figures like the seeds', () => {
    const withBoiler = a.filter((x) => BOILERPLATE.some((re) => re.test(x.text)));
    expect(withBoiler.length / a.length).toBeGreaterThan(0.6);
    for (const re of BOILERPLATE) expect(a.some((x) => re.test(x.text)), String(re)).toBe(true);
    // Figures with agencies, qualifiers and fiscal years appear across the corpus.
    const all = a.map((x) => x.text).join('\n');
    expect(all).toMatch(/\b(about|nearly|more than|roughly|up to) \d{1,3}(,\d{3})* (agents|officers|personnel|troops)/);
    expect(all).toMatch(/fiscal year 20\d\d/i);
    expect(all).toMatch(/\b(two|three|four|several) sources\b/i);
    for (const x of a) {
      const numbers = x.text.match(/\b\d[\d,]*\b/g) ?? [];
      expect(numbers.length).toBeGreaterThan(2);
    }
  });

  it('floor MDX escapes syntax so any line stays text', () => {
    const mdx = textToMdx('T', 'import x from "y"\n{a} <b> *c* # d\n- e');
    expect(mdx).toContain('&#105;mport x');
    expect(mdx).toContain('&#123;a&#125; &#60;b&#62; \\*c\\* # d');
    expect(mdx).toContain('\\- e');
  });
});
