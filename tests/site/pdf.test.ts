// Offline PDFs (issue 7): the seed build's dist/pdf/, checked with poppler's tools,
// plus the print runner's guarantees (reproducible bytes, no network, no Chromium).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, buildSite, seedSite, type BuiltSite } from '../helpers/build.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { buildManifest, manifestJson, MANIFEST_ID, parseManifest, shorten, storyDate } from '../../src/pdf/manifest.ts';
import { PrintError, renderPdfs } from '../../src/pdf/render.ts';
import { destinationPages } from '../../src/pdf/toc.ts';

const run = promisify(execFile);
const ARTIFACTS = path.join(ROOT, 'test-results', 'pdf');

interface Story {
  slug: string;
  headline: string;
  outlet: string | null;
  charts: string[];
  period: { from: string; to: string; label: string; kind: string };
}
interface ClaimRow {
  slug: string;
  display: string;
}

/** Folds what pdftotext and HTML may render differently: ligatures, NBSP, line breaks, and a word
 * broken at a line-end hyphen (pdftotext joins it and drops the hyphen, so hyphens are not compared). */
const fold = (s: string) => s.normalize('NFKC').replace(/[-\u00ad]/g, '').replace(/\s+/g, ' ').trim();

async function tool(cmd: string, args: string[]): Promise<string> {
  return (await run(cmd, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
}
const pdftext = (file: string, page?: number) =>
  tool('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-']);
async function pdfinfo(file: string): Promise<Record<string, string>> {
  const out = await tool('pdfinfo', ['-isodates', file]);
  return Object.fromEntries(
    out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

async function readStories(content: string): Promise<Story[]> {
  const dir = path.join(content, 'stories');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (f) => {
      const src = await readFile(path.join(dir, f), 'utf8');
      const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(src)![1]!);
      return { slug: f.replace(/\.mdx$/, ''), headline: fm.headline, outlet: fm.outlet, charts: fm.charts ?? [], period: fm.period };
    }),
  );
}

const temps: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

let site: BuiltSite;
let stories: Story[];
let claims: ClaimRow[];
const pdfPath = (file: string) => path.join(site.dist, 'pdf', file);

beforeAll(async () => {
  site = await seedSite();
  stories = await readStories(site.content);
  claims = JSON.parse(await readFile(path.join(site.content, 'data', 'claims.json'), 'utf8'));
  await mkdir(ARTIFACTS, { recursive: true });
});

describe('built PDFs', () => {
  it('exist for every story and for the report', async () => {
    expect(stories.length).toBeGreaterThan(0);
    const files = (await readdir(path.join(site.dist, 'pdf'))).filter((f) => f.endsWith('.pdf')).sort();
    expect(files).toEqual([...stories.map((s) => `${s.slug}.pdf`), 'report.pdf'].sort());
  });

  it("contain each story's headline and every claim's number as displayed", async (ctx) => {
    for (const s of stories) {
      const text = fold(await pdftext(pdfPath(`${s.slug}.pdf`)));
      expect(text, s.slug).toContain(fold(s.headline));
    }
    if (claims.length === 0) ctx.skip('claims.json is empty: no claim numbers to look for (headlines checked)');
    for (const s of stories) {
      const own = claims.filter((c) => c.slug === s.slug);
      if (own.length === 0) continue;
      const text = fold(await pdftext(pdfPath(`${s.slug}.pdf`)));
      for (const c of own) expect(text, `${s.slug}: ${c.display}`).toContain(fold(c.display));
    }
  });

  it('have page counts within sane bounds', async () => {
    for (const s of stories) {
      const pages = Number((await pdfinfo(pdfPath(`${s.slug}.pdf`))).Pages);
      expect(pages, s.slug).toBeGreaterThanOrEqual(1);
      expect(pages, s.slug).toBeLessThanOrEqual(40);
    }
    const report = Number((await pdfinfo(pdfPath('report.pdf'))).Pages);
    // Cover, contents, overview, one part per story, appendix: at least one page each.
    expect(report).toBeGreaterThanOrEqual(stories.length + 4);
    expect(report).toBeLessThanOrEqual(60 + 20 * stories.length);
  });

  it('embed every font', async () => {
    for (const file of [...stories.map((s) => `${s.slug}.pdf`), 'report.pdf']) {
      const rows = (await tool('pdffonts', [pdfPath(file)])).trim().split('\n').slice(2);
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        // Columns: name type… encoding emb sub uni object ID; the name has no spaces.
        const cols = row.trim().split(/\s+/);
        expect(cols.at(-5), `${file}: ${row}`).toBe('yes');
      }
      expect(rows.some((r) => /SourceSerif4/.test(r)), `${file}: the site's serif is used`).toBe(true);
    }
  });

  it('carry title, outlet, keywords, dates from the content, tagging and an outline', async () => {
    for (const s of stories) {
      const info = await pdfinfo(pdfPath(`${s.slug}.pdf`));
      expect(info.Title).toBe(s.headline.replace(/\s+/g, ' '));
      expect(info.Author).toBe(s.outlet ?? 'Surge Desk');
      expect(info.Subject?.length).toBeGreaterThan(0);
      expect(info.Keywords).toContain('Surge Desk');
      expect(info.Tagged).toBe('yes');
      const day = s.period.kind === 'unknown' ? '2000-01-01' : s.period.to;
      expect(info.CreationDate).toBe(`${day}T00:00:00Z`);
      expect(info.ModDate).toBe(info.CreationDate);
    }
    const info = await pdfinfo(pdfPath('report.pdf'));
    expect(info.Title).toMatch(/report/i);
    expect(info.Tagged).toBe('yes');
    const doc = await PDFDocument.load(await readFile(pdfPath('report.pdf')), { updateMetadata: false });
    const outline = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const count = outline.lookup(PDFName.of('Count'), PDFNumber).asNumber();
    // One entry per story at least, plus contents, overview, appendix.
    expect(Math.abs(count)).toBeGreaterThanOrEqual(stories.length + 3);
    // Titles are the headings' text, spaces included (Chromium drops them at line wraps).
    const titles: string[] = [];
    const walk = (parent: PDFDict | undefined) => {
      for (let it = parent?.lookupMaybe(PDFName.of('First'), PDFDict); it; it = it.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        titles.push((it.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText());
        walk(it);
      }
    };
    walk(outline);
    for (const s of stories) expect(titles, s.slug).toContain(s.headline.replace(/\s+/g, ' ').trim());
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
  });

  it("number the report's contents with the pages the parts start on", async () => {
    const file = pdfPath('report.pdf');
    const pages = await destinationPages(await readFile(file));
    const contents = fold(await pdftext(file, 2));
    expect(contents).toMatch(/^.*Contents/);
    for (const s of stories) {
      const n = pages.get(`story-${s.slug}`);
      expect(n, s.slug).toBeGreaterThan(2);
      expect(fold(await pdftext(file, n)), s.slug).toContain(fold(s.headline));
      expect(contents).toContain(`${fold(s.headline)}${s.outlet ? ` — ${s.outlet}` : ''} ${n}`);
    }
  });

  it('keep charts as vector graphics (no more bitmaps than the page has <img>s)', async () => {
    for (const s of stories) {
      const html = await readFile(path.join(site.dist, 'stories', s.slug, 'index.html'), 'utf8');
      const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
      const imgs = (main.match(/<img\b/g) ?? []).length;
      // Every image XObject in the file, also those inside patterns (where Chromium puts
      // rasterised SVG pattern fills), which `pdfimages -list` does not show.
      const doc = await PDFDocument.load(await readFile(pdfPath(`${s.slug}.pdf`)), { updateMetadata: false });
      const bitmaps = doc.context
        .enumerateIndirectObjects()
        .filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')).length;
      expect(bitmaps, s.slug).toBeLessThanOrEqual(imgs);
    }
  });

  it('render to PNG: the first page of each PDF and a page with a chart', async (ctx) => {
    for (const file of [...stories.map((s) => `${s.slug}.pdf`), 'report.pdf']) {
      const prefix = path.join(ARTIFACTS, file.replace(/\.pdf$/, '') + '-p1');
      await tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath(file), prefix]);
      expect(existsSync(prefix + '.png'), prefix).toBe(true);
    }
    // A chart page: the page whose text holds the first chart's caption.
    const withChart = stories.find((s) => s.charts.length > 0);
    if (!withChart) {
      ctx.skip('no story places a chart yet: first pages rendered only');
      return;
    }
    const html = await readFile(path.join(site.dist, 'stories', withChart.slug, 'index.html'), 'utf8');
    const figure = /<figure\b[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    const caption = fold(figure.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ')).slice(0, 40);
    const file = pdfPath(`${withChart.slug}.pdf`);
    const pages = Number((await pdfinfo(file)).Pages);
    let found = 0;
    for (let p = 1; p <= pages && caption && !found; p++) if (fold(await pdftext(file, p)).includes(caption)) found = p;
    expect(found, `chart caption "${caption}" found in ${withChart.slug}.pdf`).toBeGreaterThan(0);
    const prefix = path.join(ARTIFACTS, `${withChart.slug}-chart-p${found}`);
    await tool('pdftoppm', ['-png', '-r', '90', '-f', String(found), '-l', String(found), '-singlefile', file, prefix]);
    expect(existsSync(prefix + '.png')).toBe(true);
  });

  it('are linked from each story page and the front page', async () => {
    const index = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    expect(index).toContain('pdf/report.pdf');
    for (const s of stories) {
      expect(index).toContain(`pdf/${s.slug}.pdf`);
      const page = await readFile(path.join(site.dist, 'stories', s.slug, 'index.html'), 'utf8');
      expect(page).toContain(`pdf/${s.slug}.pdf`);
    }
  });
});

describe('report page', () => {
  it('has no WCAG 2.2 A/AA violations on screen', async () => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const server = await serveDir(site.dist);
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(server.url + 'report/');
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('.report-story').count()).toBe(stories.length);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('print runner', () => {
  it('gives identical bytes for the same dist, whatever was printed before', async () => {
    const [a, b] = await Promise.all([tempDir('pdf-a-'), tempDir('pdf-b-')]);
    const target = `${stories[0]!.slug}.pdf`;
    const before = stories.length > 1 ? `${stories[1]!.slug}.pdf` : 'report.pdf';
    await renderPdfs({ dist: site.dist, outDir: a, only: [target] });
    // A second run printing another page first: Chromium's DOM node counter differs.
    await renderPdfs({ dist: site.dist, outDir: b, only: [before, target] });
    const one = await readFile(path.join(a, target));
    const two = await readFile(path.join(b, target));
    expect(one.length).toBeGreaterThan(1000);
    expect(Buffer.compare(one, two)).toBe(0);
    // …and the same bytes as the build's own copy.
    expect(Buffer.compare(one, await readFile(pdfPath(target)))).toBe(0);
  });

  it('points internal links at the public site when one is configured, never at the local server', async () => {
    for (const file of [...stories.map((s) => `${s.slug}.pdf`), 'report.pdf']) {
      const bytes = (await readFile(pdfPath(file))).toString('latin1');
      expect(bytes, file).not.toMatch(/127\.0\.0\.1|localhost/);
    }
    // The same dist with a public site URL in its manifest (as SITE_URL gives).
    const dist = await tempDir('pdf-site-');
    await cp(site.dist, dist, { recursive: true });
    const reportFile = path.join(dist, 'report', 'index.html');
    const html = await readFile(reportFile, 'utf8');
    const manifest = parseManifest(html)!;
    const withSite = html.replace(manifestJson(manifest), manifestJson({ ...manifest, site: 'https://news.example.org/' }));
    expect(withSite).not.toBe(html);
    await writeFile(reportFile, withSite);
    const target = `${stories[0]!.slug}.pdf`;
    await renderPdfs({ dist, outDir: path.join(dist, 'out'), only: [target] });
    const bytes = (await readFile(path.join(dist, 'out', target))).toString('latin1');
    const uris = [...bytes.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris.some((u) => u.startsWith('https://news.example.org/'))).toBe(true);
    expect(uris.filter((u) => /127\.0\.0\.1|localhost/.test(u))).toEqual([]);
  });

  it('prints A4 on request', async () => {
    const out = await tempDir('pdf-a4-');
    const target = `${stories[0]!.slug}.pdf`;
    await renderPdfs({ dist: site.dist, outDir: out, only: [target], format: 'A4' });
    expect((await pdfinfo(path.join(out, target)))['Page size']).toMatch(/\(A4\)/);
    expect((await pdfinfo(pdfPath(target)))['Page size']).toMatch(/\(letter\)/);
  });

  it('fails when a page tries to reach the network, or a local file is missing', async () => {
    const dist = await tempDir('pdf-net-');
    const manifest = buildManifest(
      [
        { id: 'net', data: { headline: 'Net', dek: null, outlet: null, dateline: null, period: { to: '2025-01-31', label: 'x', kind: 'estimated' } } },
        { id: 'gone', data: { headline: 'Gone', dek: null, outlet: null, dateline: null, period: { to: '2025-01-31', label: 'x', kind: 'estimated' } } },
      ],
      [],
      { base: '/', site: null },
    );
    await mkdir(path.join(dist, 'report'), { recursive: true });
    await writeFile(path.join(dist, 'report', 'index.html'), `<!doctype html><title>r</title><script type="application/json" id="${MANIFEST_ID}">${manifestJson(manifest)}</script>`);
    await mkdir(path.join(dist, 'stories', 'net'), { recursive: true });
    await writeFile(path.join(dist, 'stories', 'net', 'index.html'), '<!doctype html><title>n</title><img src="https://example.com/pixel.png" alt="">');
    await mkdir(path.join(dist, 'stories', 'gone'), { recursive: true });
    await writeFile(path.join(dist, 'stories', 'gone', 'index.html'), '<!doctype html><title>g</title><link rel="stylesheet" href="/missing.css"><p>x</p>');
    const out = path.join(dist, 'out');
    await expect(renderPdfs({ dist, outDir: out, only: ['net.pdf'] })).rejects.toThrow(/network.*example\.com/);
    const err = await renderPdfs({ dist, outDir: out, only: ['gone.pdf'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrintError);
    expect((err as Error).message).toMatch(/missing local file.*missing\.css/);
    expect(existsSync(path.join(out, 'net.pdf'))).toBe(false);
  });

  it('`npm run pdf` fails with install instructions when Chromium is missing', async () => {
    const err = await run(process.execPath, [path.join(ROOT, 'src/cli/pdf.ts'), '--dist', site.dist], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err, 'the command must fail').not.toBeNull();
    expect(err!.code).toBe(1);
    expect(err!.stderr).toContain('apt-get install chromium');
    expect(err!.stderr).toContain('CHROMIUM_PATH=');
    expect(err!.stderr).toContain('/nonexistent/chromium');
  });

  it('the site still builds without Chromium, and the build log says PDFs were skipped', async () => {
    const built = await buildSite({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(existsSync(path.join(built.dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(built.dist, 'pdf', 'report.pdf'))).toBe(false);
    expect(built.stdout).toMatch(/PDFs skipped/);
    expect(built.stdout).toContain('apt-get install chromium');
  });
});

describe('print manifest', () => {
  it('round-trips through the report page and dates PDFs from the content only', () => {
    const m = buildManifest(
      [
        { id: 'b', data: { headline: 'B </script> headline', dek: null, outlet: 'Outlet', dateline: 'WASHINGTON', period: { to: '2025-03-31', label: 'early 2025', kind: 'estimated' } } },
        { id: 'a', data: { headline: 'A', dek: 'Dek', outlet: null, dateline: null, period: { to: '2100-12-31', label: 'date unknown', kind: 'unknown' } } },
      ],
      [{ slug: 'b', unit: 'agents', entity: ['ICE', 'CBP'] }],
      { base: '/x/', site: null },
    );
    const html = `<script type="application/json" id="${MANIFEST_ID}">${manifestJson(m)}</script>`;
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(parseManifest(html)).toEqual(m);
    expect(m.documents.map((d) => d.file)).toEqual(['a.pdf', 'b.pdf', 'report.pdf']);
    expect(m.documents[1]!.keywords).toEqual(['agents', 'CBP', 'ICE', 'Outlet', 'Surge Desk', 'WASHINGTON']);
    expect(m.documents.map((d) => d.date)).toEqual([null, '2025-03-31', '2025-03-31']);
    expect(storyDate({ to: 'soon', label: '', kind: 'estimated' })).toBeNull();
    expect(parseManifest('<p>no manifest</p>')).toBeNull();
  });

  it('shortens running titles at a word boundary', () => {
    expect(shorten('short', 10)).toBe('short');
    const s = shorten('The administration is planning to dispatch hundreds of border agents', 30);
    expect(s.length).toBeLessThanOrEqual(30);
    expect(s.endsWith('…')).toBe(true);
    expect('The administration is planning to dispatch'.startsWith(s.slice(0, -1))).toBe(true);
  });
});
