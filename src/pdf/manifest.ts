// The print manifest: which pages become which PDFs, with their metadata.
// The report page embeds it (built from the content collections), so the print
// runner needs nothing but the built dist/ folder.

export interface PdfDocument {
  /** Page path below the base, e.g. "stories/x/" or "report/". */
  path: string;
  /** File name under dist/pdf/. */
  file: string;
  title: string;
  /** The outlet that published the story (the PDF's Author). */
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date (YYYY-MM-DD) the PDF's CreationDate/ModDate are set from; null → fixed epoch. */
  date: string | null;
  /** Running title in the page header. */
  running: string;
}

export interface PdfManifest {
  version: 1;
  /** Astro's base, e.g. "/" or "/graphics/surge/". */
  base: string;
  /** The public site URL when configured: internal links in PDFs point there. */
  site: string | null;
  documents: PdfDocument[];
}

/** The parts of a story entry the manifest needs (a CollectionEntry<'stories'> fits). */
export interface StoryLike {
  id: string;
  data: {
    headline: string;
    dek: string | null;
    outlet: string | null;
    dateline: string | null;
    period: { to: string; label: string; kind: string };
  };
}

export interface ClaimLike {
  slug: string;
  unit: string;
  entity: string[];
}

export const SITE_NAME = 'Surge Desk';
export const MANIFEST_ID = 'surge-pdf-manifest';
export const REPORT_PATH = 'report/';
export const REPORT_FILE = 'report.pdf';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date a story's PDF carries: the end of its period, when the period is known. */
export function storyDate(period: StoryLike['data']['period']): string | null {
  return period.kind !== 'unknown' && ISO_DATE.test(period.to) ? period.to : null;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}

export function pdfHref(slug: string): string {
  return `pdf/${slug}.pdf`;
}

export function buildManifest(
  stories: StoryLike[],
  claims: ClaimLike[],
  opts: { base: string; site: string | null; /** Stories the report prints, when fewer than all (report-scope.ts). */ printed?: number },
): PdfManifest {
  const sorted = [...stories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Grouped once: filtering every claim for every story was quadratic in the archive's size.
  const bySlug = new Map<string, ClaimLike[]>();
  for (const c of claims) {
    const list = bySlug.get(c.slug);
    if (list) list.push(c);
    else bySlug.set(c.slug, [c]);
  }
  const documents: PdfDocument[] = sorted.map((s) => {
    const own = bySlug.get(s.id) ?? [];
    const d = s.data;
    return {
      path: `stories/${s.id}/`,
      file: `${s.id}.pdf`,
      title: d.headline,
      author: d.outlet ?? SITE_NAME,
      subject: d.dek ?? `${d.outlet ? `As reported by ${d.outlet}` : 'A news report'}, ${d.period.label}, with every figure traced to its sentence`,
      keywords: uniqueSorted([
        SITE_NAME,
        ...(d.outlet ? [d.outlet] : []),
        ...(d.dateline ? [d.dateline] : []),
        ...own.flatMap((c) => c.entity),
        ...own.map((c) => c.unit),
      ]),
      date: storyDate(d.period),
      running: shorten(d.headline, 90),
    };
  });
  const dates = documents.map((d) => d.date).filter((d): d is string => d !== null).sort();
  documents.push({
    path: REPORT_PATH,
    file: REPORT_FILE,
    title: `${SITE_NAME}: the report`,
    author: SITE_NAME,
    subject: `${opts.printed ?? stories.length} news ${(opts.printed ?? stories.length) === 1 ? 'report' : 'reports'}, their figures, charts and sources`,
    keywords: uniqueSorted([
      SITE_NAME,
      'report',
      ...sorted.flatMap((s) => (s.data.outlet ? [s.data.outlet] : [])),
      ...claims.flatMap((c) => c.entity),
      ...claims.map((c) => c.unit),
    ]),
    date: dates.at(-1) ?? null,
    running: `${SITE_NAME}: the report`,
  });
  return { version: 1, base: opts.base, site: opts.site, documents };
}

/** JSON safe to put inside a <script> element. */
export function manifestJson(m: PdfManifest): string {
  return JSON.stringify(m).replace(/</g, '\\u003c');
}

/** Reads the manifest back out of the report page's HTML; null when absent. */
export function parseManifest(html: string): PdfManifest | null {
  const re = new RegExp(`<script\\b[^>]*\\bid="${MANIFEST_ID}"[^>]*>([\\s\\S]*?)</script>`);
  const m = re.exec(html);
  if (!m) return null;
  const data = JSON.parse(m[1]!) as PdfManifest;
  if (data.version !== 1 || !Array.isArray(data.documents)) throw new Error('PDF manifest: unknown format');
  return data;
}
