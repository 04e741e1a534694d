import { describe, expect, it } from 'vitest';
import { agencyPageParts, agencyPages, agencySlug, agencyTree, describeFigure, figureCount, figures, personnelBars } from '../../src/lib/agencies.ts';
import { wrap, shareCardSvg, type Measure } from '../../src/lib/share-card.ts';
import { dataset, datasetFromPackage, jsonLdText, newsArticle, periodDate, plainLead } from '../../src/lib/structured-data.ts';

describe('JSON-LD', () => {
  it('escapes everything that could end the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script> & \u2028');
  });

  it('dates at the precision of the period, never an unknown one', () => {
    expect(periodDate({ from: '2025-05-02', to: '2025-05-02', kind: 'sidecar' })).toBe('2025-05-02');
    expect(periodDate({ from: '2025-05-01', to: '2025-05-31', kind: 'estimated' })).toBe('2025-05');
    expect(periodDate({ from: '2025-01-01', to: '2025-06-30', kind: 'estimated' })).toBe('2025');
    expect(periodDate({ from: '2024-11-01', to: '2025-02-28', kind: 'estimated' })).toBe('2024-11-01');
    expect(periodDate({ from: '1900-01-01', to: '2100-12-31', kind: 'unknown' })).toBeNull();
  });

  it('builds a NewsArticle with absolute URLs when the site is known', () => {
    const ld = newsArticle({
      headline: 'x'.repeat(130),
      period: { from: '2025-05-02', to: '2025-05-02', kind: 'sidecar' },
      byline: 'A. Reporter',
      pagePath: '/g/stories/a/',
      imagePath: '/g/stories/a/share.png',
      corrections: [{ date: '2026-01-02' }, { date: '2026-01-05' }],
      site: new URL('https://example.org'),
    });
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2025-05-02',
      dateModified: '2026-01-05',
      author: [{ '@type': 'Person', name: 'A. Reporter' }],
      image: ['https://example.org/g/stories/a/share.png'],
      mainEntityOfPage: { '@id': 'https://example.org/g/stories/a/' },
    });
    expect(String(ld.headline)).toHaveLength(110);
  });

  it('builds a Dataset with a DataDownload per file', () => {
    const ld = dataset({ name: 'Claims', description: 'd', pagePath: '/data/', files: [{ name: 'claims.csv', path: '/data/claims.csv', format: 'text/csv' }] });
    expect(ld.distribution).toEqual([{ '@type': 'DataDownload', name: 'claims.csv', encodingFormat: 'text/csv', contentUrl: '/data/claims.csv' }]);
    expect(ld.license).toMatch(/^https:/);
  });

  it('builds the Dataset from the data package descriptor', () => {
    const ld = datasetFromPackage(
      { title: 'T', description: 'D', licenses: [{ path: 'https://example.org/l' }], resources: [{ path: 'claims.csv', mediatype: 'text/csv' }, { path: 'claims.json', format: 'json' }] },
      { pagePath: '/g/data/', dataPath: '/g/data/', site: new URL('https://example.org') },
    );
    expect(ld).toMatchObject({ name: 'T', description: 'D', license: 'https://example.org/l', url: 'https://example.org/g/data/' });
    expect((ld.distribution as { contentUrl: string; encodingFormat: string }[]).map((d) => [d.contentUrl, d.encodingFormat])).toEqual([
      ['https://example.org/g/data/claims.csv', 'text/csv'],
      ['https://example.org/g/data/claims.json', 'application/json'],
      ['https://example.org/g/data/datapackage.json', 'application/json'],
    ]);
  });

  it('takes a plain lead from an MDX body', () => {
    expect(plainLead('## Head\n\n<Chart id="x" />\n\nAbout <Claim id="a">500</Claim> agents \\* went &#x69;n.\n\nNext.')).toBe('About 500 agents * went in.');
    expect(plainLead('<Claim id="a">500</Claim> agents went.')).toBe('500 agents went.');
    expect(plainLead('word '.repeat(100), 40)).toMatch(/^(word ){5,}word…$|^(word ?)+…$/);
  });
});

describe('share card', () => {
  const measure: Measure = (t, size) => t.length * size * 0.5;
  it('wraps to the width and truncates with an ellipsis', () => {
    const w = wrap('one two three four five six seven eight', 60, 10, 700, 2, measure);
    expect(w.lines.every((l) => measure(l, 10, 700) <= 60)).toBe(true);
    expect(w.truncated).toBe(true);
    expect(w.lines[1].endsWith('…')).toBe(true);
    expect(wrap('short', 100, 10, 700, 2, measure)).toEqual({ lines: ['short'], truncated: false });
  });
  it('escapes text and is deterministic', () => {
    const a = shareCardSvg({ headline: 'A <b> & c', kicker: 'Outlet', meta: 'May 2025' }, measure);
    expect(a).toContain('A &lt;b&gt; &amp; c');
    expect(shareCardSvg({ headline: 'A <b> & c', kicker: 'Outlet', meta: 'May 2025' }, measure)).toBe(a);
    expect(a).toMatch(/^<svg[^>]*width="1200" height="630"/);
  });
});

describe('agencies', () => {
  it('makes URL-safe slugs', () => {
    expect(agencySlug('CBP')).toBe('cbp');
    expect(agencySlug('Texas law enforcement')).toBe('texas-law-enforcement');
    expect(agencySlug('Immigration & Customs')).toBe('immigration-and-customs');
  });
  it('nests agencies under their parents and adds free labels as roots', () => {
    const { roots, byId } = agencyTree(
      [
        { id: 'DHS', name: 'Department of Homeland Security', parent: null, aliases: [], acronyms: [] },
        { id: 'CBP', name: 'Customs and Border Protection', parent: 'DHS', aliases: [], acronyms: [] },
        { id: 'USBP', name: 'Border Patrol', parent: 'CBP', aliases: [], acronyms: [] },
      ],
      ['National Guard', 'CBP'],
    );
    expect(roots.map((r) => r.id)).toEqual(['DHS', 'National Guard']);
    expect(byId.get('CBP')!.children.map((c) => c.id)).toEqual(['USBP']);
    expect(byId.get('National Guard')!.known).toBe(false);
  });
  it('describes figures with their qualifier and keeps claims no fact covers', () => {
    expect(describeFigure({ value: 500, value_high: null, qualifier: 'approx', unit: 'personnel' })).toBe('about 500 personnel');
    expect(describeFigure({ value: 2000, value_high: 3000, qualifier: 'exact', unit: 'agents' })).toBe('2,000–3,000 agents');
    const claim = { id: 'a:p1s1#n1', slug: 'a', value: 5, value_high: null, unit: 'agents', unit_family: 'personnel', entity: ['CBP'], qualifier: 'exact', status: 'deployed', time: null, subject: 's' } as never;
    expect(figures([claim], [])).toHaveLength(1);
  });
});

describe('methodology word lists', () => {
  it('spells out the phrases of a cue expression', async () => {
    const { phrases } = await import('../../src/lib/regex-phrases.ts');
    expect(phrases(/\b(?:up\s+to|as\s+many\s+as)\s+$/i)).toEqual(['up to', 'as many as']);
    expect(phrases(/\b(?:is|are)\s+ordering\b|\bauthori[sz]ed\b/)).toEqual(['is ordering', 'are ordering', 'authorised', 'authorized']);
    expect(phrases(/^\s*-?plus\b|\+/)).toEqual(['plus', '-plus', '+']);
    expect(phrases(/(?<![\w-])upwards?\s+of(?![\w-])/)).toEqual(['upward of', 'upwards of']);
  });
});

describe('agency pages', () => {
  const gaz = [
    { id: 'DHS', name: 'Department of Homeland Security', parent: null, aliases: [], acronyms: [] },
    { id: 'CBP', name: 'Customs and Border Protection', parent: 'DHS', aliases: [], acronyms: [] },
    { id: 'ICE', name: 'Immigration and Customs Enforcement', parent: 'DHS', aliases: [], acronyms: [] },
    { id: 'FEMA', name: 'Federal Emergency Management Agency', parent: 'DHS', aliases: [], acronyms: [] },
  ];
  const claim = (id: string, slug: string, value: number, entity: string[], unit = 'agents') =>
    ({ id, slug, value, value_high: null, unit, unit_family: unit === 'agents' ? 'personnel' : 'events', entity, qualifier: 'exact', status: 'deployed', time: null, subject: 's', quote: 'q' }) as never;
  const claims = [claim('a:p1s1#n1', 'a', 500, ['CBP']), claim('b:p1s1#n1', 'b', 200, ['CBP', 'ICE']), claim('b:p2s1#n1', 'b', 9, ['ICE'], 'arrests')];
  const tree = agencyTree(gaz, ['National Guard']);
  const pages = agencyPages(tree, figures(claims, []), new Map([['c', ['FEMA']], ['a', ['CBP']]]));
  const page = (id: string) => pages.find((p) => p.node.id === id)!;

  it('gives a page to agencies with figures or mentions, none to the others', () => {
    expect(pages.map((p) => p.node.id)).toEqual(['DHS', 'CBP', 'ICE', 'FEMA']);
  });
  it('collects sub-unit figures on the parent, counting a combined figure once', () => {
    expect(page('DHS').own).toEqual([]);
    expect(page('DHS').sub.map((s) => [s.node.id, s.figures.length])).toEqual([['CBP', 2], ['ICE', 2]]);
    expect(figureCount(page('DHS'))).toBe(3);
    expect(page('DHS').stories).toEqual(['a', 'b', 'c']);
    expect(page('CBP').path.map((n) => n.id)).toEqual(['DHS']);
  });
  it('draws personnel bars only when there are two or more, combined ones labelled', () => {
    expect(personnelBars(page('DHS')).map((b) => b.label)).toEqual(['CBP', 'CBP + ICE (combined)']);
    expect(personnelBars(page('ICE'))).toEqual([]);
  });
  it('splits a page into parts in order (sub-unit sections continue), every figure and story once', () => {
    const one = { figure: () => 1, story: () => 1 };
    const parts = agencyPageParts(page('DHS'), { maxItems: 3 }, one);
    expect(parts.map((p) => [p.sub.map((s) => [s.node.id, s.figures.length]), p.stories])).toEqual([
      [[['CBP', 2], ['ICE', 1]], []],
      [[['ICE', 1]], ['a', 'b']],
      [[], ['c']],
    ]);
    expect(agencyPageParts(page('DHS'), { maxItems: 500 }, one)).toEqual([{ own: [], sub: page('DHS').sub, stories: ['a', 'b', 'c'] }]);
    // By weight: a heavy figure starts a page of its own.
    expect(agencyPageParts(page('CBP'), { maxItems: 500, maxWeight: 10 }, { figure: (f) => (f.value === 500 ? 10 : 1), story: () => 1 }).map((p) => p.own.length + p.stories.length)).toEqual([1, 3]);
  });
});

