// The row count beside each download on /data/ is the downloaded file's.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetRowCount } from '../../src/lib/dataset-rows.ts';
import { RESOURCES } from '../../src/pipeline/emit/datasets.ts';

async function contentWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dataset-rows-'));
  await mkdir(path.join(root, 'content', 'data'), { recursive: true });
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(root, 'content', 'data', name), body);
  return root;
}

describe('datasetRowCount', () => {
  it('counts the rows of every published dataset, whichever it is', async () => {
    const files = Object.fromEntries(RESOURCES.map((r, i) => [`${r.name}.json`, JSON.stringify(Array.from({ length: i + 2 }, (_, k) => ({ id: k })))]));
    const root = await contentWith(files);
    for (const [i, r] of RESOURCES.entries()) expect(await datasetRowCount(r.name, root)).toBe(i + 2);
  });
  it('says 0 for a missing file or one that is not a list', async () => {
    const root = await contentWith({ 'odd.json': '{"rows": 3}', 'bad.json': '[1,' });
    expect(await datasetRowCount('missing', root)).toBe(0);
    expect(await datasetRowCount('odd', root)).toBe(0);
    expect(await datasetRowCount('bad', root)).toBe(0);
  });
});
