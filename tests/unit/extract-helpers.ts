// Build a minimal Article from sentences for extractor tests (one paragraph per array).
import type { Article, PeriodEstimate } from '../../src/pipeline/types.ts';

export const UNKNOWN: PeriodEstimate = { from: '1900-01-01', to: '2100-12-31', label: 'date unknown', kind: 'unknown', evidence: [] };

export function articleOf(paragraphs: string[][] | string[], period: PeriodEstimate = UNKNOWN, slug = 'test'): Article {
  const paras = (typeof paragraphs[0] === 'string' ? [paragraphs as string[]] : (paragraphs as string[][]));
  return {
    file: `${slug}.txt`,
    slug,
    headline: 'Test',
    headlineGenerated: false,
    dek: null,
    dateline: null,
    attribution: {},
    outlet: null,
    url: null,
    byline: null,
    sections: [],
    period,
    paragraphs: paras.map((sents, pi) => {
      let pos = 0;
      const text = sents.join(' ');
      return {
        id: `${slug}:p${pi + 1}`,
        text,
        section: null,
        sentences: sents.map((t, si) => {
          const start = pos;
          pos += t.length + 1;
          return { id: `${slug}:p${pi + 1}s${si + 1}`, text: t, start, end: start + t.length };
        }),
      };
    }),
  };
}
