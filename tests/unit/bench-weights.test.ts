// Page-weight accounting of the benchmark on a tiny hand-made dist/: external
// and inline CSS/JS, Latin-only font subsets, JSON-LD not counted as script,
// requests counted once per file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureDist, measurePage } from '../../bench/weights.ts';

const CSS = `@font-face{font-family:X;src:url(/_astro/x-latin.woff2)format("woff2");unicode-range:U+0000-00FF}
@font-face{font-family:X;src:url(/_astro/x-cyrillic.woff2)format("woff2");unicode-range:U+0400-045F}
body{color:red}`;

function fixture(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'bench-weights-'));
  mkdirSync(path.join(dist, '_astro'));
  mkdirSync(path.join(dist, 'stories/a'), { recursive: true });
  writeFileSync(path.join(dist, '_astro/site.css'), CSS);
  writeFileSync(path.join(dist, '_astro/app.js'), 'import "./chunk.js";console.log(1)');
  writeFileSync(path.join(dist, '_astro/chunk.js'), 'export const a = 1;');
  writeFileSync(path.join(dist, '_astro/x-latin.woff2'), Buffer.alloc(1000, 1));
  writeFileSync(path.join(dist, '_astro/x-cyrillic.woff2'), Buffer.alloc(5000, 1));
  const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel=stylesheet href="/_astro/site.css">
<style>p{margin:0}</style>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script type="module" src="/_astro/app.js"></script>
<script>window.x=1</script>
</head><body><p>Hello</p></body></html>`;
  writeFileSync(path.join(dist, 'index.html'), html);
  writeFileSync(path.join(dist, 'stories/a/index.html'), html);
  return dist;
}

describe('bench page weights', () => {
  it('follows stylesheets, scripts with their imports, inline parts and Latin fonts', () => {
    const dist = fixture();
    const w = measurePage(dist, path.join(dist, 'index.html'));
    // html + site.css (once) + app.js + chunk.js + latin font = 5 requests.
    expect(w.requests).toBe(5);
    expect(w.fonts.raw).toBe(1000);
    expect(w.inlineCss.raw).toBe('p{margin:0}'.length);
    expect(w.inlineJs.raw).toBe('window.x=1'.length);
    expect(w.js.raw).toBe('import "./chunk.js";console.log(1)'.length + 'export const a = 1;'.length + 'window.x=1'.length);
    expect(w.css.raw).toBe(CSS.length + 'p{margin:0}'.length);
    // Total: html + external CSS + external JS (inline parts already inside html), each gzipped alone.
    const gz = (s: string) => gzipSync(s).length;
    const ext = gz(CSS) + gz('import "./chunk.js";console.log(1)') + gz('export const a = 1;');
    expect(w.totalGzNoFonts).toBe(w.html.gz + ext);
  });

  it('finds page types by path and reports the worst page', () => {
    const dist = fixture();
    const types = measureDist(dist);
    expect(types.map((t) => t.type)).toEqual(['front', 'story']);
    expect(types[1]!.pages).toBe(1);
    expect(types[1]!.max.fonts.raw).toBe(1000);
  });
});
