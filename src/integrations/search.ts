// Astro integration: after the build, index the built HTML with Pagefind's Node
// API and write the static search bundle to <outDir>/pagefind/. Only pages
// marked data-pagefind-body (stories, charts, agencies) are indexed. The index
// holds site-root-relative URLs; the search page prefixes them itself, so the
// same files work under any base path.
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function searchIntegration(): AstroIntegration {
  return {
    name: 'surge-desk-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const t0 = performance.now();
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
          // Only the folders whose pages carry data-pagefind-body: Pagefind would otherwise read
          // and parse every page, the whole-report page and the data tables included, to skip them.
          const added = await index.addDirectory({ path: outDir, glob: '{stories,charts,agencies}/**/*.html' });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} page(s) indexed into pagefind/ in ${Math.round(performance.now() - t0)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
