// `npm run pdf`: prints the PDFs of an existing build (dist/, or SURGE_OUT_DIR,
// or --dist DIR) into <dist>/pdf/. Fails with install instructions when no Chromium is found.
//   node src/cli/pdf.ts [--dist DIR] [--out DIR] [--format Letter|A4] [--only file.pdf,...] [--workers N]
// (--workers defaults to SURGE_PDF_WORKERS, else the number of CPUs, at most 4).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, findChromium, missingChromiumMessage } from '../pdf/chromium.ts';
import { renderPdfs, PrintError, workersFromEnv } from '../pdf/render.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    only: { type: 'string' },
    workers: { type: 'string' },
  },
});
const format = values.format ?? process.env.SURGE_PDF_FORMAT ?? 'Letter';
if (format !== 'Letter' && format !== 'A4') {
  console.error(`--format must be Letter or A4, not ${format}`);
  process.exit(2);
}
const workers = values.workers === undefined ? undefined : workersFromEnv({ SURGE_PDF_WORKERS: values.workers });
if (values.workers !== undefined && workers === undefined) {
  console.error(`--workers must be a positive integer, not ${values.workers}`);
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage(chromiumPath(), 'cli'));
  process.exit(1);
}
const dist = path.resolve(values.dist ?? process.env.SURGE_OUT_DIR ?? 'dist');
try {
  const t0 = performance.now();
  const done = await renderPdfs({
    dist,
    outDir: values.out ? path.resolve(values.out) : undefined,
    format,
    executablePath,
    only: values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    concurrency: workers,
    log: (m) => console.log(m),
  });
  console.log(`${done.length} PDF(s) in ${Math.round(performance.now() - t0)} ms`);
} catch (e) {
  console.error(e instanceof PrintError ? `pdf: ${e.message}` : e);
  process.exit(1);
}
