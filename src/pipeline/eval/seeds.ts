// Seeds → articles in memory (read → clean → structure), the same stages run.ts
// wires, without writing anything. Used by `npm run eval` and tests/unit/eval.test.ts.
// Files are listed and read through seeds.ts like the build (no links, FIFOs, devices).
import { MAX_BYTES, readSeed } from '../read.ts';
import { readSidecar } from '../sidecar.ts';
import { clean } from '../clean.ts';
import { learnTemplate } from '../template.ts';
import { structure } from '../structure.ts';
import { loadOfficeholders } from '../text/period.ts';
import { assignSlugs } from '../slug.ts';
import { listSeeds, readListed } from '../seeds.ts';
import type { Article } from '../types.ts';

const SIDECAR = /\.ya?ml$/i;

export async function loadArticles(seedsDir: string, root: string = process.cwd()): Promise<Article[]> {
  const listing = listSeeds(seedsDir);
  const files = listing.files.filter((f) => !SIDECAR.test(f.name));
  const slugs = assignSlugs(files.map((f) => f.name));
  const officeholders = loadOfficeholders(root);
  const out: Article[] = [];
  // Read all first: the outlets' templates are learnt across the archive, as run.ts does.
  const reads = files.map((file) => {
    const got = readListed(listing, file, MAX_BYTES);
    return got.ok ? readSeed(file.name, got.bytes) : null;
  });
  const template = learnTemplate(reads.flatMap((r) => (r?.ok ? [r.text] : [])));
  for (const [index, file] of files.entries()) {
    const read = reads[index];
    if (!read?.ok) continue;
    const base = file.name.replace(/\.[^.]*$/, '');
    const sc = listing.files.find((n) => SIDECAR.test(n.name) && n.name.replace(SIDECAR, '') === base);
    const scRead = sc ? readListed(listing, sc, 64 * 1024) : null;
    const sidecar = scRead?.ok ? readSidecar(new TextDecoder().decode(scRead.bytes)).sidecar : null;
    const article = structure({ file: file.name, slug: slugs.get(file.name)!, cleaned: clean(read.text, { template, keep: sidecar?.keep, drop: sidecar?.drop }), sidecar, officeholders });
    if (article.paragraphs.length) out.push(article);
  }
  return out;
}
