// Inline <style> for a standalone SVG (downloads, PNG rendering): the .chart-svg rules of the
// stylesheets with every var() replaced by its light- (or dark-) theme value, since a file on
// its own has no page stylesheet and renderers such as resvg do not resolve custom properties.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The site's stylesheets, read from the project (builds and tests run from the project root). */
export function siteSheets(root = process.cwd()): string[] {
  return ['global.css', 'charts.css'].map((f) => readFileSync(path.join(root, 'src', 'styles', f), 'utf8'));
}

interface Parts {
  root: string;
  dark: string;
  rules: string[];
}

function split(css: string): Parts {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Parts = { root: '', dark: '', rules: [] };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).split(';').pop()!.trim();
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    const body = text.slice(open + 1, j - 1);
    if (prelude === ':root') out.root += `;${body}`;
    else if (/prefers-color-scheme:\s*dark/.test(prelude)) out.dark += `;${body.replace(/^[\s\S]*?\{([\s\S]*)\}[\s\S]*$/, '$1')}`;
    else if (!prelude.startsWith('@') && prelude.includes('.chart-svg') && !/is-(narrow|wide)|:focus|mark/.test(prelude)) out.rules.push(`${prelude.replace(/\s+/g, ' ')}{${body.trim().replace(/\s+/g, ' ')}}`);
    i = j;
  }
  return out;
}

function props(body: string, into: Map<string, string>) {
  for (const decl of body.split(';')) {
    const m = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(decl);
    if (m) into.set(m[1]!, m[2]!);
  }
}

export function standaloneStyle(sheets: string[], theme: 'light' | 'dark' = 'light'): { css: string; bg: string; fg: string } {
  const vars = new Map<string, string>();
  const parts = sheets.map(split);
  for (const p of parts) props(p.root, vars);
  if (theme === 'dark') for (const p of parts) props(p.dark, vars);
  const resolve = (s: string, depth = 0): string =>
    depth > 4 ? s : s.replace(/var\((--[\w-]+)\)/g, (_, k: string) => resolve(vars.get(k) ?? 'currentColor', depth + 1));
  return {
    css: resolve(parts.flatMap((p) => p.rules).join('')),
    bg: resolve('var(--bg)'),
    fg: resolve('var(--fg)'),
  };
}
