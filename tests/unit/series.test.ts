// Reference series loader: the project's series load and hold the README's facts;
// every kind of bad row stops the load with the file, line and problem named.
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeries, parseSeriesFiles, SERIES_DIR, type SourceFile } from '../../src/pipeline/reference/series.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEFAULT = 'usbp_swb_apprehensions_or_encounters_pew';

const YAML: SourceFile = {
  file: 'series.yaml',
  text: `series:
  - id: a_series
    name: Series A
    definition: Counts A per fiscal year.
    unit: apprehensions
    default: true
    breaks:
      - { from_fy: 2020, to_fy: 2021, label: Title 42 }
  - id: b_series
    name: Series B
    definition: Counts B per fiscal year.
    unit: encounters
    default: false
    breaks: []
`,
};
const HEADER = 'fiscal_year,series,value,source_url';
const csv = (...rows: string[]): SourceFile => ({ file: 'rows.csv', text: [HEADER, ...rows].join('\n') + '\n' });
const OK_ROWS = ['2019,a_series,10,https://example.org/a', '2020,a_series,20,https://example.org/a', '2020,b_series,5,https://example.org/b'];

describe('the project reference series', async () => {
  const series = await loadSeries(ROOT);
  const def = series.find((s) => s.default)!;

  it('has exactly one default series, the Pew/CBP southwest series, FY1960–FY2025', () => {
    expect(series.filter((s) => s.default).map((s) => s.id)).toEqual([DEFAULT]);
    expect(series[0].id).toBe(DEFAULT);
    expect(def.rows[0].fiscal_year).toBe(1960);
    expect(def.rows.at(-1)!.fiscal_year).toBe(2025);
    expect(def.rows).toHaveLength(66);
  });

  it('keeps the README figures: record FY2022 2,206,436; FY2025 237,538; FY1970 201,780', () => {
    const at = (fy: number) => def.rows.find((r) => r.fiscal_year === fy)!.value;
    expect(at(2022)).toBe(2206436);
    expect(at(2025)).toBe(237538);
    expect(at(1970)).toBe(201780);
    expect(Math.max(...def.rows.map((r) => r.value))).toBe(2206436);
  });

  it('marks the Title 42 span FY2020–FY2023 on the default series', () => {
    expect(def.breaks).toContainEqual(expect.objectContaining({ from_fy: 2020, to_fy: 2023 }));
    expect(def.breaks[0].label).toMatch(/Title 42/);
  });

  it('gives every series a definition, a name and rows sorted by year, each row with its source URL', () => {
    // 11 yearly series (3 of one group each) and 10 monthly ones (issue 18: OHSS and CBP monthly files,
    // DHS releases, one spliced series, OHSS's OFO months and the CBP-wide OHSS sum).
    expect(series.length).toBe(21);
    expect(series.filter((s) => s.frequency === 'monthly').every((s) => s.rows.length === 0 && s.months!.length > 0)).toBe(true);
    for (const s of series) {
      expect(s.definition.length, s.id).toBeGreaterThan(40);
      expect(s.name.length).toBeGreaterThan(5);
      const years = s.rows.map((r) => r.fiscal_year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(new Set(years).size).toBe(years.length);
      for (const r of s.rows) {
        expect(r.source_url).toMatch(/^https:\/\//);
        expect(Number.isInteger(r.value) && r.value >= 0).toBe(true);
      }
    }
  });

  it('loads every row of the yearly CSV files (one per line)', async () => {
    let lines = 0;
    for (const f of ['usbp-apprehensions-by-fy.csv', 'usbp-swb-groups-by-fy.csv']) {
      lines += (await readFile(path.join(ROOT, SERIES_DIR, f), 'utf8')).trim().split(/\r?\n/).length - 1;
    }
    expect(series.reduce((k, s) => k + s.rows.length, 0)).toBe(lines);
  });

  it('records the rounding and preliminary status the README describes', () => {
    expect(series.find((s) => s.id === 'usbp_swb_encounters_ohss_rounded10')!.rounded_to).toBe(10);
    const pre = series.find((s) => s.id === 'usbp_swb_apprehensions_dhs_preliminary')!;
    expect(pre.preliminary).toBe(true);
    expect(pre.rows).toEqual([expect.objectContaining({ fiscal_year: 2025, value: 237565 })]);
  });
});

describe('parseSeriesFiles validation', () => {
  it('accepts good files', () => {
    const s = parseSeriesFiles(YAML, [csv(...OK_ROWS)]);
    expect(s.map((x) => [x.id, x.rows.length])).toEqual([['a_series', 2], ['b_series', 1]]);
  });

  it('rejects a duplicate fiscal year in one series, naming file, line and the first occurrence', () => {
    expect(() => parseSeriesFiles(YAML, [csv(...OK_ROWS, '2019,a_series,11,https://example.org/a')])).toThrow(
      /^rows\.csv:5: fiscal year 2019 appears twice in series "a_series" \(first at rows\.csv:2\)$/,
    );
  });

  it('allows the same year in two different series', () => {
    expect(() => parseSeriesFiles(YAML, [csv('2020,a_series,1,https://x.org', '2020,b_series,1,https://x.org')])).not.toThrow();
  });

  it('rejects a negative value', () => {
    expect(() => parseSeriesFiles(YAML, [csv(OK_ROWS[0], '2021,a_series,-3,https://example.org/a')])).toThrow(/^rows\.csv:3: value -3 is negative$/);
  });

  it('rejects a value that is not a whole number, or not a number', () => {
    expect(() => parseSeriesFiles(YAML, [csv('2021,a_series,3.5,https://example.org/a')])).toThrow(/rows\.csv:2: value 3\.5 is not a whole number/);
    expect(() => parseSeriesFiles(YAML, [csv('2021,a_series,n/a,https://example.org/a')])).toThrow(/rows\.csv:2: value "n\/a" is not a number/);
  });

  it('rejects a row without a source URL, or with one that is not http(s)', () => {
    expect(() => parseSeriesFiles(YAML, [csv(...OK_ROWS, '2021,a_series,30,')])).toThrow(/^rows\.csv:5: row has no source_url$/);
    expect(() => parseSeriesFiles(YAML, [csv('2021,a_series,30,cbp.gov')])).toThrow(/rows\.csv:2: source_url "cbp\.gov" is not an http\(s\) URL/);
  });

  it('rejects rows of a series the YAML does not describe, and a bad year', () => {
    expect(() => parseSeriesFiles(YAML, [csv('2021,c_series,1,https://x.org')])).toThrow(/rows\.csv:2: series "c_series" is not described in series\.yaml/);
    expect(() => parseSeriesFiles(YAML, [csv('FY21,a_series,1,https://x.org')])).toThrow(/rows\.csv:2: fiscal_year "FY21" is not a four-digit year/);
  });

  it('rejects a wrong header and a short row', () => {
    expect(() => parseSeriesFiles(YAML, [{ file: 'x.csv', text: 'year,series,value\n' }])).toThrow(/^x\.csv:1: header must be/);
    expect(() => parseSeriesFiles(YAML, [csv('2021,a_series,1')])).toThrow(/rows\.csv:2: expected 4 fields, found 3/);
  });

  it('rejects a series without a definition, naming the YAML line of that series', () => {
    const yaml = { file: 'series.yaml', text: YAML.text.replace('    definition: Counts B per fiscal year.\n', '') };
    expect(() => parseSeriesFiles(yaml, [csv(...OK_ROWS)])).toThrow(/^series\.yaml:9: series "b_series" has no definition$/);
  });

  it('rejects zero or two default series, and a series with no rows', () => {
    const two = { file: 'series.yaml', text: YAML.text.replace('default: false', 'default: true') };
    expect(() => parseSeriesFiles(two, [csv(...OK_ROWS)])).toThrow(/exactly one series must have default: true \(found 2\)/);
    expect(() => parseSeriesFiles(YAML, [csv(OK_ROWS[0])])).toThrow(/series "b_series" has no rows/);
  });

  it('rejects invalid YAML with its line', () => {
    expect(() => parseSeriesFiles({ file: 's.yaml', text: 'series:\n  - id: [unclosed\n' }, [])).toThrow(/^s\.yaml:\d+: invalid YAML/);
  });
});

describe('loadSeries on a folder', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  async function project(csvText: string): Promise<string> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'series-'));
    dirs.push(root);
    await mkdir(path.join(root, SERIES_DIR), { recursive: true });
    await writeFile(path.join(root, SERIES_DIR, 'series.yaml'), YAML.text);
    await writeFile(path.join(root, SERIES_DIR, 'rows.csv'), csvText);
    return root;
  }

  it('names the file by its project path in errors', async () => {
    const root = await project([HEADER, ...OK_ROWS, '2020,b_series,6,https://example.org/b'].join('\n'));
    await expect(loadSeries(root)).rejects.toThrow(`${path.join(SERIES_DIR, 'rows.csv')}:5: fiscal year 2020 appears twice in series "b_series"`);
  });

  it('fails clearly when the folder or the YAML is missing', async () => {
    await expect(loadSeries(path.join(os.tmpdir(), 'no-such-project-xyz'))).rejects.toThrow(/reference series folder not found/);
    const root = await project([HEADER, ...OK_ROWS].join('\n'));
    await rm(path.join(root, SERIES_DIR, 'series.yaml'));
    await expect(loadSeries(root)).rejects.toThrow(/series\.yaml:1: missing/);
  });
});

describe('spliced and group series', () => {
  const monthlyYaml = (p: { scopeB?: string; maxDiff?: number; splice?: string } = {}): SourceFile => ({
    file: 'series.yaml',
    text: `${YAML.text}  - id: m_one
    name: Monthly one
    definition: Counts encounters by month from the first publisher.
    unit: encounters
    default: false
    frequency: monthly
    breaks: []
  - id: m_two
    name: Monthly two
    definition: Counts encounters by month from the second publisher.
    unit: encounters
    default: false
    frequency: monthly
    scope: ${p.scopeB ?? 'southwest'}
    breaks: []
  - id: m_joined
    name: Monthly joined
    definition: The first publisher's months, then the second's.
    unit: encounters
    default: false
    frequency: monthly
    max_overlap_difference: ${p.maxDiff ?? 3}
    spliced_from:
      - { series: m_one, from: 2020-01, to: 2020-12 }
      - { series: m_two, from: ${p.splice ?? '2021-01'}, to: 2021-12 }
    breaks: []
`,
  });
  // m_one: 2020-01 … 2021-12 = 100 + k; m_two: 2020-01 … 2021-12 = 102 + k (2 higher on every shared month).
  const months = [...Array(24).keys()].map((k) => `${2020 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  const mcsv: SourceFile = {
    file: 'm.csv',
    text: ['month,series,value,source_url', ...months.flatMap((m, k) => [`${m},m_one,${100 + k},https://example.org/1`, `${m},m_two,${102 + k},https://example.org/2`])].join('\n') + '\n',
  };

  it('builds a spliced series from its parts: first part’s months, then the second’s', () => {
    const s = parseSeriesFiles(monthlyYaml(), [csv(...OK_ROWS), mcsv]).find((x) => x.id === 'm_joined')!;
    expect(s.months!.map((m) => m.value)).toEqual([...months.slice(0, 12).map((_, k) => 100 + k), ...months.slice(12).map((_, k) => 114 + k)]);
  });
  it('refuses a join whose parts differ on a shared month by more than stated', () => {
    expect(() => parseSeriesFiles(monthlyYaml({ maxDiff: 1 }), [csv(...OK_ROWS), mcsv])).toThrow(/differ by 2 on a shared month, more than max_overlap_difference 1/);
  });
  it('refuses parts that count another geography, leave a gap, or rows of its own', () => {
    expect(() => parseSeriesFiles(monthlyYaml({ scopeB: 'nationwide' }), [csv(...OK_ROWS), mcsv])).toThrow(/another geography, component or group/);
    expect(() => parseSeriesFiles(monthlyYaml({ splice: '2021-02' }), [csv(...OK_ROWS), mcsv])).toThrow(/must start the month after/);
    const own: SourceFile = { file: 'j.csv', text: 'month,series,value,source_url\n2020-01,m_joined,1,https://example.org/j\n' };
    expect(() => parseSeriesFiles(monthlyYaml(), [csv(...OK_ROWS), mcsv, own])).toThrow(/^j\.csv:2: series "m_joined" is spliced/);
  });
  it('refuses an unknown group, and a group on the default series', () => {
    const bad = { file: 'series.yaml', text: YAML.text.replace('    unit: encounters\n', '    unit: encounters\n    group: teenagers\n') };
    expect(() => parseSeriesFiles(bad, [csv(...OK_ROWS)])).toThrow(/group must be one of single_adults/);
    const def = { file: 'series.yaml', text: YAML.text.replace('    unit: apprehensions\n', '    unit: apprehensions\n    group: single_adults\n') };
    expect(() => parseSeriesFiles(def, [csv(...OK_ROWS)])).toThrow(/default series counts everyone/);
  });
  it('the project’s group series add up to about the whole southwest count (FY2021)', async () => {
    const all = await loadSeries(ROOT);
    const v = (id: string, fy: number) => all.find((s) => s.id === id)!.rows.find((r) => r.fiscal_year === fy)!.value;
    const groups = all.filter((s) => s.group).map((s) => v(s.id, 2021));
    // Three groups rounded to 10 each: within 15 of the unrounded total.
    expect(Math.abs(groups.reduce((a, x) => a + x, 0) - v(DEFAULT, 2021))).toBeLessThanOrEqual(15);
  });
});

// CBP-wide nationwide months before October 2021 (issue 18): DHS OHSS's USBP and OFO tables summed
// month by month. The figures below are read from the committed CSV rows and OHSS's published totals.
describe('CBP-wide nationwide encounters by month from DHS OHSS (Border Patrol + Office of Field Operations)', async () => {
  const all = await loadSeries(ROOT);
  const byId = (id: string) => all.find((s) => s.id === id)!;
  const sum = byId('cbp_nationwide_encounters_ohss_monthly');
  const ofo = byId('ofo_nationwide_encounters_ohss_monthly_rounded10');
  const usbp = byId('usbp_nationwide_encounters_ohss_monthly_rounded10');
  const cbpFile = byId('cbp_nationwide_encounters_cbp_file_monthly');
  const at = (s: typeof sum, m: string) => s.months!.find((x) => x.month === m)?.value;

  it('loads October 2003 – November 2024 for both series, with vintage, component and rounding', () => {
    for (const s of [sum, ofo]) {
      expect(s.months!.length).toBe(254);
      expect([s.months![0]!.month, s.months!.at(-1)!.month]).toEqual(['2003-10', '2024-11']);
      expect(s.vintage).toMatch(/fy25m11/);
      expect(s.scope).toBe('nationwide');
      expect(s.months!.every((m) => m.source_url === 'https://ohss.dhs.gov/khsm/cbp-encounters')).toBe(true);
    }
    expect([sum.component, ofo.component]).toEqual(['cbp', 'ofo']);
    // Two parts each rounded to 10 by OHSS: the sum may be off by 10, treated as rounded to 20.
    expect([sum.rounded_to, ofo.rounded_to]).toEqual([20, 10]);
  });

  it('every month is the Border Patrol month plus the OFO month of the same OHSS file', () => {
    const bad = sum.months!.filter((m) => m.value !== at(usbp, m.month)! + at(ofo, m.month)!);
    expect(bad).toEqual([]);
    // The lowest month of the series: April 2017, 11,680 (USBP) + 12,540 (OFO).
    const low = [...sum.months!].sort((a, b) => a.value - b.value)[0]!;
    expect([low.month, low.value, at(usbp, '2017-04'), at(ofo, '2017-04')]).toEqual(['2017-04', 24220, 11680, 12540]);
  });

  it('agrees with CBP’s Nationwide Encounters file on the 36 months October 2021 – September 2024 within 12', () => {
    const shared = sum.months!.filter((m) => at(cbpFile, m.month) !== undefined);
    expect(shared.length).toBe(38);
    const diff = (m: string) => at(sum, m)! - at(cbpFile, m)!;
    const early = shared.filter((m) => m.month <= '2024-09');
    expect(Math.max(...early.map((m) => Math.abs(diff(m.month))))).toBeLessThanOrEqual(12);
    expect(early.filter((m) => Math.abs(diff(m.month)) > 10).map((m) => m.month)).toEqual(['2023-09']);
    // October and November 2024: OHSS's file (January 2025) is 248 and 268 above CBP's later file.
    expect([diff('2024-10'), diff('2024-11')]).toEqual([248, 268]);
  });

  it('its fiscal-year sums match OHSS’s monthly tables (March 2024 edition) FY2014–FY2023 within 50', () => {
    // "Nationwide CBP Encounters by Encounter Type and Region", fiscal-year totals (rounded to 10).
    const published: Record<number, number> = {
      2014: 711670, 2015: 591830, 2016: 690430, 2017: 526790, 2018: 686070,
      2019: 1147480, 2020: 646780, 2021: 1956530, 2022: 2766580, 2023: 3201140,
    };
    const fy = (m: string) => Number(m.slice(0, 4)) + (Number(m.slice(5)) >= 10 ? 1 : 0);
    for (const [year, total] of Object.entries(published)) {
      const mine = sum.months!.filter((m) => fy(m.month) === Number(year)).reduce((a, m) => a + m.value, 0);
      expect(Math.abs(mine - total), `FY${year}`).toBeLessThanOrEqual(50);
    }
  });
});
