// The embed code an editor pastes into another site, and the URLs it uses.
// Pure functions: the chart page, the oEmbed endpoint and the tests share them.

/** A theme an editor can fix for an embed; 'auto' follows the host page or the reader. */
export type EmbedTheme = 'auto' | 'light' | 'dark';
export const FIXED_THEMES = ['light', 'dark'] as const;

/** Paths below the base for one chart's embed and downloads (through url() at the call site). */
export const embedPaths = (id: string) => ({
  embed: `embed/${id}/`,
  /** The embed with a fixed theme, also the URL to paste into WordPress for it. */
  embedFor: (theme: EmbedTheme) => (theme === 'auto' ? `embed/${id}/` : `embed/${id}/${theme}/`),
  oembedFor: (theme: EmbedTheme) => (theme === 'auto' ? `oembed/${id}.json` : `oembed/${id}.${theme}.json`),
  page: `charts/${id}/`,
  svg: `charts/${id}/chart.svg`,
  png: `charts/${id}/chart.png`,
  csv: `charts/${id}/data.csv`,
  oembed: `oembed/${id}.json`,
  script: 'embed/resize.js',
});

/**
 * An absolute URL when the site's address is configured (SITE_URL), else the
 * root-relative path as given (the copy button makes it absolute in the browser).
 */
export function publicUrl(rootRelative: string, site: URL | string | undefined): string {
  return site ? new URL(rootRelative, site).href : rootRelative;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedCodeInput {
  chart: string;
  title: string;
  /** URL of /embed/<id>/ (absolute or root-relative). */
  src: string;
  /** URL of /embed/resize.js. */
  script: string;
  /** Default height in px, right for a typical column without any script. */
  height: number;
}

/**
 * The <iframe> alone. frameborder="0" as well as the style: hosts that sanitise
 * embed code (WordPress keeps src, width, height, title and frameborder) drop the style.
 */
export function iframeHtml(c: EmbedCodeInput): string {
  return (
    `<iframe src="${attr(c.src)}" title="${attr(c.title)}" data-surge-embed="${attr(c.chart)}"` +
    ` width="100%" height="${Math.round(c.height)}" frameborder="0" loading="lazy"` +
    ` style="display:block;width:100%;border:0"></iframe>`
  );
}

/**
 * The link a host shows in place of the frame until the frame reports (WordPress
 * shows it without JavaScript and hides it once the embed speaks; so does resize.js).
 */
export function fallbackHtml(page: string, title: string): string {
  return `<blockquote><a href="${attr(page)}">${attr(title)}</a> (chart by Surge Desk)</blockquote>`;
}

/** The full embed code: the iframe and the resize script (loaded once however many embeds a page has). */
export function embedCode(c: EmbedCodeInput): string {
  return `${iframeHtml(c)}\n<script src="${attr(c.script)}" async></script>`;
}
