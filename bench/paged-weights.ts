// `node bench/paged-weights.ts DIST`: page weights of the paged listings (issue 20): every page of
// /data/ and of every agency, HTML raw and gzipped and the page's total (bench/weights.ts:
// HTML + CSS + JS + images, gzipped each, fonts excluded). Prints JSON.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { measurePage } from './weights.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
/** index.html of a listing and of its numbered pages. */
function pages(dir: string): string[] {
  const root = path.join(dist, dir);
  const nums = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d+$/.test(e.name)).map((e) => Number(e.name)).sort((a, b) => a - b);
  return [path.join(root, 'index.html'), ...nums.map((n) => path.join(root, String(n), 'index.html'))].filter((f) => existsSync(f));
}
const summary = (files: string[]) => {
  const ws = files.map((f) => measurePage(dist, f));
  const sum = (k: (w: (typeof ws)[number]) => number) => ws.reduce((s, w) => s + k(w), 0);
  const heaviest = ws.reduce((a, b) => (b.totalGzNoFonts > a.totalGzNoFonts ? b : a));
  return { pages: ws.length, htmlRaw: sum((w) => w.html.raw), htmlGz: sum((w) => w.html.gz), heaviest: { page: heaviest.page, htmlRaw: heaviest.html.raw, htmlGz: heaviest.html.gz, totalGz: heaviest.totalGzNoFonts, jsGz: heaviest.js.gz } };
};
const agencies = readdirSync(path.join(dist, 'agencies'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
console.log(JSON.stringify({ data: summary(pages('data')), agencies: summary(agencies.flatMap((a) => pages(`agencies/${a}`))), agencyCount: agencies.length }, null, 2));
