// Crawls a built dist/ offline: every internal href/src/srcset (and og:image,
// CSS url()) in every HTML and CSS file must resolve to a file in dist, and a
// #fragment to an id on the target page. `base` is the path the folder is served under.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Broken {
  page: string;
  ref: string;
  reason: string;
  /** A missing file, or a missing #fragment target on an existing page. */
  kind: 'file' | 'fragment';
}

export async function listFiles(dir: string, ext: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && ext.test(e.name)) out.push(path.join(e.parentPath, e.name));
  }
  return out.sort();
}

const ATTR = /\s(?:href|src|srcset|poster|data|action|content)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** References in an HTML file: attributes of tags only (not text, not JSON-LD, not <template> code samples). */
export function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  const noScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf('>') + 1)).replace(/<textarea\b[^>]*>[\s\S]*?<\/textarea>/gi, '');
  for (const tag of noScripts.match(/<[a-z][^>]*>/gi) ?? []) {
    const isMeta = /^<meta\b/i.test(tag);
    for (const m of tag.matchAll(ATTR)) {
      const name = m[0].trim().split('=')[0].trim().toLowerCase();
      const value = unescape(m[2] ?? m[3] ?? '');
      if (name === 'content') {
        // Only meta tags whose content is a URL to one of our files (og:image, twitter:image, og:url).
        if (isMeta && /(?:og:image|twitter:image|og:url)"/i.test(tag) && !/:(?:width|height|type|alt)"/i.test(tag)) refs.push(value);
        continue;
      }
      if (name === 'data' && !/^<object\b/i.test(tag)) continue;
      if (name === 'srcset') for (const part of value.split(',')) refs.push(part.trim().split(/\s+/)[0]);
      else refs.push(value);
    }
  }
  return refs.filter(Boolean);
}

export function cssRefs(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim()).filter(Boolean);
}

const external = (ref: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref);

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/**
 * Every broken internal reference. `origin` lets absolute URLs on the site's own
 * origin (canonical, og:image with SITE_URL) be checked as internal too.
 */
export async function crawl(dist: string, base = '/', origin?: string): Promise<{ broken: Broken[]; checked: number; pages: number }> {
  const broken: Broken[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const html = await readFile(file, 'utf8');
      ids = new Set([...html.matchAll(/\sid\s*=\s*"([^"]+)"/g)].map((m) => unescape(m[1])));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const htmlFiles = await listFiles(dist, /\.html$/);
  const cssFiles = await listFiles(dist, /\.css$/);
  let checked = 0;
  const check = async (file: string, ref: string) => {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    // The URL the file is served at: dist/a/index.html → <base>a/
    const pageUrl = new URL(base + rel.replace(/(^|\/)index\.html$/, '$1'), 'http://site.invalid');
    let target: URL;
    if (origin && ref.startsWith(origin)) target = new URL(ref.slice(origin.replace(/\/$/, '').length) || '/', 'http://site.invalid');
    else if (external(ref)) return;
    else target = new URL(ref, pageUrl);
    checked++;
    const page = rel;
    let p = decodeURIComponent(target.pathname);
    if (!p.startsWith(base)) {
      broken.push({ page, ref, reason: `outside the base path ${base}`, kind: 'file' });
      return;
    }
    p = p.slice(base.length);
    let fsPath = path.join(dist, p);
    if (p === '' || p.endsWith('/')) fsPath = path.join(fsPath, 'index.html');
    if (!(await isFile(fsPath))) {
      broken.push({ page, ref, reason: `no file ${path.relative(dist, fsPath)}`, kind: 'file' });
      return;
    }
    if (target.hash.length > 1 && fsPath.endsWith('.html')) {
      const id = decodeURIComponent(target.hash.slice(1));
      if (!(await idsOf(fsPath)).has(id)) broken.push({ page, ref, reason: `no element with id "${id}" in ${path.relative(dist, fsPath)}`, kind: 'fragment' });
    }
  };
  for (const file of htmlFiles) for (const ref of htmlRefs(await readFile(file, 'utf8'))) await check(file, ref);
  for (const file of cssFiles) for (const ref of cssRefs(await readFile(file, 'utf8'))) await check(file, ref);
  return { broken, checked, pages: htmlFiles.length };
}
