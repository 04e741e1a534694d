// Embeds in the hosts editors paste them into, each on another origin than the site
// (site on 127.0.0.1, hosts on localhost): a WordPress 6.1 post as WordPress emits an
// untrusted oEmbed result, run by the real wp-embed.js from Debian's `wordpress` package;
// an AMP-like page (amp-iframe's sandbox and embed-size message); and a plain page with
// our embed code, once sandboxed. At 375 and 1,280 px, light and dark: the frame ends
// within 2 px of its content (WordPress: or at its 1,000 px clamp), no border, links
// work, and forged messages from another frame change nothing.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDir, type ServedDir } from '../helpers/browser.ts';
import { ROOT, seedSite } from '../helpers/build.ts';

/** Where wp-embed.js is: Debian's installed package, or the copy .ci/run extracts from it. */
const WP_EMBED = ['/usr/share/wordpress/wp-includes/js/wp-embed.js', path.join(ROOT, 'node_modules/.cache/wordpress/wp-embed.js')];
const WP_CLAMP = 1000;
const SHOTS = process.env.EMBED_SHOTS_DIR;

let dist = '';
let browser: Browser;
let site: ServedDir;
let host: { url: string; close(): Promise<void> };
let ids: string[] = [];

/** What WordPress 6.1's wp_filter_oembed_result() does to an untrusted provider's rich HTML. */
export function wordpressFilter(html: string, secret: string): string {
  const allowed: Record<string, string[]> = { a: ['href'], blockquote: [], iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'] };
  // wp_kses: disallowed elements lose their tags (their text stays), allowed ones keep allowed attributes.
  const kses = (h: string, extra: Record<string, string[]> = {}) =>
    h.replace(/<(\/?)([a-z0-9]+)([^>]*)>/gi, (_, close: string, tag: string, rest: string) => {
      const t = tag.toLowerCase();
      const ok = allowed[t] && [...allowed[t]!, ...(extra[t] ?? [])];
      if (!ok) return '';
      if (close) return `</${t}>`;
      const attrs = [...rest.matchAll(/([a-z-]+)="([^"]*)"/gi)].filter((m) => ok.includes(m[1]!.toLowerCase())).map((m) => ` ${m[1]}="${m[2]}"`);
      return `<${t}${attrs.join('')}>`;
    });
  let out = kses(html);
  const m = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(out);
  if (!m?.[2]) throw new Error('WordPress would drop this embed: no iframe');
  out = (m[1] ?? '') + m[2];
  const src = / src=(['"])(.*?)\1/.exec(out)!;
  out = out.replace(src[0], ` src="${src[2]}#?secret=${secret}" data-secret="${secret}"`).replace('<blockquote', `<blockquote data-secret="${secret}"`);
  out = kses(out, { blockquote: ['data-secret'], iframe: ['data-secret'] });
  if (m[1]) {
    out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"').replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace(/<iframe/i, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

const page = (title: string, body: string, style = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,">
<style>*,*::before,*::after{box-sizing:border-box}body{margin:0;font:18px/1.6 Georgia,serif;background:#fff;color:#111}main{max-width:650px;margin:0 auto;padding:0 12px}${style}</style></head>
<body><main><h1>${title}</h1><p>The host’s story.</p>
${body}
<p>A frame from somewhere else that forges every protocol:</p>
<iframe id="forger" src="forger.html" title="forger" style="width:100%;height:40px;border:0"></iframe>
<p>After the embeds.</p></main></body></html>`;

/** Every protocol's height message, for each chart id and WordPress secret the page shows: from the wrong window. */
const FORGER = (charts: string[], secrets: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>forger</title></head><body>forger<script>
addEventListener('message', function (e) {
  if (e.data !== 'forge') return;
  var h = 1777;
  ${JSON.stringify(charts)}.forEach(function (c) {
    parent.postMessage(JSON.stringify({ sentinel: 'surge-embed', type: 'height', chart: c, height: h }), '*');
    var dw = {}; dw[c] = h; parent.postMessage({ 'datawrapper-height': dw }, '*');
  });
  ${JSON.stringify(secrets)}.forEach(function (s) {
    parent.postMessage({ message: 'height', value: h, secret: s }, '*');
    parent.postMessage({ message: 'link', value: location.href, secret: s }, '*');
  });
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
});
</script></body></html>`;

/** An AMP-like host: amp-iframe's sandbox, and its embed-size handling (from the window of that iframe only). */
const AMP_HOST = `<script>
addEventListener('message', function (e) {
  var d = e.data;
  if (typeof d === 'string') { try { d = JSON.parse(d); } catch (_) { return; } }
  if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
  document.querySelectorAll('amp-iframe iframe').forEach(function (f) {
    if (f.contentWindow === e.source && typeof d.height === 'number') f.style.height = Math.ceil(d.height) + 'px';
  });
});
</script>`;

beforeAll(async () => {
  ({ dist } = await seedSite());
  const wpEmbed = WP_EMBED.find((f) => existsSync(f));
  if (!wpEmbed) throw new Error(`wp-embed.js not found (${WP_EMBED.join(', ')}): bash .ci/run extracts it from Debian's wordpress package`);
  site = await serveDir(dist);
  ids = ['personnel-by-agency', 'border-encounters--usbp-nationwide-encounters-ohss-rounded10'].filter((id) => existsSync(path.join(dist, 'oembed', `${id}.json`)));
  const abs = (s: string) => s.replace(/((?:src|href)=")\/(?!\/)/g, `$1${site.url}`);
  const oembed = async (file: string) => JSON.parse(await readFile(path.join(dist, 'oembed', file), 'utf8')) as { html: string };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'surge-hosts-'));
  // WordPress: the first chart as discovered from its page, the second pasted as /embed/<id>/dark/.
  const secrets = ['a1B2c3D4e5', 'Z9y8X7w6V5'];
  const wp = [
    wordpressFilter(abs((await oembed(`${ids[0]}.json`)).html), secrets[0]!),
    wordpressFilter(abs((await oembed(`${ids[1]}.dark.json`)).html), secrets[1]!),
  ].map((h) => `<figure class="wp-block-embed is-type-rich is-provider-surge-desk wp-block-embed-surge-desk"><div class="wp-block-embed__wrapper">\n${h}\n</div></figure>`);
  await writeFile(path.join(dir, 'wp.html'), page('A WordPress post', wp.join('\n<p>Between the embeds.</p>\n') + `\n<script src="wp-embed.js"></script>`, '.wp-block-embed iframe{max-width:100%}.wp-block-embed__wrapper{position:relative}'));
  await writeFile(path.join(dir, 'wp-embed.js'), await readFile(wpEmbed));
  // AMP-like: <amp-iframe> renders an iframe with the author's sandbox and frameborder 0.
  const ampFrame = (id: string) =>
    `<amp-iframe style="display:block"><iframe src="${site.url}embed/${id}/" title="chart" sandbox="allow-scripts allow-same-origin allow-popups" frameborder="0" width="100%" height="600" style="display:block;width:100%"></iframe></amp-iframe>`;
  await writeFile(path.join(dir, 'amp.html'), page('An AMP-like page', ids.map(ampFrame).join('\n<p>Between the embeds.</p>\n') + AMP_HOST));
  // Plain: our embed code as published, the second one sandboxed by the host's CMS. ?bg=dark paints the host dark.
  const codes = await Promise.all(ids.map(async (id) => abs((await oembed(`${id}.json`)).html)));
  const plain = [codes[0]!, codes[1]!.replace('<iframe ', '<iframe sandbox="allow-scripts allow-popups" ')];
  await writeFile(path.join(dir, 'plain.html'), page('A plain page', plain.join('\n<p>Between the embeds.</p>\n')).replace('<body>', `<body><script>if (location.search.includes('bg=dark')) document.documentElement.style.cssText = 'color-scheme:dark'; document.addEventListener('DOMContentLoaded', function () { if (location.search.includes('bg=dark')) { document.body.style.background = '#121212'; document.body.style.color = '#eee'; } });</script>`));
  await writeFile(path.join(dir, 'forger.html'), FORGER(ids, secrets));
  host = await serveOn(dir, 'localhost');
  browser = await launchBrowser();
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** A static folder on 127.0.0.1 addressed by another host name: another origin and site than 127.0.0.1. */
async function serveOn(dir: string, name: string) {
  const server = http.createServer(async (req, res) => {
    const file = path.join(dir, path.basename(new URL(req.url ?? '/', 'http://x').pathname));
    const body = await readFile(file).catch(() => null);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${name}:${port}/`, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}

interface Measure {
  frameH: number;
  contentH: number;
  border: string;
  visible: boolean;
  theme: 'light' | 'dark';
}

const lum = (rgb: string) => {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};

async function frames(p: Page, sel: string): Promise<{ el: Awaited<ReturnType<Page['$']>>; frame: Frame }[]> {
  const out = [];
  for (const el of await p.$$(sel)) out.push({ el, frame: (await el.contentFrame())! });
  return out;
}

async function measure(p: Page, sel: string): Promise<Measure[]> {
  const out: Measure[] = [];
  for (const { el, frame } of await frames(p, sel)) {
    // Chromium does not render (nor run ResizeObserver in) a cross-origin frame out of view.
    await el!.scrollIntoViewIfNeeded();
    const box = await el!.evaluate((f) => {
      const cs = getComputedStyle(f);
      const r = f.getBoundingClientRect();
      return { h: r.height, border: `${cs.borderTopWidth} ${cs.borderRightWidth} ${cs.borderBottomWidth} ${cs.borderLeftWidth}`, visible: r.width > 100 && cs.position !== 'absolute' };
    });
    await frame.waitForLoadState('load');
    const inner = await frame.evaluate(() => ({ h: document.documentElement.getBoundingClientRect().height, bg: getComputedStyle(document.body).backgroundColor }));
    out.push({ frameH: box.h, contentH: inner.h, border: box.border, visible: box.visible, theme: lum(inner.bg) < 0.5 ? 'dark' : 'light' });
  }
  return out;
}

/** The frame ends at its content, or at the host's clamp when the content is taller. */
const fits = (m: Measure, clamp = Infinity) => Math.abs(m.frameH - Math.min(m.contentH, clamp)) <= 2;

async function settle(p: Page, sel: string, clamp = Infinity): Promise<Measure[]> {
  let last: Measure[] = [];
  let before = '';
  for (let i = 0; i < 60; i++) {
    last = await measure(p, sel);
    // A frame scrolled into view folds on its next frame (Chromium runs no ResizeObserver in a
    // cross-origin frame out of view), and under a clamp the frame "fits" at the clamp before the
    // page has folded: settled means fitting, within the clamp, and the same on two looks running.
    const now = JSON.stringify(last.map((m) => [Math.round(m.frameH), Math.round(m.contentH)]));
    if (last.length && now === before && last.every((m) => m.visible && fits(m, clamp) && m.contentH <= clamp)) return last;
    before = now;
    await p.waitForTimeout(150);
  }
  return last;
}

async function forge(p: Page, sel: string, before: Measure[]) {
  await p.evaluate(() => (document.getElementById('forger') as HTMLIFrameElement).contentWindow!.postMessage('forge', '*'));
  await p.waitForTimeout(500);
  const after = await measure(p, sel);
  expect(after.map((a) => Math.round(a.frameH))).toEqual(before.map((b) => Math.round(b.frameH)));
  expect(p.url()).toContain(host.url);
}

const HOSTS = [
  { name: 'wordpress', file: 'wp.html', sel: 'iframe.wp-embedded-content', clamp: WP_CLAMP },
  { name: 'amp', file: 'amp.html', sel: 'amp-iframe iframe', clamp: Infinity },
  { name: 'plain', file: 'plain.html', sel: 'iframe[data-surge-embed]', clamp: Infinity },
] as const;

describe('embeds in real hosts', () => {
  it('has wp-embed.js and two charts to embed', () => {
    expect(ids).toHaveLength(2);
  });

  for (const h of HOSTS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${h.name}, reader ${colorScheme}: fits its content at 375 and 1,280 px, no border, forgeries ignored`, async () => {
        const ctx = await browser.newContext({ colorScheme });
        const p = await ctx.newPage();
        const errors: string[] = [];
        p.on('pageerror', (e) => errors.push(String(e)));
        await p.goto(host.url + h.file);
        for (const width of [375, 1280]) {
          await p.setViewportSize({ width, height: 900 });
          const s = await settle(p, h.sel, h.clamp);
          expect(s).toHaveLength(2);
          for (const [i, m] of s.entries()) {
            const at = `${h.name} ${colorScheme} ${width}px #${i}: frame ${m.frameH} content ${m.contentH}`;
            expect(m.visible, at).toBe(true);
            expect(fits(m, h.clamp), at).toBe(true);
            // The fold keeps every chart within WordPress's clamp at both widths.
            if (h.clamp < Infinity) expect(m.contentH, at).toBeLessThanOrEqual(h.clamp);
            expect(m.border, at).toBe('0px 0px 0px 0px');
          }
          // Themes: WordPress says nothing (light, as its own embeds; the second was pasted as …/dark/);
          // AMP says nothing (the reader's); our script tells the light host page's theme.
          const want = h.name === 'wordpress' ? ['light', 'dark'] : h.name === 'amp' ? [colorScheme, colorScheme] : ['light', 'light'];
          expect(s.map((m) => m.theme), `${h.name} ${colorScheme} ${width}px themes`).toEqual(want);
          // Each frame on its own: a full-page shot leaves cross-origin frames out of view blank.
          if (SHOTS) for (const [i, { el }] of (await frames(p, h.sel)).entries()) await el!.screenshot({ path: path.join(SHOTS, `${h.name}-${width}-${colorScheme}-${i}.png`) });
          await forge(p, h.sel, s);
        }
        if (h.name === 'wordpress') expect(await p.locator('blockquote.wp-embedded-content').first().isVisible()).toBe(false);
        expect(errors).toEqual([]);
        await ctx.close();
      });
    }
  }

  it('plain host painted dark: the embed follows the host page, not the reader', async () => {
    const ctx = await browser.newContext({ colorScheme: 'light' });
    const p = await ctx.newPage();
    await p.goto(`${host.url}plain.html?bg=dark`);
    await p.setViewportSize({ width: 1280, height: 900 });
    let s: Measure[] = [];
    for (let i = 0; i < 30 && !(s.length && s.every((m) => m.theme === 'dark' && fits(m))); i++) {
      await p.waitForTimeout(100);
      s = await measure(p, 'iframe[data-surge-embed]');
    }
    expect(s.map((m) => m.theme)).toEqual(['dark', 'dark']);
    expect(s.every((m) => fits(m))).toBe(true);
    if (SHOTS) await p.screenshot({ path: path.join(SHOTS, 'plain-1280-darkhost.png'), fullPage: true });
    await ctx.close();
  });
});

describe('links in real hosts', () => {
  async function open(ctx: BrowserContext, file: string, sel: string, n = 0) {
    const p = await ctx.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    await p.goto(host.url + file);
    await settle(p, sel, file === 'wp.html' ? WP_CLAMP : Infinity);
    const { frame } = (await frames(p, sel))[n]!;
    return { p, frame };
  }

  it('WordPress: the chart page link navigates the top window through wp-embed.js', async () => {
    const ctx = await browser.newContext();
    const { p, frame } = await open(ctx, 'wp.html', 'iframe.wp-embedded-content');
    await frame.locator('.chart-links a', { hasText: 'Chart page' }).click();
    await p.waitForURL(`${site.url}charts/${ids[0]}/`, { timeout: 10_000 });
    await ctx.close();
  });

  it('WordPress: a link to another site shows its address to copy (no popup, no dead click)', async () => {
    const ctx = await browser.newContext();
    const { p, frame } = await open(ctx, 'wp.html', 'iframe.wp-embedded-content');
    await frame.locator('details.chart-data summary').click();
    const ext = frame.locator('details.chart-data a[href^="http"]').first();
    if ((await ext.count()) === 0) return void (await ctx.close());
    const href = await ext.getAttribute('href');
    let popup = false;
    ctx.on('page', () => (popup = true));
    await ext.click();
    await expect.poll(() => frame.locator('.embed-address input').inputValue()).toBe(new URL(href!).href);
    expect(popup).toBe(false);
    expect(p.url()).toBe(host.url + 'wp.html');
    await ctx.close();
  });

  for (const [file, sel, n] of [['amp.html', 'amp-iframe iframe', 0], ['plain.html', 'iframe[data-surge-embed]', 0], ['plain.html', 'iframe[data-surge-embed]', 1]] as const) {
    it(`${file} frame ${n}: the chart page link opens in a new tab (popups allowed)`, async () => {
      const ctx = await browser.newContext();
      const { p, frame } = await open(ctx, file, sel, n);
      const [tab] = await Promise.all([ctx.waitForEvent('page'), frame.locator('.chart-links a', { hasText: 'Chart page' }).click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toBe(`${site.url}charts/${ids[n]}/`);
      expect(p.url()).toContain(file);
      await ctx.close();
    });
  }
});
