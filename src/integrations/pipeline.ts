// Astro integration: runs the pipeline before every build and on every seed
// change in `astro dev`, so nobody runs it by hand. The pipeline itself lives in
// src/pipeline/ and knows nothing of Astro.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../pipeline/run.ts';
import { contentDir } from '../lib/content-dir.ts';

export interface PipelineIntegrationOptions {
  seedsDir?: string;
  outDir?: string;
}

export default function pipelineIntegration(opts: PipelineIntegrationOptions = {}): AstroIntegration {
  let root = process.cwd();
  let summary = '';
  const resolve = (p: string) => path.resolve(root, p);
  return {
    name: 'surge-desk-pipeline',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // Unit tests load the Vite config only; they must not rewrite content/.
        if (process.env.SURGE_SKIP_PIPELINE) return;
        const seeds = resolve(opts.seedsDir ?? process.env.SEEDS_DIR ?? 'seeds');
        const out = opts.outDir ? resolve(opts.outDir) : contentDir(root);
        const report = await runPipeline({ seedsDir: seeds, outDir: out, root });
        // The pipeline runs once per build (here); its summary is printed once. A build prints it
        // last, where an editor looks, so no refused file goes unnoticed under the page log
        // (issue 20: it used to print here too, which read as a second run); dev prints it now.
        if (command === 'build') summary = report.summary;
        else logger.info(report.summary);
      },
      'astro:build:done': ({ logger }) => {
        if (summary) logger.info(summary);
      },
      'astro:server:setup': ({ server, logger }) => {
        const seeds = resolve(opts.seedsDir ?? process.env.SEEDS_DIR ?? 'seeds');
        const out = opts.outDir ? resolve(opts.outDir) : contentDir(root);
        server.watcher.add(seeds);
        let running: Promise<unknown> = Promise.resolve();
        const rerun = (file: string) => {
          if (!file.startsWith(seeds)) return;
          running = running.then(async () => {
            const report = await runPipeline({ seedsDir: seeds, outDir: out, root });
            logger.info(`seed changed (${path.basename(file)}): ${report.summary}`);
          });
        };
        server.watcher.on('change', rerun);
        server.watcher.on('add', rerun);
        server.watcher.on('unlink', rerun);
      },
    },
  };
}
