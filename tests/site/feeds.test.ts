// Feeds and metadata: RSS parses with one item per story (with and without a
// site URL), the sitemap parses when SITE_URL is set, and the JSON-LD of every
// story and dataset page has the properties its schema.org type needs.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSite, type BuiltSite } from '../helpers/build.ts';
import { listFiles } from '../helpers/crawl.ts';
import { SUBPATH, SUBPATH_ORIGIN, subpathSite } from '../helpers/subpath-site.ts';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });

async function storySlugs(dist: string): Promise<string[]> {
  return (await readdir(path.join(dist, 'stories'))).sort();
}

async function exists(p: string) {
  return stat(p).then(() => true, () => false);
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    // The JSON must never contain a raw "<" (it could close the script element).
    expect(m[1]).not.toMatch(/</);
    return JSON.parse(m[1]);
  });
}

const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();

function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Frontmatter of the generated story, to know whether a date is known. */
async function period(content: string, slug: string): Promise<{ kind: string; from: string }> {
  const mdx = await readFile(path.join(content, 'stories', `${slug}.mdx`), 'utf8');
  return (parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]) as { period: { kind: string; from: string } }).period;
}

describe('without SITE_URL (shared build)', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await seedSite();
  });

  it('publishes an RSS feed that parses, one item per story, links to the stories', async () => {
    const text = await readFile(path.join(site.dist, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const channel = xml.parse(text).rss.channel;
    expect(channel.title).toBe('Surge Desk');
    const slugs = await storySlugs(site.dist);
    expect(slugs.length).toBeGreaterThan(0);
    expect(channel.item).toHaveLength(slugs.length);
    const linked = channel.item.map((i: { link: string }) => i.link).sort();
    expect(linked).toEqual(slugs.map((s) => `/stories/${s}/`));
    for (const item of channel.item) {
      const html = await readFile(path.join(site.dist, item.link, 'index.html'), 'utf8');
      expect(String(item.title)).toBe(h1(html));
    }
    expect(text).not.toContain('.invalid');
  });

  it('leaves out the sitemap and canonical links rather than guess a domain', async () => {
    expect(await exists(path.join(site.dist, 'sitemap-index.xml'))).toBe(false);
    const html = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    expect(html).not.toContain('rel="canonical"');
  });

  it('gives every story a NewsArticle with headline, date, author, publisher and share image', async () => {
    for (const slug of await storySlugs(site.dist)) {
      const html = await readFile(path.join(site.dist, 'stories', slug, 'index.html'), 'utf8');
      const article = jsonLd(html).find((d) => d['@type'] === 'NewsArticle');
      expect(article, slug).toBeDefined();
      const a = article!;
      expect(a['@context']).toBe('https://schema.org');
      expect(typeof a.headline).toBe('string');
      const title = h1(html)!;
      expect(title.startsWith(String(a.headline).replace(/…$/, ''))).toBe(true);
      expect(String(a.headline).length).toBeLessThanOrEqual(110);
      expect(a.author).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': expect.stringMatching(/^(Person|Organization)$/), name: expect.any(String) })]));
      expect(a.publisher).toMatchObject({ '@type': 'Organization', name: 'Surge Desk' });
      expect(a.mainEntityOfPage).toMatchObject({ '@id': `/stories/${slug}/` });
      const p = await period(site.content, slug);
      if (p.kind === 'unknown') expect(a.datePublished).toBeUndefined();
      else expect(String(a.datePublished)).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      // The image exists, and is the 1200×630 card also named by og:image and twitter:image.
      const image = (a.image as string[])[0];
      expect(image).toBe(`/stories/${slug}/share.png`);
      expect(pngSize(await readFile(path.join(site.dist, image)))).toEqual({ width: 1200, height: 630 });
      expect(html).toContain(`<meta property="og:image" content="${image}">`);
      expect(html).toContain(`<meta name="twitter:card" content="summary_large_image">`);
    }
  });

  it('renders share images deterministically and differently per story', async () => {
    const slugs = await storySlugs(site.dist);
    const bufs = await Promise.all(slugs.map((s) => readFile(path.join(site.dist, 'stories', s, 'share.png'))));
    expect(new Set(bufs.map((b) => b.toString('base64'))).size).toBe(slugs.length);
  });

  it('gives the dataset pages a Dataset with name, description, license and CSV downloads that exist', async () => {
    const pages: string[] = [];
    for (const file of await listFiles(site.dist, /\.html$/)) {
      const html = await readFile(file, 'utf8');
      for (const d of jsonLd(html).filter((x) => x['@type'] === 'Dataset')) {
        pages.push(path.relative(site.dist, file));
        expect(typeof d.name).toBe('string');
        expect(String(d.description).length).toBeGreaterThanOrEqual(50);
        expect(d.license).toMatch(/^https?:\/\//);
        expect(d.creator).toMatchObject({ name: expect.any(String) });
        const dist = d.distribution as { '@type': string; contentUrl: string; encodingFormat: string }[];
        expect(dist.length).toBeGreaterThan(0);
        expect(dist.some((x) => x.encodingFormat === 'text/csv')).toBe(true);
        for (const x of dist) {
          expect(x['@type']).toBe('DataDownload');
          expect(await exists(path.join(site.dist, x.contentUrl)), x.contentUrl).toBe(true);
        }
      }
    }
    expect(pages).toContain(path.join('data', 'index.html'));
  });
});

describe(`with SITE_URL and BASE_PATH=${SUBPATH}`, () => {
  let site: BuiltSite;
  const root = `${SUBPATH_ORIGIN}${SUBPATH}`;
  beforeAll(async () => {
    site = await subpathSite();
  });

  it('publishes RSS with absolute links under the base path', async () => {
    const text = await readFile(path.join(site.dist, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const channel = xml.parse(text).rss.channel;
    expect(channel.link).toBe(root);
    expect(text).toContain(`<atom:link href="${root}rss.xml" rel="self" type="application/rss+xml"/>`);
    const slugs = await storySlugs(site.dist);
    expect(channel.item.map((i: { link: string }) => i.link).sort()).toEqual(slugs.map((s) => `${root}stories/${s}/`));
  });

  it('publishes a sitemap that parses and lists every story and agency page, no embeds', async () => {
    const index = await readFile(path.join(site.dist, 'sitemap-index.xml'), 'utf8');
    expect(XMLValidator.validate(index)).toBe(true);
    const maps = xml.parse(index).sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(maps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const loc of maps) {
      expect(loc.startsWith(root)).toBe(true);
      const text = await readFile(path.join(site.dist, loc.slice(root.length)), 'utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      urls.push(...xml.parse(text).urlset.url.map((u: { loc: string }) => u.loc));
    }
    for (const u of urls) expect(u.startsWith(root), u).toBe(true);
    for (const slug of await storySlugs(site.dist)) expect(urls).toContain(`${root}stories/${slug}/`);
    for (const p of ['', 'agencies/', 'methodology/', 'corrections/', 'search/']) expect(urls).toContain(`${root}${p}`);
    expect(urls.filter((u) => u.includes('/embed/'))).toEqual([]);
  });

  it('uses absolute canonical, og:image and JSON-LD URLs on stories', async () => {
    for (const slug of await storySlugs(site.dist)) {
      const html = await readFile(path.join(site.dist, 'stories', slug, 'index.html'), 'utf8');
      const page = `${root}stories/${slug}/`;
      expect(html).toContain(`<link rel="canonical" href="${page}">`);
      expect(html).toContain(`<meta property="og:image" content="${page}share.png">`);
      const a = jsonLd(html).find((d) => d['@type'] === 'NewsArticle')!;
      expect(a.mainEntityOfPage).toMatchObject({ '@id': page });
      expect(a.image).toEqual([`${page}share.png`]);
    }
  });
});

describe('corrections in the built site', () => {
  let site: Awaited<ReturnType<typeof subpathSite>>;
  beforeAll(async () => {
    site = await subpathSite();
  });
  const byAction = (a: string) => site.corrections.find((c) => c.action === a)!;

  it('shows a corrected headline with its "Corrected on" note, escaped, on the story', async () => {
    const c = byAction('headline');
    const html = await readFile(path.join(site.dist, 'stories', String(c.story), 'index.html'), 'utf8');
    expect(h1(html)).toBe(c.headline);
    expect(html).toContain('Corrected on <time datetime="2026-01-10"');
    expect(html).toContain(String(c.reason));
    expect(html).toContain(`href="${SUBPATH}corrections/"`);
    const a = jsonLd(html).find((d) => d['@type'] === 'NewsArticle')!;
    // The latest correction of this story: its headline's, or one of its claims'.
    const mine = site.corrections.filter((x) => x.story === c.story || String(x.claim ?? '').startsWith(`${c.story}:`));
    expect(a.dateModified).toBe(mine.map((x) => String(x.date)).sort().at(-1));
  });

  it('dates a story from a date correction in the page, JSON-LD and RSS', async () => {
    const c = byAction('date');
    const html = await readFile(path.join(site.dist, 'stories', String(c.story), 'index.html'), 'utf8');
    expect(html).toContain('April 30, 2025');
    expect(jsonLd(html).find((d) => d['@type'] === 'NewsArticle')!.datePublished).toBe('2025-04-30');
    const item = xml.parse(await readFile(path.join(site.dist, 'rss.xml'), 'utf8')).rss.channel.item.find((i: { link: string }) => i.link.endsWith(`/stories/${c.story}/`));
    expect(item.pubDate).toMatch(/30 Apr 2025/);
  });

  it('removes an excluded claim and changes a corrected one in the published data', async () => {
    const claims = JSON.parse(await readFile(path.join(site.content, 'data', 'claims.json'), 'utf8')) as { id: string; qualifier: string }[];
    const excluded = site.corrections.find((c) => c.action === 'exclude');
    const corrected = site.corrections.find((c) => c.action === 'correct');
    if (excluded) expect(claims.map((x) => x.id)).not.toContain(excluded.claim);
    if (corrected) expect(claims.find((x) => x.id === corrected.claim)?.qualifier).toBe((corrected.set as { qualifier: string }).qualifier);
  });

  it('lists every correction in the public log, newest first', async () => {
    const html = await readFile(path.join(site.dist, 'corrections', 'index.html'), 'utf8');
    const dates = [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(dates).toEqual(site.corrections.map((c) => String(c.date)).sort().reverse());
    for (const c of site.corrections) expect(html).toContain(String(c.reason));
    const log = JSON.parse(await readFile(path.join(site.content, 'data', 'corrections.json'), 'utf8'));
    expect(log).toHaveLength(site.corrections.length);
  });

  it('fails the build, naming the correction, when it names a story that does not exist', async () => {
    const { buildSite } = await import('../helpers/build.ts');
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bad-corr-'));
    const file = path.join(dir, 'corrections.yaml');
    await writeFile(file, '- date: 2026-01-01\n  action: headline\n  story: no-such-story\n  headline: X\n  reason: test\n');
    const err = await buildSite({ env: { SURGE_CORRECTIONS: file, SURGE_SKIP_PDF: '1' } }).then(
      () => null,
      (e: Error & { stdout?: string; stderr?: string }) => `${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
    );
    expect(err).not.toBeNull();
    expect(err).toMatch(/correction #1 \(2026-01-01, story "no-such-story"\): no story/);
  });
});
