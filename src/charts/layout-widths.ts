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
