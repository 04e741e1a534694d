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
// the text or the characters around it: the same escapes, computed by the same code
// (the order of the patterns does not change the result).
interface PatternIndex {
  /** The patterns the index was built from (the library copies them into a new array per call). */
  patterns: Unsafe[];
  /** Patterns of letters, digits and space (in nearly every text): always run. */
  always: Unsafe[];
  /** Patterns of every other character, and a scan for those characters. */
  byChar: Map<string, Unsafe[]>;
  scan: RegExp;
}
// Patterns whose regex starts or ends with a required [\r\n] (compilePattern puts one
// in front of every atBreak pattern) cannot match text that has no line break.
const needsBreak = (p: Unsafe) => Boolean(p.atBreak) || p.before === '[\\r\\n]' || p.after === '[\\r\\n]';
const hex = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

function buildIndex(patterns: Unsafe[]): PatternIndex {
  const always: Unsafe[] = [];
  const byChar = new Map<string, Unsafe[]>();
  for (const p of patterns) {
    if (p.character.length !== 1 || /[\p{L}\p{N} ]/u.test(p.character)) always.push(p);
    else byChar.set(p.character, [...(byChar.get(p.character) ?? []), p]);
  }
  const chars = new Set(['\n', '\r', ...byChar.keys()]);
  return { patterns, always, byChar, scan: new RegExp(`[${[...chars].map(hex).join('')}]`, 'g') };
}

let lastIndex: PatternIndex | null = null;
function indexFor(unsafe: Unsafe[]): PatternIndex {
  const same = lastIndex !== null && lastIndex.patterns.length === unsafe.length && unsafe.every((p, i) => p === lastIndex!.patterns[i]);
  if (!same) lastIndex = buildIndex(unsafe);
  return lastIndex!;
}

function patternsFor(full: string, unsafe: Unsafe[]): Unsafe[] {
  const index = indexFor(unsafe);
  const found = new Set(full.match(index.scan));
  const out = [...index.always];
  for (const ch of found) out.push(...(index.byChar.get(ch) ?? []));
  return found.has('\n') || found.has('\r') ? out : out.filter((p) => !needsBreak(p));
}

const text: Handle = (node, parent, state, info) => {
  const scoped: State = Object.create(state);
  scoped.unsafe = patternsFor((info.before || '') + (node as { value: string }).value + (info.after || ''), state.unsafe);
  return defaultHandlers.text(node, parent, scoped, info);
};

// One extension object for every story: its patterns keep their compiled regexes.
const mdxExtension = mdxToMarkdown();

export function serializeBody(tree: Root): string {
  return plainBody(tree) ?? markdownBody(tree);
}

/** The library's serialisation (the reference; plainBody must equal it wherever it answers). */
export function markdownBody(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxExtension], unsafe: esmUnsafe, handlers: { text } });
}

// Characters some unsafe pattern of the library, mdast-util-mdx or esmUnsafe escapes inside a
// paragraph without a line break (the ones escaped only at a line start, "- . ) + = # ~ > i e",
// are left to PLAIN_START), white space other than a space, and control characters.
const PLAIN_TEXT = /^[^\t\n\r\f\v!&*<>[\]\\_`{}~#|=+\u0000-\u001f\u007f]*$/;
// A paragraph opening with a letter other than i and e (ESM statements) escapes nothing at its start.
const PLAIN_START = /^[A-DF-HJ-Za-df-hj-z]/;
const PLAIN_ATTR = /^[\w:#.-]+$/;

/**
 * The body with plain blocks written directly: a paragraph of text and <Claim> elements where
 * no text holds a character the escaper would touch (PLAIN_*), which mdast-util-to-markdown
 * writes as it is, or a <Chart />; other blocks each by the library (root-level blocks are
 * written independently of each other, one blank line apart). Null for a tree with no block
 * or with a block of another type (markdownBody). The library's generic walk was most of the
 * story's cost; a property test keeps the two equal (tests/unit/mdx-plain.test.ts).
 */
export function plainBody(tree: Root): string | null {
  const blocks: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'mdxJsxFlowElement') return null;
    let written = plainBlock(node);
    if (written === null) {
      // (A line break in the text could end the block's own output, which the library's final
      // newline would hide; an empty block leaves the joins to the library.)
      if (hasBreak(node)) return null;
      written = markdownBody({ type: 'root', children: [node] }).replace(/\n$/, '');
      if (written === '') return null;
    }
    blocks.push(written);
  }
  return blocks.length ? blocks.join('\n\n') + '\n' : null;
}

function hasBreak(node: { value?: unknown; children?: unknown[] }): boolean {
  return (typeof node.value === 'string' && /[\r\n]/.test(node.value)) || (node.children ?? []).some((c) => hasBreak(c as typeof node));
}

function plainBlock(node: MdParagraph | MdxJsxFlowElement): string | null {
  if (node.type === 'mdxJsxFlowElement') {
    if (node.name !== 'Chart' || node.children.length) return null;
    let out = '<Chart';
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string' || !PLAIN_ATTR.test(a.name) || !PLAIN_ATTR.test(a.value)) return null;
      out += ` ${a.name}="${a.value}"`;
    }
    return out + ' />';
  }
  const first = node.children[0];
  const last = node.children.at(-1);
  if (first?.type !== 'text' || !PLAIN_START.test(first.value) || last?.type !== 'text' || /\s$/.test(last.value)) return null;
  let out = '';
  for (const c of node.children) {
    if (c.type === 'text') {
      if (!PLAIN_TEXT.test(c.value)) return null;
      out += c.value;
      continue;
    }
    if (c.type !== 'mdxJsxTextElement' || c.name !== 'Claim' || c.attributes.length !== 1 || c.children.length !== 1) return null;
    const a = c.attributes[0]!;
    const t = c.children[0]!;
    if (a.type !== 'mdxJsxAttribute' || a.name !== 'id' || typeof a.value !== 'string' || !PLAIN_ATTR.test(a.value)) return null;
    if (t.type !== 'text' || !PLAIN_TEXT.test(t.value) || t.value === '' || /^\s|\s$/.test(t.value)) return null;
    out += `<Claim id="${a.value}">${t.value}</Claim>`;
  }
  return out;
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
  return `---\n${frontmatterYaml(data)}---\n`;
}

// Every string double-quoted: Astro's frontmatter parser is YAML 1.1 (dates, yes/no),
// and lineWidth 0 keeps the output independent of text length.
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** yaml's output for `data` (YAML_OPTIONS); the common case written directly (see simpleYaml). */
export function frontmatterYaml(data: Record<string, unknown>): string {
  return simpleYaml(data) ?? stringifyYaml(data, YAML_OPTIONS);
}

/**
 * yaml's doubleQuotedString (yaml 2.9, lineWidth 0, a map value) for a JSON string with
 * escapes: a line break becomes an escaped one plus a real one (so the text reads over
 * several lines), spaces next to it are escaped. \\u escapes, which yaml rewrites, give null.
 */
function doubleQuoted(json: string, indent: string): string | null {
  let str = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // space before newline needs to be escaped to not be folded
      str += json.slice(start, i) + '\\ ';
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch !== '\\') continue;
    if (json[i + 1] === 'u') return null;
    if (json[i + 1] !== 'n' || json[i + 2] === '"' || json.length < 40) {
      i += 1;
      continue;
    }
    str += json.slice(start, i) + '\n\n';
    while (json[i + 2] === '\\' && json[i + 3] === 'n' && json[i + 4] !== '"') {
      str += '\n';
      i += 2;
    }
    str += indent;
    // space after newline needs to be escaped to not be folded
    if (json[i + 2] === ' ') str += '\\';
    i += 1;
    start = i + 1;
  }
  return start ? str + json.slice(start) : json;
}

/**
 * The frontmatter as yaml writes it with YAML_OPTIONS, for the shapes stories have:
 * block maps and sequences of scalars or of flat maps, identifier keys, integers,
 * and strings whose JSON form has no escape (yaml's double-quoted string is then the
 * JSON string). Anything else returns null and goes to yaml itself: the library cost
 * about a fifth of the story's serialisation for a dozen lines.
 */
export function simpleYaml(data: Record<string, unknown>): string | null {
  const seen = new Set<object>(); // yaml writes a repeated object as an anchor and alias
  // `indent`: where yaml continues a multi-line string (a map value: its pair's indent + 2);
  // null in sequences, where only strings without escapes are written here.
  const scalar = (v: unknown, indent: string | null): string | null => {
    if (v === null) return 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : null;
    if (typeof v === 'string') {
      const json = JSON.stringify(v);
      if (!json.includes('\\')) return json;
      return indent === null ? null : doubleQuoted(json, indent);
    }
    return null;
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
  const KEY = /^[a-z_]+$/;
  const lines: string[] = [];
  // A map's pairs; `first` is the prefix of the first line ("- " in a sequence).
  const map = (m: Record<string, unknown>, indent: string, first: string): boolean => {
    if (seen.has(m)) return false;
    seen.add(m);
    let prefix = first;
    for (const [k, v] of Object.entries(m)) {
      if (!KEY.test(k) || v === undefined) return false;
      const head = `${prefix}${k}:`;
      prefix = indent;
      if (Array.isArray(v)) {
        if (seen.has(v)) return false;
        seen.add(v);
        if (v.length === 0) {
          lines.push(`${head} []`);
          continue;
        }
        lines.push(head);
        for (const item of v) {
          if (isObject(item)) {
            if (Object.keys(item).length === 0 || !flat(item) || !map(item, `${indent}    `, `${indent}  - `)) return false;
          } else {
            const x = scalar(item, null);
            if (x === null) return false;
            lines.push(`${indent}  - ${x}`);
          }
        }
      } else if (isObject(v)) {
        if (Object.keys(v).length === 0) {
          if (seen.has(v)) return false;
          seen.add(v);
          lines.push(`${head} {}`);
        } else {
          lines.push(head);
          if (!map(v, `${indent}  `, `${indent}  `)) return false;
        }
      } else {
        const x = scalar(v, `${indent}  `);
        if (x === null) return false;
        lines.push(`${head} ${x}`);
      }
    }
    return true;
  };
  // Maps inside sequences are written only with scalar values.
  const flat = (m: Record<string, unknown>) => Object.values(m).every((v) => v === null || typeof v !== 'object');
  if (!isObject(data) || Object.keys(data).length === 0 || !map(data, '', '')) return null;
  return lines.join('\n') + '\n';
}

export function storyToMdx(
  article: Article,
  claims: Claim[],
  placements: ChartPlacement[],
  extra: Record<string, unknown> = {},
): string {
  return storyFrontmatter(article, extra) + '\n' + serializeBody(storyTree(article, claims, placements));
}
