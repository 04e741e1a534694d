// Embeds in a real browser: a host page on a second origin embeds three charts
// with the published embed code; downloads and oEmbed files of every chart.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, svgSize } from '../../src/embed/png.ts';
import { launchBrowser, serveDir, type ServedDir } from '../helpers/browser.ts';
import { seedSite } from '../helpers/build.ts';

const SENTINEL = 'surge-embed';
let dist = '';
let ids: string[] = [];
let browser: Browser;
let site: ServedDir;
let host: ServedDir;

/** RFC 4180 CSV → rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (q) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

const unescapeHtml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The embed code exactly as the chart page publishes it (textarea content). */
async function publishedCode(id: string): Promise<string> {
  const html = await readFile(path.join(dist, 'charts', id, 'index.html'), 'utf8');
  const m = /<textarea[^>]*data-embed-code[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (!m) throw new Error(`no embed code on charts/${id}/`);
  return unescapeHtml(m[1]!);
}

beforeAll(async () => {
  ({ dist } = await seedSite());
  ids = (await readdir(path.join(dist, 'embed'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  site = await serveDir(dist);
  // The host: another port, so another origin. Built without SITE_URL the code is
  // root-relative; a publisher would paste it with this site's address, as the copy button does.
  const hostDir = await mkdtemp(path.join(os.tmpdir(), 'surge-host-'));
  // Three different charts (other views of a chart, ids with "--", only when needed).
  const picked = [...ids.filter((id) => !id.includes('--')), ...ids.filter((id) => id.includes('--'))].slice(0, 3);
  const codes = await Promise.all(picked.map(publishedCode));
  const abs = (code: string) => code.replace(/(src=")\/(?!\/)/g, `$1${site.url}`);
  await writeFile(
    path.join(hostDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,">
<style>*,*::before,*::after{box-sizing:border-box}body{margin:0;font:16px sans-serif}main{max-width:700px;margin:0 auto;padding:0 8px}</style></head>
<body><main><h1>A publisher’s article</h1>
${codes.map((c, i) => `<p>Paragraph ${i + 1} of the host’s story.</p>\n${abs(c)}`).join('\n')}
<p>A frame from somewhere else that forges a height message:</p>
<iframe id="forger" src="forger.html" title="forger" style="width:100%;height:60px;border:0"></iframe>
</main></body></html>`,
  );
  // The forger posts the right sentinel and a real chart id, from its own window.
  await writeFile(
    path.join(hostDir, 'forger.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>forger</title><link rel="icon" href="data:,"></head><body>
<p>forger</p><script>
window.addEventListener('message', function (e) {
  if (e.data !== 'forge') return;
  for (const chart of ${JSON.stringify(picked)}) {
    parent.postMessage(JSON.stringify({ sentinel: '${SENTINEL}', type: 'height', chart: chart, height: 1777 }), '*');
    parent.postMessage({ sentinel: '${SENTINEL}', type: 'height', chart: chart, height: 1777 }, '*');
  }
});
</script></body></html>`,
  );
  // The same embeds without the resize script, in a 640 px column: the default heights alone.
  await writeFile(
    path.join(hostDir, 'noscript.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host without script</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><main style="width:640px">${codes.map((c) => abs(c).replace(/<script[^>]*><\/script>/, '')).join('\n')}</main></body></html>`,
  );
  host = await serveDir(hostDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

interface FrameSize {
  id: string;
  frameH: number;
  contentH: number;
  scrollH: number;
  clientH: number;
  scrollW: number;
  clientW: number;
}

/** Each embed iframe's height on the host and its document's own measures. */
async function sizes(page: Page): Promise<FrameSize[]> {
  const out: FrameSize[] = [];
  for (const el of await page.$$('iframe[data-surge-embed]')) {
    await el.scrollIntoViewIfNeeded();
    const id = (await el.getAttribute('data-surge-embed'))!;
    const frameH = await el.evaluate((f) => f.getBoundingClientRect().height);
    const frame = await el.contentFrame();
    if (!frame) throw new Error(`iframe ${id} has no frame`);
    // A lazy frame may still show about:blank, and a loaded one may still be waiting
    // for its fonts: measure the embed's own document once it has laid out.
    for (let i = 0; i < 100 && !frame.url().includes('/embed/'); i++) await page.waitForTimeout(50);
    await frame.waitForLoadState('load');
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    const m = await frame.evaluate(() => {
      const r = document.documentElement;
      return {
        contentH: r.getBoundingClientRect().height,
        scrollH: r.scrollHeight,
        clientH: r.clientHeight,
        scrollW: r.scrollWidth,
        clientW: r.clientWidth,
      };
    });
    out.push({ id, frameH, ...m });
  }
  return out;
}

/** The frames' sizes once every frame fits its document on two looks in a row (a loaded machine may take seconds). */
async function settle(page: Page): Promise<FrameSize[]> {
  let last: FrameSize[] = [];
  let fitted = 0;
  for (let i = 0; i < 150; i++) {
    last = await sizes(page);
    const fits = last.every((s) => Math.abs(s.frameH - s.contentH) <= 2 && Math.abs(s.frameH - s.scrollH) <= 2);
    fitted = fits ? fitted + 1 : 0;
    if (fitted >= 2) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

/** The frames' sizes once their documents stop changing (the embed folds its caption after load). */
async function steady(page: Page): Promise<FrameSize[]> {
  let last = await sizes(page);
  for (let i = 0, same = 0; i < 100 && same < 2; i++) {
    await page.waitForTimeout(150);
    const next = await sizes(page);
    same = next.every((n, j) => n.contentH === last[j]?.contentH && n.frameH === last[j]?.frameH) ? same + 1 : 0;
    last = next;
  }
  return last;
}

describe('embeds on another origin', () => {
  it('the seed build has at least three charts to embed', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it('each iframe takes its document’s height at 320, 768 and 1200 px, without scrollbars or console errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);
    expect(new URL(host.url).origin).not.toBe(new URL(site.url).origin);
    const report: string[] = [];
    for (const width of [320, 768, 1200]) {
      await page.setViewportSize({ width, height: 900 });
      const s = await settle(page);
      expect(s).toHaveLength(3);
      for (const f of s) {
        report.push(`${width}px ${f.id}: iframe ${f.frameH} / document ${f.contentH.toFixed(1)} (scrollHeight ${f.scrollH})`);
        expect(Math.abs(f.frameH - f.contentH), `${width}px ${f.id}`).toBeLessThanOrEqual(2);
        expect(Math.abs(f.frameH - f.scrollH), `${width}px ${f.id}`).toBeLessThanOrEqual(2);
        // No inner scrollbar either way.
        expect(f.scrollH).toBeLessThanOrEqual(f.clientH);
        expect(f.scrollW).toBeLessThanOrEqual(f.clientW);
      }
    }
    console.log(report.join('\n'));
    expect(errors).toEqual([]);
    expect(site.missing).toEqual([]);
    expect(host.missing).toEqual([]);
    await page.close();
  });

  it('ignores a height forged by another frame and a wrong sentinel from the embed itself', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 768, height: 900 });
    await page.goto(host.url);
    const before = await settle(page);
    for (const b of before) expect(Math.abs(b.frameH - b.contentH), `settled before the forgery: ${b.id}`).toBeLessThanOrEqual(2);
    await page.evaluate(() => {
      const f = document.getElementById('forger') as HTMLIFrameElement;
      f.contentWindow!.postMessage('forge', '*');
    });
    // The host page itself, and each embed with a wrong sentinel or another chart's id.
    await page.evaluate((s) => window.postMessage(JSON.stringify({ sentinel: s, type: 'height', chart: 'x', height: 1777 }), '*'), SENTINEL);
    for (const el of await page.$$('iframe[data-surge-embed]')) {
      const frame = (await el.contentFrame())!;
      await frame.evaluate((all) => {
        const own = document.documentElement.dataset.chart;
        parent.postMessage(JSON.stringify({ sentinel: 'pym', type: 'height', chart: own, height: 1777 }), '*');
        parent.postMessage(JSON.stringify({ type: 'height', chart: own, height: 1777 }), '*');
        // Right sentinel, but claiming another embed's chart.
        for (const chart of all) if (chart !== own) parent.postMessage(JSON.stringify({ sentinel: 'surge-embed', type: 'height', chart, height: 1777 }), '*');
      }, before.map((b) => b.id));
    }
    await page.waitForTimeout(600);
    const after = await settle(page);
    expect(after.map((a) => a.frameH)).toEqual(before.map((b) => b.frameH));
    expect(after.every((a) => a.frameH !== 1777)).toBe(true);
    await page.close();
  });
});

describe('default height without the script', () => {
  it('fits the embed’s document in a 640 px column within 15%', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${host.url}noscript.html`);
    const s = await steady(page);
    expect(s).toHaveLength(3);
    const report = s.map((f) => `${f.id}: default ${f.frameH} / document ${f.contentH.toFixed(1)} (${(((f.frameH - f.contentH) / f.contentH) * 100).toFixed(1)}%)`);
    console.log(report.join('\n'));
    for (const f of s) expect(Math.abs(f.frameH - f.contentH) / f.contentH, f.id).toBeLessThanOrEqual(0.15);
    // The script arriving after the embeds loaded asks them for their height.
    await page.addScriptTag({ url: `${site.url}embed/resize.js` });
    const late = await settle(page);
    for (const f of late) expect(Math.abs(f.frameH - f.contentH), `late script ${f.id}`).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('embed options', () => {
  const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  it('follows the reader’s colour scheme without JavaScript, and ?theme forces one with it', async () => {
    const id = ids[0]!;
    const noJs = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const p1 = await noJs.newPage();
    await p1.goto(`${site.url}embed/${id}/`);
    const darkBg = await bg(p1);
    await noJs.close();
    const ctx = await browser.newContext({ colorScheme: 'light' });
    const p2 = await ctx.newPage();
    await p2.goto(`${site.url}embed/${id}/`);
    const lightBg = await bg(p2);
    expect(lightBg).not.toBe(darkBg);
    await p2.goto(`${site.url}embed/${id}/?theme=dark`);
    expect(await bg(p2)).toBe(darkBg);
    await p2.goto(`${site.url}embed/${id}/?transparent=1`);
    expect(await bg(p2)).toBe('rgba(0, 0, 0, 0)');
    await p2.goto(`${site.url}embed/${id}/?plain=1`);
    // The title block collapses to a visually hidden box (still the figure's accessible name).
    const title = p2.locator('.chart-frame > div:has(> .chart-title)');
    expect(await title.count()).toBe(1);
    expect((await title.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    await p2.goto(`${site.url}embed/${id}/`);
    expect((await title.boundingBox())?.height ?? 0).toBeGreaterThan(10);
    await ctx.close();
  });
});

describe('embed code on the chart page', () => {
  it('turns root-relative URLs absolute and copies the code', async () => {
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await ctx.newPage();
    await page.goto(`${site.url}charts/${ids[0]}/`);
    await page.locator('details.embed-code summary').click();
    const code = await page.locator('textarea[data-embed-code]').inputValue();
    expect(code).toContain(`src="${site.url}embed/${ids[0]}/"`);
    expect(code).toContain(`src="${site.url}embed/resize.js"`);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.locator('[data-embed-status]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await ctx.close();
  });
});

describe('embed page accessibility', () => {
  it('has no axe violations (WCAG 2.2 A/AA) in light and dark', async () => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme });
      const page = await ctx.newPage();
      for (const id of ids.slice(0, 4)) {
        await page.goto(`${site.url}embed/${id}/`);
        const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(r.violations.map((v) => `${colorScheme} ${id}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      // The embed code block on a chart page, opened.
      await page.goto(`${site.url}charts/${ids[0]}/`);
      await page.locator('details.embed-code summary').click();
      const r = await new AxeBuilder({ page }).include('.embed-tools').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(r.violations.map((v) => `${colorScheme} embed code: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await ctx.close();
    }
  });
});

describe('embed page without JavaScript', () => {
  it('shows the chart, its title, source and a link back to the chart page', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const id of ids) {
      await page.goto(`${site.url}embed/${id}/`);
      expect(await page.locator('svg').count(), id).toBeGreaterThan(0);
      expect(await page.locator('h1, h2').first().textContent(), id).toBeTruthy();
      expect(await page.locator(`a[href$="/charts/${id}/"]`).count(), id).toBeGreaterThan(0);
      for (const file of ['chart.svg', 'chart.png', 'data.csv']) expect(await page.locator(`a[href$="/charts/${id}/${file}"]`).count(), `${id} ${file}`).toBeGreaterThan(0);
      // No site chrome.
      expect(await page.locator('header.site-header, footer.site-footer').count(), id).toBe(0);
    }
    await ctx.close();
  });
});

describe('downloads and oEmbed', () => {
  it('SVG downloads are standalone, well-formed SVG', async () => {
    const page = await browser.newPage();
    for (const id of ids) {
      const svg = await readFile(path.join(dist, 'charts', id, 'chart.svg'), 'utf8');
      expect(svg, id).toMatch(/^(<\?xml[^>]*\?>\s*)?<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, id).not.toMatch(/var\(--/);
      const res = await page.goto(`${site.url}charts/${id}/chart.svg`);
      expect(res?.headers()['content-type']).toContain('image/svg+xml');
      const ok = await page.evaluate(() => document.documentElement.namespaceURI === 'http://www.w3.org/2000/svg' && !document.querySelector('parsererror'));
      expect(ok, id).toBe(true);
      // The font stacks end in a generic family.
      for (const m of svg.matchAll(/font-family(?:="|:\s*)([^";]+)/g)) expect(m[1], id).toMatch(/(sans-serif|serif|monospace)\s*'?$/);
    }
    await page.close();
  });

  it('PNGs decode at twice the SVG size', async () => {
    for (const id of ids) {
      const svg = await readFile(path.join(dist, 'charts', id, 'chart.svg'), 'utf8');
      const png = await readFile(path.join(dist, 'charts', id, 'chart.png'));
      const s = svgSize(svg)!;
      expect(s, id).not.toBeNull();
      expect(pngSize(png), id).toEqual({ width: Math.round(s.width * 2), height: Math.round(s.height * 2) });
    }
  });

  it('CSVs hold exactly the rows of the chart’s data table', async () => {
    for (const id of ids) {
      const csv = parseCsv(await readFile(path.join(dist, 'charts', id, 'data.csv'), 'utf8'));
      const html = await readFile(path.join(dist, 'charts', id, 'index.html'), 'utf8');
      // The page's own chart: the first data table (other views come later, behind <details>).
      const table = /<details class="chart-data"[\s\S]*?<table>([\s\S]*?)<\/table>/.exec(html)?.[1];
      expect(table, id).toBeTruthy();
      const cells = (tr: string, tag: string) =>
        [...tr.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => unescapeHtml(m[1]!.replace(/<[^>]+>/g, '')).trim());
      const head = cells(/<thead>([\s\S]*?)<\/thead>/.exec(table!)![1]!, 'th');
      const body = [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]!, 'td')).filter((r) => r.length > 0);
      const [keys, ...rows] = csv;
      expect(rows.length, id).toBe(body.length);
      expect(rows.length, id).toBeGreaterThan(0);
      // The table shows a subset of the CSV's columns, in the CSV's order (machine columns such as
      // ids, codes and raw numbers are in the CSV only), then the source sentence as "Source".
      expect(head.at(-1), id).toBe('Source');
      const col = (k: string) => rows.map((r) => r[keys!.indexOf(k)] ?? '');
      const shownAs = (k: string, j: number) =>
        rows.every((r, i) => {
          const cell = body[i]![j]!;
          const v = r[keys!.indexOf(k)] ?? '';
          if (k === 'stories') return (cell === '') === (v === '');
          if (k === 'source_url' && /^https?:\/\//.test(v)) return cell === new URL(v).hostname;
          return cell === v;
        });
      const assigned: string[] = [];
      let from = 0;
      for (let j = 0; j < head.length - 1; j++) {
        const at = keys!.findIndex((k, i) => i >= from && k !== 'quote' && shownAs(k, j));
        expect(at, `${id}: table column "${head[j]}" is no CSV column after "${assigned.at(-1) ?? '(start)'}"`).toBeGreaterThanOrEqual(0);
        assigned.push(keys![at]!);
        from = at + 1;
      }
      if (keys!.includes('quote')) rows.forEach((_, i) => expect(body[i]!.at(-1), `${id} row ${i} quote`).toBe(col('quote')[i]));
      // Ids stay out of the reader's table.
      for (const k of ['claim_ids', 'fact_id']) expect(assigned, id).not.toContain(k);
    }
  });

  it('oEmbed JSON has the fields the spec requires, and chart pages announce it', async () => {
    for (const id of ids) {
      const o = JSON.parse(await readFile(path.join(dist, 'oembed', `${id}.json`), 'utf8'));
      expect(o.type).toBe('rich');
      expect(o.version).toBe('1.0');
      for (const k of ['width', 'height']) expect(Number.isInteger(o[k]) && o[k] > 0, `${id} ${k}`).toBe(true);
      expect(o.html).toContain(`data-surge-embed="${id}"`);
      expect(o.html).toContain(`/embed/${id}/`);
      expect(o.title).toBeTruthy();
      expect(o.provider_name).toBeTruthy();
      const png = pngSize(await readFile(path.join(dist, 'charts', id, 'chart.png')));
      if ('thumbnail_url' in o) expect([o.thumbnail_width, o.thumbnail_height], id).toEqual([png.width, png.height]);
      const page = await readFile(path.join(dist, 'charts', id, 'index.html'), 'utf8');
      // The share card states the PNG's real size.
      expect(page).toContain(`<meta property="og:image:width" content="${png.width}">`);
      expect(page).toContain(`<meta property="og:image:height" content="${png.height}">`);
      expect(page).toMatch(new RegExp(`<link[^>]*rel="alternate"[^>]*type="application/json\\+oembed"[^>]*href="[^"]*/oembed/${id}\\.json"`));
      expect(page).toMatch(new RegExp(`<meta[^>]*property="og:image"[^>]*content="[^"]*/charts/${id}/chart\\.png"`));
    }
  });
});
