// oEmbed (https://oembed.com) response for one chart: type "rich", the embed
// code as html. Pure: the endpoint passes the site URL (or none) and sizes.
import { embedCode, embedPaths, fallbackHtml, publicUrl, type EmbedTheme } from './code.ts';
import { FOLD_ABOVE } from './fold.ts';

export const PROVIDER_NAME = 'Surge Desk';
/** Width (px) the default iframe height is computed for; the iframe itself is fluid. */
export const NOMINAL_WIDTH = 640;

export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OEmbedInput {
  id: string;
  title: string;
  height: number;
  /** Path maker under the base (url() from src/lib/paths.ts). */
  url: (p: string) => string;
  site: URL | string | undefined;
  /** The PNG's pixel size, for the thumbnail fields (all three or none). */
  png?: { width: number; height: number };
  /** The embed's theme (default 'auto'): its iframe shows /embed/<id>/<theme>/. */
  theme?: EmbedTheme;
}

/**
 * Largest height (px) a published response states: the size the embed folds to
 * (src/embed/fold.ts) and WordPress's own cap. A static file cannot read the
 * consumer's maxheight; this is the bound it can keep (README, "oEmbed").
 */
export const MAX_OEMBED_HEIGHT = FOLD_ABOVE;

export function oembed(o: OEmbedInput): OEmbedRich {
  const p = embedPaths(o.id);
  const abs = (path: string) => publicUrl(o.url(path), o.site);
  const res: OEmbedRich = {
    type: 'rich',
    version: '1.0',
    title: o.title,
    provider_name: PROVIDER_NAME,
    provider_url: abs(''),
    // A <blockquote> link first: WordPress keeps it (and then loads its embed script) and
    // shows it where the frame cannot run; the iframe and our resize script follow.
    html:
      fallbackHtml(abs(p.page), o.title) +
      embedCode({ chart: o.id, title: o.title, src: abs(p.embedFor(o.theme ?? 'auto')), script: abs(p.script), height: Math.min(o.height, MAX_OEMBED_HEIGHT) }),
    width: NOMINAL_WIDTH,
    height: Math.min(Math.round(o.height), MAX_OEMBED_HEIGHT),
  };
  if (o.png) {
    res.thumbnail_url = abs(p.png);
    res.thumbnail_width = o.png.width;
    res.thumbnail_height = o.png.height;
  }
  return res;
}
