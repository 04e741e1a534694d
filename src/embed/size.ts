// The embed's default height: what the iframe gets before (or without) the resize
// script. Estimated from the chart's own layout height plus the frame's text,
// wrapped with the same text metrics the layouts use, at a nominal column width.
import { layoutBars } from '../charts/layout/bars.ts';
import { layoutFactBox } from '../charts/layout/factbox.ts';
import { layoutLine } from '../charts/layout/line.ts';
import { layoutMap } from '../charts/layout/map.ts';
import { layoutTimeline } from '../charts/layout/timeline.ts';
import { NARROW, SIDE, WIDE, sideDrawingWidth } from '../charts/layout-widths.ts';
import { textWidth } from '../charts/text.ts';
import type { ChartSpec } from '../charts/types.ts';
import { sourceStories } from '../charts/listed.ts';
import { andMore } from '../lib/lists.ts';
import { url } from '../lib/paths.ts';
import { CHART_WIDTH, PNG_SCALE, cardLayout } from './card.ts';
import { embedPaths, publicUrl } from './code.ts';
import { FOLD_ABOVE, foldPlan, type Foldable } from './fold.ts';
import { NOMINAL_WIDTH } from './oembed.ts';

// Layout widths ChartFrame draws (src/charts/layout-widths.ts). The narrow one grows at most 1.25×:
// scaled further, a tall chart would overflow a host's 1,000 px clamp.
/** Body padding of the embed page (Embed.astro): 12 px sides, 12 top + 8 bottom. */
export const PAD_X = 24;
const PAD_Y = 20;

/** Which layout a chart box `box` px wide shows (the CSS container query) and its drawn width (px). */
export function chartLayoutAt(box: number): { design: number; shown: number } {
  const l = box >= WIDE.from ? WIDE : NARROW;
  return { design: l.design, shown: Math.min(box, l.max) };
}

/** The chart's SVG height (px) at a design width, from its layout function. */
export function layoutHeight(spec: ChartSpec, width: number): number {
  const narrow = width < 480;
  switch (spec.kind) {
    case 'bars':
      return layoutBars(spec.rows, width, spec.apartTotal).height;
    case 'line':
      return layoutLine(spec.rows, spec.series, width, narrow, spec.frame).height;
    case 'timeline':
      return layoutTimeline(spec.rows, width, narrow).height;
    case 'map':
      return layoutMap(spec.rows, width).height;
    default:
      return spec.rows[0] ? layoutFactBox(spec.rows[0], width).height : 0;
  }
}

/** Lines of `text` at `size` px in a column `width` wide (a slightly generous estimate). */
function lines(text: string, width: number, size: number): number {
  return Math.max(1, Math.ceil((textWidth(text, size) * 1.05) / width));
}

/** Height of the fold's summary line (px): the embed's script measures the same element. */
const FOLD_SUMMARY = 36;

/**
 * Estimated document height of /embed/<id>/ in an iframe `frameWidth` px wide (px,
 * rounded up), with the caption folded as the embed's script folds it above
 * FOLD_ABOVE (src/embed/fold.ts); `fold: false` for the unfolded page.
 */
export function embedHeight(spec: ChartSpec, frameWidth = NOMINAL_WIDTH, fold = true): number {
  const w = frameWidth - PAD_X;
  const rem = 16;
  const small = 0.875 * rem; // caption text: 14 px, line-height 1.6
  const smallLine = small * 1.6;
  // Title block: title 1.15rem/1.2 + 0.25rem; dek 0.95rem/1.6 + 0.75rem.
  let h = lines(spec.title, w, 1.15 * rem * 1.05) * 1.15 * rem * 1.2 + 0.25 * rem;
  h += lines(spec.dek, w, 0.95 * rem) * 0.95 * rem * 1.6 + 0.75 * rem;
  // The chart, scaled to the frame like the CSS does; from SIDE.from the caption is a column beside it.
  const side = w >= SIDE.from;
  const { design, shown } = side ? { design: WIDE.design, shown: sideDrawingWidth(w) } : chartLayoutAt(w);
  const chart = (layoutHeight(spec, design) * shown) / design;
  const col = side ? w - shown - SIDE.gap : w;
  // Caption: description and source paragraphs (1em margins, collapsed between them).
  // The source line as the embed's frame prints it (ChartFrame.astro): its first few stories, and how many more.
  const { listed, more: left } = sourceStories(spec, true);
  const storyText = spec.story_count ? ` Stories: ${listed.map((s) => s.headline).join('; ')}${left > 0 ? `, ${andMore(left)} (all in the datasets)` : ''}.` : '';
  const parts: Record<Foldable, number> = {
    description: lines(spec.description, col, small) * smallLine + small,
    source: lines(spec.source + storyText, col, small) * smallLine + small,
    // Notes: a list with 0.4rem margins, indented 1.1rem.
    notes: spec.notes.length ? spec.notes.reduce((s, n) => s + lines(n, col - 1.1 * rem, small) * smallLine, 0.4 * rem) : 0,
  };
  // Data table (closed <details>) and links row, in the caption.
  const rest = 0.5 * rem + smallLine + 0.5 * rem + (0.4 * rem + smallLine + 0.4 * rem);
  const caption = small + parts.description + parts.source + parts.notes + rest;
  // Side by side, the taller column decides (the drawing keeps a 0.5rem margin below it); a fold
  // takes its parts out of the caption column only.
  const below = side ? Math.max(chart + 0.5 * rem, caption) : chart + caption;
  h += below;
  // The embed's download/credit line.
  h += smallLine + 0.5 * rem;
  h += PAD_Y;
  const folded = fold ? foldPlan(h, parts, FOLD_SUMMARY, FOLD_ABOVE) : [];
  if (folded.length) {
    const shrunk = caption + FOLD_SUMMARY - folded.reduce((s, k) => s + parts[k], 0);
    h += (side ? Math.max(chart + 0.5 * rem, shrunk) : chart + shrunk) - below;
  }
  return Math.ceil(h);
}

/** The credit line under a downloaded chart: where it comes from. */
export function creditLine(id: string, site: URL | string | undefined): string {
  return `Chart: Surge Desk · ${publicUrl(url(embedPaths(id).page), site)}`;
}

/** Pixel size of the downloaded SVG and (× PNG_SCALE) of the PNG; pages state it in og:image and oEmbed. */
export function downloadSize(spec: ChartSpec, site: URL | string | undefined): { width: number; height: number; png: { width: number; height: number } } {
  const l = cardLayout(spec, layoutHeight(spec, CHART_WIDTH), creditLine(spec.id, site));
  return { width: l.width, height: l.height, png: { width: Math.round(l.width * PNG_SCALE), height: Math.round(l.height * PNG_SCALE) } };
}
