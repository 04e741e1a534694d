// Builds the seeds' site once for every test file of the `site` project and
// hands its folders to them (inject('seedSite')).
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedSite: BuiltSite;
  }
}

/** Test builds live under node_modules/.surge-builds; drop those of earlier runs (older than an hour). */
async function pruneOldBuilds() {
  const dir = path.join(ROOT, 'node_modules', '.surge-builds');
  const names = await readdir(dir).catch(() => [] as string[]);
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of names) {
    if (!name.startsWith('surge-build-')) continue;
    const full = path.join(dir, name);
    const st = await stat(full).catch(() => null);
    if (st && st.mtimeMs < cutoff) await rm(full, { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  await pruneOldBuilds();
  // SURGE_TEST_SEEDS=DIR runs the browser tests on another archive (e.g. seeds plus a development corpus).
  const site = await buildSite(process.env.SURGE_TEST_SEEDS ? { seedsDir: process.env.SURGE_TEST_SEEDS } : {});
  project.provide('seedSite', site);
}
