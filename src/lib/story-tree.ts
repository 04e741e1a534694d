// Story route "tree" (issue 20): an MDX story parsed to a small render tree at content-load
// time, so that pages render it through a component map instead of compiling one Vite module
// per story. Parsing follows the MDX route's own steps (micromark + MDX + GFM syntax,
// mdast-util-to-hast, Astro's heading ids) so both routes print the same HTML.
// The tree route cannot run JavaScript: an MDX expression or import/export in a story is an
// error naming the file (the MDX route, SURGE_STORY_ROUTE unset, still renders it).
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { find, html } from 'property-information';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';

/** Attribute values as Astro renders them: true prints the bare name, false/undefined nothing. */
export type TreeAttrs = Record<string, string | number | boolean>;
/**
 * A node to render: a string is text; `t` is an HTML tag name, or a component's name when it
 * starts with a capital letter (MDX's rule); `a` its attributes; `c` its children.
 */
export type TreeNode = string | { t: string; a?: TreeAttrs; c?: TreeNode[] };

const MDX_NODES: ('mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm')[] = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

export class StoryTreeError extends Error {}

/** Frontmatter and body of an .mdx file, split as @astrojs/mdx does (body trimmed). */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { data: {}, body: source.trim() };
  const data: unknown = parseYaml(m[1]!);
  return { data: (data && typeof data === 'object' ? data : {}) as Record<string, unknown>, body: source.slice(m[0].length).trim() };
}

export function parseMdx(body: string): MdastRoot {
  return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}

/** An MDX expression that is only a comment (`{/* … *\/}`) renders nothing. */
function isEmptyExpression(node: { data?: { estree?: { body?: unknown[] } | null } }): boolean {
  return (node.data?.estree?.body?.length ?? 0) === 0;
}

function attrValue(name: string, value: unknown): string | number | boolean {
  if (Array.isArray(value)) return value.join(find(html, name).commaSeparated ? ', ' : ' ');
  return value as string | number | boolean;
}

function jsxAttrs(attrs: (MdxJsxAttribute | MdxJsxExpressionAttribute)[], where: string): TreeAttrs {
  const out: TreeAttrs = {};
  for (const a of attrs) {
    if (a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string')) {
      throw new StoryTreeError(`${where}: a JSX attribute with an expression needs the MDX route`);
    }
    out[a.name] = a.value ?? true;
  }
  return out;
}

function convert(node: HastContent | ElementContent, where: string): TreeNode[] {
  switch (node.type) {
    case 'text':
      return node.value === '' ? [] : [node.value];
    case 'element': {
      const el = node as Element;
      const a: TreeAttrs = {};
      for (const [key, value] of Object.entries(el.properties ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        const attr = find(html, key).attribute;
        a[attr] = attrValue(key, value);
      }
      return [compact(el.tagName, a, el.children, where)];
    }
    case 'comment':
    case 'doctype':
      return [];
    default: {
      const n = node as unknown as { type: string; name?: string | null; attributes?: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]; children?: ElementContent[]; data?: { estree?: { body?: unknown[] } | null } };
      if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
        // A fragment (<>…</>) renders its children.
        if (!n.name) return (n.children ?? []).flatMap((c) => convert(c, where));
        return [compact(n.name, jsxAttrs(n.attributes ?? [], where), n.children ?? [], where)];
      }
      if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && isEmptyExpression(n)) return [];
      if (n.type === 'raw') throw new StoryTreeError(`${where}: raw HTML needs the MDX route`);
      throw new StoryTreeError(`${where}: ${n.type === 'mdxjsEsm' ? 'import/export' : n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' ? 'a {…} expression' : n.type} needs the MDX route (SURGE_STORY_ROUTE unset)`);
    }
  }
}

function compact(t: string, a: TreeAttrs, children: ElementContent[], where: string): TreeNode {
  const c = children.flatMap((child) => convert(child, where));
  const node: { t: string; a?: TreeAttrs; c?: TreeNode[] } = { t };
  if (Object.keys(a).length > 0) node.a = a;
  if (c.length > 0) node.c = c;
  return node;
}

/** An MDX body as render nodes; `where` names the file in errors. */
export function storyTree(body: string, where: string): TreeNode[] {
  const mdast = parseMdx(body);
  const hast = toHast(mdast, { passThrough: MDX_NODES }) as HastRoot;
  // Astro's MDX route gives headings ids with github-slugger; the same plugin does it here.
  // It reads the file name to know the text is MDX.
  const file = { history: [where.endsWith('.mdx') ? where : `${where}.mdx`], data: {} };
  (rehypeHeadingIds() as unknown as (tree: HastRoot, f: typeof file) => void)(hast, file);
  return hast.children.flatMap((child) => convert(child, where));
}

/** Whether a render node's name is a component's (MDX: a capital first letter, or a dotted name). */
export function isComponentName(t: string): boolean {
  return /^[A-Z]/.test(t) || t.includes('.');
}
