// Visible text and simple element queries on built HTML pages (hast, no browser).
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';

export function parsePage(html: string): Root {
  return fromHtml(html);
}

/** All elements matching `test`, in document order. */
export function findAll(node: Root | Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') {
      if (test(n)) out.push(n);
      // <template> content lives in n.content
      const content = (n as Element & { content?: Root }).content;
      if (content) walk(content);
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return out;
}

export const hasClass = (el: Element, cls: string) => {
  const c = el.properties?.className;
  return Array.isArray(c) && c.map(String).includes(cls);
};

/** Rendered text (as innerText: no script, style, head), white space and no-break spaces folded. */
export function visibleText(node: Root | Element): string {
  return fold(toText(node));
}

export function fold(s: string): string {
  return s.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/\s+/g, ' ').trim();
}
