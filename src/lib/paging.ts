// Splits an ordered list into pages by item count and by weight (an estimate of each item's
// HTML bytes), so a long listing (/data/, agency pages) stays a few hundred KB per page
// however large the archive grows. Pure: the pages, the anchor index that sends a link to the
// page holding its target, and the tests all use this one function.

export interface PageLimits {
  /** At most this many items on a page. */
  maxItems: number;
  /** At most this much weight on a page; an item heavier than this gets a page to itself. */
  maxWeight?: number;
}

/** Default items per page; SURGE_PAGE_ITEMS overrides it (tests use a small value to get many pages). */
export const PAGE_ITEMS = 500;

/**
 * Pages of `items` in their order: a page is full when the next item would pass either limit.
 * Never empty: no items gives one empty page, so page 1 always exists.
 */
export function paginate<T>(items: readonly T[], limits: PageLimits, weight: (item: T) => number = () => 0): T[][] {
  const maxItems = Math.max(1, Math.floor(limits.maxItems));
  const maxWeight = limits.maxWeight ?? Infinity;
  const pages: T[][] = [[]];
  let load = 0;
  for (const item of items) {
    const w = Math.max(0, weight(item));
    let page = pages[pages.length - 1]!;
    if (page.length > 0 && (page.length >= maxItems || load + w > maxWeight)) {
      page = [];
      pages.push(page);
      load = 0;
    }
    page.push(item);
    load += w;
  }
  return pages;
}

/** Page number (1-based) of every item, by key. */
export function pageIndex<T>(pages: readonly (readonly T[])[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  pages.forEach((page, i) => {
    for (const item of page) if (!out.has(key(item))) out.set(key(item), i + 1);
  });
  return out;
}

/** Site-relative path of page `n` of a listing at `base` ("data/"): page 1 keeps the listing's own URL. */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** Limits from the environment: SURGE_PAGE_ITEMS (items) and SURGE_PAGE_WEIGHT (estimated bytes). */
export function pageLimits(defaultWeight: number, env: Record<string, string | undefined> = process.env): PageLimits {
  const num = (v: string | undefined, fallback: number) => {
    const n = Number(v);
    return v !== undefined && v !== '' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
  };
  return { maxItems: num(env.SURGE_PAGE_ITEMS, PAGE_ITEMS), maxWeight: num(env.SURGE_PAGE_WEIGHT, defaultWeight) };
}

/** Code-unit order: the same in Node and in every browser (localeCompare is not). */
export const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first key of every page after page 1, for a listing sorted by `key` in code-unit order. */
export function pageStarts<T>(pages: readonly (readonly T[])[], key: (item: T) => string): string[] {
  return pages.slice(1).map((p) => key(p[0]!));
}

/**
 * The page that holds `key` in a listing sorted by key (code-unit order), from its page starts
 * (pageStarts): what the redirect script on page 1 computes for an old `#fact-…` link.
 */
export function locate(starts: readonly string[], key: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
