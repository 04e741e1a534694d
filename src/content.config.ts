// Content collections: stories and places, validated here before any page trusts them.
// Claims, facts and checks are not collections: src/lib/figures-store.ts reads and validates
// them with the same schemas (src/model/schemas.ts), because Astro's content layer keeps its
// data store as module source, as a string and as devalue's arrays for the whole build, and
// those three files are most of it (BENCHMARKS.md, "What holds the heap", issue 20).
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { storyRoute } from './lib/story-route.ts';
import { storyTreeLoader } from './lib/story-loader.ts';
import { placeSchema, storySchema } from './model/schemas.ts';

// content/ or SURGE_CONTENT_DIR (tests and the bench build from their own pipeline output).
const content = contentDir();

const stories = defineCollection({
  // Issue 20: the MDX route (one Vite module per story) or the parsed-tree route (data only).
  loader: storyRoute() === 'tree' ? storyTreeLoader({ base: `${content}/stories` }) : glob({ pattern: '*.mdx', base: `${content}/stories` }),
  schema: storySchema,
});

const places = defineCollection({
  loader: file(`${content}/data/places.json`),
  schema: placeSchema,
});

export const collections = { stories, places };
