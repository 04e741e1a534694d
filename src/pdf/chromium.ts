// Where the Chromium binary is, and what to tell an editor when there is none.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags without which Chromium tries the network (refused here) or a sandbox it cannot get. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The binary to launch: CHROMIUM_PATH when set, else Debian's chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** The path when it names an executable file, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const p = chromiumPath(env);
  try {
    accessSync(p, constants.X_OK);
    return p;
  } catch {
    return null;
  }
}

/** `during: 'build'` — the site built without PDFs; `'cli'` — `npm run pdf` could not run. */
export function missingChromiumMessage(tried: string, during: 'build' | 'cli' = 'build'): string {
  return (
    `${during === 'build' ? 'PDFs skipped' : 'Cannot make PDFs'}: no Chromium found at ${tried}. ` +
    `Install it with \`apt-get install chromium\` (Debian/Ubuntu), ` +
    `or set CHROMIUM_PATH=/path/to/chromium to name a Chromium binary, then run \`npm run pdf\`.`
  );
}
