// CLI: run the pipeline on any folder. `npm run pipeline -- --seeds DIR --out DIR`
import module from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

// Node's on-disk compile cache (NODE_COMPILE_CACHE, else the system's temp folder), enabled before
// the pipeline's modules load: a run's start-up spent ~0.8 s of CPU stripping the types of and
// compiling ~100 modules; from the cache ~0.55 s (perf16 section of bench/notes.md).
module.enableCompileCache();
const { runPipeline } = await import('../pipeline/run.ts');

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    root: { type: 'string', default: '.' },
  },
});
const report = await runPipeline({
  seedsDir: path.resolve(values.seeds!),
  outDir: path.resolve(values.out!),
  root: path.resolve(values.root!),
});
console.log(report.summary);
