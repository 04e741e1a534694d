// Builds the whole site (pipeline + astro build) in a child process into a
// private temp folder, so tests never touch content/ or dist/ and can run side by side.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  dist: string;
  content: string;
  stdout: string;
}

export async function buildSite(opts: { seedsDir?: string; env?: Record<string, string> } = {}): Promise<BuiltSite> {
  // Inside the project, not os.tmpdir(): when outDir is outside the working directory, Astro
  // writes a build's server chunks to <cwd>/.astro/.prerender/, shared by every concurrent
  // build (they overwrite each other's chunks); with outDir inside, they stay in the build's own dist.
  const tmp = path.join(ROOT, 'node_modules', '.surge-builds');
  await mkdir(tmp, { recursive: true });
  const work = await mkdtemp(path.join(tmp, 'surge-build-'));
  const dist = path.join(work, 'dist');
  const content = path.join(work, 'content');
  const env: Record<string, string | undefined> = {
    ...process.env,
    SEEDS_DIR: opts.seedsDir ?? path.join(ROOT, 'seeds'),
    SURGE_CONTENT_DIR: content,
    SURGE_OUT_DIR: dist,
    SURGE_CACHE_DIR: path.join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...opts.env,
  };
  delete env.SURGE_SKIP_PIPELINE;
  delete env.VITEST;
  delete env.NODE_ENV;
  // Vitest mirrors import.meta.env into process.env (BASE_URL=/, MODE, DEV, PROD, SSR); Astro
  // reads import.meta.env.BASE_URL in page code from process.env when set, so a BASE_PATH
  // build would render base-less links. The child build must not inherit them.
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[k];
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dist, content, stdout };
}

/** The seeds' site, built once by tests/site/global-setup.ts (site project only). */
export async function seedSite(): Promise<BuiltSite> {
  const { inject } = await import('vitest');
  return inject('seedSite');
}
