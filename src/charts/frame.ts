// The window a story or an embed draws of a long series: the years (or months) of the article
// figures with context either side, inside the series' span. A 65-year axis squeezes figures
// from the last decade into its last tenth; the chart page and the data table keep the whole.

export interface FrameWindow {
  from: number;
  to: number;
}

export interface FrameRule {
  /** Shortest window drawn (units of the axis: fiscal years or months). */
  minSpan: number;
  /** Least context either side of the figures. */
  minPad: number;
}

export const YEAR_FRAME: FrameRule = { minSpan: 10, minPad: 2 };
export const MONTH_FRAME: FrameRule = { minSpan: 24, minPad: 3 };

/**
 * The window for figures at `marks` on an axis whose data spans `all`; null when there are no
 * figures or the window would be nearly all of it (then the whole is drawn).
 */
export function focusWindow(marks: number[], all: number[], rule: FrameRule): FrameWindow | null {
  const xs = marks.filter(Number.isFinite);
  const span = [...all, ...xs].filter(Number.isFinite);
  if (xs.length === 0 || span.length === 0) return null;
  const lo = Math.min(...span);
  const hi = Math.max(...span);
  const a = Math.min(...xs);
  const b = Math.max(...xs);
  const pad = Math.max(rule.minPad, Math.ceil((b - a) / 4));
  let from = a - pad;
  let to = b + pad;
  const short = rule.minSpan - (to - from);
  if (short > 0) {
    from -= Math.ceil(short / 2);
    to += Math.floor(short / 2);
  }
  // What falls outside the data on one side is context the other side can still show.
  if (to > hi) { from -= to - hi; to = hi; }
  if (from < lo) { to = Math.min(hi, to + (lo - from)); from = lo; }
  if (to - from >= 0.8 * (hi - lo)) return null;
  return { from, to };
}
