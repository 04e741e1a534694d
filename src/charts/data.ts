// Loads what the charts draw: the pipeline's datasets (content/data, SURGE_CONTENT_DIR aware),
// the reference series and the city table (content/reference under the project root), and the
// stories' frontmatter (headlines and estimated periods). Missing files count as empty.
// Claims, facts and checks come from the figures store (validated, read once per build), so the
// build holds one copy of them, not one for the pages and one for the charts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseGazetteer } from '../pipeline/reference/agencies.ts';
import { loadSeries } from '../pipeline/reference/series.ts';
import type { ReferenceSeries } from '../pipeline/types.ts';
import type { ChartData, City, StoryMeta } from './types.ts';
import { contentDir } from '../lib/content-dir.ts';
import { csvRecords } from '../lib/csv.ts';
import { figuresStore } from '../lib/figures-store.ts';

async function readJson<T>(file: string): Promise<T[]> {
  try {
    const v = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(v) ? (v as T[]) : [];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** content/reference/cities.csv: id,name,state,lat,lon,source (quoted fields allowed). */
export function parseCities(text: string): City[] {
  const [head, ...rows] = csvRecords(text).map((r) => r.fields);
  if (!head) return [];
  const idx = (k: string) => head.indexOf(k);
  return rows.map((f) => {
    return { id: f[idx('id')] ?? '', name: f[idx('name')] ?? '', state: f[idx('state')] ?? '', lat: Number(f[idx('lat')]), lon: Number(f[idx('lon')]), source: f[idx('source')] ?? '' };
  }).filter((c) => c.id && Number.isFinite(c.lat) && Number.isFinite(c.lon));
}

async function readStories(dir: string): Promise<StoryMeta[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  const out: StoryMeta[] = [];
  for (const n of names) {
    const text = await readFile(path.join(dir, n), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!m) continue;
    const fm = parseYaml(m[1]!) as Record<string, unknown>;
    const period = fm.period as StoryMeta['period'] | undefined;
    out.push({
      slug: String(fm.slug ?? n.replace(/\.mdx$/, '')),
      headline: String(fm.headline ?? n),
      outlet: (fm.outlet as string | null) ?? null,
      period: { from: period?.from ?? '', to: period?.to ?? '', label: period?.label ?? '', ...(period?.kind ? { kind: period.kind } : {}) },
    });
  }
  return out;
}

export async function loadChartData(opts: { root?: string; contentDir?: string } = {}): Promise<ChartData> {
  const root = opts.root ?? process.cwd();
  const content = opts.contentDir ? path.resolve(root, opts.contentDir) : contentDir(root);
  const data = path.join(content, 'data');
  const figs = figuresStore({ dir: content });
  // The schemas describe the pipeline's types (verdict is a string there, a union here).
  const claims = figs.claims as ChartData['claims'];
  const facts = figs.facts as ChartData['facts'];
  const checks = figs.checks as ChartData['checks'];
  const [places, stories] = await Promise.all([
    readJson<ChartData['places'][number]>(path.join(data, 'places.json')),
    readStories(path.join(content, 'stories')),
  ]);
  let series: ReferenceSeries[] = [];
  try {
    series = await loadSeries(root);
  } catch (e) {
    // No series folder yet: the trend chart draws the article figures alone. A broken file still fails.
    if (!/not found/.test(String((e as Error).message))) throw e;
  }
  let cities: City[] = [];
  try {
    cities = parseCities(await readFile(path.join(root, 'content', 'reference', 'cities.csv'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  let agencies: ChartData['agencies'];
  try {
    // The pipeline's own loader (the attribution work extends the file, not a copy of it).
    agencies = parseGazetteer(await readFile(path.join(root, 'content', 'reference', 'agencies.yaml'), 'utf8')).agencies.map((a) => ({ id: a.id, name: a.name, parent: a.parent }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return { claims, facts, checks, places, series, cities, stories, ...(agencies ? { agencies } : {}) };
}

let cached: Promise<ChartData> | null = null;
/** One load per build (pages call this many times). */
export function chartData(): Promise<ChartData> {
  cached ??= loadChartData();
  return cached;
}
