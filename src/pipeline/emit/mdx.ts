// emit (story): Article + claims + chart placements → MDX source.
// The body is built as an mdast tree and serialised by mdast-util-to-markdown
// with the MDX extension, so every character of the input is escaped by the
// library that also parses it — never by string concatenation.
import type { Heading, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type State, type Unsafe } from 'mdast-util-to-markdown';
import { stringify as stringifyYaml } from 'yaml';
import type { Article, Claim } from '../types.ts';

/** Where a chart goes: after the paragraph with this id. */
export interface ChartPlacement {
  chartId: string;
  afterParagraph: string;
}

// MDX reads a line starting with `import`/`export` as an ES module statement,
// a case mdast-util-mdx does not escape. Encoding the first letter as a
// character reference at a line start keeps the text verbatim.
const esmUnsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

function jsxAttr(name: string, value: string) {
  return { type: 'mdxJsxAttribute' as const, name, value };
}

/** Split a paragraph's text into text nodes and <Claim> elements around each claim's number. */
export function paragraphChildren(
  text: string,
  sentences: Article['paragraphs'][number]['sentences'],
  claimsBySentence: Map<string, Claim[]>,
): PhrasingContent[] {
  const spans: { start: number; end: number; claim: Claim }[] = [];
  for (const s of sentences) {
    for (const c of claimsBySentence.get(s.id) ?? []) {
      const start = s.start + c.start;
      const end = s.start + c.end;
      if (start < 0 || end > text.length || start >= end) continue;
      spans.push({ start, end, claim: c });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhrasingContent[] = [];
  let pos = 0;
  for (const span of spans) {
    if (span.start < pos) continue; // overlapping mention: keep the first, text stays intact
    if (span.start > pos) out.push({ type: 'text', value: text.slice(pos, span.start) });
    const el: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Claim',
      attributes: [jsxAttr('id', span.claim.id)],
      children: [{ type: 'text', value: text.slice(span.start, span.end) }],
    };
    out.push(el);
    pos = span.end;
  }
  if (pos < text.length) out.push({ type: 'text', value: text.slice(pos) });
  return out;
}

export function storyTree(article: Article, claims: Claim[], placements: ChartPlacement[]): Root {
  const claimsBySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = claimsBySentence.get(c.sentence_id) ?? [];
    list.push(c);
    claimsBySentence.set(c.sentence_id, list);
  }
  const chartsAfter = new Map<string, string[]>();
  for (const p of placements) {
    const list = chartsAfter.get(p.afterParagraph) ?? [];
    list.push(p.chartId);
    chartsAfter.set(p.afterParagraph, list);
  }
  const children: RootContent[] = [];
  let section: string | null = null;
  for (const p of article.paragraphs) {
    if (p.section !== section && p.section !== null) {
      const h: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: p.section }] };
      children.push(h);
    }
    section = p.section;
    const para: MdParagraph = { type: 'paragraph', children: paragraphChildren(p.text, p.sentences, claimsBySentence) };
    children.push(para);
    for (const chartId of chartsAfter.get(p.id) ?? []) {
      const chart: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Chart',
        attributes: [jsxAttr('id', chartId), jsxAttr('story', article.slug)],
        children: [],
      };
      children.push(chart);
    }
  }
  return { type: 'root', children };
}

// The library's escaper runs every unsafe pattern's regex (about 85) over every text
// node, which was most of the MDX cost. A pattern can only match where its character
// occurs, so the stock text handler is given just the patterns whose character is in
// the text or the characters around it: the same escapes, computed by the same code.
interface PatternIndex {
  /** Patterns by the char code of their (ASCII) character. */
  ascii: [number, Unsafe[]][];
  other: [string, Unsafe[]][];
}
interface PatternSets {
  /** Every pattern. */
  all: PatternIndex;
  /** Only patterns that can match without a line break (CR or LF) in the subject. */
  inline: PatternIndex;
}
// Patterns whose regex starts or ends with a required [\r\n] (compilePattern puts one
// in front of every atBreak pattern) cannot match text that has no line break.
const needsBreak = (p: Unsafe) => Boolean(p.atBreak) || p.before === '[\\r\\n]' || p.after === '[\\r\\n]';

function indexOf(unsafe: Unsafe[]): PatternIndex {
  const by = new Map<string, Unsafe[]>();
  for (const p of unsafe) by.set(p.character, [...(by.get(p.character) ?? []), p]);
  const index: PatternIndex = { ascii: [], other: [] };
  for (const [ch, list] of by) {
    if (ch.length === 1 && ch.charCodeAt(0) < 128) index.ascii.push([ch.charCodeAt(0), list]);
    else index.other.push([ch, list]);
  }
  return index;
}
const patternSets = new WeakMap<Unsafe[], PatternSets>();
function setsOf(unsafe: Unsafe[]): PatternSets {
  let sets = patternSets.get(unsafe);
  if (!sets) patternSets.set(unsafe, (sets = { all: indexOf(unsafe), inline: indexOf(unsafe.filter((p) => !needsBreak(p))) }));
  return sets;
}

function patternsFor(full: string, unsafe: Unsafe[]): Unsafe[] {
  const seen = new Uint8Array(128);
  for (let i = 0; i < full.length; i++) {
    const c = full.charCodeAt(i);
    if (c < 128) seen[c] = 1;
  }
  const sets = setsOf(unsafe);
  const index = seen[10] === 1 || seen[13] === 1 ? sets.all : sets.inline;
  const out: Unsafe[] = [];
  for (const [code, list] of index.ascii) if (seen[code] === 1) out.push(...list);
  for (const [ch, list] of index.other) if (full.includes(ch)) out.push(...list);
  return out;
}

const text: Handle = (node, parent, state, info) => {
  const scoped: State = Object.create(state);
  scoped.unsafe = patternsFor((info.before || '') + (node as { value: string }).value + (info.after || ''), state.unsafe);
  return defaultHandlers.text(node, parent, scoped, info);
};

export function serializeBody(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown()], unsafe: esmUnsafe, handlers: { text } });
}

/** Frontmatter: the story's metadata, validated on the way in by the content collection schema. */
export function storyFrontmatter(article: Article, extra: Record<string, unknown>): string {
  const data = {
    slug: article.slug,
    file: article.file,
    headline: article.headline,
    headline_generated: article.headlineGenerated,
    dek: article.dek,
    dateline: article.dateline,
    attribution: article.attribution,
    outlet: article.outlet,
    url: article.url,
    byline: article.byline,
    sections: article.sections,
    period: article.period,
    ...extra,
  };
  // Every string double-quoted: Astro's frontmatter parser is YAML 1.1 (dates, yes/no),
  // and lineWidth 0 keeps the output independent of text length.
  return `---\n${stringifyYaml(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n`;
}

export function storyToMdx(
  article: Article,
  claims: Claim[],
  placements: ChartPlacement[],
  extra: Record<string, unknown> = {},
): string {
  return storyFrontmatter(article, extra) + '\n' + serializeBody(storyTree(article, claims, placements));
}
