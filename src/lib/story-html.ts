// Story route "tree" (issue 20), rendering: a story's render tree printed as HTML strings, so
// only the nodes the component map gives a component (Claim, Chart) go through Astro's
// component machinery; every other element, mapped to a tag name or not, is printed here.
// Printing uses Astro's own text escaping and attribute rules (escapeHTML, addAttribute,
// voidElementNames from its runtime), so the page is byte for byte what StoryTree.astro
// printed when every element was an Astro component call. hast-util-to-html is not used:
// it escapes text differently (it keeps ' and " as they are; Astro writes &#39; and &quot;).
import { addAttribute, escapeHTML, voidElementNames } from 'astro/runtime/server/index.js';
import { isComponentName, type TreeAttrs, type TreeElement, type TreeNode } from './story-tree.ts';

/** A node the page renders as a component: what the map gave, its attributes and children. */
export interface ComponentPart {
  component: unknown;
  attrs: TreeAttrs;
  children?: TreeNode[];
}
/** A story body in render order: strings are finished HTML, the rest components. */
export type RenderPart = string | ComponentPart;

// Astro's renderComponent gives attributes starting with client: or server: a meaning (hydration,
// islands); an element carrying one is left to Astro so it behaves as before.
const DIRECTIVE = /^(?:client|server):/;

/**
 * What a node's name renders as: the component map's entry (a component, or a tag name that
 * renames it) or the name itself. As in MDX, a lowercase tag written as JSX is not replaced,
 * and a component missing from the map is an error naming it.
 */
export function resolveTarget(name: string, explicitJsx: boolean, components: Record<string, unknown>): unknown {
  const mapped = explicitJsx ? undefined : components[name];
  if (mapped) return mapped;
  if (isComponentName(name)) throw new Error(`story component <${name}> is not in the component map`);
  return name;
}

// Astro's sanitizeElementName (not exported): a tag name is cut at the first unsafe character.
function safeTagName(tag: string): string {
  const unsafe = /[&<>'"\s]+/;
  return unsafe.test(tag) ? tag.trim().split(unsafe)[0]!.trim() : tag;
}

function printable(el: TreeElement, target: unknown): target is string {
  if (typeof target !== 'string') return false;
  // Astro prints a void element as `<br/>` only when its children render to nothing; with
  // children (never made by the parser) that depends on them, so Astro decides.
  if (el.c && voidElementNames.test(target)) return false;
  return !el.a || !Object.keys(el.a).some((k) => DIRECTIVE.test(k));
}

function attributes(attrs: TreeAttrs | undefined, tag: string): string {
  if (!attrs) return '';
  let out = '';
  for (const key of Object.keys(attrs)) out += String(addAttribute(attrs[key], key, true, tag));
  return out;
}

/**
 * A render tree as HTML strings and component parts, adjacent strings joined. A paragraph
 * holding a Claim becomes `<p>text `, the Claim, ` more</p>`: the strings need not be
 * balanced, the page concatenates the parts.
 */
export function renderParts(nodes: readonly TreeNode[], components: Record<string, unknown>): RenderPart[] {
  const parts: RenderPart[] = [];
  let html = '';
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (typeof node === 'string') {
        html += escapeHTML(node);
        continue;
      }
      const target = resolveTarget(node.t, node.x === 1, components);
      if (!printable(node, target)) {
        if (html) parts.push(html);
        html = '';
        parts.push(node.c ? { component: target, attrs: node.a ?? {}, children: node.c } : { component: target, attrs: node.a ?? {} });
        continue;
      }
      const tag = safeTagName(target);
      html += `<${tag}${attributes(node.a, tag)}`;
      if (!node.c) {
        html += voidElementNames.test(tag) ? '/>' : `></${tag}>`;
        continue;
      }
      html += '>';
      walk(node.c);
      html += `</${tag}>`;
    }
  };
  walk(nodes);
  if (html) parts.push(html);
  return parts;
}
