// Page weight per page type of a built dist/: bytes of HTML, CSS, JS and fonts,
// raw and gzipped, and the number of requests a first visit makes. Follows
// <link rel=stylesheet>, <script src>, <img src>, icons, inline <style>/<script>,
// and the @font-face files a Latin page actually needs (unicode-range covering
// "A", or no range) — the browser skips the other subsets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gz: number;
}
export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Inline parts, already inside html; reported so a reader sees where CSS/JS live. */
  inlineCss: Weight;
  inlineJs: Weight;
  fonts: Weight;
  images: Weight;
  /** html + external css + external js + images (gz), fonts excluded. */
  totalGzNoFonts: number;
  requests: number;
}
export interface TypeWeight {
  type: string;
  pages: number;
  sampled: number;
  /** Worst value of each metric over the sampled pages (budgets apply to every page); page = heaviest in total. */
  max: PageWeight;
  median: PageWeight;
}

const gz = (b: Buffer | string): number => gzipSync(b).length;
const w = (b: Buffer | string): Weight => ({ raw: Buffer.byteLength(b), gz: gz(b) });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const ZERO: Weight = { raw: 0, gz: 0 };

function attr(tag: string, name: string): string | null {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** Maps a URL in a page to a file in dist (site-relative, base-path tolerant). */
function resolveUrl(dist: string, pageFile: string, url: string, base: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0]!;
  let rel: string;
  if (clean.startsWith('/')) {
    rel = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
    return path.join(dist, decodeURIComponent(rel));
  }
  return path.join(path.dirname(pageFile), decodeURIComponent(clean));
}

const FONT_EXT = /\.(woff2?|ttf|otf|eot)$/i;

/** Latin-needed font files referenced by a stylesheet. */
function fontsOf(css: string, cssFile: string, dist: string, base: string): string[] {
  const out: string[] = [];
  for (const face of css.match(/@font-face\s*{[^}]*}/gi) ?? []) {
    const range = face.match(/unicode-range\s*:\s*([^;}]+)/i)?.[1];
    if (range && !coversA(range)) continue;
    // Only the first (preferred) src a browser would fetch.
    const url = face.match(/url\(\s*['"]?([^'")]+)['"]?\s*\)/i)?.[1];
    if (!url || !FONT_EXT.test(url.split(/[?#]/)[0]!)) continue;
    const f = resolveUrl(dist, cssFile, url, base);
    if (f) out.push(f);
  }
  return out;
}
function coversA(range: string): boolean {
  const A = 0x41;
  return range.split(',').some((part) => {
    const p = part.trim().replace(/^U\+/i, '');
    if (p.includes('?')) {
      const lo = parseInt(p.replace(/\?/g, '0'), 16);
      const hi = parseInt(p.replace(/\?/g, 'F'), 16);
      return lo <= A && A <= hi;
    }
    const [lo, hi] = p.split('-').map((x) => parseInt(x, 16));
    return lo !== undefined && lo <= A && A <= (hi ?? lo);
  });
}

export function measurePage(dist: string, pageFile: string, base = '/'): PageWeight {
  const html = readFileSync(pageFile, 'utf8');
  const seen = new Set<string>();
  let css = ZERO, js = ZERO, fonts = ZERO, images = ZERO, inlineCss = ZERO, inlineJs = ZERO;
  let requests = 1;
  const fetch = (file: string | null): Buffer | null => {
    if (!file || seen.has(file) || !existsSync(file)) return null;
    seen.add(file);
    requests++;
    return readFileSync(file);
  };
  const fontFiles: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      const file = resolveUrl(dist, pageFile, href, base);
      const b = fetch(file);
      if (b) {
        css = add(css, w(b));
        fontFiles.push(...fontsOf(b.toString('utf8'), file!, dist, base));
      }
    } else if (rel.includes('icon')) {
      const b = fetch(resolveUrl(dist, pageFile, href, base));
      if (b) images = add(images, w(b));
    } else if (rel === 'preload' && attr(tag, 'as') === 'font') {
      const f = resolveUrl(dist, pageFile, href, base);
      if (f) fontFiles.push(f);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    inlineCss = add(inlineCss, w(m[1]!));
    fontFiles.push(...fontsOf(m[1]!, pageFile, dist, base));
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    const type = (attr(`<x ${attrs}>`, 'type') ?? '').toLowerCase();
    if (type && !/javascript|module/.test(type)) continue; // JSON-LD, import maps…
    const src = attr(`<x ${attrs}>`, 'src');
    if (src) {
      const file = resolveUrl(dist, pageFile, src, base);
      const b = fetch(file);
      if (b) {
        js = add(js, w(b));
        // Static imports of Vite chunks load too.
        for (const im of b.toString('utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
          const c = fetch(path.join(path.dirname(file!), im[1]!));
          if (c) js = add(js, w(c));
        }
      }
    } else if (m[2]!.trim()) inlineJs = add(inlineJs, w(m[2]!));
  }
  for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    const b = src ? fetch(resolveUrl(dist, pageFile, src, base)) : null;
    if (b) images = add(images, w(b));
  }
  for (const f of fontFiles) {
    const b = fetch(f);
    if (b) fonts = add(fonts, { raw: b.length, gz: b.length }); // woff2 is compressed already
  }
  const htmlW = w(html);
  return {
    page: path.relative(dist, pageFile),
    html: htmlW,
    css: add(css, inlineCss),
    js: add(js, inlineJs),
    inlineCss,
    inlineJs,
    fonts,
    images,
    totalGzNoFonts: htmlW.gz + css.gz + js.gz + images.gz,
    requests,
  };
}

export const PAGE_TYPES: { type: string; find: (dist: string) => string[] }[] = [
  { type: 'front', find: (d) => [path.join(d, 'index.html')].filter((f) => existsSync(f)) },
  { type: 'story', find: (d) => pagesUnder(d, 'stories') },
  { type: 'chart', find: (d) => pagesUnder(d, 'charts') },
  { type: 'embed', find: (d) => pagesUnder(d, 'embed') },
  // Not in the budgets by type, but "JS ≤ 5 KB on any page" covers them too.
  { type: 'agency', find: (d) => pagesUnder(d, 'agencies') },
  { type: 'search', find: (d) => [path.join(d, 'search/index.html')].filter((f) => existsSync(f)) },
];

function pagesUnder(dist: string, dir: string): string[] {
  const root = path.join(dist, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(root, e.name, 'index.html'))
    .filter((f) => existsSync(f))
    .sort();
}

function worst(ps: PageWeight[]): PageWeight {
  const mw = (k: 'html' | 'css' | 'js' | 'inlineCss' | 'inlineJs' | 'fonts' | 'images'): Weight => ({
    raw: Math.max(...ps.map((p) => p[k].raw)),
    gz: Math.max(...ps.map((p) => p[k].gz)),
  });
  return {
    page: ps[ps.length - 1]!.page,
    html: mw('html'),
    css: mw('css'),
    js: mw('js'),
    inlineCss: mw('inlineCss'),
    inlineJs: mw('inlineJs'),
    fonts: mw('fonts'),
    images: mw('images'),
    totalGzNoFonts: Math.max(...ps.map((p) => p.totalGzNoFonts)),
    requests: Math.max(...ps.map((p) => p.requests)),
  };
}

/** Evenly spaced sample, deterministic: measuring 10,000 pages adds nothing. */
function sample<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(xs[Math.floor((i * xs.length) / n)]!);
  return out;
}

export function measureDist(dist: string, opts: { base?: string; sample?: number } = {}): TypeWeight[] {
  const out: TypeWeight[] = [];
  for (const { type, find } of PAGE_TYPES) {
    const all = find(dist);
    if (all.length === 0) continue;
    const measured = sample(all, opts.sample ?? 60).map((f) => measurePage(dist, f, opts.base ?? '/'));
    const byTotal = [...measured].sort((a, b) => a.totalGzNoFonts - b.totalGzNoFonts);
    out.push({
      type,
      pages: all.length,
      sampled: measured.length,
      max: worst(byTotal),
      median: byTotal[Math.floor((byTotal.length - 1) / 2)]!,
    });
  }
  return out;
}
