import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitDatasets, RESOURCES, toCsv, validate, type Datasets } from '../../src/pipeline/emit/datasets.ts';
import { reconcile } from '../../src/pipeline/reconcile.ts';
import { extractArticle, extractPlaces } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const article = articleOf([
  ['DHS requested more than 20,000 National Guard troops, "officials" said.', 'ICE sent 300 officers to Chicago, Houston and Denver.'],
  ['The agency has about 6,000 deportation officers.'],
]);
const extracted = extractArticle(article);
const { claims, facts } = reconcile(extracted.claims);
const data: Datasets = { claims, facts, checks: [], places: extractPlaces(article), quantities: extracted.quantities };
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function emit(d: Datasets) {
  const dir = await mkdtemp(path.join(tmpdir(), 'surge-ds-'));
  dirs.push(dir);
  await emitDatasets(dir, d);
  return dir;
}

describe('emitDatasets', () => {
  it('writes JSON, CSV and a datapackage.json whose schemas match the CSV headers', async () => {
    const dir = await emit(data);
    const pkg = JSON.parse(await readFile(path.join(dir, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('data-package');
    for (const r of RESOURCES) {
      const csv = await readFile(path.join(dir, `${r.name}.csv`), 'utf8');
      const res = pkg.resources.find((x: { name: string }) => x.name === r.name);
      expect(res.path).toBe(`${r.name}.csv`);
      expect(csv.split('\n')[0]).toBe(res.schema.fields.map((f: { name: string }) => f.name).join(','));
      const json = JSON.parse(await readFile(path.join(dir, `${r.name}.json`), 'utf8'));
      expect(json).toHaveLength((data[r.name] as unknown[]).length);
      expect(pkg.resources.some((x: { path: string }) => x.path === `${r.name}.json`)).toBe(true);
    }
    const claimsCsv = await readFile(path.join(dir, 'claims.csv'), 'utf8');
    expect(claimsCsv.split('\n').filter(Boolean)).toHaveLength(claims.length + 1);
    // Quotes inside a field are doubled, the field quoted.
    expect(claimsCsv).toContain('"DHS requested more than 20,000 National Guard troops, ""officials"" said."');
    // Every claim says how its owner was found and how sure that is (issue 14).
    const header = claimsCsv.split('\n')[0].split(',');
    const row = claimsCsv.split('\n').find((l) => l.includes('ICE sent 300 officers'))!;
    for (const f of ['attribution', 'attribution_confidence', 'entity_top']) expect(header).toContain(f);
    expect(row).toMatch(/,subject,high,DHS,/);
    const factsCsv = await readFile(path.join(dir, 'facts.csv'), 'utf8');
    expect(factsCsv).toContain('f-national-guard-troops-20000-requested');
  });

  it('is byte-identical whatever the input order', async () => {
    const a = await emit(data);
    const b = await emit({ claims: [...claims].reverse(), facts: [...facts].reverse(), checks: [], places: [...data.places].reverse() });
    for (const f of ['claims.csv', 'claims.json', 'facts.csv', 'facts.json', 'places.csv', 'datapackage.json']) {
      expect(await readFile(path.join(b, f), 'utf8'), f).toBe(await readFile(path.join(a, f), 'utf8'));
    }
  });

  it('refuses a row that does not fit the schema, naming table, row and field', () => {
    const claimsRes = RESOURCES.find((r) => r.name === 'claims')!;
    expect(() => validate(claimsRes, [{ ...claims[0], status: 'rumoured' }])).toThrow(/claims\[0\].*status/);
    expect(() => validate(claimsRes, [{ ...claims[0], value: 'many' }])).toThrow(/value: expected number/);
    expect(() => validate(claimsRes, [claims[0], claims[0]])).toThrow(/duplicate id/);
  });

  it('joins lists and splits the resolved period into columns', () => {
    const factsRes = RESOURCES.find((r) => r.name === 'facts')!;
    const csv = toCsv(factsRes, [{ ...facts[0], entity: ['ATF', 'USMS'], time_resolved: { from: '2025-01-01', to: '2025-01-31' } }]);
    expect(csv.split('\n')[1]).toMatch(/,ATF; USMS,.*,2025-01-01,2025-01-31,/);
  });

  it('writes a large table in pieces exactly as JSON.stringify writes it whole', async () => {
    // 4,501 invented rows: more than two pieces and a remainder, nested values and lists,
    // a missing field, an empty list and non-ASCII text (the pieces' UTF-8 must join up).
    const many = Array.from({ length: 4501 }, (_, i) => ({
      id: `story-${String(i).padStart(5, '0')}:p1s1@tucson`,
      article: `story_${i}.txt`,
      slug: `story-${i}`,
      sentence_id: `story-${i}:p1s1`,
      city: i % 3 ? 'tucson' : 'el-paso',
      quote: i % 7 ? `Agents from the Tucson Sector’s ${i} stations met — “again” — on Tuesday.` : 'Line "one",\nline two ',
      ...(i % 5 ? { extra: { ends: [i, i + 1], note: null, empty: [] as number[] } } : {}),
    }));
    const dir = await emit({ claims: [], facts: [], checks: [], places: many as unknown as Datasets['places'] });
    const sorted = [...many].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(await readFile(path.join(dir, 'places.json'), 'utf8')).toBe(JSON.stringify(sorted, null, 2) + '\n');
    const csv = (await readFile(path.join(dir, 'places.csv'), 'utf8')).split('\n');
    expect(csv.filter((l) => l.startsWith('story-'))).toHaveLength(4501);
    expect(csv.find((l) => l.startsWith('story-00001:'))).toBe('story-00001:p1s1@tucson,story_1.txt,story-1,story-1:p1s1,tucson,Agents from the Tucson Sector’s 1 stations met — “again” — on Tuesday.');
    // A quote, a comma, a line break or white space at either end is quoted, quotes doubled.
    expect((await readFile(path.join(dir, 'places.csv'), 'utf8'))).toContain(',el-paso,"Line ""one"",\nline two "\n');
    expect(await readFile(path.join(dir, 'checks.json'), 'utf8')).toBe('[]\n');
  });
});
