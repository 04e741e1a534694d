// Hand-made claims, facts, places and cities for the chart tests (shaped like the seeds'
// figures in ../shared/fixtures/seed-claims.json, but written here so the tests do not depend
// on the extractor's output).
import type { Article, Claim, Fact, PlaceMention, ReferenceSeries } from '../../src/pipeline/types.ts';
import type { ChartData, City, StoryMeta } from '../../src/charts/types.ts';
import { figureOf } from '../../src/model/figure.ts';

export function claim(p: Partial<Claim> & Pick<Claim, 'id' | 'value' | 'unit'>): Claim {
  const slug = p.slug ?? p.id.split(':')[0]!;
  const sentence = p.sentence_id ?? p.id.split('#')[0]!;
  return {
    article: `${slug}.txt`,
    slug,
    sentence_id: sentence,
    value_high: null,
    unit_family: 'personnel',
    entity: ['CBP'],
    qualifier: 'exact',
    status: 'reported',
    time: null,
    time_resolved: null,
    subject: p.unit,
    quote: `A sentence with ${p.value} ${p.unit}.`,
    start: 0,
    end: 1,
    display: String(p.value),
    negated: false,
    fact_id: null,
    ...p,
  };
}

export function factOf(c: Claim, extra: Partial<Fact> = {}): Fact {
  return { id: `f-${c.id}`, ...figureOf(c), claims: [c.id], sources: [c.slug], conflicts: [], ...extra };
}

export const claims: Claim[] = [
  claim({ id: 'a:p3s1#n1', value: 500, unit: 'personnel', qualifier: 'approx', status: 'planned', entity: ['CBP'] }),
  claim({ id: 'a:p5s1#n1', value: 25, unit: 'field offices', unit_family: 'other', entity: ['ICE'] }),
  claim({ id: 'a:p8s1#n1', value: 20000, unit: 'troops', status: 'requested', entity: ['National Guard'] }),
  claim({ id: 'b:p1s1#n1', value: 20000, unit: 'members', qualifier: 'more-than', status: 'requested', entity: ['National Guard'] }),
  claim({ id: 'b:p9s1#n1', value: 2000, unit: 'agents', qualifier: 'approx', status: 'planned', entity: ['ATF', 'USMS', 'DEA'] }),
  claim({ id: 'c:p3s1#n1', value: 100, unit: 'agents', qualifier: 'approx', status: 'planned', entity: ['USBP'] }),
  claim({ id: 'd:p4s2#n1', value: 237000, unit: 'encounters', unit_family: 'events', qualifier: 'approx', time: 'FY2025', entity: ['CBP'] }),
  claim({ id: 'd:p4s3#n1', value: 2200000, unit: 'encounters', unit_family: 'events', qualifier: 'more-than', time: 'previous years (record highs)', entity: ['CBP'] }),
  claim({ id: 'd:p6s1#n1', value: 300, unit: 'encounters per day', unit_family: 'rate', qualifier: 'less-than', entity: ['CBP'] }),
  claim({ id: 'e:p2s1#n1', value: 1500, unit: 'troops', qualifier: 'approx', status: 'planned', entity: ['DOD'] }),
  claim({ id: 'e:p2s2#n1', value: 2200, unit: 'troops', qualifier: 'approx', status: 'deployed', entity: ['DOD'] }),
];

const ng = claims.filter((c) => c.entity[0] === 'National Guard');
export const facts: Fact[] = [
  ...claims.filter((c) => c.entity[0] !== 'National Guard').map((c) => factOf(c)),
  { ...factOf(ng[1]!), id: 'f-ng', claims: ng.map((c) => c.id), sources: ['a', 'b'] },
];

export const places: PlaceMention[] = ['chicago-il', 'new-york-ny', 'newark-nj', 'boston-ma', 'los-angeles-ca', 'san-francisco-ca', 'atlanta-ga', 'houston-tx', 'new-orleans-la', 'detroit-mi'].map((city, i) => ({
  id: `c:p2s${i < 2 ? 1 : 2}#c${i + 1}`,
  article: 'c.txt',
  slug: 'c',
  sentence_id: `c:p2s${i < 2 ? 1 : 2}`,
  city,
  quote: 'Agents are expected to be sent to several cities.',
}));

export const cities: City[] = [
  ['chicago-il', 'Chicago', 'IL', 41.8781, -87.6298],
  ['new-york-ny', 'New York', 'NY', 40.7128, -74.006],
  ['newark-nj', 'Newark', 'NJ', 40.7357, -74.1724],
  ['boston-ma', 'Boston', 'MA', 42.3601, -71.0589],
  ['los-angeles-ca', 'Los Angeles', 'CA', 34.0522, -118.2437],
  ['san-francisco-ca', 'San Francisco', 'CA', 37.7749, -122.4194],
  ['atlanta-ga', 'Atlanta', 'GA', 33.749, -84.388],
  ['houston-tx', 'Houston', 'TX', 29.7604, -95.3698],
  ['new-orleans-la', 'New Orleans', 'LA', 29.9511, -90.0715],
  ['detroit-mi', 'Detroit', 'MI', 42.3314, -83.0458],
].map(([id, name, state, lat, lon]) => ({ id: id as string, name: name as string, state: state as string, lat: lat as number, lon: lon as number, source: 'https://example.org/gazetteer' }));

export const stories: StoryMeta[] = [
  { slug: 'a', headline: 'Story A', outlet: 'Outlet A', period: { from: '2025-01-20', to: '2025-02-10', label: 'estimated: early 2025' } },
  { slug: 'b', headline: 'Story B', outlet: null, period: { from: '2025-06-01', to: '2025-06-30', label: 'estimated: June 2025' } },
  { slug: 'c', headline: 'Story C', outlet: null, period: { from: '2025-02-01', to: '2025-02-28', label: 'estimated: February 2025' } },
  { slug: 'd', headline: 'Story D', outlet: null, period: { from: '2025-10-01', to: '2025-12-31', label: 'estimated: late 2025' } },
  { slug: 'e', headline: 'Story E', outlet: null, period: { from: '2025-01-22', to: '2025-01-31', label: 'estimated: January 2025' } },
];

export const series: ReferenceSeries[] = [
  {
    id: 'swb_test',
    name: 'Border Patrol apprehensions, southwest border (test)',
    definition: 'Apprehensions by the Border Patrol on the southwest border, per fiscal year.',
    unit: 'apprehensions or encounters',
    default: true,
    rows: Array.from({ length: 66 }, (_, i) => ({ fiscal_year: 1960 + i, value: Math.round(20000 + 1_000_000 * Math.sin((i / 65) * Math.PI) ** 2 + (i === 62 ? 1_100_000 : 0)), source_url: 'https://example.org/series' })),
    breaks: [{ from_fy: 2020, to_fy: 2023, label: 'Title 42' }],
  },
  {
    id: 'nationwide_test',
    name: 'Border Patrol apprehensions, nationwide (test)',
    definition: 'All Border Patrol apprehensions.',
    unit: 'apprehensions',
    default: false,
    scope: 'nationwide',
    rows: Array.from({ length: 30 }, (_, i) => ({ fiscal_year: 1990 + i, value: 900000 + i * 10000, source_url: 'https://example.org/nationwide' })),
    breaks: [],
  },
];

export function data(over: Partial<ChartData> = {}): ChartData {
  return { claims, facts, checks: [], places, series, cities, stories, ...over };
}

/** A minimal article whose paragraphs hold the given sentence ids. */
export function article(slug: string, paragraphs: string[][]): Article {
  return {
    file: `${slug}.txt`,
    slug,
    headline: 'H',
    headlineGenerated: false,
    dek: null,
    dateline: null,
    attribution: {},
    outlet: null,
    url: null,
    byline: null,
    sections: [],
    paragraphs: paragraphs.map((ids, i) => ({
      id: `${slug}:p${i + 1}`,
      text: ids.join(' '),
      section: null,
      sentences: ids.map((id) => ({ id, text: id, start: 0, end: id.length })),
    })),
    period: { from: '2025-01-01', to: '2025-01-31', label: 'x', kind: 'estimated', evidence: [] },
  };
}
