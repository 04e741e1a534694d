// The facts table of /data/ split into pages (src/lib/paging.ts), and the anchor index built
// from the same split: every link to a fact (stories, the report, conflicts between facts) goes
// straight to the page that holds it, and page 1 carries the page starts so that an old
// /data/#fact-… link still finds its row.
import { factAnchor } from '../model/ids';
import { byCodeUnit, pageIndex, pageLimits, pagePath, pageStarts, paginate } from './paging';
import { url } from './paths';
import type { FactData } from './figures-store';
import { storyIndex } from './story-index';

export const DATA_BASE = 'data/';

// Estimated HTML bytes of a fact's row: its cells, then one list item per source (link, headline,
// quoted figure) and per conflict. Calibrated on the 1,000-article bench build, where it comes
// within about 10 % of the real row sizes.
const ROW = 420;
const SOURCE = 70;
const CONFLICT = 60;
/** Estimated bytes per page (SURGE_PAGE_WEIGHT): about 100 KB gzipped at the table's compression. */
export const DATA_PAGE_WEIGHT = 700_000;

async function build() {
  const ix = await storyIndex();
  const claimById = ix.claimById;
  // Sorted by anchor in code-unit order: page 1's redirect script finds a page from the page starts.
  const facts = [...ix.factById.values()].sort((a, b) => byCodeUnit(factAnchor(a.id), factAnchor(b.id)) || byCodeUnit(a.id, b.id));
  const weight = (f: FactData) =>
    ROW +
    f.id.length +
    f.subject.length +
    f.entity.join(', ').length +
    f.claims.reduce((s, id) => {
      const c = claimById.get(id);
      return s + SOURCE + id.length + (c ? 2 * c.slug.length + c.display.length + (ix.headlineBySlug.get(c.slug)?.length ?? 0) : 0);
    }, 0) +
    f.conflicts.reduce((s, id) => s + CONFLICT + 2 * id.length + (ix.factById.get(id)?.subject.length ?? 0), 0);
  const pages = paginate(facts, pageLimits(DATA_PAGE_WEIGHT), weight);
  const pageOf = pageIndex(pages, (f) => f.id);
  return {
    pages,
    pageOf,
    /** Link to a fact's row, on the page that holds it. */
    factHref: (id: string) => url(factPagePath(pageOf, id)) + `#${factAnchor(id)}`,
    /** First anchor of pages 2…N. */
    starts: pageStarts(pages, (f) => factAnchor(f.id)),
    claimById,
    factById: ix.factById,
    factCount: facts.length,
    headlineBySlug: ix.headlineBySlug,
  };
}

let cache: ReturnType<typeof build> | null = null;

/** Built once per build (again on every request in `astro dev`, where content changes). */
export function dataPages(): ReturnType<typeof build> {
  if (import.meta.env.DEV) return build();
  return (cache ??= build());
}

/** Site-relative path of the page of /data/ that lists fact `id` (page 1 for an unknown id). */
export function factPagePath(pageOf: Map<string, number>, id: string): string {
  return pagePath(DATA_BASE, pageOf.get(id) ?? 1);
}
