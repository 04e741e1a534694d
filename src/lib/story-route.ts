// How story pages render (issue 20): 'mdx' (default) compiles each story as an MDX module and
// renders it with astro:content's render(); 'tree' (SURGE_STORY_ROUTE=tree) parses each story in a
// content loader (src/lib/story-loader.ts) and renders the tree through StoryTree.astro.
export type StoryRoute = 'mdx' | 'tree';

export function storyRoute(env: Record<string, string | undefined> = process.env): StoryRoute {
  return env.SURGE_STORY_ROUTE === 'tree' ? 'tree' : 'mdx';
}
