// Browser helpers for site tests: one headless Chromium with the flags this
// machine needs (no network, no sandbox), and a static server for a built dist/.
//   const browser = await launchBrowser();
//   const server = await serveDir(site.dist);  // { url: 'http://127.0.0.1:PORT/', close }
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/pdf/chromium.ts';
import { serveDir as serve } from '../../src/pdf/serve.ts';

export { CHROMIUM_ARGS };

export function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    ...opts,
    args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
  });
}

export interface ServedDir {
  /** http://127.0.0.1:PORT<base>, ending in "/". */
  url: string;
  /** Paths answered 404, for tests that want no missing assets. */
  missing: string[];
  close(): Promise<void>;
}

/** Serves a built site folder on 127.0.0.1 (free port) under `base`. */
export async function serveDir(dir: string, base = '/'): Promise<ServedDir> {
  const s = await serve(dir, base);
  return { url: s.url, missing: s.missing, close: s.close };
}
