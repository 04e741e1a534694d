// Story route "tree" (issue 20): an MDX story parsed to a small render tree at content-load
// time, so that pages render it through a component map instead of compiling one Vite module
// per story. Parsing follows the MDX route's own steps (micromark + MDX + GFM syntax,
// mdast-util-to-hast, Astro's heading ids) so both routes print the same HTML.
// The tree route cannot run JavaScript: an MDX expression or import/export in a story is an
// error naming the file (the MDX route, SURGE_STORY_ROUTE unset, still renders it).
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Paragraph, Parent as MdastParent, Root as MdastRoot, RootContent as MdastContent } from 'mdast';
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
export type TreeNode = string | TreeElement;
/** `x`: written as JSX in the file (MDX gives such tags to the component map only if capitalised). */
export interface TreeElement { t: string; a?: TreeAttrs; c?: TreeNode[]; x?: 1 }
/** A hast transformer run after the tree is built (the loader passes Astro's code highlighter). */
export type HastTransform = (tree: HastRoot) => Promise<void> | void;

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

// MDX's remark-mark-and-unravel: a paragraph holding only JSX (and white space), like a one-line
// <div>…</div>, is not a paragraph but the JSX itself, as flow content.
function unravel(parent: MdastParent): void {
  const out: MdastContent[] = [];
  for (const child of parent.children as MdastContent[]) {
    if (child.type === 'paragraph' && onlyJsx(child)) {
      for (const c of child.children) {
        if (c.type === 'text' && /^[\t\r\n ]+$/.test(c.value)) continue;
        (c as { type: string }).type = c.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : c.type === 'mdxTextExpression' ? 'mdxFlowExpression' : c.type;
        out.push(c as MdastContent);
      }
      continue;
    }
    if ('children' in child) unravel(child as MdastParent);
    out.push(child);
  }
  (parent as { children: MdastContent[] }).children = out;
}
function onlyJsx(p: Paragraph): boolean {
  let jsx = false;
  for (const c of p.children) {
    if (c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression') jsx = true;
    else if (!(c.type === 'text' && c.value.replace(/[\t\n\f\r ]+/g, '') === '')) return false;
  }
  return jsx;
}

/** An MDX expression that is only a comment (`{/* … *\/}`) renders nothing. */
function isEmptyExpression(node: { data?: { estree?: { body?: unknown[] } | null } }): boolean {
  return (node.data?.estree?.body?.length ?? 0) === 0;
}

// MDX's JSX gives `true` to a property without a value; Astro prints it bare when it is an HTML
// boolean attribute and the empty string prints bare for the others (data-footnote-ref).
function attrValue(name: string, value: unknown): string | number | boolean {
  const info = find(html, name);
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ', ' : ' ');
  if (value === true) return info.boolean ? true : '';
  if (info.attribute === 'style' && typeof value === 'string') return styleText(value);
  return value as string | number | boolean;
}

// MDX turns a style string into an object and Astro prints it back as `name:value;…`.
function styleText(style: string): string {
  return style.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const i = d.indexOf(':');
    return i < 0 ? d : `${d.slice(0, i).trim().toLowerCase()}:${d.slice(i + 1).trim()}`;
  }).join(';');
}

// MDX's JSX has no white space between table rows and cells, and a cell's align is a style.
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

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
      let align: string | null = null;
      for (const [key, value] of Object.entries(el.properties ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'align' && (el.tagName === 'td' || el.tagName === 'th')) { align = String(value); continue; }
        a[find(html, key).attribute] = attrValue(key, value);
      }
      if (align !== null) a.style = typeof a.style === 'string' && a.style ? `${a.style};text-align:${align}` : `text-align:${align}`;
      const children = TABLE_PARTS.has(el.tagName) ? el.children.filter((c) => !(c.type === 'text' && c.value === '\n')) : el.children;
      return [compact(el.tagName, a, children, where)];
    }
    case 'comment':
    case 'doctype':
      return [];
    default: {
      const n = node as unknown as { type: string; name?: string | null; attributes?: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]; children?: ElementContent[]; data?: { estree?: { body?: unknown[] } | null } };
      if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
        // A fragment (<>…</>) renders its children.
        if (!n.name) return (n.children ?? []).flatMap((c) => convert(c, where));
        const el = compact(n.name, jsxAttrs(n.attributes ?? [], where), n.children ?? [], where);
        if (!isComponentName(n.name)) el.x = 1;
        return [el];
      }
      if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && isEmptyExpression(n)) return [];
      if (n.type === 'raw') throw new StoryTreeError(`${where}: raw HTML needs the MDX route`);
      throw new StoryTreeError(`${where}: ${n.type === 'mdxjsEsm' ? 'import/export' : n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' ? 'a {…} expression' : n.type} needs the MDX route (SURGE_STORY_ROUTE unset)`);
    }
  }
}

function compact(t: string, a: TreeAttrs, children: ElementContent[], where: string): TreeElement {
  const c = children.flatMap((child) => convert(child, where));
  const node: TreeElement = { t };
  if (Object.keys(a).length > 0) node.a = a;
  if (c.length > 0) node.c = c;
  return node;
}

/** An MDX body as render nodes; `where` names the file in errors; `highlight` colours code blocks. */
export async function storyTree(body: string, where: string, highlight?: HastTransform): Promise<TreeNode[]> {
  const mdast = parseMdx(body);
  unravel(mdast);
  const hast = toHast(mdast, { passThrough: MDX_NODES }) as HastRoot;
  // Only a story with a code block pays for the highlighter.
  if (highlight && hasCode(hast)) await highlight(hast);
  // Astro's MDX route gives headings ids with github-slugger; the same plugin does it here.
  // It reads the file name to know the text is MDX.
  const file = { history: [where.endsWith('.mdx') ? where : `${where}.mdx`], data: {} };
  (rehypeHeadingIds() as unknown as (tree: HastRoot, f: typeof file) => void)(hast, file);
  return hast.children.flatMap((child) => convert(child, where));
}

function hasCode(node: HastRoot | ElementContent): boolean {
  if (node.type === 'element' && node.tagName === 'pre') return true;
  return 'children' in node && (node.children as ElementContent[]).some(hasCode);
}

/** Whether a render node's name is a component's (MDX: a capital first letter, or a dotted name). */
export function isComponentName(t: string): boolean {
  return /^[A-Z]/.test(t) || t.includes('.');
}
