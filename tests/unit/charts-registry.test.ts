// Registry rules (which charts exist, fact box for one figure), CSV = rows, placement in stories.
import { describe, expect, it } from 'vitest';
import { chartCsv, tableColumns } from '../../src/charts/csv.ts';
import { layoutBars } from '../../src/charts/layout/bars.ts';
import { parseCities } from '../../src/charts/data.ts';
import { overviewText } from '../../src/charts/overview.ts';
import { placeCharts } from '../../src/charts/placement.ts';
import { ARCHIVE_MAX_APART, ARCHIVE_MAX_MARKS, chartById, chartSpecs } from '../../src/charts/registry.ts';
import { chartsWithData, fiscalYearOf, isEncounterClaim } from '../../src/charts/select.ts';
import { article, claim, claims, data, factOf, facts, places } from './charts-fixture.ts';

describe('chart scope', () => {
  it('draws a story\'s own figures in the story, each still listing every outlet that reports it', () => {
    const archive = chartById(data(), 'personnel-by-agency')!;
    const inA = chartById(data(), 'personnel-by-agency', { story: 'a' })!;
    const aFacts = facts.filter((f) => f.sources.includes('a')).map((f) => f.id).sort();
    expect(inA.rows.map((r) => r.fact_id).sort()).toEqual(aFacts.filter((id) => archive.rows.some((r) => r.fact_id === id)));
    expect(inA.rows.length).toBeLessThan(archive.rows.length);
    const ng = inA.rows.find((r) => r.entity.includes('National Guard'));
    expect(ng?.stories).toEqual(['a', 'b']);
    // The story's quote, not another outlet's.
    for (const r of inA.rows) expect(claims.find((c) => c.quote === r.quote)?.slug).toBe('a');
  });
  it('gives a story no chart it has no figures for', () => {
    const slugs = [...new Set(claims.map((c) => c.slug))];
    for (const slug of slugs) {
      for (const s of chartSpecs(data(), { story: slug })) {
        const rows = s.rows.filter((r) => r.type !== 'reference');
        if (s.kind !== 'line') expect(rows.length, `${slug}/${s.id}`).toBeGreaterThan(0);
        for (const r of rows) expect(r.stories, `${slug}/${s.id}/${r.key}`).toContain(slug);
      }
    }
  });
  it('bounds the archive charts to the most reported figures and says how many there are', () => {
    const many = Array.from({ length: 60 }, (_, i) => claim({ id: `s${i}:p1s1#n1`, value: 100 + i, unit: 'agents', status: 'deployed', entity: ['ICE'] }));
    // The smallest figure is reported by three stories: it must stay.
    const fs = many.map((c, i) => factOf(c, i === 0 ? { sources: ['s0', 's1', 's2'] } : {}));
    const metas = many.map((c, i) => ({ slug: c.slug, headline: `Story ${i}`, outlet: null, period: { from: '2025-01-01', to: '2025-01-31', label: 'January 2025' } }));
    const d = data({ claims: many, facts: fs, places: [], series: [], checks: [], stories: metas });
    // Personnel by agency (issue 18): per agency and status the archive draws the latest and the
    // largest figure; here one agency, one status, one date, so one bar, and a note counts the rest.
    const p = chartById(d, 'personnel-by-agency')!;
    expect(p.rows.map((r) => [r.value, r.role])).toEqual([[159, 'latest and largest']]);
    expect(p.notes.join(' ')).toMatch(/59 other figures/);
    const t = chartById(d, 'deployment-timeline')!;
    expect(t.rows.length).toBeLessThanOrEqual(ARCHIVE_MAX_MARKS);
    // A story sees all of its own figures.
    expect(chartById(d, 'personnel-by-agency', { story: 's59' })!.rows.map((r) => r.value)).toEqual([159]);
  });
  it('lists the largest unattributed personnel figures of an archive under the bars and counts all of them', () => {
    const n = ARCHIVE_MAX_APART + 4;
    const loose = Array.from({ length: n }, (_, i) => claim({ id: `u${i}:p1s1#n1`, value: 10 * (i + 1), unit: 'troops', status: 'deployed', entity: [] }));
    const owned = claim({ id: 'o0:p1s1#n1', value: 500, unit: 'agents', status: 'deployed', entity: ['ICE'] });
    const all = [...loose, owned];
    const metas = all.map((c, i) => ({ slug: c.slug, headline: `Story ${i}`, outlet: null, period: { from: '2025-01-01', to: '2025-01-31', label: 'January 2025' } }));
    const d = data({ claims: all, facts: all.map((c) => factOf(c)), places: [], series: [], checks: [], stories: metas });
    const p = chartById(d, 'personnel-by-agency')!;
    const apart = p.rows.filter((r) => r.group === null);
    // The largest ones, in order: 10 × n down to 10 × (n − 7).
    expect(apart.map((r) => r.value)).toEqual(Array.from({ length: ARCHIVE_MAX_APART }, (_, i) => 10 * (n - i)));
    expect(p.apartTotal).toBe(n);
    expect(p.description).toContain(`the ${ARCHIVE_MAX_APART} largest of ${n}`);
    const notes = layoutBars(p.rows, 600, p.apartTotal).labels.filter((l) => l.cls === 'note').map((l) => l.text);
    expect(notes[0]).toBe(`Not drawn as an agency (${n}; the ${ARCHIVE_MAX_APART} largest):`);
    // A story's chart is not bounded: no count to give.
    const one = chartById(d, 'personnel-by-agency', { story: 'u0' });
    expect(one?.apartTotal).toBeUndefined();
  });
  it('keeps machine columns in the CSV and out of the reader\'s table', () => {
    for (const s of chartSpecs(data())) {
      const shown = tableColumns(s).map((c) => c.key);
      const csvKeys = chartCsv(s).split('\r\n')[0]!.split(',');
      for (const c of s.columns) {
        expect(csvKeys, `${s.id} ${c.key}`).toContain(c.key);
        if (c.csvOnly || c.key === 'quote') expect(shown, `${s.id} ${c.key}`).not.toContain(c.key);
        else expect(shown, `${s.id} ${c.key}`).toContain(c.key);
      }
      if (s.columns.some((c) => c.key === 'claim_ids')) expect(shown).not.toContain('claim_ids');
    }
  });
  it('computes each scope once per dataset', () => {
    const d = data();
    expect(chartSpecs(d)).toBe(chartSpecs(d));
    expect(chartSpecs(d, { story: 'a' })).toBe(chartSpecs(d, { story: 'a' }));
    expect(chartSpecs(d, { story: 'a' })).not.toBe(chartSpecs(d));
  });
});

describe('registry', () => {
  it('draws no chart without data', () => {
    expect(chartSpecs(data({ claims: [], facts: [], places: [], series: [] }))).toEqual([]);
  });
  it('turns a single personnel figure into a fact box and drops the timeline', () => {
    const one = [claims[0]!];
    const specs = chartSpecs(data({ claims: one, facts: [], places: [], series: [] }));
    expect(specs.map((s) => [s.id, s.kind])).toEqual([['personnel-by-agency', 'factbox']]);
    expect(specs[0]!.standsFor).toBe('bars');
    expect(specs[0]!.rows[0]!.display).toBe('~500');
  });
  it('says "estimated" once for a figure dated by its story (the story labels start "estimated:")', () => {
    const t = chartById(data(), 'deployment-timeline')!;
    const byStory = t.rows.filter((r) => r.date_kind === 'estimated');
    expect(byStory.length).toBeGreaterThan(0);
    for (const r of byStory) expect(r.period_label).toMatch(/^estimated from the story’s date: (?!estimated)/);
    expect(t.description).not.toMatch(/date: estimated:/);
  });
  it('builds the four charts from the fixture, every row traceable to claims and stories', () => {
    const specs = chartSpecs(data());
    expect(specs.map((s) => s.id)).toEqual(['personnel-by-agency', 'deployment-timeline', 'border-encounters', 'destination-map']);
    for (const s of specs) {
      for (const r of s.rows.filter((r) => r.type !== 'reference')) {
        expect(r.claim_ids.length, `${s.id}/${r.key}`).toBeGreaterThan(0);
        expect(r.stories.length, `${s.id}/${r.key}`).toBeGreaterThan(0);
        expect(r.quote).not.toBe('');
      }
      expect(s.description.length).toBeGreaterThan(40);
      expect(s.alt).not.toBe('');
    }
  });
  it('shows one bar for a figure two outlets report, with both stories', () => {
    const p = chartById(data(), 'personnel-by-agency')!;
    const ng = p.rows.filter((r) => r.entity.includes('National Guard'));
    expect(ng).toHaveLength(1);
    expect(ng[0]!.stories).toEqual(['a', 'b']);
    expect(p.rows.find((r) => r.combined)!.label).toMatch(/combined/);
  });
  it('excludes non-personnel and negated figures from the personnel chart', () => {
    const neg = claim({ id: 'x:p1s1#n1', value: 9999, unit: 'agents', negated: true });
    const p = chartById(data({ claims: [...claims, neg], facts: [] }), 'personnel-by-agency')!;
    expect(p.rows.some((r) => r.unit === 'field offices')).toBe(false);
    expect(p.rows.some((r) => r.value === 9999)).toBe(false);
  });
  it('annotates encounter claims at their fiscal year, from the text or from the claim check', () => {
    const checks = [{ claim_id: 'd:p4s3#n1', article: 'd.txt', sentence_id: 'd:p4s3', quote: '', verdict: 'consistent' as const, series: 'swb_test', fiscal_year: 2022, compared_with: 2206436, tolerance: '', explanation: '' }];
    const enc = chartById(data({ checks }), 'border-encounters')!;
    const pts = enc.rows.filter((r) => r.type === 'claim');
    expect(pts.map((r) => [r.fiscal_year, r.display, r.verdict])).toEqual([[2022, '2,200,000+', 'consistent'], [2025, '~237,000', null]]);
    expect(enc.notes.join(' ')).toContain('Border Patrol apprehensions, southwest border (test)');
    // The nationwide series counts apprehensions and ends in FY2019: no encounter figure of FY2022/25 is drawn on it.
    expect(enc.alternates ?? []).toEqual([]);
    expect(enc.dek).toContain('Drawn: Border Patrol apprehensions, southwest border (test), FY1960–FY2025');
  });
  it('draws a figure only against a series of its measure and years, and offers such series as other views', () => {
    const appr = claim({ id: 'f:p1s1#n1', slug: 'f', article: 'f.txt', value: 950000, unit: 'apprehensions', unit_family: 'events', time: 'FY2010', entity: ['USBP'] });
    const enc = chartById(data({ claims: [...claims, appr], facts: [] }), 'border-encounters')!;
    expect(enc.series?.id).toBe('swb_test');
    const alt = enc.alternates?.find((a) => a.series?.id === 'nationwide_test');
    expect(alt).toBeDefined();
    expect(alt!.rows.filter((r) => r.type === 'claim').map((r) => r.fiscal_year)).toEqual([2010]);
    expect(alt!.notes.join(' ')).toMatch(/Not drawn against this series .*FY1990–FY2019.*~237,000 encounters, FY2025/);
    expect(chartById(data({ claims: [...claims, appr], facts: [] }), alt!.id)).toBeDefined();
  });
  it('frames the years of the figures in stories and embeds, the whole series on the chart page', () => {
    const enc = chartById(data(), 'border-encounters')!;
    expect(enc.frame).toBeDefined();
    expect(enc.frame!.from).toBeLessThanOrEqual(2022 - 2);
    expect(enc.frame!.to).toBe(2025);
    expect(enc.frame!.to - enc.frame!.from).toBeGreaterThanOrEqual(10);
    expect(enc.rows.filter((r) => r.type === 'reference')).toHaveLength(66);
    expect(enc.notes.join(' ')).toContain(`FY${enc.frame!.from}–FY2025`);
  });
  it('keeps people arrested or removed out of the personnel chart', () => {
    const removed = claim({ id: 'g:p1s1#n1', slug: 'g', article: 'g.txt', value: 3406, unit: 'gang members', status: 'completed', entity: ['ERO'], quote: 'In FY 2023, ERO removed 3,406 known or suspected gang members.', start: 24, end: 29 });
    const arrested = claim({ id: 'g:p2s1#n1', slug: 'g', article: 'g.txt', value: 40, unit: 'officers', status: 'completed', entity: ['ICE'], quote: 'About 40 officers were arrested in the sweep.', start: 6, end: 8 });
    const p = chartById(data({ claims: [...claims, removed, arrested], facts: [] }), 'personnel-by-agency')!;
    expect(p.rows.some((r) => r.value === 3406 || r.value === 40)).toBe(false);
    expect(p.rows.some((r) => r.value === 20000)).toBe(true);
  });
  it('recognises fiscal years and encounter counts', () => {
    expect(fiscalYearOf({ time: 'FY2025', time_resolved: null })).toBe(2025);
    expect(fiscalYearOf({ time: "in fiscal year 2019", time_resolved: null })).toBe(2019);
    expect(fiscalYearOf({ time: null, time_resolved: { from: '2023-10-01', to: '2024-09-30' } })).toBe(2024);
    expect(fiscalYearOf({ time: 'last week', time_resolved: { from: '2025-01-01', to: '2025-01-07' } })).toBeNull();
    expect(isEncounterClaim(claims[6]!)).toBe(true);
    expect(isEncounterClaim(claims[8]!)).toBe(false); // per day
  });
  it('draws on the map only cities in the city table, and says which were left out', () => {
    const m = chartById(data({ places: [...places, { ...places[0]!, id: 'c:p2s1#c99', city: 'atlantis-xx' }] }), 'destination-map')!;
    expect(m.rows).toHaveLength(10);
    expect(m.notes.join(' ')).toContain('atlantis-xx');
  });
  it('parses the city table with quoted fields', () => {
    const c = parseCities('id,name,state,lat,lon,source\nnewark-nj,Newark,"New Jersey",40.7357,-74.1724,"Census, 2013"\nbad,,,x,y,\n');
    expect(c).toEqual([{ id: 'newark-nj', name: 'Newark', state: 'New Jersey', lat: 40.7357, lon: -74.1724, source: 'Census, 2013' }]);
  });
});

describe('csv', () => {
  it('holds exactly the chart rows and columns', () => {
    for (const s of chartSpecs(data())) {
      const lines = chartCsv(s).trimEnd().split('\r\n');
      expect(lines[0]).toBe(s.columns.map((c) => c.key).join(','));
      // Quoted fields may not hold line breaks here (quotes are one sentence each).
      expect(lines.length - 1).toBe(s.rows.length);
    }
  });
  it('quotes commas and quotes', () => {
    const s = chartById(data(), 'personnel-by-agency')!;
    const csv = chartCsv({ ...s, rows: [{ ...s.rows[0]!, quote: 'He said "500, maybe".' }] });
    expect(csv).toContain('"He said ""500, maybe""."');
  });
});

describe('placement', () => {
  it('puts each chart after the paragraph of its first claim, none for a story without numbers', () => {
    const a = article('a', [['a:p1s1'], ['a:p2s1'], ['a:p3s1'], ['a:p5s1'], ['a:p8s1']]);
    const own = claims.filter((c) => c.slug === 'a');
    expect(placeCharts(a, own, facts, places)).toEqual([
      { chartId: 'personnel-by-agency', afterParagraph: 'a:p3' },
      { chartId: 'deployment-timeline', afterParagraph: 'a:p3' },
    ]);
    expect(placeCharts(article('z', [['z:p1s1']]), [], facts, places)).toEqual([]);
  });
  it('places the trend chart and the map where their sentences are', () => {
    const d = article('d', [['d:p1s1'], ['d:p4s1', 'd:p4s2', 'd:p4s3']]);
    expect(placeCharts(d, claims.filter((c) => c.slug === 'd'), facts, places)).toEqual([{ chartId: 'border-encounters', afterParagraph: 'd:p2' }]);
    const c = article('c', [['c:p1s1'], ['c:p2s1', 'c:p2s2'], ['c:p3s1']]);
    expect(placeCharts(c, claims.filter((x) => x.slug === 'c'), facts, places).map((p) => [p.chartId, p.afterParagraph])).toEqual([
      ['personnel-by-agency', 'c:p3'],
      ['deployment-timeline', 'c:p3'],
      ['destination-map', 'c:p2'],
    ].sort((x, y) => x[1]!.localeCompare(y[1]!)));
  });
  it('agrees with the registry about which charts exist', () => {
    const ids = chartsWithData(claims, facts, places);
    expect(chartSpecs(data()).map((s) => s.id).sort()).toEqual([...ids].sort());
  });
});

describe('overview text', () => {
  it('links every number to a source', () => {
    const paras = overviewText(chartSpecs(data()));
    expect(paras.length).toBe(4);
    for (const p of paras) {
      for (const part of p) {
        if (typeof part === 'string') expect(part.replace(/FY\d{4}/g, '')).not.toMatch(/\d/);
        else expect(part.href).not.toBe('');
      }
    }
  });
});
