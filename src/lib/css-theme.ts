// The site's stylesheets read as data: their top-level blocks and the light and dark custom
// properties declared on :root. Both the forced embed themes and the standalone SVG's inline
// style are derived from these, so that the colours are defined once, in the stylesheets.

export interface CssBlock {
  prelude: string;
  body: string;
}

/** Top-level blocks of a stylesheet, comments removed, nested braces kept in the body. */
export function cssBlocks(css: string): CssBlock[] {
  const out: CssBlock[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    // A prelude starts after the previous block or statement (e.g. `@import …;`).
    const prelude = text.slice(i, open).split(';').pop()!.trim();
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    out.push({ prelude, body: text.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

/** Custom property declarations (`--x: v`) of a rule body, in order. */
export function customProps(body: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const decl of body.split(';')) {
    const k = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(decl);
    if (k) m.set(k[1]!, k[2]!);
  }
  return m;
}

const ROOT = /^(:root|html)$/;
// `screen and` is allowed: a sheet whose dark colours are for screens only still has them.
const DARK = /^@media\s*(?:screen\s+and\s*)?\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/;
const LIGHT = /^@media\s*(?:screen\s+and\s*)?\(\s*prefers-color-scheme\s*:\s*light\s*\)$/;

/** Light and dark custom properties declared on :root across the given stylesheets. */
export function themeProps(sheets: string[]): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const css of sheets) {
    for (const b of cssBlocks(css)) {
      if (ROOT.test(b.prelude)) for (const [k, v] of customProps(b.body)) light.set(k, v);
      const target = DARK.test(b.prelude) ? dark : LIGHT.test(b.prelude) ? light : null;
      if (!target) continue;
      for (const inner of cssBlocks(b.body)) {
        if (ROOT.test(inner.prelude)) for (const [k, v] of customProps(inner.body)) target.set(k, v);
      }
    }
  }
  return { light, dark };
}
