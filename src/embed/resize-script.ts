// Builds the host page's resize script (served at /embed/resize.js) from the one
// source of the protocol, src/embed/protocol.ts, so the shipped script and its
// unit tests never drift. esbuild comes with Astro; it runs at build time only.
import { transform } from 'esbuild';
import protocolSource from './protocol.ts?raw';

/** The minified classic script: an IIFE, no globals, no module loader needed on the host. */
export async function resizeScript(): Promise<string> {
  const { code } = await transform(`${protocolSource}\ninstall(window);\n`, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    target: 'es2018',
    legalComments: 'none',
  });
  return code;
}
