// The seeds folder is untrusted: only regular files living in it are read.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSeeds, MAX_NAME_BYTES, nameProblem, printableName, readListed } from '../../src/pipeline/seeds.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { ROOT } from '../helpers/build.ts';

const ARTICLE = [
  'Officials moved about 120 agents to Denver last week, according to two people familiar with the plan.',
  'The agents will help local officers with arrests and processing, the officials said on Monday.',
].join('\n');
const MARKER = `SECRET-MARKER-${process.pid}-${Date.now()}`;

let tmp: string;
let seeds: string;
let outside: string;
let server: net.Server;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'surge-seeds-unit-'));
  seeds = path.join(tmp, 'seeds');
  mkdirSync(seeds);
  outside = path.join(tmp, 'outside.txt');
  writeFileSync(outside, `${ARTICLE}\n${MARKER}\n`);
  writeFileSync(path.join(seeds, 'good.txt'), ARTICLE);
  writeFileSync(path.join(seeds, 'good.yaml'), 'headline: A Good Story\n');
  symlinkSync(outside, path.join(seeds, 'link-outside.txt'));
  symlinkSync('/etc/passwd', path.join(seeds, 'passwd.txt'));
  symlinkSync(path.join(tmp, 'nowhere.txt'), path.join(seeds, 'dangling.txt'));
  symlinkSync(outside, path.join(seeds, 'link-sidecar.yaml'));
  symlinkSync('good.txt', path.join(seeds, 'relative-link.txt'));
  execFileSync('mkfifo', [path.join(seeds, 'fifo.txt')]);
  linkSync(outside, path.join(seeds, 'hardlink.txt'));
  mkdirSync(path.join(seeds, 'subfolder.txt'));
  writeFileSync(path.join(seeds, 'subfolder.txt', 'inner.txt'), `${ARTICLE}\n${MARKER}`);
  writeFileSync(path.join(seeds, 'bad\u001b[2Jname.txt'), ARTICLE);
  writeFileSync(path.join(seeds, 'evil\u202Etxt.exe'), ARTICLE);
  writeFileSync(path.join(seeds, 'back\\slash.txt'), ARTICLE);
  writeFileSync(path.join(seeds, `${'a'.repeat(240)}.txt`), ARTICLE);
  writeFileSync(path.join(seeds, '.hidden.txt'), ARTICLE);
  server = net.createServer();
  await new Promise<void>((r) => server.listen(path.join(seeds, 'socket.txt'), r));
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(tmp, { recursive: true, force: true });
});

describe('nameProblem', () => {
  it('accepts ordinary names, accents and spaces included', () => {
    for (const n of ['a.txt', 'Überblick über Agenten.txt', '003_415daeb068833fd9.txt', 'x..y.txt', 'a'.repeat(MAX_NAME_BYTES)]) {
      expect(nameProblem(n), n).toBeNull();
    }
  });
  it('refuses hidden, control, bidi, separator, non-UTF-8 and too-long names', () => {
    expect(nameProblem('.env')).toMatch(/hidden/);
    expect(nameProblem('..')).toMatch(/hidden/);
    expect(nameProblem('a\u0007b.txt')).toMatch(/control/);
    expect(nameProblem('a\u0085b.txt')).toMatch(/control/);
    expect(nameProblem('evil\u202Etxt.exe')).toMatch(/text-direction/);
    expect(nameProblem('x\\..\\..\\etc\\passwd')).toMatch(/separator/);
    expect(nameProblem('x\uFFFDy.txt')).toMatch(/UTF-8/);
    expect(nameProblem('a'.repeat(MAX_NAME_BYTES + 1))).toMatch(/too long/);
    // 70 characters, 210 UTF-8 bytes
    expect(nameProblem('€'.repeat(70))).toMatch(/too long \(210 bytes/);
    // NFKD expands ⅷ (3 bytes) to viii: a 180-byte name whose slug is 240 characters is refused too
    expect(nameProblem('\u2177'.repeat(60))).toMatch(/too long \(240 bytes/);
  });
  it('prints control characters escaped', () => {
    expect(printableName('bad\u001b[2Jname.txt')).toBe('bad\\u{1B}[2Jname.txt');
    expect(printableName('plain.txt')).toBe('plain.txt');
  });
});

describe('listSeeds', () => {
  it('keeps only regular files with one link, and says why each other entry is refused', () => {
    const l = listSeeds(seeds);
    expect(l.files.map((f) => f.name)).toEqual(['good.txt', 'good.yaml']);
    const why = new Map(l.refused.map((r) => [r.name, r.reason]));
    expect(why.get('link-outside.txt')).toMatch(/symbolic link: not followed/);
    expect(why.get('passwd.txt')).toMatch(/symbolic link/);
    expect(why.get('dangling.txt')).toMatch(/symbolic link/);
    expect(why.get('relative-link.txt')).toMatch(/symbolic link/);
    expect(why.get('link-sidecar.yaml')).toMatch(/symbolic link/);
    expect(why.get('fifo.txt')).toMatch(/FIFO/);
    expect(why.get('socket.txt')).toMatch(/socket/);
    expect(why.get('hardlink.txt')).toMatch(/hard link \(2 names/);
    expect(why.get('subfolder.txt')).toMatch(/directory/);
    expect(why.get('bad\\u{1B}[2Jname.txt')).toMatch(/control/);
    expect(why.get('evil\\u{202E}txt.exe')).toMatch(/text-direction/);
    expect(why.get('back\\slash.txt')).toMatch(/separator/);
    expect(why.get(`${'a'.repeat(240)}.txt`)).toMatch(/too long/);
    expect(why.get('.hidden.txt')).toMatch(/hidden/);
    expect(l.refused).toHaveLength(14);
  });
  it('reads a listed file, but not one swapped for a link after the listing', () => {
    const dir = mkdtempSync(path.join(tmp, 'swap-'));
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
    const l = listSeeds(dir);
    const [a, b] = l.files;
    const read = readListed(l, a!, 1024);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe(ARTICLE);
    unlinkSync(path.join(dir, 'b.txt'));
    symlinkSync(outside, path.join(dir, 'b.txt'));
    const swapped = readListed(l, b!, 1024);
    expect(swapped.ok).toBe(false);
    expect(!swapped.ok && swapped.reason).toMatch(/symbolic link/);
  });
  it('does not open a FIFO swapped in after the listing (no blocking)', () => {
    const dir = mkdtempSync(path.join(tmp, 'fifo-'));
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const l = listSeeds(dir);
    unlinkSync(path.join(dir, 'a.txt'));
    execFileSync('mkfifo', [path.join(dir, 'a.txt')]);
    const r = readListed(l, l.files[0]!, 1024);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/changed/);
  });
  it('refuses a file larger than the limit without reading it', () => {
    const dir = mkdtempSync(path.join(tmp, 'big-'));
    writeFileSync(path.join(dir, 'a.txt'), 'x'.repeat(2000));
    const l = listSeeds(dir);
    const r = readListed(l, l.files[0]!, 1000);
    expect(!r.ok && r.reason).toMatch(/too large \(2000 bytes/);
  });
});

describe('runPipeline over a hostile seeds folder', () => {
  it('builds the regular file, names every refused entry, and publishes nothing from outside', async () => {
    const out = path.join(tmp, 'out');
    const report = await runPipeline({ seedsDir: seeds, outDir: out, root: ROOT });
    const byFile = new Map(report.entries.map((e) => [e.file, e]));
    expect(byFile.get('good.txt')!.status).toBe('ok');
    expect(report.articles.map((a) => a.headline)).toEqual(['A Good Story']);
    for (const f of ['link-outside.txt', 'passwd.txt', 'dangling.txt', 'fifo.txt', 'socket.txt', 'hardlink.txt', 'subfolder.txt', 'link-sidecar.yaml']) {
      const e = byFile.get(f);
      expect(e?.status, f).toBe('refused');
      expect(e!.messages[0]!.startsWith(`${f}: `)).toBe(true);
      expect(report.summary).toContain(f);
    }
    expect(report.summary).not.toContain('\u001b');
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(files.length).toBeGreaterThan(3);
    for (const d of files) {
      const text = readFileSync(path.join(d.parentPath, d.name), 'utf8');
      expect(text, d.name).not.toContain(MARKER);
      expect(text, d.name).not.toMatch(/root:x?:0:0/);
    }
  });
});
