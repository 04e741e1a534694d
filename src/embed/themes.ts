// Forced themes for embeds (?theme=light|dark). The site's stylesheets switch
// colours with `@media (prefers-color-scheme: dark) { :root { --x: … } }`, which
// no attribute can force. This derives, from those same stylesheets, rules that
// apply either set of custom properties under :root[data-theme=…], so the
// colours are defined once (in global.css and the chart styles) and never copied.

/** Top-level blocks of a stylesheet: { prelude, body } with nested braces kept in body. */
function blocks(css: string): { prelude: string; body: string }[] {
  const out: { prelude: string; body: string }[] = [];
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

const ROOT = /^(:root|html)$/;
const DARK = /^@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/;
const LIGHT = /^@media\s*\(\s*prefers-color-scheme\s*:\s*light\s*\)$/;

/** Custom property declarations (`--x: v`) of a rule body, in order. */
function customProps(body: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const decl of body.split(';')) {
    const k = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(decl);
    if (k) m.set(k[1]!, k[2]!);
  }
  return m;
}

/** Light and dark custom properties declared on :root across the given stylesheets. */
export function themeProps(sheets: string[]): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const css of sheets) {
    for (const b of blocks(css)) {
      if (ROOT.test(b.prelude)) for (const [k, v] of customProps(b.body)) light.set(k, v);
      const target = DARK.test(b.prelude) ? dark : LIGHT.test(b.prelude) ? light : null;
      if (!target) continue;
      for (const inner of blocks(b.body)) {
        if (ROOT.test(inner.prelude)) for (const [k, v] of customProps(inner.body)) target.set(k, v);
      }
    }
  }
  return { light, dark };
}

/** CSS forcing each theme by an attribute on <html>, from the sheets' own values. */
export function forcedThemeCss(sheets: string[], attr = 'data-theme'): string {
  const { light, dark } = themeProps(sheets);
  const decls = (m: Map<string, string>) => [...m].map(([k, v]) => `${k}:${v}`).join(';');
  // :root[attr] outranks the plain :root inside the media query, so the forced
  // theme wins whatever the reader's own setting.
  return (
    `:root[${attr}='light']{color-scheme:light;${decls(light)}}\n` +
    `:root[${attr}='dark']{color-scheme:dark;${decls(dark)}}\n`
  );
}
