// No broken internal link or asset: every href/src/srcset of every HTML page,
// og:image and CSS url() resolves to a file of the build (and #fragments to an
// id), for the shared build at / and for a build under /graphics/surge/.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSite, type BuiltSite } from '../helpers/build.ts';
import { crawl, cssRefs, htmlRefs, listFiles } from '../helpers/crawl.ts';
import { SUBPATH, SUBPATH_ORIGIN, subpathSite } from '../helpers/subpath-site.ts';

describe('crawler', () => {
  it('finds references in attributes, srcset, og:image and CSS, not in text or scripts', () => {
    const html = `<a href="a/">x</a><img src="b.png" srcset="c.png 1x, d.png 2x"><meta property="og:image" content="/e.png"><meta property="og:image:width" content="1200"><p>href="nope"</p><script type="application/ld+json">{"url":"<a href='f'>"}</script><textarea><a href="g"></textarea>`;
    expect(htmlRefs(html)).toEqual(['a/', 'b.png', 'c.png', 'd.png', '/e.png']);
    expect(cssRefs(`@font-face{src:url(/_astro/x.woff2)format("woff2"),url("y.woff")}`)).toEqual(['/_astro/x.woff2', 'y.woff']);
  });
});

async function expectNoBroken(dist: string, base: string, kind: 'file' | 'fragment', origin?: string) {
  const { broken, checked, pages } = await crawl(dist, base, origin);
  expect(pages).toBeGreaterThan(5);
  expect(checked).toBeGreaterThan(pages * 5);
  const mine = broken.filter((b) => b.kind === kind);
  expect(mine, JSON.stringify(mine.slice(0, 30), null, 2)).toEqual([]);
}

describe('links in the shared build (base /)', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await seedSite();
  });
  it('has no broken internal link or asset', async () => {
    await expectNoBroken(site.dist, '/', 'file');
  });
  it('has a target for every #fragment link', async () => {
    await expectNoBroken(site.dist, '/', 'fragment');
  });
  it('links every page type the reader can reach from the front page', async () => {
    const index = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    for (const p of ['agencies/', 'search/', 'methodology/', 'corrections/', 'rss.xml']) expect(index).toContain(`href="/${p}"`);
  });
});

describe(`links in a build under ${SUBPATH}`, () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await subpathSite();
  });
  it('has no broken internal link or asset, and nothing points outside the base path', async () => {
    await expectNoBroken(site.dist, SUBPATH, 'file', SUBPATH_ORIGIN);
  });
  it('has a target for every #fragment link', async () => {
    await expectNoBroken(site.dist, SUBPATH, 'fragment', SUBPATH_ORIGIN);
  });
  it('uses the base path on every page', async () => {
    for (const file of await listFiles(site.dist, /\.html$/)) {
      const html = await readFile(file, 'utf8');
      // Root-relative references that skip the base would break under a subpath.
      const skipping = htmlRefs(html).filter((r) => r.startsWith('/') && !r.startsWith('//') && !r.startsWith(SUBPATH));
      expect(skipping, path.relative(site.dist, file)).toEqual([]);
    }
  });
});
