// print.css must win over global.css whatever order the bundler emits them in: the built
// pages carry global.css after print.css, so a print rule with the same selector as a
// global rule lost (story PDFs cut the numbers table at the page edge; a reader printing in
// dark mode got light-grey text on white paper).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const styles = path.join(import.meta.dirname, '../../src/styles');
const read = (f: string) => readFileSync(path.join(styles, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

interface Rule { media: string; selectors: string[]; decls: { prop: string; important: boolean }[] }

/** Flat rules of a stylesheet, each with the @media prelude it sits in ('' at the top level). */
function rules(css: string): Rule[] {
  const out: Rule[] = [];
  const walk = (text: string, media: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      const prelude = text.slice(i, open).trim();
      let depth = 1, j = open + 1;
      while (j < text.length && depth) { if (text[j] === '{') depth++; else if (text[j] === '}') depth--; j++; }
      const body = text.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) walk(body, prelude);
      else if (!prelude.startsWith('@')) {
        const decls = body.split(';').map((d) => d.trim()).filter((d) => d.includes(':')).map((d) => ({ prop: d.slice(0, d.indexOf(':')).trim(), important: /!important\s*$/.test(d) }));
        out.push({ media, selectors: prelude.split(',').map((s) => s.trim().replace(/\s+/g, ' ')), decls });
      }
      i = j;
    }
  };
  walk(css, '');
  return out;
}

/** overflow and overflow-x, padding and padding-top … set the same thing. */
const sameProperty = (a: string, b: string) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

describe('print.css', () => {
  it('overrides no global.css rule of the same selector without being stronger', () => {
    // global.css rules that also apply on paper: top level, or in a media query that is not screen-only.
    const global = rules(read('global.css')).filter((r) => !/^@media\s+screen\b/.test(r.media));
    const print = rules(read('print.css')).filter((r) => /^@media\s+print\b/.test(r.media));
    expect(print.length).toBeGreaterThan(10);
    const losing: string[] = [];
    for (const p of print) for (const sel of p.selectors) for (const d of p.decls) {
      if (d.important) continue;
      const rival = global.find((g) => g.selectors.includes(sel) && g.decls.some((gd) => sameProperty(gd.prop, d.prop)));
      if (rival) losing.push(`${sel} { ${d.prop} } (global.css ${rival.media || 'top level'})`);
    }
    expect(losing).toEqual([]);
  });

  it('keeps a chart title block whole and with its drawing, and caps the drawing below a page', () => {
    const print = rules(read('print.css')).filter((r) => /^@media\s+print\b/.test(r.media));
    const has = (sel: string, prop: string) => print.some((r) => r.selectors.includes(sel) && r.decls.some((d) => d.prop === prop));
    expect(has('.chart-frame > :has(.chart-title)', 'break-inside')).toBe(true);
    expect(has('.chart-frame > :has(.chart-title)', 'break-after')).toBe(true);
    // The frame itself may break (description and notes overleaf) rather than leave a page blank.
    const frame = /@media print\s*\{[\s\S]*?\.chart-frame\s*\{([^}]*)\}/.exec(read('print.css'))![1]!;
    expect(frame).toMatch(/break-inside:\s*auto/);
    // Letter content height is 279 − 20 − 18 = 241 mm (A4 259 mm; src/pdf/render.ts margins): the drawing plus a title block fits.
    const cap = /\.chart-frame \.chart-svg\s*\{[^}]*max-height:\s*(\d+)mm/.exec(read('print.css'));
    expect(cap).not.toBeNull();
    expect(Number(cap![1])).toBeLessThanOrEqual(215);
  });
  it('gives a sideways-scrolling table a scroll shadow on screens only', () => {
    const screen = rules(read('global.css')).filter((r) => /^@media\s+screen\b/.test(r.media) && r.selectors.includes('.table-scroll'));
    const css = read('global.css');
    expect(screen.some((r) => r.decls.some((d) => d.prop === 'background'))).toBe(true);
    // "local" covers move with the content, "scroll" shadows stay at the edges: both are needed.
    const bg = /@media screen\s*\{\s*\.table-scroll\s*\{([\s\S]*?)\}/.exec(css)![1]!;
    expect(bg.match(/\bno-repeat local\b/g)?.length).toBe(2);
    expect(bg.match(/\bno-repeat scroll\b/g)?.length).toBe(2);
  });
});
