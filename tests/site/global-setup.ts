// Builds the seeds' site once for every test file of the `site` project and
// hands its folders to them (inject('seedSite')).
import type { TestProject } from 'vitest/node';
import { buildSite, type BuiltSite } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedSite: BuiltSite;
  }
}

export default async function setup(project: TestProject) {
  const site = await buildSite();
  project.provide('seedSite', site);
}
