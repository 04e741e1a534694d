// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import pipeline from './src/integrations/pipeline.ts';

// SITE_URL and BASE_PATH let a newsroom deploy under its own domain and a subpath
// (e.g. BASE_PATH=/graphics/surge/); without them the site still builds.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // Test builds run side by side: each gets its own output, cache and content folders.
  outDir: process.env.SURGE_OUT_DIR || './dist',
  cacheDir: process.env.SURGE_CACHE_DIR || './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' mode drops white space between inline SVG text nodes; plain compression keeps it.
  compressHTML: true,
  markdown: { processor: unified({ remarkPlugins: [], rehypePlugins: [] }) },
  integrations: [pipeline(), mdx()],
  devToolbar: { enabled: false },
});
