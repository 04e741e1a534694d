// oEmbed (https://oembed.com) response for one chart: type "rich", the embed
// code as html. Pure: the endpoint passes the site URL (or none) and sizes.
import { embedCode, embedPaths, publicUrl } from './code.ts';

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
}

export function oembed(o: OEmbedInput): OEmbedRich {
  const p = embedPaths(o.id);
  const abs = (path: string) => publicUrl(o.url(path), o.site);
  const res: OEmbedRich = {
    type: 'rich',
    version: '1.0',
    title: o.title,
    provider_name: PROVIDER_NAME,
    provider_url: abs(''),
    html: embedCode({ chart: o.id, title: o.title, src: abs(p.embed), script: abs(p.script), height: o.height }),
    width: NOMINAL_WIDTH,
    height: Math.round(o.height),
  };
  if (o.png) {
    res.thumbnail_url = abs(p.png);
    res.thumbnail_width = o.png.width;
    res.thumbnail_height = o.png.height;
  }
  return res;
}
