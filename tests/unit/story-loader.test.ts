// The tree route's content loader (issue 20): an editor's edit to an .mdx file shows, a removed
// file leaves the collection, an unchanged file keeps its entry.
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { storyTreeLoader } from '../../src/lib/story-loader';

interface Stored { id: string; data: Record<string, unknown>; body?: string; digest?: string; filePath?: string }

function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  const sets: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: Stored) => { entries.set(e.id, e); sets.push(e.id); return true; },
    delete: (id: string) => { entries.delete(id); },
    keys: () => [...entries.keys()],
  };
  const ctx = {
    collection: 'stories',
    store,
    meta: new Map(),
    logger: { error: () => {}, info: () => {}, warn: () => {} },
    config: { root: pathToFileURL(root + '/'), markdown: { syntaxHighlight: false } },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (s: string) => createHash('sha1').update(s).digest('hex'),
  };
  return { ctx, entries, sets };
}

const story = (slug: string, text: string) => `---\nslug: ${slug}\nheadline: H\n---\n\n${text}\n`;

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'story-loader-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('storyTreeLoader', () => {
  it('loads each story with its tree and follows edits and removals', async () => {
    await writeFile(path.join(dir, 'a.mdx'), story('a', 'First <Claim id="a:1">12</Claim>.'));
    await writeFile(path.join(dir, 'b.mdx'), story('b', 'Second.'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a story');
    const { ctx, entries, sets } = fakeContext(dir);
    const loader = storyTreeLoader({ base: dir });
    await loader.load(ctx as never);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('a')!.data.tree).toEqual([{ t: 'p', c: ['First ', { t: 'Claim', a: { id: 'a:1' }, c: ['12'] }, '.'] }]);
    expect(entries.get('a')!.body).toBe('First <Claim id="a:1">12</Claim>.');
    expect(entries.get('a')!.filePath).toBe('a.mdx');

    // The editor changes a; b is untouched and not parsed again; then b is deleted.
    await writeFile(path.join(dir, 'a.mdx'), story('a', 'Edited by hand.'));
    sets.length = 0;
    await loader.load(ctx as never);
    expect(sets).toEqual(['a']);
    expect(entries.get('a')!.data.tree).toEqual([{ t: 'p', c: ['Edited by hand.'] }]);
    await unlink(path.join(dir, 'b.mdx'));
    await loader.load(ctx as never);
    expect([...entries.keys()]).toEqual(['a']);
  });

  it('gives an empty collection when the folder does not exist', async () => {
    const { ctx, entries } = fakeContext(dir);
    await storyTreeLoader({ base: path.join(dir, 'missing') }).load(ctx as never);
    expect(entries.size).toBe(0);
  });
});
