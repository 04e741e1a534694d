// Seeds → articles in memory (read → clean → structure), the same stages run.ts
// wires, without writing anything. Used by `npm run eval` and tests/unit/eval.test.ts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readSeed } from '../read.ts';
import { readSidecar } from '../sidecar.ts';
import { clean } from '../clean.ts';
import { learnTemplate } from '../template.ts';
import { structure } from '../structure.ts';
import { loadOfficeholders } from '../text/period.ts';
import { assignSlugs } from '../slug.ts';
import type { Article } from '../types.ts';

const SIDECAR = /\.ya?ml$/i;

export async function loadArticles(seedsDir: string, root: string = process.cwd()): Promise<Article[]> {
  const names = (await readdir(seedsDir)).filter((n) => !n.startsWith('.')).sort();
  const files = names.filter((n) => !SIDECAR.test(n));
  const slugs = assignSlugs(files);
  const officeholders = loadOfficeholders(root);
  const out: Article[] = [];
  // Read all first: the outlets' templates are learnt across the archive, as run.ts does.
  const reads = await Promise.all(files.map(async (file) => readSeed(file, new Uint8Array(await readFile(path.join(seedsDir, file))))));
  const template = learnTemplate(reads.flatMap((r) => (r.ok ? [r.text] : [])));
  for (const [index, file] of files.entries()) {
    const read = reads[index]!;
    if (!read.ok) continue;
    const base = file.replace(/\.[^.]*$/, '');
    const sc = names.find((n) => SIDECAR.test(n) && n.replace(SIDECAR, '') === base);
    const sidecar = sc ? readSidecar(await readFile(path.join(seedsDir, sc), 'utf8')).sidecar : null;
    const article = structure({ file, slug: slugs.get(file)!, cleaned: clean(read.text, { template, keep: sidecar?.keep, drop: sidecar?.drop }), sidecar, officeholders });
    if (article.paragraphs.length) out.push(article);
  }
  return out;
}
