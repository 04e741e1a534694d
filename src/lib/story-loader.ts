// Content loader for the "tree" story route (issue 20, SURGE_STORY_ROUTE=tree): reads every
// stories/*.mdx, keeps its frontmatter as entry data and its body parsed to a render tree
// (src/lib/story-tree.ts) in `data.tree`, so no story becomes a Vite module. A file whose text
// is unchanged keeps its stored entry (digest); in `astro dev` an edited, added or removed
// file is loaded again, so an editor's edit still shows.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { rehypePrism, rehypeShiki } from '@astrojs/markdown-remark';
import { splitFrontmatter, storyTree, type HastTransform } from './story-tree.ts';

const isStory = (name: string) => name.endsWith('.mdx') && !name.startsWith('.');

/** The entry id the glob loader gives an .mdx file: its frontmatter slug, else its name. */
export function storyId(fileName: string, data: Record<string, unknown>): string {
  return typeof data.slug === 'string' && data.slug !== '' ? data.slug : fileName.replace(/\.mdx$/, '');
}

/** The code highlighter the MDX route runs (markdown.syntaxHighlight, which MDX extends). */
export function highlighter(markdown: AstroConfig['markdown']): HastTransform | undefined {
  const sh = markdown.syntaxHighlight;
  const type = typeof sh === 'object' && sh ? sh.type : sh;
  const exclude = typeof sh === 'object' && sh ? sh.excludeLangs : undefined;
  if (type === 'shiki') return (rehypeShiki as unknown as (c: unknown, e: unknown) => HastTransform)(markdown.shikiConfig, exclude);
  if (type === 'prism') return (rehypePrism as unknown as (e: unknown) => HastTransform)(exclude);
  return undefined;
}

async function loadFile(ctx: LoaderContext, dir: string, name: string, highlight?: HastTransform): Promise<string | null> {
  const file = path.join(dir, name);
  let source: string;
  try {
    source = await fs.readFile(file, 'utf8');
  } catch {
    return null; // removed between listing and reading
  }
  const { data: frontmatter, body } = splitFrontmatter(source);
  const id = storyId(name, frontmatter);
  const digest = ctx.generateDigest(source);
  if (ctx.store.get(id)?.digest === digest) return id;
  const tree = await storyTree(body, file, highlight);
  const data = await ctx.parseData({ id, data: { ...frontmatter, tree }, filePath: file });
  const root = fileURLToPath(ctx.config.root);
  ctx.store.set({ id, data, body, digest, filePath: path.relative(root, file).split(path.sep).join('/') });
  return id;
}

async function syncAll(ctx: LoaderContext, dir: string): Promise<void> {
  let names: string[] = [];
  try {
    names = (await fs.readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && isStory(d.name)).map((d) => d.name).sort();
  } catch {
    names = []; // no stories folder yet: an empty collection, as the glob loader gives
  }
  const seen = new Set<string>();
  const highlight = highlighter(ctx.config.markdown);
  for (const name of names) {
    const id = await loadFile(ctx, dir, name, highlight);
    if (id) seen.add(id);
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}

export function storyTreeLoader(opts: { base: string }): Loader {
  return {
    name: 'surge-story-tree',
    load: async (ctx) => {
      const dir = path.resolve(opts.base);
      await syncAll(ctx, dir);
      if (!ctx.watcher) return;
      ctx.watcher.add(dir);
      // Any change re-syncs the folder: unchanged files keep their entries by digest.
      let running: Promise<void> = Promise.resolve();
      const onChange = (file: string) => {
        if (path.dirname(path.resolve(file)) !== dir || !isStory(path.basename(file))) return;
        running = running.then(() => syncAll(ctx, dir)).catch((err: unknown) => ctx.logger.error(String(err)));
      };
      ctx.watcher.on('change', onChange);
      ctx.watcher.on('add', onChange);
      ctx.watcher.on('unlink', onChange);
    },
  };
}
