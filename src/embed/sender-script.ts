// Builds the embed page's script from src/embed/sender.ts and the modules it
// imports (read as text, so the page's bundle and the unit-tested source are the
// same code). It is inlined into every embed page: a sandboxed frame has an opaque
// origin, and a module script fetched from a file would need a CORS header that a
// plain static server does not send. esbuild comes with Astro; build time only.
import { build } from 'esbuild';
import fold from './fold.ts?raw';
import options from './options.ts?raw';
import protocol from './protocol.ts?raw';
import sender from './sender.ts?raw';

const MODULES: Record<string, string> = { './fold.ts': fold, './options.ts': options, './protocol.ts': protocol };

let cached: Promise<string> | undefined;

/** The minified classic script: an IIFE that runs install(window), no globals. */
export function senderScript(): Promise<string> {
  cached ??= build({
    stdin: { contents: `${sender}\ninstall(window);\n`, loader: 'ts', resolveDir: '/' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    plugins: [
      {
        name: 'embed-sources',
        setup(b) {
          b.onResolve({ filter: /^\.\/\w+\.ts$/ }, (a) => ({ path: a.path, namespace: 'embed' }));
          b.onLoad({ filter: /.*/, namespace: 'embed' }, (a) => {
            const contents = MODULES[a.path];
            if (contents === undefined) throw new Error(`sender-script: no source for ${a.path}`);
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  }).then((r) => r.outputFiles[0]!.text.trim());
  return cached;
}
