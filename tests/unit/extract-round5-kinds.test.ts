// Issue 14, extraction round 5: the kinds of misses found on the fourth government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { ancestors, defaultGazetteer, findEntities, publisherOf } from '../../src/pipeline/reference/agencies.ts';
import { articleOf } from './extract-helpers.ts';

const gaz = defaultGazetteer();
const onSite = (url: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url, outlet: null }).map((c) => [c.value, c.unit, c.entity]);

describe('owners of state figures', () => {
  it('takes a state government site as the publisher, for any state, not the federal VA', () => {
    expect(publisherOf({ url: 'https://gov.ohio.gov/news/1', outlet: null }, gaz)).toBe('state agencies');
    expect(publisherOf({ url: 'https://dps.az.gov/news/1', outlet: null }, gaz)).toBe('state agencies');
    expect(publisherOf({ url: 'https://www.newmexico.gov/a', outlet: null }, gaz)).toBe('state agencies');
    expect(publisherOf({ url: 'https://www.va.gov/a', outlet: null }, gaz)).toBeNull();
    expect(publisherOf({ url: 'https://www.example.com/a', outlet: null }, gaz)).toBeNull();
  });

  it('names a state police force and rolls a state force up to state law enforcement', () => {
    expect(findEntities('the Arizona Department of Public Safety said', gaz).map((e) => e.ids)).toEqual([['Arizona law enforcement']]);
    expect(findEntities('the Ohio Highway Patrol said', gaz).map((e) => e.ids)).toEqual([['Ohio law enforcement']]);
    expect(ancestors('Ohio law enforcement', gaz)).toEqual(['state law enforcement']);
    expect(ancestors('Gotham law enforcement', gaz)).toEqual([]);
  });

  it('gives a state Guard page its Guard figures, and its soldiers to the Guard, not the Army', () => {
    expect(onSite('https://tmd.ohio.gov/blog/1', 'The Ohio National Guard moved a battalion north.', 'About 300 personnel and 25 trucks arrived by Friday.')).toEqual([
      [300, 'troops', ['National Guard']],
      [25, 'trucks', ['National Guard']],
    ]);
    expect(onSite('https://tmd.ohio.gov/blog/1', 'At dawn, nine Soldiers unrolled the wire.')[0][2]).toEqual(['National Guard']);
    // Elsewhere soldiers stay the Army's.
    expect(onSite(null, 'At dawn, nine soldiers unrolled the wire.')[0][2]).toEqual(['Army']);
  });

  it('credits the state itself when the release says the state acted', () => {
    expect(onSite('https://gov.ohio.gov/n/1', 'Ohio has cut crossings into the state by 40% this year.')[0][2]).toEqual(['state agencies']);
    expect(
      onSite('https://gov.ohio.gov/n/1', 'The Ohio Highway Patrol arrested 900 people.', 'Since March, the state has bused:', '• 2,100 migrants to Boston since May 2023'),
    ).toEqual([
      [900, 'people', ['Ohio law enforcement']],
      [2100, 'migrants', ['state agencies']],
    ]);
  });

  it('gives a joint effort’s totals to every agency the sentence before names', () => {
    const got = onSite(
      null,
      'The Ohio Highway Patrol and the Ohio National Guard began the operation in May.',
      'Since then, the multi-agency effort has led to more than 7,200 arrests.',
    );
    expect(got).toEqual([[7200, 'arrests', ['Ohio law enforcement', 'National Guard']]]);
  });
});

describe('figures in list lines', () => {
  it('keeps a bulleted line naming places as a list item, not a section heading', async () => {
    const { structure } = await import('../../src/pipeline/structure.ts');
    const lines = ['The county has bused more riders this year than ever before:', '• Over 2,100 riders to New York City since May 2023', '• Over 900 riders to Boston', 'The program ends in June.'];
    const a = structure({ file: 'x.txt', slug: 'x', cleaned: { lines, dropped: [], citedSources: [] }, sidecar: null, officeholders: [] } as never);
    expect(a.sections).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toContain('• Over 2,100 riders to New York City since May 2023');
  });
});

describe('units: the head of a compound, and hours of work done', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('counts the head noun after a singular modifier the lexicon knows', () => {
    expect(units('The cutter made three migrant vessel interdictions in May.')).toEqual([[3, 'migrant vessel interdictions']]);
    expect(units('Agents arrested 40 migrants near the river.')).toEqual([[40, 'migrants']]);
  });
  it('charts hours of an activity as work done, not as a span of time', () => {
    expect(units('The wing logged 7,300 flight hours and 2,400 patrol hours last year.')).toEqual([
      [7300, 'flight hours'],
      [2400, 'patrol hours'],
    ]);
    expect(units('The agency held 40 migrants for 72 hours.')).toEqual([[40, 'migrants']]);
    expect(units('Its helicopters flew 61 hours and 25 sorties over the bay.')).toEqual([
      [61, 'hours'],
      [25, 'sorties'],
    ]);
    expect(units('The pilots flew for 61 hours straight.')).toEqual([]);
  });
});

describe('restatements of a figure already given', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('drops "the N <noun>" when the article gave N of that noun before', () => {
    expect(units('Three smugglers were convicted on Monday.', 'The three smugglers who fled in March face 20 years.')).toEqual([[3, 'smugglers']]);
  });
  it('keeps a definite count that is new, or of another noun', () => {
    expect(units('Three smugglers were convicted on Monday.', 'The three vans they drove were seized.')).toEqual([
      [3, 'smugglers'],
      [3, 'vans'],
    ]);
    expect(units('The 40 agents of the unit arrested 12 people.')).toEqual([
      [40, 'agents'],
      [12, 'people'],
    ]);
  });
});

describe('the kinds of a scheme', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('does not chart how many types a scheme has, but charts what it counts', () => {
    expect(units('The bureau uses three audit types to review 450 field offices.')).toEqual([[450, 'field offices']]);
    expect(units('The bureau ran 30 audits last year.')).toEqual([[30, 'audits']]);
  });
});

describe('craft named by a model designation', () => {
  const units = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('counts the craft after the designation, and not the designation’s digits', () => {
    expect(units('The unit used 3 UH-60 Black Hawk helicopters and 2 MQ-9 drones.')).toEqual([
      [3, 'black hawk helicopters'],
      [2, 'drones'],
    ]);
  });
});
