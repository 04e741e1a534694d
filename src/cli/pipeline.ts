// CLI: run the pipeline on any folder. `npm run pipeline -- --seeds DIR --out DIR`
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../pipeline/run.ts';

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
