// Astro integration: after the build, prints every story and the report to
// dist/pdf/ (src/pdf/render.ts). Without Chromium the site still builds and the
// log says how to get the PDFs; SURGE_SKIP_PDF=1 skips the step on purpose.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findChromium, chromiumPath, missingChromiumMessage } from '../pdf/chromium.ts';
import { renderPdfs, type PaperFormat } from '../pdf/render.ts';

export default function pdfIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'surge-desk-pdf',
    hooks: {
      // Printed PDFs are kept in Astro's cache folder: a rebuild prints only pages that changed.
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SURGE_SKIP_PDF === '1') {
          logger.info('PDFs skipped (SURGE_SKIP_PDF=1).');
          return;
        }
        const executablePath = findChromium();
        if (!executablePath) {
          logger.warn(missingChromiumMessage(chromiumPath()));
          return;
        }
        const t0 = performance.now();
        const format: PaperFormat = process.env.SURGE_PDF_FORMAT === 'A4' ? 'A4' : 'Letter';
        const done = await renderPdfs({ dist: fileURLToPath(dir), executablePath, format, cacheDir, log: (m) => logger.info(m) });
        const reused = done.filter((d) => d.cached).length;
        logger.info(`${done.length} PDF(s) written to pdf/ (${format}; ${done.length - reused} printed, ${reused} unchanged from the cache) in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
