// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import pipeline from './src/integrations/pipeline.ts';
import pdf from './src/integrations/pdf.ts';
import sitemap from '@astrojs/sitemap';
import search from './src/integrations/search.ts';

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
  // Pages render four at a time: share cards rasterise off the main thread (resvg's renderAsync),
  // so the other core works while this one renders HTML (1,000 stories without PDFs: 107.5 s → 78.9 s, npm run bench).
  build: { format: 'directory', concurrency: 4 },
  // 'jsx' mode drops white space between inline SVG text nodes; plain compression keeps it.
  compressHTML: true,
  // smartypants off: article text renders verbatim (it would turn "y" into “y” and <!-- into <!—).
  markdown: { processor: unified({ remarkPlugins: [], rehypePlugins: [], smartypants: false }) },
  // pdf() last: it prints the finished dist/ after every other integration's build step.
  // sitemap only with a site URL (it needs absolute URLs); embeds are not pages to index.
  // search() indexes the built HTML; it runs before pdf(), which does not depend on it.
  integrations: [
    pipeline(),
    mdx(),
    ...(site ? [sitemap({ filter: (page) => !/\/embed\//.test(page) })] : []),
    search(),
    pdf(),
  ],
  devToolbar: { enabled: false },
  // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler then
  // warns about, once per story (10,000 lines for 10,000 stories). Harmless (Astro's own marker);
  // silenced so that real warnings stay visible in the build log.
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  // Story pages and share cards return a cacheKey (src/lib/story-index.ts): a rebuild after one
  // seed changes copies the unchanged ones from the last build instead of rendering them.
  experimental: { incrementalBuild: true },
});
