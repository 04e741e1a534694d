// The floor: a bare Astro 7 project that builds the same articles as plain MDX
// pages (a content collection, one page per article, a front page listing them),
// no pipeline, no charts. The site's build time is reported as a ratio to it.
// It borrows the project's node_modules through a symlink, so nothing is installed.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Plain text → MDX paragraphs; escapes what MDX would read as syntax. */
export function textToMdx(title: string, text: string): string {
  const esc = (s: string) =>
    s
      .replace(/[*_`[\]\\]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/[<{}>]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/^([#+\-=|~])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/^(import|export)\b/, (w) => `&#${w.charCodeAt(0)};${w.slice(1)}`);
  const paras = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(esc);
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${paras.join('\n\n')}\n`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  outDir: process.env.SURGE_OUT_DIR || './dist',
  cacheDir: process.env.SURGE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const stories = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/stories' }),
  schema: z.object({ title: z.string() }),
});
export const collections = { stories };
`;
const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
<body><main><slot /></main></body></html>
`;
const INDEX = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const stories = (await getCollection('stories')).sort((a, b) => a.id.localeCompare(b.id));
---
<Layout title="Floor"><ul>{stories.map((s) => <li><a href={\`/stories/\${s.id}/\`}>{s.data.title}</a></li>)}</ul></Layout>
`;
const STORY = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}><h1>{entry.data.title}</h1><Content /></Layout>
`;

// Variant "data": the same pages rendered from one JSON data collection instead
// of N MDX modules. Not the floor; measured to show what MDX compilation costs.
const DATA_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
const stories = defineCollection({
  loader: file('./content/stories.json'),
  schema: z.object({ id: z.string(), title: z.string(), paragraphs: z.array(z.string()) }),
});
export const collections = { stories };
`;
const DATA_STORY = `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
<Layout title={entry.data.title}><h1>{entry.data.title}</h1>{entry.data.paragraphs.map((p) => <p>{p}</p>)}</Layout>
`;

export type FloorVariant = 'mdx' | 'data';

/**
 * Writes the floor project for one corpus into dir (idempotent: content is
 * rewritten only when the corpus changes). Returns dir.
 */
export async function makeFloor(dir: string, corpusDir: string, projectRoot: string, variant: FloorVariant = 'mdx'): Promise<string> {
  const files = (await readdir(corpusDir)).filter((f) => !f.startsWith('.')).sort();
  const stamp = `${variant}:${files.length}:${files[0] ?? ''}:${files[files.length - 1] ?? ''}`;
  const stampFile = path.join(dir, '.corpus');
  if (existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === stamp) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'content/stories'), { recursive: true });
  await mkdir(path.join(dir, 'src/pages/stories'), { recursive: true });
  await mkdir(path.join(dir, 'src/layouts'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }) + '\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src/content.config.ts'), variant === 'mdx' ? CONTENT_CONFIG : DATA_CONTENT_CONFIG);
  await writeFile(path.join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  await writeFile(path.join(dir, 'src/pages/index.astro'), INDEX);
  await writeFile(path.join(dir, 'src/pages/stories/[slug].astro'), variant === 'mdx' ? STORY : DATA_STORY);
  const data: { id: string; title: string; paragraphs: string[] }[] = [];
  for (const f of files) {
    const text = await readFile(path.join(corpusDir, f), 'utf8');
    const title = text.split('\n').find((l) => l.trim())?.trim().slice(0, 90) ?? f;
    const slug = f.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (variant === 'mdx') await writeFile(path.join(dir, 'content/stories', `${slug}.mdx`), textToMdx(title, text));
    else data.push({ id: slug, title, paragraphs: text.split('\n').map((l) => l.trim()).filter(Boolean) });
  }
  if (variant === 'data') await writeFile(path.join(dir, 'content/stories.json'), JSON.stringify(data));
  await writeFile(stampFile, stamp);
  return dir;
}
