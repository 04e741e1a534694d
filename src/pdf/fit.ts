// A chart's drawing is one unbreakable box kept with its title (print.css). When it is a few
// lines too tall for what is left of a page, Chromium moves the whole chart overleaf and leaves
// the page half blank (story 002: a map 6 px too tall for page 1). CSS cannot know how much of a
// page is left, so the runner asks the printed PDF: a zero-height probe before each chart frame
// and one at the top of its title block become named destinations (Chromium makes one for every in-document link
// target), whose pages and heights say whether the frame was pushed and how much room it left.
// A pushed drawing is then capped to that room, if its smallest text stays at 12 px or more
// (print.css: no text below 9pt), and the page printed again; else it moves overleaf as before.
// One drawing per pass (fitting one moves everything after it), at most MAX_FIT_PASSES passes.
import type { Page } from 'playwright-core';
import { namedDestinations } from './toc.ts';

export const FIT_PREFIX = 'pdf-fit';
export const MAX_FIT_PASSES = 3;
/** Room kept free below a fitted drawing: margins that collapse differently at a page foot. */
export const FIT_SAFETY_PX = 12;
/** The smallest text a fitted drawing may show (print.css: no text below 9pt = 12 px). */
export const MIN_TEXT_PX = 12;

const PX_PER_PT = 96 / 72;
const PX_PER_MM = 96 / 25.4;
const PAPER_MM = { Letter: [215.9, 279.4], A4: [210, 297] } as const;

/** The printable box of a page, in CSS px (Chromium lays the print out at this width). */
export function contentBox(format: keyof typeof PAPER_MM, margin: { top: string; bottom: string; left: string; right: string }): { width: number; height: number } {
  const mm = (s: string) => Number.parseFloat(s);
  const [w, h] = PAPER_MM[format];
  return { width: (w - mm(margin.left) - mm(margin.right)) * PX_PER_MM, height: (h - mm(margin.top) - mm(margin.bottom)) * PX_PER_MM };
}

export interface Destination {
  page: number;
  /** Distance from the top of the page's printable box to the target's top, CSS px. */
  y: number;
}

/**
 * Named destinations with their page and height. Chromium writes /XYZ left top with `top`
 * counted up from the bottom of the page over the printable box only (a target at the top of
 * the box has top = page height), so the distance down the box is page height − top.
 */
export async function destinationTops(bytes: Uint8Array): Promise<Map<string, Destination>> {
  const out = new Map<string, Destination>();
  for (const d of await namedDestinations(bytes)) {
    if (d.top !== null) out.set(d.name, { page: d.pageIndex + 1, y: (d.pageHeight - d.top) * PX_PER_PT });
  }
  return out;
}

export interface FrameLayout {
  /** From the probe before the frame to the top of its drawing (margin and title block), px. */
  gap: number;
  /** The drawing's height now, px. */
  height: number;
  /** The least height at which its smallest text is still MIN_TEXT_PX, px (0: no text). */
  floor: number;
}

/**
 * The height to give a pushed drawing so that its frame's title and drawing fit in the room its
 * page left, or null: not pushed (the frame starts on the probe's page), already small enough,
 * or the room would shrink its text below MIN_TEXT_PX. Pure.
 */
export function fitHeight(before: Destination, top: Destination, frame: FrameLayout, pageHeight: number, safety = FIT_SAFETY_PX): number | null {
  if (top.page <= before.page) return null;
  const room = pageHeight - before.y - frame.gap - safety;
  const h = Math.floor(room);
  if (h >= frame.height || h < frame.floor || h <= 0) return null;
  return h;
}

/** In the page (self-contained): a probe before each chart frame and at its top, with links to both. */
export function installFitProbes(prefix: string): number {
  const probe = (id: string) => {
    const d = document.createElement('div');
    d.id = id;
    d.setAttribute('aria-hidden', 'true');
    d.style.cssText = 'height:0;margin:0;padding:0;border:0';
    return d;
  };
  let n = 0;
  for (const frame of Array.from(document.querySelectorAll<HTMLElement>('.chart-frame'))) {
    if (!frame.querySelector('.chart-figure svg')) continue;
    frame.before(probe(`${prefix}-before-${n}`));
    // The frame itself may start on one page while its unbreakable part (the title block and
    // the drawing kept with it) moves overleaf: the top probe goes inside that part.
    const unit = frame.querySelector(':scope > :has(.chart-title)') ?? frame.querySelector('.chart-figure')!;
    unit.prepend(probe(`${prefix}-top-${n}`));
    frame.dataset.pdfFit = String(n);
    for (const id of [`${prefix}-before-${n}`, `${prefix}-top-${n}`]) {
      const a = document.createElement('a');
      a.href = `#${id}`;
      a.hidden = true; // a hidden link still makes its target a named destination
      document.body.append(a);
    }
    n++;
  }
  return n;
}

/** In the page (self-contained): each probed frame's layout, at the current (print) width. */
export function measureFrames(prefix: string): (FrameLayout | null)[] {
  const out: (FrameLayout | null)[] = [];
  for (const frame of Array.from(document.querySelectorAll<HTMLElement>('[data-pdf-fit]'))) {
    const before = document.getElementById(`${prefix}-before-${frame.dataset.pdfFit}`);
    const svg = Array.from(frame.querySelectorAll<SVGSVGElement>('.chart-figure svg')).find((s) => getComputedStyle(s).display !== 'none');
    const vb = svg?.viewBox.baseVal;
    if (!before || !svg || !vb || !(vb.width > 0 && vb.height > 0)) {
      out.push(null);
      continue;
    }
    const box = svg.getBoundingClientRect();
    const sizes = Array.from(svg.querySelectorAll('text'), (t) => Number.parseFloat(getComputedStyle(t).fontSize)).filter((v) => v > 0);
    const smallest = sizes.length ? Math.min(...sizes) : 0;
    // Capped in height, the drawing scales by height / viewBox height (meet), and its text with it.
    const floor = smallest ? (vb.height * 12) / smallest : 0;
    out.push({ gap: box.top - before.getBoundingClientRect().top, height: box.height, floor });
  }
  return out;
}

/**
 * Fits pushed drawings, one per pass, re-printing after each; returns the last print and how
 * many drawings were fitted. `probes` is what installFitProbes returned before the first print.
 */
export async function fitDrawings<T extends Uint8Array>(
  page: Page,
  first: T,
  probes: number,
  box: { width: number; height: number },
  print: () => Promise<T>,
): Promise<{ bytes: T; fitted: number }> {
  let bytes = first;
  let fitted = 0;
  if (probes === 0) return { bytes, fitted };
  // Measured at the printed width (the print itself ignores the viewport); render.ts loads every
  // page at that size already.
  await page.setViewportSize({ width: Math.round(box.width), height: Math.round(box.height) });
  for (let pass = 0; pass < MAX_FIT_PASSES; pass++) {
    const dests = await destinationTops(bytes);
    const frames = await page.evaluate(measureFrames, FIT_PREFIX);
    let target: { i: number; h: number } | null = null;
    for (let i = 0; i < frames.length && !target; i++) {
      const before = dests.get(`${FIT_PREFIX}-before-${i}`);
      const top = dests.get(`${FIT_PREFIX}-top-${i}`);
      const f = frames[i];
      if (!before || !top || !f) continue;
      const h = fitHeight(before, top, f, box.height);
      if (h !== null) target = { i, h };
    }
    if (!target) break;
    await page.evaluate(
      ([i, h]) => {
        const frame = document.querySelector<HTMLElement>(`[data-pdf-fit="${i}"]`);
        const svg = frame && Array.from(frame.querySelectorAll<SVGSVGElement>('.chart-figure svg')).find((s) => getComputedStyle(s).display !== 'none');
        if (svg) svg.style.maxHeight = `${h}px`;
      },
      [target.i, target.h] as const,
    );
    fitted++;
    bytes = await print();
  }
  return { bytes, fitted };
}
