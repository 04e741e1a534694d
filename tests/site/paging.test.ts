// Paging of /data/ and the agency pages (issue 20), on a build of 40 synthetic articles (bench
// corpus: facts with many sources and conflicts, so stories link to facts) with a few items per
// page: every fact link from a story lands on an element with its id, each fact is on exactly one
// page, the pages link to each other accessibly (with JavaScript off too), an old /data/#fact-…
// link to a later page is sent there, and the paged pages pass axe and the Nu checker.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { factAnchor } from '../../src/pipeline/extract/anchors.ts';
import { launchBrowser, serveDir, type ServedDir } from '../helpers/browser.ts';
import { ROOT, buildSite, type BuiltSite } from '../helpers/build.ts';
import { listFiles } from '../helpers/crawl.ts';

const PER_PAGE = 7;
let site: BuiltSite;
let facts: { id: string }[];

beforeAll(async () => {
  const seeds = path.join(ROOT, 'node_modules', '.surge-builds', 'paging-seeds');
  await mkdir(seeds, { recursive: true });
  for (const a of generateCorpus(1, 40)) await writeFile(path.join(seeds, a.name), a.text);
  site = await buildSite({ seedsDir: seeds, env: { SURGE_PAGE_ITEMS: String(PER_PAGE), SURGE_SKIP_PDF: '1' } });
  facts = JSON.parse(await readFile(path.join(site.content, 'data', 'facts.json'), 'utf8'));
}, 900_000);

const read = (rel: string) => readFile(path.join(site.dist, rel), 'utf8');
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
/** Page files of a listing at `dir` ("data"): index.html, 2/index.html, … in page order. */
async function pageFiles(dir: string): Promise<string[]> {
  const nums = (await readdir(path.join(site.dist, dir), { withFileTypes: true })).filter((e) => e.isDirectory() && /^\d+$/.test(e.name)).map((e) => Number(e.name));
  return [`${dir}/index.html`, ...nums.sort((a, b) => a - b).map((n) => `${dir}/${n}/index.html`)];
}

describe('paging of /data/', () => {
  it('puts every fact on exactly one page, in order, at most SURGE_PAGE_ITEMS a page', async () => {
    const files = await pageFiles('data');
    expect(files.length).toBe(Math.ceil(facts.length / PER_PAGE));
    expect(files.length).toBeGreaterThan(3);
    const seen: string[] = [];
    for (const f of files) {
      const rows = [...(await read(f)).matchAll(/<tr id="(fact-[^"]+)"/g)].map((m) => m[1]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(PER_PAGE);
      seen.push(...rows);
    }
    const expected = facts.map((f) => factAnchor(f.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(seen).toEqual(expected);
  });

  it('sends every fact link of every story (and of the report and data pages) to an element with that id', async () => {
    const pages = (await listFiles(site.dist, /\.html$/)).filter((f) => /[/\\](stories|report|data|agencies)[/\\]/.test(f));
    let links = 0;
    let later = 0;
    const broken: string[] = [];
    for (const file of pages) {
      for (const href of hrefs(await readFile(file, 'utf8'))) {
        const m = /^(?:\/data\/(?:(\d+)\/)?)?#(fact-[^#]+)$/.exec(href);
        if (!m || (!href.startsWith('/data/') && !file.includes(`${path.sep}data${path.sep}`))) continue;
        const target = href.startsWith('/data/') ? (m[1] ? `data/${m[1]}/index.html` : 'data/index.html') : path.relative(site.dist, file);
        links++;
        if (m[1]) later++;
        if (!ids(await read(target)).has(m[2])) broken.push(`${path.relative(site.dist, file)} → ${href}`);
      }
    }
    const fromStories = (await listFiles(path.join(site.dist, 'stories'), /\.html$/)).map((f) => readFile(f, 'utf8'));
    const storyLinks = (await Promise.all(fromStories)).flatMap((h) => hrefs(h).filter((x) => /^\/data\/(\d+\/)?#fact-/.test(x)));
    expect(storyLinks.length).toBeGreaterThan(5);
    expect(later).toBeGreaterThan(0);
    expect(links).toBeGreaterThanOrEqual(storyLinks.length);
    expect(broken).toEqual([]);
  });

  it('links the pages with a labelled nav, aria-current and rel prev/next', async () => {
    const files = await pageFiles('data');
    for (const [i, f] of files.entries()) {
      const html = await read(f);
      const navs = [...html.matchAll(/<nav class="pagination" aria-label="([^"]+)"[\s\S]*?<\/nav>/g)];
      expect(navs.length, f).toBe(2);
      expect(new Set(navs.map((n) => n[1])).size, 'distinct labels').toBe(2);
      const nav = navs[0][0];
      const self = i === 0 ? '/data/' : `/data/${i + 1}/`;
      expect([...nav.matchAll(/<a href="([^"]+)" aria-current="page"/g)].map((m) => m[1])).toEqual([self]);
      expect(/<a href="([^"]+)" rel="prev"/.exec(nav)?.[1]).toBe(i === 0 ? undefined : i === 1 ? '/data/' : `/data/${i}/`);
      expect(/<a href="([^"]+)" rel="next"/.exec(nav)?.[1]).toBe(i === files.length - 1 ? undefined : `/data/${i + 2}/`);
    }
    // JavaScript off, an old /data/#fact-… link: page 1 links every page and says which facts each holds.
    const first = await read('data/index.html');
    for (let n = 2; n <= files.length; n++) expect(first).toContain(`href="/data/${n}/"`);
    expect(first).toMatch(/Which page holds a fact/);
  });
});

describe('paging of agency pages', () => {
  it('splits a long agency page, keeps every figure and story link once, and links the pages', async () => {
    const agencies = (await readdir(path.join(site.dist, 'agencies'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    let paged = 0;
    for (const a of agencies) {
      const files = await pageFiles(`agencies/${a}`);
      if (files.length === 1) continue;
      paged++;
      const items: string[] = [];
      for (const [i, f] of files.entries()) {
        const html = await read(f);
        const figures = (html.match(/<ul class="agency-sources"/g) ?? []).length;
        const stories = (/<h2 id="stories-heading"[\s\S]*?<\/ul>/.exec(html)?.[0].match(/<li/g) ?? []).length;
        expect(figures + stories, f).toBeGreaterThan(0);
        expect(figures + stories, f).toBeLessThanOrEqual(PER_PAGE);
        items.push(...Array(figures + stories).fill(f));
        expect(html).toContain(`aria-current="page"`);
        if (i > 0) expect(html).toContain(`href="/agencies/${a}/${i === 1 ? '' : `${i}/`}" rel="prev"`);
      }
      expect(items.length).toBeGreaterThan(PER_PAGE);
    }
    expect(paged).toBeGreaterThan(0);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: ServedDir;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDir(site.dist, '/');
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('sends an old /data/#fact-… link for a fact on a later page to that page', async () => {
    const files = await pageFiles('data');
    const last = await read(files[files.length - 1]);
    const anchor = /<tr id="(fact-[^"]+)"/.exec(last)![1];
    const page = await browser.newPage();
    await page.goto(`${server.url}data/#${anchor}`);
    await page.waitForURL(new RegExp(`/data/${files.length}/#${anchor}$`));
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    // A fact on page 1 stays there.
    const onFirst = /<tr id="(fact-[^"]+)"/.exec(await read('data/index.html'))![1];
    await page.goto(`${server.url}data/#${onFirst}`);
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toBe('/data/');
    await page.close();
  });

  it('finds no axe violation on paged pages, light and dark', async () => {
    const paths = ['data/', 'data/2/'];
    for (const e of await readdir(path.join(site.dist, 'agencies'), { withFileTypes: true })) {
      if (e.isDirectory() && (await readdir(path.join(site.dist, 'agencies', e.name))).includes('2')) {
        paths.push(`agencies/${e.name}/`, `agencies/${e.name}/2/`);
        break;
      }
    }
    expect(paths.length).toBe(4);
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme: scheme });
      for (const p of paths) {
        const page = await ctx.newPage();
        await page.goto(server.url + p);
        const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of r.violations) failures.push(`${scheme} ${p}: ${v.id} — ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        await page.close();
      }
      await ctx.close();
    }
    expect(failures).toEqual([]);
  });
});

describe('W3C Nu HTML Checker on paged pages', () => {
  it('finds no error on the data and agency pages', () => {
    const vnu = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', vnu, '--skip-non-html', '--errors-only', '--format', 'json', path.join(site.dist, 'data'), path.join(site.dist, 'agencies')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = run.stderr.trim();
    expect(out.startsWith('{'), out.slice(0, 300)).toBe(true);
    const gaps = [/container-type/, /@container/];
    const errors = (JSON.parse(out) as { messages: { message: string; url?: string }[] }).messages.filter((m) => !gaps.some((g) => g.test(m.message)));
    expect(errors.slice(0, 10).map((m) => `${m.url?.replace(/^.*\/dist\//, '/')}: ${m.message}`)).toEqual([]);
  }, 300_000);
});
