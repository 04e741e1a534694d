// The fonts of every resvg rendering (chart PNGs, share cards): the DejaVu files of the first
// system folder that has them, and no other system font, so that the PNG bytes do not depend on
// what else a machine has installed. The SVGs' font stacks end in DejaVu for this reason.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/local/share/fonts/dejavu', '/usr/share/fonts/TTF'];

let cached: ResvgRenderOptions['font'] | undefined;

export function resvgFonts(): ResvgRenderOptions['font'] {
  if (cached) return cached;
  const dir = FONT_DIRS.find((d) => existsSync(path.join(d, 'DejaVuSans.ttf')));
  // Only DejaVu's own files: a shared folder such as /usr/share/fonts/TTF holds other fonts too.
  const files = dir ? readdirSync(dir).filter((f) => /^DejaVu.*\.ttf$/.test(f)).sort().map((f) => path.join(dir, f)) : [];
  // Without DejaVu the rendering still works, with whatever the system has.
  cached = files.length
    ? {
        loadSystemFonts: false,
        fontFiles: files,
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
        serifFamily: 'DejaVu Serif',
        monospaceFamily: 'DejaVu Sans Mono',
      }
    : { loadSystemFonts: true };
  return cached;
}
