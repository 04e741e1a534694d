// Lookups shared by every story page (claims by story, facts by id, checks by claim, headlines),
// built once per build. Each story page and each number in it used to scan whole collections,
// which made the build quadratic in the archive's size. The figures' lookups are the figures
// store's (src/lib/figures-store.ts, which re-reads changed files in `astro dev`); in dev the
// stories change under the server too, so the index is rebuilt on every request there.
import { getCollection } from 'astro:content';
import { chartData } from '../charts/data';
import { dataPages } from './data-pages';
import { figuresStore } from './figures-store';
import { storyKeys, type StoryKeys } from './story-keys';

async function build() {
  const stories = await getCollection('stories');
  const headlineBySlug = new Map(stories.map((s) => [s.id, s.data.headline]));
  const { claimById, claimsBySlug, factById, checksByClaim, sentenceChecksBySlug } = figuresStore();
  return { headlineBySlug, claimById, claimsBySlug, factById, checksByClaim, sentenceChecksBySlug };
}

let cache: ReturnType<typeof build> | null = null;

export function storyIndex(): ReturnType<typeof build> {
  if (import.meta.env.DEV) return build();
  return (cache ??= build());
}

let keysCache: Promise<StoryKeys> | null = null;

async function makeKeys(): Promise<StoryKeys> {
  const ix = await storyIndex();
  const { pageOf } = await dataPages();
  return storyKeys({ ...ix, pageOf, charts: await chartData() });
}

/**
 * The cache keys of story pages and share cards (src/lib/story-keys.ts), from lookups built once:
 * a route's getStaticPaths awaits this once and computes every story's key synchronously, instead
 * of 10,000 key promises each holding its part of the archive until all of them resumed.
 */
export function storyKeysOfBuild(): Promise<StoryKeys> {
  if (import.meta.env.DEV) return makeKeys();
  return (keysCache ??= makeKeys());
}
