// Property tests of the MDX writer: whatever text an article holds, the emitted
// MDX compiles, renders each paragraph verbatim, and no element comes from the input.
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { serializeBody, storyToMdx, storyTree, type ChartPlacement } from '../../src/pipeline/emit/mdx.ts';
import type { Article, Claim } from '../../src/pipeline/types.ts';

interface VNode {
  type: unknown;
  props: Record<string, unknown>;
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Record<string, unknown>): VNode => ({ type, props });

/** Renders MDX source to a tiny element tree with a minimal JSX runtime. */
async function render(mdx: string): Promise<VNode> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const mod = await evaluate(body, { Fragment, jsx, jsxs: jsx, jsxDEV: jsx } as never);
  const Content = mod.default as (p: { components: Record<string, unknown> }) => VNode;
  return Content({ components: { Claim: 'x-claim', Chart: 'x-chart' } });
}

function walk(node: unknown, visit: (n: VNode) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (node && typeof node === 'object' && 'props' in node) {
    const v = node as VNode;
    if (typeof v.type === 'function') return walk((v.type as (p: unknown) => unknown)(v.props), visit);
    visit(v);
    walk(v.props.children, visit);
  }
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as VNode).props.children);
  return '';
}

function article(paragraphs: string[], headings: (string | null)[] = []): Article {
  const slug = 'prop';
  return {
    file: 'prop.txt',
    slug,
    headline: 'Headline',
    headlineGenerated: false,
    dek: null,
    dateline: null,
    attribution: {},
    outlet: null,
    url: null,
    byline: null,
    sections: headings.filter((h): h is string => h !== null),
    paragraphs: paragraphs.map((text, i) => ({
      id: `${slug}:p${i + 1}`,
      text,
      section: headings[i] ?? null,
      sentences: [{ id: `${slug}:p${i + 1}s1`, text, start: 0, end: text.length }],
    })),
    period: { from: '2025-01-01', to: '2025-12-31', label: 'estimated: 2025', kind: 'estimated', evidence: [] },
  };
}

const ALLOWED = new Set([String(Fragment), 'p', 'h2', 'x-claim', 'x-chart', 'a', 'em', 'strong']);
const hostile = fc.constantFrom(
  '{', '}', '<', '>', '&', '<!--', '-->', '<script>', '</script>', '`', '```', '$', '$$', '\\', '*', '_', '#', '[', ']', '(', ')',
  'import ', 'export ', 'import x from "y"', 'export const a = 1', '<https://example.com>', '<b', '&amp;', '&#x69;', '|', '~~',
  '😀', 'مرحبا', 'שלום', '\u202e', '\u00a0', '1.', '- ', '> ', '    ', '---', '===', '<Chart id="x" />', '{1+1}', '!', ':',
);
// Paragraph text as the structure stage produces it: one line, trimmed, single spaces.
const paragraphText = fc
  .array(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 12 })), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
  .filter((t) => t.length > 0);

describe('MDX writer', () => {
  it('compiles any paragraph text and renders it verbatim, with no element from the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraphText, { minLength: 1, maxLength: 4 }), async (paras) => {
        const tree = await render(storyToMdx(article(paras), [], []));
        const texts: string[] = [];
        walk(tree, (n) => {
          expect(ALLOWED.has(String(n.type)), `unexpected element ${String(n.type)}`).toBe(true);
          if (n.type === 'p') texts.push(textOf(n.props.children));
        });
        expect(texts).toEqual(paras);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes paragraphs that start with import/export (MDX would read them as ESM)', async () => {
    const paras = ['import x from "y"', 'export default 1', 'important news', 'exports rose'];
    const mdx = storyToMdx(article(paras), [], []);
    expect(mdx).not.toMatch(/^(import|export) /m);
    const texts: string[] = [];
    walk(await render(mdx), (n) => n.type === 'p' && texts.push(textOf(n.props.children)));
    expect(texts).toEqual(paras);
  });

  it('wraps claims in <Claim> and places charts after their paragraph', async () => {
    const a = article(['Some {500} agents <b> were sent.', 'Then import 20,000 troops.'], ['Heading {x}', 'Heading {x}']);
    const claim = (id: string, sid: string, start: number, end: number) =>
      ({ id, sentence_id: sid, start, end }) as unknown as Claim;
    const claims = [claim('c1', 'prop:p1s1', 0, 10), claim('c2', 'prop:p2s1', 12, 18)];
    const placements: ChartPlacement[] = [{ chartId: 'personnel-by-agency', afterParagraph: 'prop:p1' }];
    const nodes: VNode[] = [];
    walk(await render(storyToMdx(a, claims, placements)), (n) => nodes.push(n));
    const claimsOut = nodes.filter((n) => n.type === 'x-claim');
    expect(claimsOut.map((n) => [n.props.id, textOf(n.props.children)])).toEqual([
      ['c1', 'Some {500}'],
      ['c2', '20,000'],
    ]);
    const order = nodes.filter((n) => n.type !== 'x-claim' && n.type !== Fragment).map((n) => String(n.type));
    expect(order).toEqual(['h2', 'p', 'x-chart', 'p']);
    expect(nodes.find((n) => n.type === 'x-chart')!.props).toMatchObject({ id: 'personnel-by-agency', story: 'prop' });
    expect(textOf(nodes.find((n) => n.type === 'h2')!.props.children)).toBe('Heading {x}');
  });

  it('writes frontmatter that survives hostile headlines', () => {
    const a = { ...article(['Body.']), headline: '---\nyes: no\n"quoted" {x} #tag' };
    const mdx = storyToMdx(a, [], []);
    const fm = mdx.split('\n---\n')[0]!;
    expect(fm.split('\n').filter((l) => l === '---')).toHaveLength(1);
  });

  it('escapes exactly as the stock serializer (the fast text handler only skips patterns that cannot match)', () => {
    const esm: Unsafe[] = [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ];
    const claim = (id: string, sid: string, start: number, end: number) => ({ id, sentence_id: sid, start, end }) as unknown as Claim;
    const anyText = fc.oneof(paragraphText, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(60), { maxLength: 6 }), (paras, cuts) => {
        const a = article(paras, paras.map((p, i) => (i % 2 ? p.slice(0, 10) || null : null)));
        // Claims at arbitrary offsets put text nodes next to <Claim> elements.
        const claims = cuts.map((c, k) => claim(`c${k}`, `prop:p${(k % paras.length) + 1}s1`, c % 7, (c % 7) + (c % 5) + 1));
        const tree = storyTree(a, claims, [{ chartId: 'x', afterParagraph: 'prop:p1' }]);
        expect(serializeBody(tree)).toBe(toMarkdown(tree, { extensions: [mdxToMarkdown()], unsafe: esm }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('frontmatter YAML', () => {
  it('is exactly what yaml writes, for any story-shaped data', async () => {
    const { stringify } = await import('yaml');
    const { frontmatterYaml } = await import('../../src/pipeline/emit/mdx.ts');
    const str = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('', ' ', 'yes', 'no', 'null', '~', '---', '...', '- x', 'a: b', '#x', '"q"', 'back\\slash', 'line\nbreak', ' lead', 'trail ', '2025-01-01', '1e3', '0x1F', 'é’—“”…', '\u2028', '\u00a0', '\ud800'),
      // Multi-line strings: yaml folds them over several lines once long enough.
      fc.array(fc.constantFrom('a', ' ', '\n', 'word ', '"', '\\', '\\n', '\t', 'é', '---', '\u0007'), { maxLength: 40 }).map((a) => a.join('')),
    );
    const scalar = fc.oneof(str, fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.constant(-0));
    const flatMap = fc.dictionary(fc.constantFrom('kind', 'text', 'implies', 'date', 'note', 'Key', 'two words'), scalar, { maxKeys: 4 });
    const value = fc.oneof(scalar, fc.array(str, { maxLength: 3 }), fc.array(flatMap, { maxLength: 3 }), fc.dictionary(fc.constantFrom('from', 'to', 'label', 'reported_by', 'cited_sources', 'evidence'), fc.oneof(scalar, fc.array(str, { maxLength: 2 }), fc.array(flatMap, { maxLength: 2 })), { maxKeys: 4 }));
    const doc = fc.dictionary(fc.constantFrom('slug', 'headline', 'dek', 'attribution', 'sections', 'period', 'claims', 'charts', 'corrections', 'x-y', 'undef'), value, { minKeys: 1, maxKeys: 8 });
    fc.assert(
      fc.property(doc, (d) => {
        expect(frontmatterYaml(d)).toBe(stringify(d, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
      }),
      { numRuns: 20000 },
    );
    // Story-shaped data the direct writer takes (identifier keys, no \\u escapes): it must
    // take most of it, and write what yaml writes.
    const { simpleYaml } = await import('../../src/pipeline/emit/mdx.ts');
    const text = fc.array(fc.constantFrom('a', ' ', '\n', 'word ', '"', '\\', '\\n', '\t', 'é', '---', '’', 'x'.repeat(30)), { maxLength: 40 }).map((a) => a.join(''));
    const plain = { noNullPrototype: true };
    const flat2 = fc.dictionary(fc.constantFrom('kind', 'text', 'implies'), fc.oneof(text, fc.constant(null), fc.integer()), { minKeys: 1, maxKeys: 3, ...plain });
    const story = fc.record(
      {
        headline: text,
        dek: fc.oneof(text, fc.constant(null)),
        attribution: fc.dictionary(fc.constantFrom('reported_by', 'cited_sources'), fc.oneof(text, fc.array(fc.constantFrom('a.gov', 'b.com'), { maxLength: 2 })), plain),
        sections: fc.array(fc.constantFrom('Intro', 'What’s next'), { maxLength: 2 }),
        period: fc.record({ from: fc.constant('2025-01-01'), label: text, evidence: fc.array(flat2, { maxLength: 3 }) }, plain),
        claims: fc.nat(),
      },
      plain,
    );
    let direct = 0;
    fc.assert(
      fc.property(story, (d) => {
        const fast = simpleYaml(d);
        if (fast !== null) direct++;
        expect(fast ?? stringify(d, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })).toBe(stringify(d, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
      }),
      { numRuns: 5000 },
    );
    expect(direct).toBeGreaterThan(4000);
    // A repeated object is an anchor and alias in yaml: also handled by yaml.
    const shared = ['a'];
    const d = { a: shared, b: shared, c: {}, e: [{ k: 'v', n: 1 }], f: [] };
    expect(frontmatterYaml(d)).toBe(stringify(d, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
  });
});
