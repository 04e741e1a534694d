// `npm run bench [-- --sizes 100,1000 --runs 3 --only pipeline,site,floor --seed 1 --story-route mdx|tree]` (--pipeline-only = --only pipeline)
// Generates deterministic corpora, measures pipeline throughput and memory,
// full build and rebuild against a bare-Astro floor, and page weights; checks
// the budgets; writes bench/results.json and BENCHMARKS.md. Results of sizes
// not run this time are kept from the previous results.json.
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.ts';
import { makeFloor, type FloorVariant } from './floor.ts';
import { measure, median, type RunResult } from './measure.ts';
import { measureDist, type TypeWeight } from './weights.ts';
import { renderMarkdown, checkBudgets, type Results, type SizeResult } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'bench');
const WORK = path.join(BENCH, 'work');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    /** Which measurements to run: pipeline,site,floor, and extra site-nopdf, floor-data (site includes rebuild and page weights). */
    only: { type: 'string', default: 'pipeline,site,floor' },
    'pipeline-only': { type: 'boolean', default: false },
    /** How story pages render (issue 20): mdx (modules, the default) or tree (parsed in a content loader). */
    'story-route': { type: 'string', default: process.env.SURGE_STORY_ROUTE === 'tree' ? 'tree' : 'mdx' },
  },
});
const sizes = values.sizes!.split(',').map((s) => Number(s.trim().replace(/_/g, ''))).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const storyRoute = values['story-route'] === 'tree' ? 'tree' : 'mdx';
const parts = new Set(values['pipeline-only'] ? ['pipeline'] : values.only!.split(',').map((x) => x.trim()));

const log = (s: string) => console.log(`[bench] ${s}`);
const mb = (x: number | null) => (x === null ? null : Math.round(x));
const peakOf = (r: RunResult) => Math.max(r.peakTreeMb ?? 0, r.maxRssMb ?? 0);

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.SURGE_SKIP_PIPELINE;
  delete env.VITEST;
  delete env.NODE_ENV;
  env.SURGE_STORY_ROUTE = storyRoute;
  return env;
}

/** The site's build command: package.json "build", so post-build steps added there count. */
async function buildCommand(): Promise<[string, string[], string]> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const script: string = pkg.scripts?.build ?? 'astro build';
  if (script.trim() === 'astro build') return [NODE, [ASTRO, 'build'], script];
  return ['sh', ['-c', script], script];
}

async function pipelineRuns(n: number, corpus: string) {
  const out = path.join(WORK, `pipe-${n}`);
  const times: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  let articles = 0;
  let claims = 0;
  for (let k = 0; k < runs; k++) {
    await rm(out, { recursive: true, force: true });
    const r = await measure(NODE, [path.join(BENCH, 'pipeline-child.ts'), corpus, out], {
      cwd: ROOT,
      env: baseEnv(),
      log: path.join(WORK, 'logs', `pipeline-${n}-${k}.log`),
    });
    if (r.code !== 0) throw new Error(`pipeline run failed (${n}):\n${r.stderr.slice(-3000)}`);
    const line = JSON.parse(r.stdout.trim().split('\n').pop()!);
    times.push(line.ms);
    if (typeof line.pipelineCpuMs === 'number') cpu.push(line.pipelineCpuMs);
    rss.push(Math.max(line.maxRssKb / 1024, r.maxRssMb ?? 0));
    articles = line.articles;
    claims = line.claims;
    log(`pipeline n=${n} run ${k + 1}/${runs}: ${(line.ms / 1000).toFixed(2)} s (CPU ${((line.pipelineCpuMs ?? NaN) / 1000).toFixed(2)} s), ${articles} articles, ${claims} claims, ${Math.round(rss[k]!)} MB`);
  }
  const ms = median(times);
  return {
    runs: times.map((t) => Math.round(t)),
    medianMs: Math.round(ms),
    articles,
    claims,
    articlesPerSec: Math.round((articles / ms) * 1000 * 10) / 10,
    msPerArticle: Math.round((ms / Math.max(1, articles)) * 1000) / 1000,
    peakRssMb: Math.round(Math.max(...rss)),
    ...(cpu.length ? { cpuRuns: cpu.map((t) => Math.round(t)), cpuMedianMs: Math.round(median(cpu)) } : {}),
  };
}

async function siteRuns(n: number, corpus: string, opts: { skipPdf?: boolean } = {}) {
  const [cmd, args, script] = await buildCommand();
  const tag = opts.skipPdf ? 'nopdf-' : '';
  const dir = path.join(WORK, `site-${tag}${n}`);
  const seeds = path.join(dir, 'seeds');
  await rm(dir, { recursive: true, force: true });
  await cp(corpus, seeds, { recursive: true });
  const full: RunResult[] = [];
  const rebuild: RunResult[] = [];
  let dist = '';
  for (let k = 0; k < runs; k++) {
    const run = path.join(dir, `run-${k}`);
    await rm(run, { recursive: true, force: true });
    const env = {
      ...baseEnv(),
      SEEDS_DIR: seeds,
      SURGE_CONTENT_DIR: path.join(run, 'content'),
      SURGE_OUT_DIR: path.join(run, 'dist'),
      SURGE_CACHE_DIR: path.join(run, 'cache'),
      ...(opts.skipPdf ? { SURGE_SKIP_PDF: '1' } : {}),
    };
    const f = await measure(cmd, args, { cwd: ROOT, env, log: path.join(WORK, 'logs', `build-${tag}${n}-${k}.log`) });
    if (f.code !== 0) throw new Error(`site build failed (${n}); see bench/work/logs/build-${tag}${n}-${k}.log\n${errorLines(f.stderr)}`);
    full.push(f);
    log(`site build${opts.skipPdf ? ' without PDFs' : ''} n=${n} run ${k + 1}/${runs}: ${(f.ms / 1000).toFixed(1)} s, peak ${Math.round(peakOf(f))} MB`);
    // One seed changes (an editor fixes a sentence); same content, cache and dist folders.
    const first = (await readdir(seeds)).filter((x) => !x.startsWith('.')).sort()[0]!;
    const seedFile = path.join(seeds, first);
    const original = await readFile(seedFile);
    await appendFile(seedFile, `\nA correction was appended to this article on rebuild ${k + 1}.\n`);
    const r = await measure(cmd, args, { cwd: ROOT, env, log: path.join(WORK, 'logs', `rebuild-${tag}${n}-${k}.log`) });
    await writeFile(seedFile, original);
    if (r.code !== 0) throw new Error(`site rebuild failed (${n})\n${r.stderr.slice(-3000)}`);
    rebuild.push(r);
    log(`site rebuild${opts.skipPdf ? ' without PDFs' : ''} n=${n} run ${k + 1}/${runs}: ${(r.ms / 1000).toFixed(1)} s`);
    dist = env.SURGE_OUT_DIR;
  }
  // The print step's own time (logged by src/integrations/pdf.ts), to show the build without it.
  const pdfMs = (out: string) => Number(/PDF\(s\) written to pdf\/.* in (\d+) ms/.exec(out)?.[1] ?? NaN);
  const pdfRuns = full.map((f) => pdfMs(f.stdout)).filter(Number.isFinite);
  const rebuildPdfRuns = rebuild.map((f) => pdfMs(f.stdout)).filter(Number.isFinite);
  // The build's own phase timings, from its log (last full run).
  const phases = full[full.length - 1]!.stdout
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => /(completed in|built in|generated|in \d+(\.\d+)? ?m?s\b)/i.test(l) && !/\(\d+ KB, \d+ ms\)/.test(l))
    .map((l) => l.replace(/^\d\d:\d\d:\d\d /, ''))
    .slice(0, 30);
  const timeline = tagTimeline(full[full.length - 1]!);
  const weights = measureDist(dist);
  // Keep only the last run's output (10,000-page dists are large).
  for (let k = 0; k < runs - 1; k++) await rm(path.join(dir, `run-${k}`), { recursive: true, force: true });
  return {
    command: script,
    runs: full.map((r) => Math.round(r.ms)),
    medianMs: Math.round(median(full.map((r) => r.ms))),
    peakMb: mb(Math.max(...full.map(peakOf))),
    peakTreeMb: mb(Math.max(...full.map((r) => r.peakTreeMb ?? 0))),
    maxSingleRssMb: mb(Math.max(...full.map((r) => r.maxRssMb ?? 0))),
    rebuildRuns: rebuild.map((r) => Math.round(r.ms)),
    rebuildMedianMs: Math.round(median(rebuild.map((r) => r.ms))),
    pdfMedianMs: pdfRuns.length ? Math.round(median(pdfRuns)) : null,
    rebuildPdfMedianMs: rebuildPdfRuns.length ? Math.round(median(rebuildPdfRuns)) : null,
    phases,
    timeline,
    weights,
  };
}

function errorLines(stderr: string): string {
  const lines = stderr.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const errs = [...new Set(lines.filter((l) => /error/i.test(l) && !/^\s+at /.test(l)).map((l) => l.replace(/^\d\d:\d\d:\d\d /, '').trim()))];
  return (errs.length ? errs : lines.slice(-10)).slice(0, 5).join('\n');
}

/** First and last output line of each logger tag ([build], [surge-desk-pdf] …), in s after spawn. */
function tagTimeline(r: RunResult): { tag: string; firstS: number; lastS: number; lines: number }[] {
  const out = new Map<string, { tag: string; firstS: number; lastS: number; lines: number }>();
  for (const { ms, text } of r.lines) {
    const m = text.replace(/\x1b\[[0-9;]*m/g, '').match(/^\d\d:\d\d:\d\d \[([^\]]+)\]/);
    if (!m) continue;
    const s = Math.round(ms / 100) / 10;
    const t = out.get(m[1]!) ?? { tag: m[1]!, firstS: s, lastS: s, lines: 0 };
    t.lastS = s;
    t.lines++;
    out.set(m[1]!, t);
  }
  return [...out.values()];
}

async function floorRuns(n: number, corpus: string, variant: FloorVariant = 'mdx') {
  const name = variant === 'mdx' ? `floor-${n}` : `floor-${variant}-${n}`;
  const dir = await makeFloor(path.join(WORK, name), corpus, ROOT, variant);
  const results: RunResult[] = [];
  let dist = '';
  for (let k = 0; k < runs; k++) {
    const run = path.join(WORK, `${name}-out`);
    await rm(run, { recursive: true, force: true });
    const env = { ...baseEnv(), SURGE_OUT_DIR: path.join(run, 'dist'), SURGE_CACHE_DIR: path.join(run, 'cache') };
    const r = await measure(NODE, [ASTRO, 'build'], { cwd: dir, env, log: path.join(WORK, 'logs', `${name}-${k}.log`) });
    if (r.code !== 0) throw new Error(`${name} build failed\n${errorLines(r.stderr)}`);
    results.push(r);
    dist = env.SURGE_OUT_DIR;
    log(`${name} build run ${k + 1}/${runs}: ${(r.ms / 1000).toFixed(1)} s, peak ${Math.round(peakOf(r))} MB`);
  }
  const story = measureDist(dist).find((t) => t.type === 'story');
  return {
    runs: results.map((r) => Math.round(r.ms)),
    medianMs: Math.round(median(results.map((r) => r.ms))),
    peakMb: mb(Math.max(...results.map(peakOf))),
    storyMedian: story?.median ?? null,
  };
}

async function main() {
  const resultsFile = path.join(BENCH, 'results.json');
  const previous: Results | null = existsSync(resultsFile) ? JSON.parse(await readFile(resultsFile, 'utf8')) : null;
  const bySize = new Map<number, SizeResult>((previous?.sizes ?? []).map((s) => [s.n, s]));
  const date = new Date().toISOString();
  await mkdir(WORK, { recursive: true });
  for (const n of sizes) {
    log(`corpus n=${n} (seed ${seed})`);
    const corpus = await ensureCorpus(path.join(BENCH, 'corpora'), seed, n);
    const prev = bySize.get(n);
    // Parts not run this time keep their previous figures, each with its own date.
    const res: SizeResult = {
      n,
      date,
      runs,
      seed,
      pipeline: prev?.pipeline ? { ...prev.pipeline, date: prev.pipeline.date ?? prev.date } : null,
      site: prev?.site ? { ...prev.site, date: prev.site.date ?? prev.date } : null,
      floor: prev?.floor ? { ...prev.floor, date: prev.floor.date ?? prev.date } : null,
      ...(prev?.floorData ? { floorData: prev.floorData } : {}),
      ...(prev?.siteNoPdf ? { siteNoPdf: prev.siteNoPdf } : {}),
      ...(prev?.siteNoPdfError ? { siteNoPdfError: prev.siteNoPdfError } : {}),
      ...(prev?.siteError ? { siteError: prev.siteError } : {}),
    };
    if (parts.has('pipeline')) res.pipeline = { ...(await pipelineRuns(n, corpus)), date };
    // A failing build is a result too: record it and carry on with the floor and other sizes.
    const siteOrError = async (skipPdf: boolean) => {
      try {
        return { result: { ...(await siteRuns(n, corpus, { skipPdf })), date } };
      } catch (e) {
        const error = String((e as Error).message).split('\n').slice(0, 6).join('\n');
        log(`site build${skipPdf ? ' without PDFs' : ''} n=${n} FAILED: ${error}`);
        return { error };
      }
    };
    if (parts.has('site')) {
      const r = await siteOrError(false);
      res.site = r.result ?? null;
      if (r.error) res.siteError = r.error;
      else delete res.siteError;
    }
    // The same build with SURGE_SKIP_PDF=1: what the site costs without printing every story.
    if (parts.has('site-nopdf')) {
      const r = await siteOrError(true);
      res.siteNoPdf = r.result ?? null;
      if (r.error) res.siteNoPdfError = r.error;
      else delete res.siteNoPdfError;
    }
    if (parts.has('floor')) res.floor = { ...(await floorRuns(n, corpus)), date };
    // Extra reference point (not the floor): the same pages from one JSON data collection, no MDX.
    if (parts.has('floor-data')) res.floorData = { ...(await floorRuns(n, corpus, 'data')), date };
    if (res.site && res.floor) log(`n=${n}: build ${(res.site.medianMs / 1000).toFixed(1)} s vs floor ${(res.floor.medianMs / 1000).toFixed(1)} s = ${(res.site.medianMs / res.floor.medianMs).toFixed(2)}×`);
    bySize.set(n, res);
  }
  const results: Results = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    date,
    storyRoute,
    sizes: [...bySize.values()].sort((a, b) => a.n - b.n),
    budgets: [],
  };
  results.budgets = checkBudgets(results);
  await writeFile(resultsFile, JSON.stringify(results, null, 2) + '\n');
  const notesFile = path.join(BENCH, 'notes.md');
  const notes = existsSync(notesFile) ? await readFile(notesFile, 'utf8') : '';
  await writeFile(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results, notes));
  for (const b of results.budgets) log(`${b.ok === null ? 'n/a ' : b.ok ? 'ok  ' : 'FAIL'} ${b.name}: ${b.actual}`);
  log('wrote bench/results.json and BENCHMARKS.md');
}

export type { TypeWeight };
await main();
