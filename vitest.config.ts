/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Loading the Astro config must not run the pipeline over content/ for unit tests;
// builds under test run in child processes with their own folders (tests/helpers/build.ts).
process.env.SURGE_SKIP_PIPELINE = '1';

// Two projects: `unit` (pure functions, fast) and `site` (reads one shared build
// of seeds/, made once by tests/site/global-setup.ts). Run one with
// `npx vitest run --project unit`.
export default getViteConfig({
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 1_200_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
        },
      },
    ],
  },
});
