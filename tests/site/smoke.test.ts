import { readFile } from 'node:fs/promises';
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
});
