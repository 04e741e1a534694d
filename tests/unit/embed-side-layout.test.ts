// An embed wider than its drawing puts the caption beside it (charts.css, SIDE in
// src/charts/layout-widths.ts): laid out by Chromium on our own small page with the real
// stylesheet (skipped when no Chromium is installed).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDE, WIDE } from '../../src/charts/layout-widths.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/pdf/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const exe = findChromium();

describe.skipIf(!exe)('an embed’s caption beside its drawing', () => {
  let browser: Browser;
  let css: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: exe!, args: CHROMIUM_ARGS });
    css = await readFile(path.join(ROOT, 'src/styles/charts.css'), 'utf8');
  });
  afterAll(() => browser?.close());

  /** Boxes of a chart frame `width` px wide (embed or story frame) with a long caption. */
  async function boxes(width: number, kind: 'embed' | 'story' = 'embed') {
    const page = await browser.newPage({ viewport: { width: width + 40, height: 800 } });
    const notes = Array.from({ length: 6 }, (_, i) => `<li>Note ${i + 1}: what the series counts, where its measure changes, and how the figures were revised.</li>`).join('');
    await page.setContent(`<!doctype html><html><head><style>${css} body{margin:0;padding:0 20px;font:16px/1.6 sans-serif}</style></head><body>
      <figure class="chart-frame chart-frame--${kind}" style="width:${width}px;margin:0">
        <div><h1 class="chart-title">A line chart</h1><p class="chart-dek">What it draws.</p></div>
        <div class="chart-figure"><svg class="chart-svg is-wide" viewBox="0 0 520 450" width="520" height="450"><rect width="520" height="450" fill="#ddd"/></svg></div>
        <figcaption><p class="chart-description">A description of the line chart that runs to a few lines of text.</p>
          <p class="chart-source">Source: a publisher's series.</p><ul class="chart-notes">${notes}</ul></figcaption>
      </figure><p id="after">After the frame.</p></body></html>`);
    const r = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect;
      return { svg: box('svg'), cap: box('figcaption'), frame: box('figure'), after: box('#after') };
    });
    await page.close();
    return r;
  }

  it('below the side-by-side width the caption stays under the drawing', async () => {
    const r = await boxes(SIDE.from - 40);
    expect(r.cap.top).toBeGreaterThanOrEqual(r.svg.bottom);
  });
  it('from SIDE.from px the caption is a column beside the drawing, which keeps its design width', async () => {
    const r = await boxes(976); // a 1,000 px host less the embed's padding
    expect(Math.round(r.svg.width)).toBe(WIDE.design);
    expect(r.cap.left).toBeGreaterThanOrEqual(r.svg.right + SIDE.gap - 1);
    expect(r.cap.top).toBeLessThan(r.svg.bottom);
    // The frame holds the floated drawing: nothing after it runs up beside the drawing.
    expect(r.frame.bottom).toBeGreaterThanOrEqual(r.svg.bottom);
    expect(r.after.top).toBeGreaterThanOrEqual(r.svg.bottom);
  });
  it('a very wide embed draws at the wide layout’s largest size', async () => {
    const r = await boxes(1600);
    expect(Math.round(r.svg.width)).toBe(WIDE.max);
    expect(r.cap.left).toBeGreaterThanOrEqual(r.svg.right + SIDE.gap - 1);
  });
  it('a story’s or chart page’s frame is not changed', async () => {
    const r = await boxes(1100, 'story');
    expect(r.cap.top).toBeGreaterThanOrEqual(r.svg.bottom);
  });
});
