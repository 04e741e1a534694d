// Build a minimal Article from sentences for extractor tests (one paragraph per array).
import type { Article, PeriodEstimate } from '../../src/pipeline/types.ts';
import { extractArticle, extractClaims } from '../../src/pipeline/extract/index.ts';
import { defaultGazetteer } from '../../src/pipeline/reference/agencies.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { clean } from '../../src/pipeline/clean.ts';

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

// Shorthands the extractor's kind tests share: what each claim is, read from sentences.
export const gaz = defaultGazetteer();
export const claims = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.entity]);
export const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
export const values = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => c.value);
export const reasons = (...sentences: string[]) =>
  extractArticle(articleOf(sentences)).quantities.map((q) => [q.value, q.promoted, q.reason]);
/** Claims of sentences published by `outlet`, as [value, unit, entity]. */
export const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);
/** Claims of sentences found at `url`, as [value, unit, entity]. */
export const onSite = (url: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url, outlet: null }).map((c) => [c.value, c.unit, c.entity]);
/** A whole text cleaned and structured as the pipeline does. */
export const build = (text: string) => structure({ file: 'h.txt', slug: 'h', cleaned: clean(text), sidecar: null, officeholders: [] });
