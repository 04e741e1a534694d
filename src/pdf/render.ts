// The print run: opens the pages of the manifest in one headless Chromium, a few at a time
// (SURGE_PDF_WORKERS), prints each to PDF and post-processes the bytes. Pages load from a
// made-up origin that the browser context answers from the built dist/ folder: no server, no
// socket. Any other request is aborted and fails the run, as does any local file that is missing.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { MANIFEST_ID, REPORT_PATH, parseManifest, type PdfDocument, type PdfManifest } from './manifest.ts';
import { finalizePdf } from './metadata.ts';
import { basePrefix, contentType, resolveFile } from './serve.ts';
import { contentBox, fitDrawings, FIT_PREFIX, installFitProbes } from './fit.ts';
import { destinationPages } from './toc.ts';
import { vectorizePatterns } from './vectorize.ts';

export type PaperFormat = 'Letter' | 'A4';

export interface RenderOptions {
  /** The built site. */
  dist: string;
  /** Where PDFs go; default <dist>/pdf. */
  outDir?: string;
  format?: PaperFormat;
  /** Chromium binary; default CHROMIUM_PATH or /usr/bin/chromium. */
  executablePath?: string;
  /** Only these output files (e.g. ["report.pdf"]); default all. */
  only?: string[];
  log?: (message: string) => void;
  /**
   * Where printed PDFs are kept between builds, by a hash of everything that decides their
   * bytes; a document whose hash is unchanged is copied, not printed again. Default: none.
   */
  cacheDir?: string;
  /** Pages printed at once; default: SURGE_PDF_WORKERS, else the number of CPUs, at most 4. */
  concurrency?: number;
}

/** SURGE_PDF_WORKERS: how many pages print at once (one browser, one page per worker); undefined when unset or not a positive integer. */
export function workersFromEnv(env: Record<string, string | undefined> = process.env): number | undefined {
  const v = env.SURGE_PDF_WORKERS;
  if (v === undefined || !/^\d+$/.test(v.trim()) || Number(v) < 1) return undefined;
  return Number(v);
}

/** One line for the log: how many printed, with how many workers, and the time per PDF. */
export function timingSummary(done: readonly RenderedPdf[], workers: number, totalMs: number): string {
  const printed = done.filter((d) => !d.cached).map((d) => d.ms).sort((a, b) => a - b);
  if (printed.length === 0) return `pdf timing: nothing printed (${done.length} from cache), ${totalMs} ms in all`;
  const sum = printed.reduce((a, b) => a + b, 0);
  const median = printed[Math.floor((printed.length - 1) / 2)]!;
  return `pdf timing: ${printed.length} printed with ${workers} worker(s) in ${totalMs} ms; per PDF median ${median} ms, mean ${Math.round(sum / printed.length)} ms, slowest ${printed[printed.length - 1]} ms`;
}

export interface RenderedPdf {
  file: string;
  path: string;
  bytes: number;
  ms: number;
  /** True when the bytes came from the cache. */
  cached?: boolean;
  /** Where the time went (ms): page load, vector patterns, prints, table of contents, post-processing. */
  phases?: Record<string, number>;
}

export class PrintError extends Error {}

/** Where printed pages "come from": .invalid never resolves, so nothing can reach a real host by it. */
export const PRINT_ORIGIN = 'http://surge-desk.invalid';

/** Above this many tiles a pattern fill stays as Chromium draws it (a bitmap) rather than bloat the file. */
const MAX_PATTERN_TILES = 5000;

/** Margins shared with print.css's @page rule; the header and footer sit inside them. */
export const MARGIN = { top: '20mm', bottom: '18mm', left: '18mm', right: '18mm' };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Header/footer templates render in their own document: no page CSS, no web
// fonts, font size 0 unless set. DejaVu Sans is the system font Chromium embeds.
const TEMPLATE_STYLE = `font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#575757;width:100%;margin:0 ${MARGIN.left};`;

export function headerTemplate(running: string, siteName: string): string {
  return (
    `<div style="${TEMPLATE_STYLE}display:flex;justify-content:space-between;gap:12pt;">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${escapeHtml(running)}</span>` +
    `<span style="white-space:nowrap;">${escapeHtml(siteName)}</span></div>`
  );
}

export function footerTemplate(): string {
  return `<div style="${TEMPLATE_STYLE}text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}

export async function readManifest(dist: string): Promise<PdfManifest> {
  const file = path.join(dist, REPORT_PATH, 'index.html');
  const html = await readFile(file, 'utf8').catch(() => {
    throw new PrintError(`no report page at ${file}: build the site first (npm run build)`);
  });
  const m = parseManifest(html);
  if (!m) throw new PrintError(`${file} carries no print manifest (script#${MANIFEST_ID})`);
  return m;
}

/**
 * Makes the loaded page print the same bytes on every run: internal links point
 * to the public site (or lose their href when none is configured) instead of the
 * local server's random port; lazy images load; every font is ready.
 * Returns the headings' texts (for the outline, outline.ts) and the page's language.
 */
async function preparePage(page: Page, site: string | null): Promise<{ headings: string[]; lang: string }> {
  return page.evaluate(async (siteUrl) => {
    for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      const raw = a.getAttribute('href') ?? '';
      if (raw.startsWith('#')) continue;
      const u = new URL(a.href);
      if (u.origin !== location.origin) continue;
      if (u.pathname === location.pathname && u.hash) continue; // in-document link: a PDF destination
      if (siteUrl) {
        a.setAttribute('href', new URL(u.pathname + u.search + u.hash, siteUrl).href);
        // Printed URLs are for sources off the site (print.css), as in the browser's Print.
        a.setAttribute('data-pdf-internal', '');
      } else a.removeAttribute('href');
    }
    const images = Array.from(document.images);
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
    return {
      headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => h.textContent ?? ''),
      lang: document.documentElement.lang || 'en',
    };
  }, site);
}

let rendererHash: Promise<string> | null = null;
/** A hash of this folder's code: a change to how PDFs are made invalidates every cached PDF. */
function rendererVersion(): Promise<string> {
  rendererHash ??= (async () => {
    const dir = import.meta.dirname;
    const h = createHash('sha256');
    for (const f of (await readdir(dir)).filter((n) => /\.ts$/.test(n)).sort()) h.update(f).update(await readFile(path.join(dir, f)));
    return h.digest('hex');
  })();
  return rendererHash;
}

/**
 * What decides a PDF's bytes: the page's HTML (its CSS, fonts and scripts are content-hashed
 * files it names, so a change to them changes the HTML), the document's manifest entry, the
 * paper, the public site URL, this code and the browser's version.
 */
async function cacheKey(dist: string, doc: PdfDocument, manifest: PdfManifest, format: PaperFormat, browserVersion: string): Promise<string> {
  const html = await readFile(path.join(dist, doc.path, 'index.html'));
  return createHash('sha256')
    .update(JSON.stringify({ v: await rendererVersion(), browserVersion, format, site: manifest.site, base: manifest.base, doc }))
    .update(html)
    .digest('hex');
}

export async function renderPdfs(opts: RenderOptions): Promise<RenderedPdf[]> {
  const log = opts.log ?? (() => {});
  const manifest = await readManifest(opts.dist);
  const outDir = opts.outDir ?? path.join(opts.dist, 'pdf');
  const format = opts.format ?? 'Letter';
  const docs = manifest.documents.filter((d) => !opts.only || opts.only.includes(d.file));
  if (opts.only && docs.length !== opts.only.length) {
    const known = new Set(manifest.documents.map((d) => d.file));
    throw new PrintError(`unknown PDF(s): ${opts.only.filter((f) => !known.has(f)).join(', ')}`);
  }
  await mkdir(outDir, { recursive: true });
  const cacheDir = opts.cacheDir ? path.join(opts.cacheDir, 'pdf') : null;
  if (cacheDir) await mkdir(cacheDir, { recursive: true });

  const root = path.resolve(opts.dist);
  const prefix = basePrefix(manifest.base);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: opts.executablePath ?? chromiumPath(), args: CHROMIUM_ARGS });
    const browserVersion = browser.version();
    const out = new Map<string, RenderedPdf>();
    const toPrint: { doc: PdfDocument; key: string | null }[] = [];
    const used = new Set<string>();
    for (const doc of docs) {
      const key = cacheDir ? await cacheKey(opts.dist, doc, manifest, format, browserVersion) : null;
      if (key) used.add(`${key}.pdf`);
      const hit = key && cacheDir ? await copyCached(path.join(cacheDir, `${key}.pdf`), path.join(outDir, doc.file)) : null;
      if (hit !== null) out.set(doc.file, { file: doc.file, path: path.join(outDir, doc.file), bytes: hit, ms: 0, cached: true });
      else toPrint.push({ doc, key });
    }
    // Largest first (the report), so one long print does not run alone at the end.
    toPrint.sort((a, b) => Number(b.doc.path === REPORT_PATH) - Number(a.doc.path === REPORT_PATH));
    const workers = Math.max(1, Math.min(opts.concurrency ?? workersFromEnv() ?? Math.min(4, os.availableParallelism()), toPrint.length));
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        // Each worker has its own context and page, so blocked requests and missing files are its own.
        const { context, page, blocked, missing } = await printPage(browser!, root, prefix);
        try {
          while (next < toPrint.length) {
            const { doc, key } = toPrint[next++]!;
            const r = await renderOne(page, doc, manifest, PRINT_ORIGIN + prefix, outDir, format, blocked, missing);
            if (key && cacheDir) await copyFile(r.path, path.join(cacheDir, `${key}.pdf`));
            out.set(doc.file, r);
          }
        } finally {
          await context.close();
        }
      }),
    );
    // Cached PDFs no document uses any more are removed, so the cache does not grow without end.
    if (cacheDir && !opts.only) {
      for (const f of await readdir(cacheDir)) if (!used.has(f)) await rm(path.join(cacheDir, f), { force: true });
    }
    const ordered = docs.map((d) => out.get(d.file)!);
    const phaseWords = (r: RenderedPdf) => (r.phases && r.ms >= 5000 ? `: ${Object.entries(r.phases).map(([k, v]) => `${k} ${v} ms`).join(', ')}` : '');
    for (const r of ordered) log(`pdf: ${path.relative(opts.dist, r.path) || r.path} (${Math.round(r.bytes / 1024)} KB, ${r.cached ? 'unchanged, from cache' : `${r.ms} ms${phaseWords(r)}`})`);
    log(timingSummary(ordered, workers, Math.round(performance.now() - t0)));
    return ordered;
  } finally {
    await browser?.close();
  }
}

/** Copies a cached PDF into place; its size, or null when there is none. */
async function copyCached(from: string, to: string): Promise<number | null> {
  try {
    await copyFile(from, to + '.tmp');
    await rename(to + '.tmp', to);
    return (await stat(to)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

async function printPage(browser: Browser, root: string, prefix: string) {
  // JavaScript off: the print shows the server-rendered page, the same on every run.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  const missing: string[] = [];
  await context.route('**/*', async (route) => {
    const u = route.request().url();
    if (!u.startsWith(PRINT_ORIGIN + '/')) {
      blocked.push(u);
      return route.abort('blockedbyclient');
    }
    const pathname = decodeURIComponent(new URL(u).pathname);
    const found = await resolveFile(root, prefix, pathname);
    if (!found) {
      missing.push(pathname);
      return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' });
    }
    return route.fulfill({ status: 200, contentType: contentType(found.file), path: found.file });
  });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light', reducedMotion: 'reduce' });
  return { context, page, blocked, missing };
}

async function renderOne(
  page: Page,
  doc: PdfDocument,
  manifest: PdfManifest,
  root: string,
  outDir: string,
  format: PaperFormat,
  blocked: string[],
  missing: string[],
): Promise<RenderedPdf> {
  const t0 = performance.now();
  blocked.length = 0;
  missing.length = 0;
  // Every page is laid out at the printed width before it is prepared and measured (fit.ts),
  // whatever was printed before on this page: the same bytes in any order.
  const box = contentBox(format, MARGIN);
  await page.setViewportSize({ width: Math.round(box.width), height: Math.round(box.height) });
  const response = await page.goto(root + doc.path, { waitUntil: 'load', timeout: 60_000 });
  if (!response?.ok()) throw new PrintError(`${doc.path}: page answered ${response?.status() ?? 'nothing'}`);
  const phases: Record<string, number> = {};
  let mark = t0;
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round((phases[name] ?? 0) + now - mark);
    mark = now;
  };
  const { headings, lang } = await preparePage(page, manifest.site);
  lap('load');
  await page.evaluate(vectorizePatterns, MAX_PATTERN_TILES);
  lap('patterns');
  const probes = await page.evaluate(installFitProbes, FIT_PREFIX);
  const print = () =>
    page.pdf({
      format,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(doc.running, 'Surge Desk'),
      footerTemplate: footerTemplate(),
      margin: MARGIN,
    });
  let raw = await print();
  lap('print');
  // A drawing pushed overleaf by a few lines is capped to the room its page left (fit.ts).
  const fit = await fitDrawings(page, raw, probes, box, print);
  raw = fit.bytes;
  if (fit.fitted) lap('fit');
  // A table of contents gets its page numbers from a first print (toc.ts), then prints again.
  if (await page.locator('[data-toc-page]').count()) {
    const pages = Object.fromEntries(await destinationPages(raw));
    await page.evaluate((found) => {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-toc-page]'))) {
        const n = found[el.dataset.tocPage ?? ''];
        el.textContent = n === undefined ? '' : String(n);
      }
    }, pages);
    lap('toc');
    raw = await print();
    lap('print');
  }
  if (blocked.length) {
    throw new PrintError(`${doc.path}: the page tried to reach the network (blocked): ${[...new Set(blocked)].join(', ')}`);
  }
  const lost = missing.filter((m) => !/\/favicon\.ico$/.test(m));
  if (lost.length) throw new PrintError(`${doc.path}: missing local file(s): ${[...new Set(lost)].join(', ')}`);
  const bytes = await finalizePdf(raw, { ...doc, lang, headings });
  lap('finalize');
  const target = path.join(outDir, doc.file);
  // Written beside the target, then renamed: a reader never sees half a file.
  await writeFile(target + '.tmp', bytes);
  await rename(target + '.tmp', target);
  return { file: doc.file, path: target, bytes: bytes.length, ms: Math.round(performance.now() - t0), phases };
}
