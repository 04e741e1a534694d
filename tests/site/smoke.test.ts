import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedSite } from '../helpers/build.ts';

describe('site build', () => {
  it('builds a front page and a story page per seed', async () => {
    const site = await seedSite();
    const index = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    for (const slug of ['000-ad4da1c2b5475ffa', '003-415daeb068833fd9']) {
      expect(index).toContain(`stories/${slug}/`);
      const page = await readFile(path.join(site.dist, 'stories', slug, 'index.html'), 'utf8');
      expect(page).toContain('<article');
    }
  });
  it('lists every story, newest first, on the archive page', async () => {
    const site = await seedSite();
    const archive = await readFile(path.join(site.dist, 'archive', 'index.html'), 'utf8');
    const slugs = (await readdir(path.join(site.dist, 'stories'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(archive).toContain(`stories/${slug}/`);
    // Same order as the front page (which holds them all while there are few).
    const order = (html: string) => [...html.matchAll(/href="\/stories\/([^/"]+)\/"/g)].map((m) => m[1]);
    const index = await readFile(path.join(site.dist, 'index.html'), 'utf8');
    expect([...new Set(order(archive))]).toEqual([...new Set(order(index))]);
  });
});
