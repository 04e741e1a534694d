// One extra build from a folder of awkward inputs: every file gets a report
// entry with a clear reason naming it, the good stories still build, and
// nothing from the input becomes an element of a page.
import { mkdtemp, readFile, writeFile, copyFile, access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build.ts';
import { findAll, fold, parsePage, visibleText } from '../helpers/page-text.ts';
import { slugify } from '../../src/pipeline/slug.ts';
import type { ReportEntry } from '../../src/pipeline/types.ts';

const article = (topic: string) =>
  [
    `Officials moved about 120 agents to ${topic} last week, according to two people familiar with the plan.`,
    `The agents will help local officers in ${topic} with arrests and processing, the officials said on Monday.`,
    `A spokesperson for the agency said the deployment to ${topic} would last several weeks at least.`,
  ].join('\n');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const INJECT = [
  'Agents {moved} to <b>bold</b> places & more, officials said in a statement on Monday.',
  'import x from "y"',
  'export const a = 1;',
  'The statement included the text <script>alert("pwned")</script> which must stay text, officials added.',
  '<!-- not a comment --> and `code` and $math$ stay as they are in this long sentence.',
].join('\n');

let site: BuiltSite;
let entries: Map<string, ReportEntry>;

function utf16le(s: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
}

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'surge-bad-seeds-'));
  const w = (name: string, data: string | Uint8Array) => writeFile(path.join(dir, name), data);
  await w('empty.txt', '');
  await w('whitespace.txt', '  \n\t\n\u00a0\n   ');
  await w('picture.png', PNG);
  await w('latin1.txt', new Uint8Array(iconv.encode(`${article('Zürich')}\nHe called it \u201cdone\u201d.`, 'win1252')));
  await w('utf16.txt', utf16le(article('Boston')));
  await w('crlf.txt', article('Denver').replace(/\n/g, '\r\n'));
  await w('big.txt', new Uint8Array(5 * 1024 * 1024).fill(0x61));
  await w('nosentence.txt', '----\n12345\n* * *\n');
  await w('dup-a.txt', article('Miami'));
  await w('dup-b.txt', article('Miami'));
  await w('Überblick über Agenten.txt', article('Chicago'));
  await w(
    'page.html',
    `<!doctype html><html><head><title>Agents Sent to Portland</title><script>alert("pwned")</script></head><body><nav><a href="/">Home</a></nav><h1>Agents Sent to Portland</h1>${article('Portland')
      .split('\n')
      .map((l) => `<p>${l.replace('&', '&amp;')}</p>`)
      .join('')}<footer>Copyright Site</footer></body></html>`,
  );
  await w('inject.txt', INJECT);
  await copyFile(path.join(ROOT, 'seeds/003_415daeb068833fd9.txt'), path.join(dir, '003_415daeb068833fd9.txt'));
  site = await buildSite({ seedsDir: dir });
  let raw: string;
  try {
    raw = await readFile(path.join(site.dist, 'build-report.json'), 'utf8');
  } catch {
    raw = await readFile(path.join(site.content, 'data/build-report.json'), 'utf8');
  }
  entries = new Map((JSON.parse(raw) as { entries: ReportEntry[] }).entries.map((e) => [e.file, e]));
}, 900_000);

const exists = (p: string) => access(p).then(() => true, () => false);
const storyHtml = async (file: string) => readFile(path.join(site.dist, 'stories', slugify(file), 'index.html'), 'utf8');

describe('bad input: report entries', () => {
  const cases: [string, ReportEntry['status'], RegExp][] = [
    ['empty.txt', 'refused', /empty/],
    ['whitespace.txt', 'refused', /white space/],
    ['picture.png', 'refused', /binary.*PNG/],
    ['big.txt', 'refused', /too large.*5\.0 MB/],
    ['nosentence.txt', 'refused', /no article text/],
    ['latin1.txt', 'warning', /Windows-1252/],
    ['page.html', 'warning', /HTML/],
    ['dup-b.txt', 'warning', /same text as dup-a\.txt/],
    ['utf16.txt', 'ok', /^$/],
    ['crlf.txt', 'ok', /^$/],
    ['dup-a.txt', 'ok', /^$/],
    ['Überblick über Agenten.txt', 'ok', /^$/],
    ['inject.txt', 'ok', /^$/],
    ['003_415daeb068833fd9.txt', 'ok', /^$/],
  ];
  it.each(cases)('%s → %s', (file, status, reason) => {
    const e = entries.get(file);
    expect(e, `no report entry for ${file}`).toBeDefined();
    expect(e!.status).toBe(status);
    const text = e!.messages.join(' | ');
    expect(text).toMatch(reason);
    for (const m of e!.messages) expect(m.startsWith(`${file}:`) || m.includes(file)).toBe(true);
    if (status === 'refused') expect(e!.slug).toBeNull();
    else expect(e!.slug).toBe(slugify(file));
  });
  it('has one entry per input file and nothing else', () => {
    expect([...entries.keys()].sort()).toEqual(cases.map((c) => c[0]).sort());
  });
  it('records encodings', () => {
    expect(entries.get('utf16.txt')!.encoding).toBe('utf-16le');
    expect(entries.get('latin1.txt')!.encoding).toBe('windows-1252');
  });
});

describe('bad input: pages', () => {
  it('builds every accepted story and none of the refused ones', async () => {
    for (const e of entries.values()) {
      const p = path.join(site.dist, 'stories', slugify(e.file), 'index.html');
      expect(await exists(p), e.file).toBe(e.status !== 'refused');
    }
  });
  it('decodes Latin-1 and UTF-16 text correctly', async () => {
    expect(visibleText(parsePage(await storyHtml('latin1.txt')))).toContain('He called it “done”.');
    expect(visibleText(parsePage(await storyHtml('latin1.txt')))).toContain('Zürich');
    expect(visibleText(parsePage(await storyHtml('utf16.txt')))).toContain('agents to Boston last week');
  });
  it('turns the HTML page into text: its title is the headline, no markup or script survives', async () => {
    const html = await storyHtml('page.html');
    const root = parsePage(html);
    expect(findAll(root, (el) => el.tagName === 'h1').map(visibleText)).toEqual(['Agents Sent to Portland']);
    expect(html).not.toContain('pwned');
    expect(visibleText(root)).not.toContain('Copyright Site');
  });
  it('keeps injected markup as text and creates no element from it', async () => {
    const html = await storyHtml('inject.txt');
    const root = parsePage(html);
    const text = visibleText(root);
    for (const line of INJECT.split('\n')) expect(text).toContain(fold(line));
    for (const s of findAll(root, (el) => el.tagName === 'script')) {
      const code = s.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
      // JSON data blocks may quote the text, but must parse whole (no </script> break-out); code must not carry it.
      if (/json/.test(String(s.properties?.type ?? ''))) expect(() => JSON.parse(code)).not.toThrow();
      else expect(code + JSON.stringify(s.properties)).not.toContain('pwned');
    }
    expect(findAll(root, (el) => el.tagName === 'b')).toEqual([]);
  });
});
