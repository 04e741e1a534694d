// Folding a tall embed: which parts of the caption go behind one <details> so the
// frame fits a host's height cap (WordPress clamps embeds to 1,000 px). One plan,
// used by the embed page (measured heights) and by the published default height
// (estimated heights, src/embed/size.ts), so both fold the same parts. Self-contained:
// the embed page's script is compiled from this file (src/embed/sender-script.ts).

/** Folding starts above this document height (px): WordPress's cap, the largest any common host allows. */
export const FOLD_ABOVE = 1000;
/** Caption parts that may fold, in the order they go: least needed first (the source last). */
export const FOLDABLE = ['notes', 'description', 'source'] as const;
export type Foldable = (typeof FOLDABLE)[number];

/**
 * Parts to fold so that `total` (the unfolded document height) fits `cap`, each part
 * taking `heights[part]` px and the fold's own summary line `summary` px; the parts go
 * in FOLDABLE order until it fits, or all of them when it never does. Empty when it fits.
 */
export function foldPlan(total: number, heights: Partial<Record<Foldable, number>>, summary: number, cap = FOLD_ABOVE): Foldable[] {
  if (total <= cap) return [];
  const out: Foldable[] = [];
  let h = total + summary;
  for (const k of FOLDABLE) {
    const part = heights[k] ?? 0;
    if (part <= 0) continue;
    out.push(k);
    h -= part;
    if (h <= cap) break;
  }
  return out;
}

/** The fold's summary: what is inside, in reading order ("Description, source and notes"). */
export function foldLabel(parts: readonly Foldable[]): string {
  const order: Foldable[] = ['description', 'source', 'notes'];
  const names = order.filter((k) => parts.includes(k));
  const s = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
