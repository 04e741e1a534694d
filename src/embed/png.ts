// PNG downloads: a standalone SVG rasterised at 2× with resvg (no browser).
// Fonts: lib/resvg-fonts.ts (DejaVu only), so the bytes are stable across machines.
import { Resvg } from '@resvg/resvg-js';
import { resvgFonts } from '../lib/resvg-fonts.ts';
import { PNG_SCALE } from './card.ts';

export { PNG_SCALE };

export interface PngOptions {
  scale?: number;
  /** Background colour; the standalone SVG usually paints its own. */
  background?: string;
}

/** Rasterise `svg` to PNG bytes at `scale` × its intrinsic width. */
export function svgToPng(svg: string, opts: PngOptions = {}): Buffer {
  const scale = opts.scale ?? PNG_SCALE;
  const width = svgSize(svg)?.width;
  const resvg = new Resvg(svg, {
    font: resvgFonts(),
    fitTo: width ? { mode: 'width', value: Math.round(width * scale) } : { mode: 'zoom', value: scale },
    background: opts.background,
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/** Intrinsic size of an SVG from its root width/height attributes (or viewBox). */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) return null;
  const attr = (n: string) => {
    const m = new RegExp(`\\s${n}="([0-9.]+)(px)?"`).exec(root);
    return m ? Number(m[1]) : null;
  };
  const w = attr('width');
  const h = attr('height');
  if (w !== null && h !== null) return { width: w, height: h };
  const vb = /\sviewBox="([-0-9. ,]+)"/.exec(root)?.[1]?.trim().split(/[\s,]+/).map(Number);
  return vb && vb.length === 4 ? { width: vb[2]!, height: vb[3]! } : null;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}
