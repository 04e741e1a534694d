// The messy scorer on a page with no headline line (label `headline_absent`): the right headline
// is one generated from the article's own text, never a line of the page taken as the headline,
// never one generated from a chrome line. Pages written for this test.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { absentHeadlineRight, formatMessy, scorePage, type MessyLabel } from '../../src/pipeline/eval/messy.ts';

const post = 'Deputies from Granite County cleared 14 flooded roads overnight and moved 60 families to the school gym, the sheriff said on Sunday.';
const note = 'From our notes: the county’s own account of the night is pasted below as they wrote it.';
const label: MessyLabel = { outlet: 't', headline: 'Granite County Deputies Clear Flooded Roads', headline_absent: true, dek: null, must_drop: ['Follow the desk for more'], must_keep: [note, post] };
const articleOf = (text: string) => {
  const cleaned = clean(text);
  return { cleaned, article: structure({ file: 't.txt', slug: 't', cleaned, sidecar: null, officeholders: [] }) };
};

describe('headline_absent pages', () => {
  it('a headline generated from a must_keep line is right', () => {
    const { cleaned, article } = articleOf([note, post].join('\n'));
    expect(article.headlineGenerated).toBe(true);
    expect(scorePage('t.txt', label, cleaned, article).headlineRight).toBe(true);
  });
  it('a headline generated from a chrome line, or a line taken as the headline, is wrong', () => {
    const a = { headline: 'Follow the desk for more', headlineGenerated: true } as Parameters<typeof absentHeadlineRight>[1];
    expect(absentHeadlineRight(label, a)).toBe(false);
    const taken = { headline: 'From our notes', headlineGenerated: false } as Parameters<typeof absentHeadlineRight>[1];
    expect(absentHeadlineRight(label, taken)).toBe(false);
  });
  it('the report names what was wanted, not the label\'s title', () => {
    const { cleaned, article } = articleOf(['Follow the desk for more', post].join('\n'));
    const page = { ...scorePage('t.txt', label, cleaned, article), headlineRight: false };
    const r = { pages: [page], chrome: { total: 1, removed: 1, rate: 1 }, body: { total: 2, kept: 2, rate: 1 }, headlines: { total: 1, right: 0, rate: 0 }, chromeClaims: 0 };
    expect(formatMessy(r)).toContain('want "(none on the page: one generated from the text)"');
  });
  it('a labelled headline is scored as before', () => {
    const { cleaned, article } = articleOf([note, post].join('\n'));
    expect(scorePage('t.txt', { ...label, headline_absent: false }, cleaned, article).headlineRight).toBe(false);
  });
});
