// The two design widths ChartFrame draws every chart at, and where the CSS switches between them
// (src/styles/charts.css, a container query on the chart frame's own width, so no JavaScript).
// One place for the numbers: the embed's default height (src/embed/size.ts) and a unit test
// that reads charts.css use them too.

/** The phone layout: grows at most 1.25× (13 px labels stay ≤ 16 px). */
export const NARROW = { design: 288, max: 360 } as const;
/**
 * The wide layout, shown from a chart box `from` px wide. Designed at that same width, so its
 * 13 px labels never render smaller; `from` fits the narrowest common content column (a 560 px
 * WordPress column less the embed's 24 px padding = 536 px), so a 560–700 px column draws the
 * wide chart instead of a 360 px phone chart beside empty space. Grows at most ~1.27×.
 */
export const WIDE = { design: 520, max: 660, from: 520 } as const;

/**
 * An embed's caption beside its drawing (charts.css, `.chart-frame--embed`): from a chart box
 * `from` px wide the drawing floats left at `box − caption` px, kept between WIDE.design and
 * WIDE.max, `gap` px from the caption column. Wide hosts otherwise stacked a 660 px drawing over
 * a long caption and folded it to stay under WordPress's 1,000 px, with half the width empty.
 */
export const SIDE = { from: 900, caption: 576, gap: 24 } as const;

/** The drawing's width in a side-by-side embed `box` px wide (the CSS clamp()). */
export function sideDrawingWidth(box: number): number {
  return Math.min(WIDE.max, Math.max(WIDE.design, box - SIDE.caption));
}
