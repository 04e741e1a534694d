// Numbers on the built site: claim links land on their rows, /data/ serves every
// dataset the descriptor names, and the facts table shows all sources.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSite } from '../helpers/build.ts';

let dist: string;
beforeAll(async () => {
  dist = (await seedSite()).dist;
});

describe('numbers in the built site', () => {
  it('every claim in a story links to a row of its "Numbers in this story" table', async () => {
    const slugs = await readdir(path.join(dist, 'stories'));
    let links = 0;
    for (const slug of slugs) {
      let html: string;
      try {
        html = await readFile(path.join(dist, 'stories', slug, 'index.html'), 'utf8');
      } catch {
        continue;
      }
      const hrefs = [...html.matchAll(/<a class="claim" href="#([^"]+)"/g)].map((m) => m[1]);
      for (const h of hrefs) {
        expect(html, `${slug}: #${h}`).toContain(`<tr id="${h}"`);
        expect(html).toContain(`id="${h}-note"`);
      }
      links += hrefs.length;
      if (hrefs.length) expect(html).toContain('Numbers in this story');
    }
    expect(links).toBeGreaterThanOrEqual(14);
  });

  it('publishes the datasets named by datapackage.json under /data/', async () => {
    const pkg = JSON.parse(await readFile(path.join(dist, 'data', 'datapackage.json'), 'utf8'));
    const html = await readFile(path.join(dist, 'data', 'index.html'), 'utf8');
    for (const r of pkg.resources as { path: string }[]) {
      const body = await readFile(path.join(dist, 'data', r.path), 'utf8');
      expect(body.length, r.path).toBeGreaterThan(0);
      if (r.path.endsWith('.csv')) expect(html).toContain(`data/${r.path}`);
    }
  });

  it('shows a figure reported by two outlets once, with both sources', async () => {
    const html = await readFile(path.join(dist, 'data', 'index.html'), 'utf8');
    const row = /<tr id="fact-f-national-guard-troops-20000-requested"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('stories/000-ad4da1c2b5475ffa/#claim-');
    expect(row).toContain('stories/001-54ff9ce495224fdc/#claim-');
  });
});
