// The order stories are listed in everywhere (front page, archive, report, feed):
// newest estimated period first; ties by slug so the order is stable.
interface Dated {
  id: string;
  data: { period: { to: string } };
}

export function newestFirst(a: Dated, b: Dated): number {
  return a.data.period.to === b.data.period.to ? a.id.localeCompare(b.id) : b.data.period.to.localeCompare(a.data.period.to);
}

/** Stories on the front page; the rest are on the archive's pages (/archive/). */
export const FRONT_PAGE_STORIES = 30;
/** Stories per archive page. */
export const ARCHIVE_PAGE_SIZE = 50;
