// Builds the whole site (pipeline + astro build) in a child process into a
// private temp folder, so tests never touch content/ or dist/ and can run side by side.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  dist: string;
  content: string;
  stdout: string;
  work: string;
}

/** `work`: build into this folder (dist/, content/, cache/), e.g. again after a seed changed. */
export async function buildSite(opts: { seedsDir?: string; env?: Record<string, string>; work?: string } = {}): Promise<BuiltSite> {
  // Inside the project, not os.tmpdir(): when outDir is outside the working directory, Astro
  // writes a build's server chunks to <cwd>/.astro/.prerender/, shared by every concurrent
  // build (they overwrite each other's chunks); with outDir inside, they stay in the build's own dist.
  const tmp = path.join(ROOT, 'node_modules', '.surge-builds');
  await mkdir(tmp, { recursive: true });
  const work = opts.work ?? (await mkdtemp(path.join(tmp, 'surge-build-')));
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
  const { stdout } = await withBuildLock(() =>
    run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return { dist, content, stdout, work };
}

// Builds from one project root share <root>/.astro/ (content modules, data
// store), so test files running in parallel workers must not build at the same
// time. A mkdir lock is atomic across processes; a lock whose owner died is taken over.
const LOCK = path.join(ROOT, 'node_modules', '.surge-builds', 'lock');

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(await readFile(path.join(LOCK, 'pid'), 'utf8').catch(() => '0'));
      if (owner && !alive(owner)) await rm(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The seeds' site, built once by tests/site/global-setup.ts (site project only). */
export async function seedSite(): Promise<BuiltSite> {
  const { inject } = await import('vitest');
  return inject('seedSite');
}
