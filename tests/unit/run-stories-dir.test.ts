// The pipeline writes over the stories of the previous run instead of deleting the folder
// (run.ts previousStories): the folder must still end up holding exactly this run's stories,
// and nothing but a plain file of its own is ever written through.
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run.ts';
import { ROOT } from '../helpers/build.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'surge-stories-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const article = (n: number) => `Officials moved about ${n}0 agents to Denver last week, the officials said.\nThe agents will help local officers with arrests and processing, officials said on Monday.\n`;

describe('stories/ across runs', () => {
  it('holds exactly the stories of the last run, written fresh, without writing through links', async () => {
    const seeds = path.join(tmp, 'seeds');
    const out = path.join(tmp, 'out');
    mkdirSync(seeds);
    writeFileSync(path.join(seeds, 'a.txt'), article(1));
    writeFileSync(path.join(seeds, 'b.txt'), article(2));
    await runPipeline({ seedsDir: seeds, outDir: out, root: ROOT });
    const stories = path.join(out, 'stories');
    const first = readdirSync(stories).sort();
    expect(first).toHaveLength(2);
    const fresh = readFileSync(path.join(stories, first[0]!), 'utf8');

    // Between runs: a seed goes, a story is edited by hand, stray entries and links appear.
    rmSync(path.join(seeds, 'b.txt'));
    writeFileSync(path.join(stories, first[0]!), 'edited by hand');
    const victim = path.join(tmp, 'victim.txt');
    writeFileSync(victim, 'not ours');
    writeFileSync(path.join(stories, 'stray.mdx'), 'old');
    mkdirSync(path.join(stories, 'folder.mdx'));
    symlinkSync(victim, path.join(stories, 'link.mdx'));
    await runPipeline({ seedsDir: seeds, outDir: out, root: ROOT });
    expect(readdirSync(stories)).toEqual([first[0]]);
    expect(readFileSync(path.join(stories, first[0]!), 'utf8')).toBe(fresh);
    expect(readFileSync(victim, 'utf8')).toBe('not ours');

    // A story file hard-linked elsewhere, and a story named like a link to outside: replaced, not written through.
    linkSync(path.join(stories, first[0]!), path.join(tmp, 'hard.txt'));
    writeFileSync(path.join(tmp, 'hard.txt'), 'someone else’s');
    await runPipeline({ seedsDir: seeds, outDir: out, root: ROOT });
    expect(readFileSync(path.join(tmp, 'hard.txt'), 'utf8')).toBe('someone else’s');
    expect(readFileSync(path.join(stories, first[0]!), 'utf8')).toBe(fresh);
    rmSync(path.join(stories, first[0]!));
    symlinkSync(victim, path.join(stories, first[0]!));
    await runPipeline({ seedsDir: seeds, outDir: out, root: ROOT });
    expect(readFileSync(victim, 'utf8')).toBe('not ours');
    expect(lstatSync(path.join(stories, first[0]!)).isFile()).toBe(true);

    // stories/ itself a file: replaced by the folder.
    rmSync(stories, { recursive: true });
    writeFileSync(stories, 'x');
    await runPipeline({ seedsDir: seeds, outDir: out, root: ROOT });
    expect(existsSync(path.join(stories, first[0]!))).toBe(true);
  });
});
