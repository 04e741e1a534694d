// Child process for the pipeline measurement: runs read → emit once on a corpus
// folder and prints one JSON line (time excludes module loading; memory is this
// process's peak RSS; cpuUserMs/cpuSystemMs are the whole process's, module loading
// included, pipelineCpuMs is user+sys of runPipeline alone: on a loaded machine the CPU
// time is the robust figure). `node bench/pipeline-child.ts <seedsDir> <outDir>`
import path from 'node:path';
import { runPipeline } from '../src/pipeline/run.ts';

const [seedsDir, outDir] = process.argv.slice(2);
if (!seedsDir || !outDir) throw new Error('usage: pipeline-child.ts <seedsDir> <outDir>');
const root = path.resolve(import.meta.dirname, '..');
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const report = await runPipeline({ seedsDir: path.resolve(seedsDir), outDir: path.resolve(outDir), root });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    ms,
    articles: report.articles.length,
    claims: report.claims.length,
    maxRssKb: usage.maxRSS,
    cpuUserMs: usage.userCPUTime / 1000,
    cpuSystemMs: usage.systemCPUTime / 1000,
    pipelineCpuMs: (cpu.user + cpu.system) / 1000,
  }),
);
