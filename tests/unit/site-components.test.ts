// Shared page pieces rendered through the Astro Container API: the head every shell starts
// with, the scrolling table region, the table of records and the table of keys.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PageHead from '../../src/components/PageHead.astro';
import KeyTable from '../../src/components/KeyTable.astro';
import RecordTable from '../../src/components/RecordTable.astro';
import TableScroll from '../../src/components/TableScroll.astro';

describe('PageHead', async () => {
  const c = await AstroContainer.create();
  it('writes the head elements in order with nothing between them', async () => {
    const html = await c.renderToString(PageHead, { props: { title: 'A & B', description: 'About it', canonical: 'https://news.example/x/' } });
    expect(html).toBe(
      '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<meta name="color-scheme" content="light dark"><title>A &amp; B</title>' +
        '<meta name="description" content="About it"><link rel="canonical" href="https://news.example/x/">' +
        '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    );
  });
  it('leaves out what a page does not have, and names a forced scheme', async () => {
    const html = await c.renderToString(PageHead, { props: { title: 'T', colorScheme: 'dark', icon: false } });
    expect(html).toContain('<meta name="color-scheme" content="dark">');
    expect(html).not.toMatch(/description|canonical|icon/);
  });
});

describe('TableScroll', async () => {
  const c = await AstroContainer.create();
  it('is a focusable region named by a label or by a heading id', async () => {
    const byLabel = await c.renderToString(TableScroll, { props: { label: 'Units' }, slots: { default: '<table></table>' } });
    expect(byLabel).toBe('<div class="table-scroll" tabindex="0" role="region" aria-label="Units"><table></table></div>');
    const byHeading = await c.renderToString(TableScroll, { props: { labelledby: 'facts' }, slots: { default: '<table></table>' } });
    expect(byHeading).toContain('aria-labelledby="facts"');
    expect(byHeading).not.toContain('aria-label=');
  });
});

describe('RecordTable', async () => {
  const c = await AstroContainer.create();
  it('writes one header cell per column and the rows it is given', async () => {
    const html = await c.renderToString(RecordTable, {
      props: { labelledby: 'numbers', columns: ['Figure', 'Unit', 'Quote'], minWidth: '40rem' },
      slots: { default: '<tr id="r1"><th scope="row">5</th><td>agents</td><td>“5 agents”</td></tr>' },
    });
    expect(html).toContain('aria-labelledby="numbers"');
    expect(html).toContain('style="min-width: 40rem"');
    const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(html)![1]!;
    expect([...head.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['Figure', 'Unit', 'Quote']);
    expect(/<tbody[^>]*>([\s\S]*)<\/tbody>/.exec(html)![1]).toContain('<tr id="r1">');
    // The scrolling region sits in the frame that widens beyond the text column on wide screens.
    expect(html).toMatch(/<div class="records-frame"[^>]*>\s*<p class="records-note"[^>]*>[^<]*<\/p>\s*<div class="table-scroll"/);
  });
  it('tells how to reach the columns out of sight and names that note as the region’s description', async () => {
    const html = await c.renderToString(RecordTable, {
      props: { labelledby: 'facts', columns: ['Figure', 'Unit', 'Agency', 'Quote'], minWidth: '44rem' },
      slots: { default: '<tr><td>1</td><td>2</td><td>3</td><td>4</td></tr>' },
    });
    const note = /<p class="records-note"[^>]* id="([^"]+)"[^>]*>([^<]*)<\/p>/.exec(html)!;
    expect(note[2]).toMatch(/^4 columns: scroll the table sideways/);
    expect(html).toMatch(new RegExp(`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="facts" aria-describedby="${note[1]}"`));
  });
});

describe('separators', () => {
  it('keep each "·" with the item after it, so none dangles at a line end', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const src = path.join(import.meta.dirname, '../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(20);
    // A bare "·" between two links, or a "·" alone in its own element, can wrap away from its item.
    const dangling = files.filter((f) => /<\/a>\s*·\s*<a\b|<span[^>]*>\s*·\s*<\/span>\s*<span/.test(readFileSync(path.join(src, f), 'utf8')));
    expect(dangling).toEqual([]);
  });
});

describe('KeyTable', async () => {
  const c = await AstroContainer.create();
  it('captions the table with its label and heads each row with its key', async () => {
    const html = await c.renderToString(KeyTable, {
      props: { label: 'Statuses', columns: ['Status', 'Meaning'], rows: [{ key: 'planned', cells: ['It is intended.'] }, { key: 'ordered', cells: ['It was approved.'] }] },
    });
    expect(html).toContain('aria-label="Statuses"');
    expect(html).toMatch(/<caption class="visually-hidden"[^>]*>Statuses<\/caption>/);
    const rows = [...html.matchAll(/<tr[^>]*><th scope="row"[^>]*>([^<]*)<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([['planned', 'It is intended.'], ['ordered', 'It was approved.']]);
  });
});
