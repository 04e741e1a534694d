// `node bench/pdf-phases.ts DIST [N=20] [WORKERS=1]`: where a story PDF's time goes (issue 20).
// Times a bare Chromium launch and close, then prints N stories of a built dist/ (the first N of
// the print manifest, the report left out) with renderPdfs, no cache, into a scratch folder, and
// sums renderOne's own phases (load = viewport + goto + images + fonts, patterns, print, fit, toc,
// finalize = checks + pdf-lib post-processing).
// Also times the cache path: the content hash of every document in the manifest.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/pdf/chromium.ts';
import { REPORT_PATH } from '../src/pdf/manifest.ts';
import { readManifest, renderPdfs, timingSummary } from '../src/pdf/render.ts';

const [distArg, nArg = '20', workersArg = '1'] = process.argv.slice(2);
if (!distArg) throw new Error('usage: node bench/pdf-phases.ts DIST [N] [WORKERS]');
const dist = path.resolve(distArg);
const n = Number(nArg);
const workers = Number(workersArg);

let t = performance.now();
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const launchMs = performance.now() - t;
t = performance.now();
await b.close();
const closeMs = performance.now() - t;

const manifest = await readManifest(dist);
// The cache key's cost is reading each page's HTML and hashing it (render.ts cacheKey).
t = performance.now();
for (const d of manifest.documents) createHash('sha256').update(await readFile(path.join(dist, d.path, 'index.html'))).digest('hex');
const hashMs = performance.now() - t;

const only = manifest.documents.filter((d) => d.path !== REPORT_PATH).slice(0, n).map((d) => d.file);
const outDir = await mkdtemp(path.join(os.tmpdir(), 'pdf-phases-'));
t = performance.now();
const cpu0 = process.cpuUsage();
const done = await renderPdfs({ dist, outDir, only, concurrency: workers });
const totalMs = performance.now() - t;
// This Node process only (pdf-lib, request routing, hashing); Chromium's processes are not in it.
const cpu = process.cpuUsage(cpu0);
await rm(outDir, { recursive: true, force: true });

const sums: Record<string, number> = {};
for (const r of done) for (const [k, v] of Object.entries(r.phases ?? {})) sums[k] = (sums[k] ?? 0) + v;
const sumMs = done.reduce((a, r) => a + r.ms, 0);
const r1 = (x: number) => Math.round(x);
console.log(`chromium launch ${r1(launchMs)} ms, close ${r1(closeMs)} ms`);
console.log(`cache keys: ${manifest.documents.length} documents read and hashed in ${r1(hashMs)} ms`);
// The build log's own line (no cache here: every PDF is printed), so the two read alike.
console.log(timingSummary(done, workers, r1(totalMs)));
console.log(`Node process CPU during renderPdfs: ${r1((cpu.user + cpu.system) / 1000)} ms (${r1((cpu.user + cpu.system) / 1000 / done.length)} ms/PDF)`);
console.log(`outside the per-PDF time (launch, contexts, close, logging): ${r1(totalMs - sumMs / workers)} ms`);
for (const [k, v] of Object.entries(sums)) console.log(`  ${k.padEnd(9)} ${String(r1(v / done.length)).padStart(5)} ms/PDF  (${((100 * v) / sumMs).toFixed(1)} %)`);
const other = sumMs - Object.values(sums).reduce((a, c) => a + c, 0);
console.log(`  ${'other'.padEnd(9)} ${String(r1(other / done.length)).padStart(5)} ms/PDF  (${((100 * other) / sumMs).toFixed(1)} %)  (write and rename)`);
