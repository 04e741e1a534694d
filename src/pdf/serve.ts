// A tiny static file server for a built site, bound to 127.0.0.1 on a free port, for the
// browser tests; the print run answers from the same file lookup (resolveFile) without a server.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface Served {
  /** Origin plus base, always ending in "/": http://127.0.0.1:PORT/base/ */
  url: string;
  origin: string;
  /** Requests answered 404, in order (path below the origin). */
  missing: string[];
  close(): Promise<void>;
}

/** "/" or "/graphics/surge/" from a base path as configured ("graphics/surge", "/"). */
export const basePrefix = (base = '/') => ('/' + base.replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');

/**
 * The file of `root` a URL path names under `prefix` (a directory answers with its index.html),
 * or null: outside the prefix, outside the root ("..") or no such file.
 */
export async function resolveFile(root: string, prefix: string, pathname: string): Promise<{ file: string; size: number } | null> {
  if (!pathname.startsWith(prefix)) return null;
  let file = path.join(root, pathname.slice(prefix.length));
  // path.join normalises "..": anything resolving outside the root is refused.
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  let st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    file = path.join(file, 'index.html');
    st = await stat(file).catch(() => null);
  }
  return st?.isFile() ? { file, size: st.size } : null;
}

export const contentType = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Serve `dir` under `base` (e.g. "/" or "/graphics/surge/"); directories answer with their index.html. */
export async function serveDir(dir: string, base = '/'): Promise<Served> {
  const root = path.resolve(dir);
  const prefix = basePrefix(base);
  const missing: string[] = [];
  const server = http.createServer(async (req, res) => {
    const notFound = () => {
      missing.push(req.url ?? '');
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405);
        res.end();
        return;
      }
      const found = await resolveFile(root, prefix, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!found) return notFound();
      const { file, size } = found;
      res.writeHead(200, {
        'content-type': contentType(file),
        'content-length': size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    } catch {
      if (!res.headersSent) notFound();
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + prefix,
    origin,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
