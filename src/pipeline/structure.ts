// structure: cleaned lines → Article. STUB — to be replaced (issue 2).
import type { Article, CleanResult, Sidecar } from './types.ts';

export interface StructureInput {
  file: string;
  slug: string;
  cleaned: CleanResult;
  sidecar: Sidecar | null;
}

export function structure({ file, slug, cleaned, sidecar }: StructureInput): Article {
  const paragraphs = cleaned.lines.map((text, i) => ({
    id: `${slug}:p${i + 1}`,
    text,
    section: null,
    sentences: [{ id: `${slug}:p${i + 1}s1`, text, start: 0, end: text.length }],
  }));
  return {
    file,
    slug,
    headline: sidecar?.headline ?? (cleaned.lines[0] ?? file).slice(0, 90),
    headlineGenerated: !sidecar?.headline,
    dek: null,
    dateline: null,
    attribution: {},
    outlet: sidecar?.outlet ?? null,
    url: sidecar?.url ?? null,
    byline: sidecar?.byline ?? null,
    sections: [],
    paragraphs,
    period: { from: '1900-01-01', to: '2100-12-31', label: 'date unknown', kind: 'unknown', evidence: [] },
  };
}
