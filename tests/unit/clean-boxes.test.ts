// The cleaner on the kinds of round 6 of issue 15 (blind set 7 taken as development data): a
// section menu at bars, boxes of numbered or timed items above the headline, a title in another
// language beside the article's own, one-teaser labels, and a reader's notice about the item.
// Every line here is written for these tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/pipeline/clean.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { languageOf, otherLanguage } from '../../src/pipeline/text/language.ts';
import { ruleOf, articleOf } from './clean-helpers.ts';

const para = (k: number) => `Paragraph ${k}: the water district drilled 14 new wells along the river in May, the district's manager said on Friday.`;
const body = [para(1), para(2), para(3)];

describe('a section menu at bars', () => {
  const menu = 'News | Local | Parks & Trails | Farm & Ranch | Schools | Opinion | Obituaries';
  it('is a menu, not a "News |" ticker label nor a page title', () => {
    expect(chrome.menuBar(menu)).toBe(true);
    expect(chrome.pageTitle(menu)).toBe(false);
    expect(chrome.separatorBar(menu)).toBe(true);
    // A page title is still one: a headline longer than three words before the site's name.
    expect(chrome.menuBar('District drills 14 wells along the river | The Valley Ledger')).toBe(false);
    expect(chrome.pageTitle('District drills 14 wells along the river | The Valley Ledger')).toBe(true);
  });
  it('goes, and never becomes the headline, even with a ranked list under it', () => {
    const title = 'District drills 14 wells along the river';
    const page = ['The Valley Ledger', menu, 'Most read', '1. Pool opens 2 weeks early', '2. Mill road closed for 5 days', '3. Fair sets $40 gate price', 'Farm & Ranch', 'By Ledger staff | May 9, 2025 | 12 comments', title, ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, menu)).toBe('separator-bar');
    const a = articleOf(page.join('\n'));
    expect(a.headline).toBe(title);
    expect(a.headlineGenerated).toBeFalsy();
  });
  it('holds for any menu of short capitalised sections (property)', () => {
    const section = fc.constantFrom('News', 'Local', 'Sports', 'Parks & Trails', 'Farm & Ranch', 'Courts', 'Schools', 'Faith', 'Letters', 'Real Estate', 'Obituaries');
    fc.assert(
      fc.property(fc.array(section, { minLength: 4, maxLength: 9 }), fc.constantFrom(' | ', ' · ', ' • '), (items, sep) => {
        const line = items.join(sep);
        const r = clean(['The Valley Ledger', line, 'District drills 14 wells along the river', ...body].join('\n'));
        return !r.lines.includes(line) && body.every((p) => r.lines.includes(p));
      }),
      { numRuns: 60 },
    );
  });
});

describe('a box of numbered or timed items above the headline', () => {
  it('ends with its items: the live blog headline under "Key events" stays the headline', () => {
    const title = 'River District Opens 14 New Wells Along The Valley';
    const page = ['Skip to live updates', 'LIVE', 'Key events', '4:05 p.m. Manager lists 3 sites', '11:20 a.m. Crews start at dawn', '9:00 a.m. 2 roads close', title, 'Last updated 4:05 p.m. CT · 7 updates', '4:05 p.m. · Ana Ruiz, Valley Live', ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, '9:00 a.m. 2 roads close')).toBe('live-blog');
    const a = articleOf(page.join('\n'));
    expect(a.headline).toBe(title);
    expect(a.headlineGenerated).toBeFalsy();
  });
  it('ends with its items when each has a line under it (a snippet, an age)', () => {
    const title = 'District drills 14 wells along the river';
    const page = ['The Valley Ledger', 'Most read', '1. Pool opens 2 weeks early', 'Lifeguards start on Monday', '2. Mill road closed for 5 days', 'Crews repave the north lane', 'Farm & Ranch', title, ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, 'Crews repave the north lane')).toBe('related-block');
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('also when each item closes on its time ("Governor lists 6 cities · 2:12 p.m.")', () => {
    const title = 'River District Opens 14 New Wells Along The Valley';
    const page = ['LIVE', 'Key events', 'Manager lists 3 sites · 4:05 p.m.', 'Crews start at dawn · 11:20 a.m.', 'Two roads close (9:00 a.m.)', title, '4:05 p.m. · Ana Ruiz, Valley Live', ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('with unmarked items, ends at the title over the page’s update stamp', () => {
    const title = 'River District Opens 14 New Wells Along The Valley';
    const page = ['LIVE', 'Key events', 'Manager lists 3 sites', 'Crews start at dawn', title, 'Last updated 4:05 p.m. CT · 7 updates', '4:05 p.m. · Ana Ruiz, Valley Live', ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, 'Crews start at dawn')).toBe('live-blog');
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('still takes unnumbered teasers under a "Most read" label to the article', () => {
    const page = [...body.slice(0, 2), 'Most read', 'Pool opens two weeks early', 'Mill road closed for the week', para(3)];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual(body);
    expect(ruleOf(r, 'Mill road closed for the week')).toBe('related-block');
  });
  it('above the article, ends at the article’s byline when its teasers carry no numbers', () => {
    const title = 'District drills 14 wells along the river';
    const page = ['The Valley Ledger', 'Most read', 'Pool opens two weeks early', 'Mill road closed for the week', 'EXCLUSIVE', 'By Ana Ruiz | May 9, 2025 | 12 comments', title, ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, 'Mill road closed for the week')).toBe('related-block');
    expect(articleOf(page.join('\n')).headline).toBe(title);
  });
  it('above the article, takes the teaser over the byline when the headline stands under it', () => {
    const title = 'District drills 14 wells along the river';
    const page = ['The Valley Ledger', 'Trending', 'Pool opens two weeks early', 'Mill road closed for the week', 'By Ana Ruiz', 'May 9, 2025', title, ...body];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, 'Mill road closed for the week')).toBe('related-block');
    expect(articleOf(page.join('\n')).headline).toBe(title);
    // (Without a block above it, the title over the byline stays the header.)
    const plain = ['The Valley Ledger', title, 'By Ana Ruiz', 'May 9, 2025', ...body];
    expect(clean(plain.join('\n')).lines).toEqual([title, ...body]);
  });
  it('after the article, still runs past its bullets to the snippet under them', () => {
    const snippet = 'Growers in two counties said the new rule would cost them…';
    const page = [...body, 'Related stories', '• Pool opens two weeks early', '• Mill road closed for the week', snippet];
    const r = clean(page.join('\n'));
    expect(r.lines).toEqual(body);
    expect(ruleOf(r, snippet)).toBe('related-block');
  });
  it('keeps the article’s own bullets under its lead-in', () => {
    const bullets = ['• Over 1,400 acre-feet pumped to Mercedes since April 2023', '• Over 2,100 acre-feet pumped to Weslaco since June 2023'];
    const page = [para(1), 'Since the start of the program, the district has delivered:', ...bullets, para(2)];
    expect(clean(page.join('\n')).lines).toEqual([para(1), 'Since the start of the program, the district has delivered:', ...bullets, para(2)]);
  });
});

describe('a title in another language beside the article’s own', () => {
  const en = 'District Drills Fourteen New Wells Along the River for Farms';
  const es = 'El distrito perfora catorce pozos nuevos a lo largo del río para las granjas';
  it('tells the languages apart by their stop words', () => {
    expect(otherLanguage(es, 'eng')).toBe(true);
    expect(otherLanguage(en, 'eng')).toBe(false);
    expect(languageOf(body.join(' '))).toBe('eng');
    // A Spanish place or name in an English line makes it no Spanish line.
    expect(otherLanguage('The crew worked near San Juan de la Cruz and Los Fresnos on the river for the district.', 'eng')).toBe(false);
  });
  it('drops the other-language title under or over the headline, keeps the headline', () => {
    for (const page of [
      ['Portal · News in your language', 'Water · Texas', en, es, 'Translated from Spanish · 4 min read', ...body],
      ['Portal · News in your language', es, en, 'Translated from Spanish · 4 min read', ...body],
    ]) {
      const r = clean(page.join('\n'));
      expect(r.lines).toEqual([en, ...body]);
      expect(r.dropped.find((d) => d.line === es)?.rule).toMatch(/translated-title|before-headline/);
      expect(articleOf(page.join('\n')).headline).toBe(en);
    }
    expect(ruleOf(clean(['Portal', en, es, ...body].join('\n')), es)).toBe('translated-title');
  });
  it('in French, German or Portuguese too', () => {
    for (const other of ['Le district fore quatorze puits le long de la rivière pour les fermes', 'Der Bezirk bohrt vierzehn Brunnen entlang des Flusses für die Farmen', 'O distrito perfura catorze poços ao longo do rio para as fazendas']) {
      for (const page of [['Portal', en, other, ...body], ['Portal', other, en, ...body]]) {
        const r = clean(page.join('\n'));
        expect(r.lines).toEqual([en, ...body]);
        expect(articleOf(page.join('\n')).headline).toBe(en);
      }
    }
  });
  it('drops the portal’s language switch wherever it sits, keeps sentences about languages', () => {
    for (const line of ['Read this story in Spanish', 'Leer en español', 'Also in: Português · Français', 'Language: English ▾', 'Available in 11 languages']) {
      const r = clean([para(1), line, para(2), para(3)].join('\n'));
      expect(r.lines).toEqual(body);
      expect(ruleOf(r, line)).toBe('language-switch');
    }
    for (const line of ['The notices were printed in Spanish and English, the county said on Friday.', 'Read in Spanish, the notice gave growers 14 days to file, the manager said.']) {
      expect(clean([para(1), line, para(2)].join('\n')).lines).toContain(line);
    }
  });
  it('also beside a headline without a stop word of its own', () => {
    const head = 'Border District Drills 14 Wells Near Pharr';
    const r = clean(['Portal', head, es, ...body].join('\n'));
    expect(r.lines).toEqual([head, ...body]);
    expect(ruleOf(r, es)).toBe('translated-title');
  });
  it('keeps an English standfirst under an English headline', () => {
    const dek = 'a reading of the district’s own figures for the dry season ahead';
    expect(clean([en, dek, ...body].join('\n')).lines).toEqual([en, dek, ...body]);
  });
  it('on a page in Spanish, drops the English title instead', () => {
    const p = (k: number) => `Párrafo ${k}: el distrito perforó 14 pozos nuevos en mayo a lo largo del río, dijo el gerente del distrito el viernes.`;
    const r = clean(['Portal', es, en, p(1), p(2)].join('\n'));
    expect(r.lines).toEqual([es, p(1), p(2)]);
    expect(ruleOf(r, en)).toBe('translated-title');
  });
});

describe('one teaser under a block opener’s label', () => {
  it('goes wherever it sits', () => {
    for (const line of ['Read next: Well permits rise 8% in a year', 'Read next → Well permits rise 8% in a year', 'READ NEXT | Well permits rise 8% in a year', 'Up next: 3 towns ration water', 'Most read: County fair sets 10 days of events', 'Recommended for you: What a 5-year permit means']) {
      const r = clean([para(1), line, para(2), para(3)].join('\n'));
      expect(r.lines).toEqual(body);
      expect(ruleOf(r, line)).toBe('inline-teaser');
    }
  });
  it('leaves a kicker on the article’s own headline', () => {
    const head = 'LATEST: District drills 14 wells along the river';
    const a = articleOf(['The Valley Ledger', head, 'By Ana Ruiz | May 9, 2025', ...body].join('\n'));
    expect(a.headline).toMatch(/District drills 14 wells along the river$/);
  });
  it('keeps a sentence that opens on such a word', () => {
    const line = 'Most read the notice on the district’s site before the meeting on May 9, the manager said on Friday.';
    expect(clean([para(1), line, para(2)].join('\n')).lines).toContain(line);
  });
});

describe('a reader’s notice about the item itself', () => {
  it('goes', () => {
    for (const line of [
      'This item was shortened by its feed. Open the original for the full text and tables.',
      'This article has been truncated. Visit the publisher’s site to read the rest.',
      'This is an excerpt. Read the full story at the source for the charts.',
      'Only the first 3 paragraphs are shown here.',
      'This post was automatically shortened from the original article.',
      'This article was translated from Spanish by our newsroom. Read the original in Spanish.',
      'This story is a machine translation.',
      'Summary only. Open the original to read the full article.',
      'Excerpt from the feed. Read the full story on the publisher’s site.',
      'The full text of this item is available at the original source.',
      'This entry was truncated. Continue reading at ice.gov',
    ]) {
      const r = clean([para(1), para(2), line, para(3)].join('\n'));
      expect(r.lines).toEqual(body);
      expect(ruleOf(r, line)).toBe('item-notice');
    }
  });
  it('keeps sentences on what an agency shortened or excerpted', () => {
    for (const line of [
      'The agency shortened the wait for a permit to 3 days, the district said.',
      'This release was shortened from 12 pages to 4 by the committee, which voted 5 to 2.',
      'The report excerpted 14 letters from growers in Starr County.',
      'The report was translated into 12 languages by the agency in 2019.',
      'Translated into 12 languages, the guide reached 4,000 families, the district said.',
    ]) {
      expect(clean([para(1), line, para(2)].join('\n')).lines).toContain(line);
    }
  });
});

describe('body sentences with figures and names (property)', () => {
  const name = fc.constantFrom('Ana Ruiz', 'Sheriff Joe Garza', 'Gov. Lena Ortiz', 'the Justice Department', 'Raya', 'the Keys Post');
  const place = fc.constantFrom('Starr County', 'Key West', 'Quetzaltenango', 'El Paso', 'Los Fresnos');
  const lead = fc.constantFrom('Read next year, the plan', 'Most read the notice and', 'This article of the law', 'The item shortened by the board', 'Key events in the case', 'Translated into Spanish, the notice');
  it('are never dropped by the kinds of this round', () => {
    fc.assert(
      fc.property(lead, name, place, fc.integer({ min: 2, max: 99999 }), fc.integer({ min: 1, max: 12 }), (l, who, where, k, h) => {
        const line = `${l} drew ${k.toLocaleString('en-US')} replies from ${where} by ${h}:30 p.m., ${who} said on Friday.`;
        const r = clean([para(1), line, para(2)].join('\n'));
        return r.lines.includes(line);
      }),
      { numRuns: 80 },
    );
  });
});

describe('a masthead’s tagline over a sentence-case headline', () => {
  const title = 'District drills 14 wells along the river after a dry spring';
  it('is no headline: a gerund phrase with nothing happening', () => {
    for (const tagline of ['Serving the Rio Grande Valley since 1921', 'Covering the river counties every day']) {
      const page = ['The Valley Ledger', tagline, title, 'By Ledger staff | May 9, 2025', ...body];
      const a = articleOf(page.join('\n'));
      expect(a.headline).toBe(title);
    }
  });
  it('still yields a standfirst to the headline above it', () => {
    const dek = 'A reading of the district’s own figures for the dry season ahead';
    for (const head of ['Building a Reservoir: District Drills 14 Wells', 'Drilling Deeper, District Finds Water Under The River']) {
      const a = articleOf(['The Valley Ledger', head, dek, 'By Ledger staff | May 9, 2025', ...body].join('\n'));
      expect(a.headline).toBe(head);
    }
  });
});

describe('a marker in two languages at a slash', () => {
  it('goes by its marker’s rule; a line naming two things at a slash stays', () => {
    for (const [line, rule] of [['Publicidad / Advertisement', 'advertisement'], ['Compartir / Share', 'share'], ['Suscríbase / Subscribe', 'navigation']] as const) {
      const r = clean([para(1), line, para(2), para(3)].join('\n'));
      expect(r.lines).toEqual(body);
      expect(ruleOf(r, line)).toBe(rule);
    }
    // (A menu's "Classifieds" over the headline opens no block of notices, in one language or two.)
    const title = 'National Guard crews drill 14 wells along the river';
    for (const item of ['Classifieds', 'Clasificados / Classifieds']) {
      const page = ['Noticias / News', item, 'Edición impresa / Print edition', title, 'By Ana Ruiz', 'Publicado / Published: May 9, 2025', ...body];
      expect(articleOf(page.join('\n')).headline).toBe(title);
    }
    const both = 'Water / Wells';
    expect(clean(['Portal', both, ...body].join('\n')).lines).toContain(both);
  });
});

describe('a pager', () => {
  it('goes wherever it sits; a sentence on pages stays', () => {
    for (const line of ['Pages: [1] 2 3   Go Down', '« Prev 1 2 3 4 Next »', 'Page 1 2 3 … 9 Next']) {
      const r = clean([para(1), line, para(2), para(3)].join('\n'));
      expect(r.lines).toEqual(body);
      expect(ruleOf(r, line)).toBe('page-number');
    }
    const line = 'Pages 1 2 and 3 of the report list 14 wells drilled in 2024, the manager said.';
    expect(clean([para(1), line, para(2)].join('\n')).lines).toContain(line);
  });
});
