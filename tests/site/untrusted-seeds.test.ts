// seeds/ is untrusted input. One build from a folder that plants links to files
// outside it (a temp file with a unique marker, and /etc/passwd), a dangling link,
// a FIFO, a hard link, a linked sidecar and a linked folder, next to two real
// articles. The build finishes (the FIFO is never opened), the report names each
// planted entry with its reason, and nothing of the outside files reaches dist/:
// every file is searched, PDFs through pdftotext.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, link, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build.ts';
import { slugify } from '../../src/pipeline/slug.ts';
import type { ReportEntry } from '../../src/pipeline/types.ts';

const MARKER = `OUTSIDE-SEEDS-MARKER-${process.pid}-${Date.now().toString(36)}`;
// An article-shaped text, so it would be published as a story if it were read.
const OUTSIDE_ARTICLE = [
  `${MARKER} Officials moved about 300 agents to Denver last week, according to two people familiar with the plan.`,
  `The agents will help local officers in Denver with arrests and processing, the officials said on Monday ${MARKER}.`,
].join('\n');
const SEEDS = ['000_ad4da1c2b5475ffa.txt', '003_415daeb068833fd9.txt'];

let tmp: string;
let site: BuiltSite;
let entries: Map<string, ReportEntry>;
let passwdLines: string[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'surge-untrusted-'));
  const outside = path.join(tmp, 'outside');
  const seeds = path.join(tmp, 'seeds');
  await mkdir(outside);
  await mkdir(seeds);
  await writeFile(path.join(outside, 'article.txt'), OUTSIDE_ARTICLE);
  await writeFile(path.join(outside, 'meta.yaml'), `headline: ${MARKER} headline\ndek: ${MARKER} dek\n`);
  for (const s of SEEDS) await copyFile(path.join(ROOT, 'seeds', s), path.join(seeds, s));
  await symlink(path.join(outside, 'article.txt'), path.join(seeds, 'agents-sent-north.txt'));
  await symlink('/etc/passwd', path.join(seeds, 'passwd-story.txt'));
  await symlink(path.join(outside, 'gone.txt'), path.join(seeds, 'dangling.txt'));
  // A linked sidecar for a real article: its headline must not replace the article's.
  await symlink(path.join(outside, 'meta.yaml'), path.join(seeds, SEEDS[0]!.replace(/\.txt$/, '.yaml')));
  await symlink(outside, path.join(seeds, 'linked-folder'));
  await link(path.join(outside, 'article.txt'), path.join(seeds, 'hard-linked.txt'));
  execFileSync('mkfifo', [path.join(seeds, 'pipe.txt')]);
  site = await buildSite({ seedsDir: seeds });
  const raw = await readFile(path.join(site.dist, 'build-report.json'), 'utf8');
  entries = new Map((JSON.parse(raw) as { entries: ReportEntry[] }).entries.map((e) => [e.file, e]));
  passwdLines = (await readFile('/etc/passwd', 'utf8')).split('\n').filter((l) => l.length > 8);
}, 900_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Every file under dir, recursively. */
async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(path.join(e.parentPath, e.name));
  return out;
}

describe('untrusted seeds: report', () => {
  const refused: [string, RegExp][] = [
    ['agents-sent-north.txt', /symbolic link: not followed/],
    ['passwd-story.txt', /symbolic link: not followed/],
    ['dangling.txt', /symbolic link: not followed/],
    ['000_ad4da1c2b5475ffa.yaml', /symbolic link: not followed/],
    ['linked-folder', /symbolic link: not followed/],
    ['hard-linked.txt', /hard link/],
    ['pipe.txt', /FIFO \(named pipe\): not a regular file, never opened/],
  ];
  it.each(refused)('%s is refused and named with its reason', (file, reason) => {
    const e = entries.get(file);
    expect(e, `no report entry for ${file}`).toBeDefined();
    expect(e!.status).toBe('refused');
    expect(e!.slug).toBeNull();
    expect(e!.messages.join(' | ')).toMatch(reason);
    expect(e!.messages[0]!.startsWith(`${file}: `)).toBe(true);
  });
  it('names them in the build summary too, and builds the real articles', () => {
    for (const [file] of refused) expect(site.stdout).toContain(file);
    for (const s of SEEDS) expect(entries.get(s)?.status, s).toMatch(/^(ok|warning)$/);
    expect([...entries.keys()].sort()).toEqual([...SEEDS, ...refused.map((r) => r[0])].sort());
  });
});

describe('untrusted seeds: nothing from outside reaches dist/', () => {
  it('no file in dist/ or the generated content holds the marker or a line of /etc/passwd', async () => {
    const all = [...(await files(site.dist)), ...(await files(site.content))];
    expect(all.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    let pdfs = 0;
    for (const f of all) {
      let text: string;
      if (f.endsWith('.pdf')) {
        pdfs++;
        const r = spawnSync('pdftotext', ['-q', f, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        expect(r.error, 'pdftotext is needed (apt-get install poppler-utils)').toBeUndefined();
        text = r.stdout + (await readFile(f, 'latin1'));
      } else text = await readFile(f, 'latin1');
      if (text.includes(MARKER)) leaks.push(`${path.relative(site.work, f)}: marker`);
      const line = passwdLines.find((l) => text.includes(l));
      if (line) leaks.push(`${path.relative(site.work, f)}: /etc/passwd line "${line.slice(0, 20)}…"`);
    }
    expect(leaks).toEqual([]);
    // With Chromium the build makes PDFs (the report and each story's); they were searched too.
    if (process.env.SURGE_SKIP_PDF !== '1') expect(pdfs).toBeGreaterThan(0);
  });
  it('publishes a story for each real article and none for a refused entry', async () => {
    const stories = (await readdir(path.join(site.dist, 'stories'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(stories.sort()).toEqual(SEEDS.map(slugify).sort());
  });
});
