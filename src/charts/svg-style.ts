// Inline <style> for a standalone SVG (downloads, PNG rendering): the .chart-svg rules of the
// stylesheets with every var() replaced by its light- (or dark-) theme value, since a file on
// its own has no page stylesheet and renderers such as resvg do not resolve custom properties.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cssBlocks, themeProps } from '../lib/css-theme.ts';

/** The site's stylesheets, read from the project (builds and tests run from the project root). */
export function siteSheets(root = process.cwd()): string[] {
  return ['global.css', 'charts.css'].map((f) => readFileSync(path.join(root, 'src', 'styles', f), 'utf8'));
}

// Rules that draw the chart itself: not the page-width variants, focus rings or highlights.
const isDrawingRule = (prelude: string) =>
  !prelude.startsWith('@') && prelude.includes('.chart-svg') && !/is-(narrow|wide)|:focus|mark/.test(prelude);

/** The sheets' .chart-svg rules, each on one line. */
function chartRules(css: string): string[] {
  return cssBlocks(css)
    .filter((b) => isDrawingRule(b.prelude))
    .map((b) => `${b.prelude.replace(/\s+/g, ' ')}{${b.body.trim().replace(/\s+/g, ' ')}}`);
}

export function standaloneStyle(sheets: string[], theme: 'light' | 'dark' = 'light'): { css: string; bg: string; fg: string } {
  const { light, dark } = themeProps(sheets);
  const vars = theme === 'dark' ? new Map([...light, ...dark]) : light;
  const resolve = (s: string, depth = 0): string =>
    depth > 4 ? s : s.replace(/var\((--[\w-]+)\)/g, (_, k: string) => resolve(vars.get(k) ?? 'currentColor', depth + 1));
  return {
    css: resolve(sheets.flatMap(chartRules).join('')),
    bg: resolve('var(--bg)'),
    fg: resolve('var(--fg)'),
  };
}
