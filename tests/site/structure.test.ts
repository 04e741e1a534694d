// Acceptance on the shared seed build (tests/fixtures/seed-structure.json):
// boilerplate gone from every story page; 003's headline and sections are
// headings; 001's dateline and attribution are header metadata, not body text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedSite } from '../helpers/build.ts';
import { findAll, fold, hasClass, parsePage, visibleText } from '../helpers/page-text.ts';
import { slugify } from '../../src/pipeline/slug.ts';

interface SeedExpect {
  headline: string | null;
  dateline: string | null;
  attribution: { reported_by?: string; originally_appeared_in?: string; cited_sources?: string[] };
  must_drop: string[];
  sections: string[];
}
const fixture = JSON.parse(
  await readFile(path.resolve(import.meta.dirname, '../fixtures/seed-structure.json'), 'utf8'),
) as Record<string, SeedExpect>;
const allDrops = Object.values(fixture).flatMap((f) => f.must_drop);

async function page(file: string) {
  const site = await seedSite();
  const html = await readFile(path.join(site.dist, 'stories', slugify(file), 'index.html'), 'utf8');
  return parsePage(html);
}

describe('story pages against seed-structure.json', () => {
  it.each(Object.keys(fixture))('%s: no must_drop string anywhere on the page', async (file) => {
    const text = visibleText(await page(file));
    expect(text.length).toBeGreaterThan(500);
    for (const s of allDrops) expect(text, `"${s}" on ${file}`).not.toContain(fold(s));
  });

  it('003: headline is the h1 and the three sections are h2 headings in the body', async () => {
    const want = fixture['003_415daeb068833fd9.txt']!;
    const root = await page('003_415daeb068833fd9.txt');
    const h1 = findAll(root, (el) => el.tagName === 'h1').map(visibleText);
    expect(h1).toEqual([want.headline]);
    const body = findAll(root, (el) => hasClass(el, 'story-body'))[0]!;
    // Section headings are the body's own h2s (chart frames carry titles of their own).
    const h2 = findAll(body, (el) => el.tagName === 'h2' && !hasClass(el, 'chart-title') && !findAll(body, (f) => f.tagName === 'figure' && findAll(f, (x) => x === el).length > 0).length).map(visibleText);
    expect(h2).toEqual(want.sections);
    // Headings are not repeated as paragraphs.
    const paras = findAll(body, (el) => el.tagName === 'p').map(visibleText);
    for (const s of want.sections) expect(paras).not.toContain(s);
    expect(paras.filter((p) => p === want.headline)).toEqual([]);
  });

  it('001: dateline and attribution are in the header, not in body paragraphs', async () => {
    const want = fixture['001_54ff9ce495224fdc.txt']!;
    const root = await page('001_54ff9ce495224fdc.txt');
    const header = findAll(root, (el) => el.tagName === 'header' && hasClass(el, 'story-header'))[0]!;
    const headerText = visibleText(header);
    expect(headerText).toContain(want.dateline!);
    expect(headerText).toContain(want.attribution.originally_appeared_in!);
    const body = findAll(root, (el) => hasClass(el, 'story-body'))[0]!;
    const paras = findAll(body, (el) => el.tagName === 'p').map(visibleText);
    expect(paras.length).toBeGreaterThan(5);
    expect(paras[0]!.startsWith(want.dateline!)).toBe(false);
    expect(paras[0]).toMatch(/^The Department of Homeland Security has requested/);
    for (const p of paras) expect(p).not.toMatch(/originally appeared in/i);
  });

  it('every story shows its period label and generated headlines say so', async () => {
    for (const [file, want] of Object.entries(fixture)) {
      const root = await page(file);
      const header = findAll(root, (el) => el.tagName === 'header' && hasClass(el, 'story-header'))[0]!;
      const text = visibleText(header);
      expect(text).toMatch(/estimated: |date unknown|\d{4}/);
      if (want.headline === null) expect(text).toMatch(/Headline taken from the article/);
    }
  });
});
