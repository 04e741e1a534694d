// Reproducible: the same inputs give the same site, byte for byte.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, seedSite } from '../helpers/build.ts';

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
