import { getViteConfig } from 'astro/config';

// Loading the Astro config must not run the pipeline over content/ for unit tests;
// builds under test run in child processes with their own folders (tests/helpers/build.ts).
process.env.SURGE_SKIP_PIPELINE = '1';

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
