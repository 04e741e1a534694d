// Paging (issue 20): every item on exactly one page, in order, and no page past its limits;
// the page-start lookup that old #fact- links use agrees with the pages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnit, locate, pageIndex, pageLimits, pagePath, pageStarts, paginate } from '../../src/lib/paging.ts';

const item = fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), w: fc.nat({ max: 50 }) });
const limits = fc.record({ maxItems: fc.integer({ min: 1, max: 12 }), maxWeight: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }) });

describe('paginate', () => {
  it('puts every item on exactly one page, in order, within the limits', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 80 }), limits, (items, lim) => {
        const pages = paginate(items, lim, (x) => x.w);
        expect(pages.length).toBeGreaterThanOrEqual(1);
        expect(pages.flat()).toEqual(items);
        for (const p of pages) {
          if (items.length > 0) expect(p.length).toBeGreaterThan(0);
          expect(p.length).toBeLessThanOrEqual(lim.maxItems);
          const load = p.reduce((s, x) => s + x.w, 0);
          // Only an item heavier than the limit may pass it, alone on its page.
          if (lim.maxWeight !== undefined && load > lim.maxWeight) expect(p.length).toBe(1);
        }
        // Greedy: a page ends only when the next item would not fit.
        for (let i = 0; i + 1 < pages.length; i++) {
          const p = pages[i]!;
          const load = p.reduce((s, x) => s + x.w, 0);
          expect(p.length === lim.maxItems || (lim.maxWeight !== undefined && load + pages[i + 1]![0]!.w > lim.maxWeight)).toBe(true);
        }
      }),
    );
  });

  it('gives one empty page for no items, and splits by count', () => {
    expect(paginate([], { maxItems: 3 })).toEqual([[]]);
    expect(paginate([1, 2, 3, 4, 5, 6, 7], { maxItems: 3 })).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(paginate([5, 5, 20, 1], { maxItems: 10, maxWeight: 10 }, (x) => x)).toEqual([[5, 5], [20], [1]]);
  });

  it('finds the page of a key from the page starts, as the pages put it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (keys, n) => {
        const sorted = [...keys].sort(byCodeUnit);
        const pages = paginate(sorted, { maxItems: n });
        const index = pageIndex(pages, (k) => k);
        const starts = pageStarts(pages, (k) => k);
        for (const k of sorted) expect(locate(starts, k)).toBe(index.get(k));
      }),
    );
  });
});

describe('page paths and limits', () => {
  it('keeps page 1 at the listing URL', () => {
    expect(pagePath('data/', 1)).toBe('data/');
    expect(pagePath('data/', 3)).toBe('data/3/');
  });
  it('reads SURGE_PAGE_ITEMS and SURGE_PAGE_WEIGHT, ignoring nonsense', () => {
    expect(pageLimits(1000, {})).toEqual({ maxItems: 500, maxWeight: 1000 });
    expect(pageLimits(1000, { SURGE_PAGE_ITEMS: '4', SURGE_PAGE_WEIGHT: '99' })).toEqual({ maxItems: 4, maxWeight: 99 });
    expect(pageLimits(1000, { SURGE_PAGE_ITEMS: 'x', SURGE_PAGE_WEIGHT: '0' })).toEqual({ maxItems: 500, maxWeight: 1000 });
  });
});
