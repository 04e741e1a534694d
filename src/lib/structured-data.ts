// schema.org JSON-LD for stories (NewsArticle) and datasets (Dataset). Pure
// functions: the pages pass in what they know; URLs are absolute when a site
// URL is configured, else base-relative paths (still valid JSON-LD, less useful).

export const PUBLISHER = { '@type': 'Organization', name: 'Surge Desk' } as const;

/** Absolute URL for a path under the base when the site URL is known, else the path itself. */
export function absolute(pathUnderBase: string, site: URL | undefined): string {
  return site ? new URL(pathUnderBase, site).href : pathUnderBase;
}

/**
 * ISO 8601 date at the precision the period supports: a day, a month or a year;
 * null when the period is unknown (a made-up date would be worse than none).
 */
export function periodDate(period: { from: string; to: string; kind: string }): string | null {
  if (period.kind === 'unknown') return null;
  const { from, to } = period;
  if (from === to) return from;
  if (from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  if (from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return from;
}

export interface StoryLd {
  headline: string;
  description?: string | null;
  period: { from: string; to: string; kind: string };
  byline?: string | null;
  outlet?: string | null;
  originalUrl?: string | null;
  /** Page and share image, as paths under the site (base included). */
  pagePath: string;
  imagePath?: string;
  corrections?: { date: string }[];
  site?: URL;
}

export function newsArticle(s: StoryLd): Record<string, unknown> {
  const page = absolute(s.pagePath, s.site);
  // The people who reported the story: the byline, else the outlet, else the desk itself.
  const author = s.byline
    ? { '@type': 'Person', name: s.byline }
    : s.outlet
      ? { '@type': 'Organization', name: s.outlet }
      : PUBLISHER;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Google truncates longer headlines; the page keeps the full one.
    headline: s.headline.length > 110 ? s.headline.slice(0, 109).trimEnd() + '…' : s.headline,
    mainEntityOfPage: { '@type': 'WebPage', '@id': page },
    url: page,
    author: [author],
    publisher: PUBLISHER,
  };
  if (s.description) ld.description = s.description;
  const published = periodDate(s.period);
  if (published) ld.datePublished = published;
  const modified = (s.corrections ?? []).map((c) => c.date).sort().at(-1);
  if (modified) ld.dateModified = modified;
  if (s.imagePath) ld.image = [absolute(s.imagePath, s.site)];
  if (s.originalUrl) ld.isBasedOn = s.originalUrl;
  return ld;
}

export interface DatasetLd {
  name: string;
  description: string;
  pagePath: string;
  license?: string;
  keywords?: string[];
  /** Downloads, as paths under the site (base included). */
  files: { name: string; path: string; format: string }[];
  site?: URL;
}

export const DEFAULT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export function dataset(d: DatasetLd): Record<string, unknown> {
  const page = absolute(d.pagePath, d.site);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    // Google requires 50–5000 characters; pages pass a full sentence or two.
    description: d.description,
    url: page,
    license: d.license ?? DEFAULT_LICENSE,
    isAccessibleForFree: true,
    creator: PUBLISHER,
    ...(d.keywords?.length ? { keywords: d.keywords } : {}),
    distribution: d.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      encodingFormat: f.format,
      contentUrl: absolute(f.path, d.site),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: nothing in it can close the script or start markup. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** First paragraph of an MDX body as plain text, cut at a word near `max` characters (for descriptions). */
export function plainLead(body: string | undefined, max = 200): string | null {
  if (!body) return null;
  const plain = (p: string) =>
    p
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  // The first paragraph with text: not a heading, not an element on its own (a chart).
  const text = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !/^(?:import|export)\s/.test(p))
    .map(plain)
    .find(Boolean);
  if (!text) return null;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).replace(/[\s,;:]+$/, '') + '…';
}

/** A Frictionless Data Package descriptor (the parts the JSON-LD uses). */
export interface PackageLike {
  title?: string;
  name?: string;
  description?: string;
  licenses?: { path?: string }[];
  keywords?: string[];
  resources?: { name?: string; path?: string; mediatype?: string; format?: string }[];
}

/**
 * Dataset JSON-LD from the data package descriptor, so the page, the files and
 * the descriptor cannot disagree: one DataDownload per resource file (CSV and
 * JSON), plus the descriptor itself. `dataPath` is where the files are served.
 */
export function datasetFromPackage(pkg: PackageLike, opts: { pagePath: string; dataPath: string; site?: URL }): Record<string, unknown> {
  const type = (r: { mediatype?: string; format?: string }) => r.mediatype ?? (r.format === 'csv' ? 'text/csv' : r.format === 'json' ? 'application/json' : 'application/octet-stream');
  const files = (pkg.resources ?? [])
    .filter((r) => r.path && !/^[a-z]+:/i.test(r.path))
    .map((r) => ({ name: r.path!, path: opts.dataPath + r.path, format: type(r) }));
  files.push({ name: 'datapackage.json', path: `${opts.dataPath}datapackage.json`, format: 'application/json' });
  return dataset({
    name: pkg.title ?? pkg.name ?? 'Surge Desk data',
    description: pkg.description ?? 'Figures reported in the news stories, with their sources.',
    pagePath: opts.pagePath,
    license: pkg.licenses?.find((l) => l.path)?.path,
    keywords: pkg.keywords,
    files,
    site: opts.site,
  });
}
