// A chart pushed overleaf by a few lines is capped to the room its page left (src/pdf/fit.ts,
// issue 18: story 002's map left page 1 half blank). The arithmetic is pure; the last block
// prints our own small pages in Chromium (skipped when none is installed).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../src/pdf/chromium.ts';
import { contentBox, destinationTops, fitDrawings, fitHeight, FIT_PREFIX, installFitProbes } from '../../src/pdf/fit.ts';
import { MARGIN } from '../../src/pdf/render.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LETTER = contentBox('Letter', MARGIN);

describe('the printable box', () => {
  it('is the paper less the runner’s margins, in CSS px', () => {
    // Letter 215.9 × 279.4 mm less 18 + 18 mm and 20 + 18 mm: 179.9 × 241.4 mm.
    expect(LETTER.width).toBeCloseTo((179.9 * 96) / 25.4, 6);
    expect(LETTER.height).toBeCloseTo((241.4 * 96) / 25.4, 6);
    expect(contentBox('A4', MARGIN).height).toBeCloseTo((259 * 96) / 25.4, 6);
  });
});

describe('fitHeight', () => {
  const frame = { gap: 80, height: 455, floor: 330 };
  it('caps a pushed drawing to the room left, less the safety margin', () => {
    // 912 − 385 − 80 − 12 = 435
    expect(fitHeight({ page: 1, y: 385 }, { page: 2, y: 0 }, frame, 912)).toBe(435);
  });
  it('leaves a frame alone that was not pushed', () => {
    expect(fitHeight({ page: 1, y: 385 }, { page: 1, y: 402 }, frame, 912)).toBeNull();
  });
  it('lets a drawing move overleaf when fitting would take its text below 12 px', () => {
    // Room for 235 px, but its smallest text stays 12 px only down to 330 px.
    expect(fitHeight({ page: 1, y: 585 }, { page: 2, y: 0 }, frame, 912)).toBeNull();
  });
  it('never grows a drawing, and never gives a height of zero or less', () => {
    expect(fitHeight({ page: 1, y: 100 }, { page: 2, y: 0 }, frame, 912)).toBeNull();
    expect(fitHeight({ page: 1, y: 900 }, { page: 2, y: 0 }, { ...frame, floor: 0 }, 912)).toBeNull();
  });
});

describe('destinationTops', () => {
  it('reads each named destination’s page and its distance down the page', async () => {
    const doc = await PDFDocument.create();
    const pages = [doc.addPage([612, 792]), doc.addPage([612, 792])];
    const xyz = (i: number, top: number) => doc.context.obj([pages[i]!.ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(top), PDFNumber.of(0)]);
    doc.catalog.set(PDFName.of('Dests'), doc.context.obj({ 'pdf-fit-before-0': xyz(0, 504), 'pdf-fit-top-0': xyz(1, 792) }));
    const dests = await destinationTops(await doc.save());
    // 792 − 504 = 288 pt = 384 px down page 1; the top of page 2.
    expect(dests.get('pdf-fit-before-0')).toEqual({ page: 1, y: 384 });
    expect(dests.get('pdf-fit-top-0')).toEqual({ page: 2, y: 0 });
  });
});

const exe = findChromium();
describe.skipIf(!exe)('printing a chart that is a few lines too tall for its page', () => {
  let browser: Browser;
  let css: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: exe!, args: CHROMIUM_ARGS });
    css = await readFile(path.join(ROOT, 'src/styles/print.css'), 'utf8');
  });
  afterAll(() => browser?.close());

  /** Our own page: a block of `lead` px of text, then a chart frame as the site marks it up. */
  async function printed(lead: number, text = 13) {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const svg = `<svg class="chart-svg" viewBox="0 0 520 358" width="520" height="358" style="width:100%;height:auto;display:block">
      <rect width="520" height="358" fill="#eee"/><text x="10" y="30" style="font-size:${text}px">Chicago</text></svg>`;
    await page.setContent(`<!doctype html><html><head><style>${css} body{margin:0;font:16px/1.5 sans-serif} .lead{height:${lead}px}</style></head>
      <body><main><p class="lead">Lead paragraph.</p>
      <figure class="chart-frame"><div><h2 class="chart-title">A chart</h2><p class="chart-dek">Its dek.</p></div>
      <div class="chart-figure">${svg}</div><figcaption><p>Its description.</p></figcaption></figure></main></body></html>`);
    const probes = await page.evaluate(installFitProbes, FIT_PREFIX);
    const print = () => page.pdf({ format: 'Letter', margin: MARGIN });
    const first = await print();
    const fit = await fitDrawings(page, first, probes, LETTER, print);
    const [before, after] = [await destinationTops(first), await destinationTops(fit.bytes)];
    const height = await page.evaluate(() => document.querySelector('svg')!.getBoundingClientRect().height);
    await page.close();
    return { probes, fitted: fit.fitted, firstPage: before.get(`${FIT_PREFIX}-top-0`)!.page, page: after.get(`${FIT_PREFIX}-top-0`)!.page, height };
  }

  it('caps the drawing so that the chart stays on the page it starts on', async () => {
    // 660 px wide → 454 px tall; after a 400 px lead the frame needs a few px more than page 1 has.
    const r = await printed(400);
    expect([r.probes, r.firstPage]).toEqual([1, 2]);
    expect([r.fitted, r.page]).toEqual([1, 1]);
    expect(r.height).toBeLessThan(454);
    // Its 13 px text stays at 12 px or more: at least 358 × 12 / 13 = 330.5 px tall.
    expect(r.height).toBeGreaterThan(330.5);
  });
  it('leaves a chart that fits, and one that would shrink too far, as Chromium places them', async () => {
    const fits = await printed(300);
    expect([fits.fitted, fits.firstPage, fits.page]).toEqual([0, 1, 1]);
    // After 600 px only about 200 px are left: its 13 px text would print below 12 px.
    const far = await printed(600);
    expect([far.fitted, far.firstPage, far.page]).toEqual([0, 2, 2]);
  });
  it('keeps text at 12 px or more: small text is not shrunk at all', async () => {
    // Text drawn at 9 px in a 520-wide viewBox prints at 11.4 px at 660 px: already under 12.
    const r = await printed(400, 9);
    expect([r.fitted, r.page]).toEqual([0, 2]);
  });
});
