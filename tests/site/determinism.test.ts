// Reproducible: the same inputs give the same site, byte for byte.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildSite, seedSite } from '../helpers/build.ts';

async function digestTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(root, full), createHash('sha256').update(await readFile(full)).digest('hex'));
  }
  return out;
}

describe('reproducible build', () => {
  it('two builds of the same seeds give byte-identical dist/', async () => {
    const first = await seedSite();
    const second = await buildSite();
    const a = await digestTree(first.dist);
    const b = await digestTree(second.dist);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(5);
  });
});

describe('incremental rebuild', () => {
  it('after a seed changes, reuses unchanged story pages and gives the same dist/ as a fresh build', async () => {
    const seeds = await mkdtemp(path.join(ROOT, 'node_modules', '.surge-builds', 'seeds-'));
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const files = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort();
    // A figure another story reports too: both stories' "other sources" change, not just this one.
    const target = files.find((f) => f.startsWith('001'))!;
    const env = { SURGE_SKIP_PDF: '1' };
    const first = await buildSite({ seedsDir: seeds, env });
    const text = await readFile(path.join(seeds, target), 'utf8');
    expect(text).toContain('20,000');
    await writeFile(path.join(seeds, target), text.replace('20,000', '21,000') + '\nA correction was appended to this article.\n');
    const again = await buildSite({ seedsDir: seeds, env, work: first.work });
    const fresh = await buildSite({ seedsDir: seeds, env });
    const plain = again.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    const restored = [...plain.matchAll(/\/stories\/([^/]+)\/index\.html \((?:restored|cached)\)/g)].map((m) => m[1]);
    expect(restored.length).toBeGreaterThan(0);
    // The changed story and the one sharing its figure are rendered again.
    expect(restored.some((s) => s!.startsWith('001'))).toBe(false);
    expect(restored.some((s) => s!.startsWith('000'))).toBe(false);
    const a = await digestTree(again.dist);
    const b = await digestTree(fresh.dist);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
  });
});
