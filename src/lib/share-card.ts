// 1200×630 share image (Open Graph / Twitter card) for a story: an SVG of the
// headline, the outlet and date line and, when given, the lead chart, rendered
// to PNG with resvg, on the fixed fonts of lib/resvg-fonts.ts.
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { resvgFonts } from './resvg-fonts.ts';

export const CARD = { width: 1200, height: 630, pad: 64 } as const;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/**
 * Width of a line of text in px: the sum of its characters' advances, each measured once by
 * resvg on the same fonts it draws with (at 100 px, scaled). Measuring every candidate line
 * with its own resvg instance loaded the font files each time. Kerning is left out: a sum of advances is a little
 * wider than the drawn ink, so a line that fits by this measure fits on the card.
 */
export function resvgMeasure(): Measure {
  const font = resvgFonts();
  const REF = 100;
  const advances = new Map<string, number>();
  const ink = (text: string, weight: 400 | 700) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${REF * 2}"><text x="0" y="${REF * 1.5}" font-family="DejaVu Sans, sans-serif" font-weight="${weight}" font-size="${REF}" xml:space="preserve">${escapeXml(text)}</text></svg>`;
    return new Resvg(svg, { font }).getBBox()?.width ?? NaN;
  };
  const base = new Map<number, number>();
  // A character's advance: "x" + c + "x" minus "xx" (a space has no ink of its own).
  const advance = (ch: string, weight: 400 | 700) => {
    const key = `${weight}|${ch}`;
    let a = advances.get(key);
    if (a === undefined) {
      if (!base.has(weight)) base.set(weight, ink('xx', weight));
      a = ink(`x${ch}x`, weight) - base.get(weight)!;
      if (!Number.isFinite(a) || a < 0) a = REF * 0.6;
      advances.set(key, a);
    }
    return a;
  };
  return (text, size, weight) => {
    let w = 0;
    for (const ch of text) w += advance(ch, weight);
    return (w * size) / REF;
  };
}

/** Greedy word wrap into at most maxLines lines; the last line ends with "…" when text is left over. */
export function wrap(text: string, width: number, size: number, weight: 400 | 700, maxLines: number, measure: Measure): { lines: string[]; truncated: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (!line || measure(next, size, weight) <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i];
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
    i = words.length;
  }
  const truncated = i < words.length || line !== '';
  if (truncated) {
    let last = lines[lines.length - 1];
    while (last.includes(' ') && measure(`${last}…`, size, weight) > width) last = last.slice(0, last.lastIndexOf(' '));
    lines[lines.length - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  // A single word wider than the card (a URL, a long compound) is cut by characters.
  return {
    lines: lines.map((l) => {
      let s = l;
      while (s.length > 1 && measure(s, size, weight) > width) s = s.slice(0, -2) + '…';
      return s;
    }),
    truncated,
  };
}

export interface ShareCardInput {
  headline: string;
  /** Small line above the headline, e.g. the outlet. */
  kicker?: string | null;
  /** Line at the bottom, e.g. "estimated: early 2025 · 6 figures". */
  meta?: string | null;
  /** A self-contained <svg …>…</svg> with width/height or viewBox (lead chart), drawn on the right. */
  chartSvg?: string | null;
}

/** Nest a standalone chart SVG into the box (x, y, w, h): its own width/height give way to the box, its viewBox is kept. */
export function nestSvg(svg: string, x: number, y: number, w: number, h: number): string | null {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/i, '').trim();
  const m = /^<svg\b[^>]*>/.exec(body);
  if (!m || !body.endsWith('</svg>')) return null;
  const root = m[0];
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  let viewBox = attr('viewBox');
  if (!viewBox) {
    const width = parseFloat(attr('width') ?? '');
    const height = parseFloat(attr('height') ?? '');
    if (!(width > 0 && height > 0)) return null;
    viewBox = `0 0 ${width} ${height}`;
  }
  const open = root
    .replace(/\s(?:width|height|x|y|viewBox|preserveAspectRatio)="[^"]*"/g, '')
    .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet"`);
  return open + body.slice(root.length);
}

/** The card as SVG text (pure given `measure`). */
export function shareCardSvg(input: ShareCardInput, measure: Measure): string {
  const { width: W, height: H, pad } = CARD;
  const top = 120;
  const bottom = H - 110;
  // With a chart, the headline takes at most two lines above it; alone, it fills the card.
  const chartMin = 250;
  const sizes = input.chartSvg ? [52, 44, 38] : [64, 56, 48, 40];
  let chosen = { size: sizes[sizes.length - 1], lines: [] as string[] };
  for (const size of sizes) {
    const lh = Math.round(size * 1.18);
    const maxLines = input.chartSvg ? 2 : Math.max(1, Math.floor((bottom - top) / lh));
    const w = wrap(input.headline, W - pad * 2, size, 700, maxLines, measure);
    chosen = { size, lines: w.lines };
    if (!w.truncated) break;
  }
  const lh = Math.round(chosen.size * 1.18);
  const headline = chosen.lines
    .map((l, i) => `<text x="${pad}" y="${top + chosen.size + i * lh}" font-size="${chosen.size}" font-weight="700" fill="#1b1b1b">${escapeXml(l)}</text>`)
    .join('');
  const chartTop = top + chosen.lines.length * lh + 28;
  const chart = input.chartSvg && bottom - chartTop >= chartMin - 40 ? nestSvg(input.chartSvg, pad, chartTop, W - pad * 2, bottom - 16 - chartTop) ?? '' : '';
  const kicker = input.kicker ? wrap(input.kicker.toUpperCase(), W - pad * 2 - 260, 26, 700, 1, measure).lines[0] : null;
  const meta = input.meta ? wrap(input.meta, W - pad * 2, 28, 400, 1, measure).lines[0] : null;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, sans-serif">` +
    `<rect width="${W}" height="${H}" fill="#fcfcfa"/>` +
    `<rect width="${W}" height="12" fill="#0a5499"/>` +
    `<text x="${pad}" y="${pad + 20}" font-size="26" font-weight="700" fill="#0a5499" letter-spacing="2">SURGE DESK</text>` +
    (kicker ? `<text x="${W - pad}" y="${pad + 20}" font-size="26" font-weight="700" fill="#575757" text-anchor="end">${escapeXml(kicker)}</text>` : '') +
    headline +
    chart +
    `<rect x="${pad}" y="${H - 92}" width="${W - pad * 2}" height="2" fill="#d6d6d0"/>` +
    (meta ? `<text x="${pad}" y="${H - 44}" font-size="28" fill="#575757">${escapeXml(meta)}</text>` : '') +
    `</svg>`
  );
}

/**
 * Render the card to PNG bytes, rasterised on libuv's thread pool: with the build rendering
 * pages concurrently (astro.config.mjs build.concurrency), cards render on every core instead
 * of blocking the one JavaScript thread (a card with a chart takes about 60 ms).
 */
export async function renderShareCard(input: ShareCardInput, measure: Measure = resvgMeasure()): Promise<Buffer> {
  const svg = shareCardSvg(input, measure);
  return (await renderAsync(svg, { font: resvgFonts(), fitTo: { mode: 'original' }, logLevel: 'off' })).asPng();
}
