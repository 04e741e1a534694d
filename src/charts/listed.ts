// How many stories a chart names: a figure can be reported by thousands of stories in a large
// archive, so a spec names its first few (sorted by slug) and counts them all (`story_count`);
// every one stays in the datasets. The registry builds specs to these numbers, and the frame,
// the embed's size estimate, the CSV and the PDF print from the same spec.
import type { ChartSpec } from './types.ts';

/** Stories a chart's source line names (of all the stories its rows cite). */
export const SPEC_LISTED_STORIES = 10;
/** Stories a row of the data table names. */
export const ROW_LISTED_STORIES = 5;
/** Embeds sit in other sites' pages and must stay light: they name fewer (the chart page has more). */
export const EMBED_LISTED_STORIES = 3;
export const EMBED_ROW_STORIES = 1;

/**
 * The stories a frame's source line names, and how many more it counts ("and N more"): the
 * frame (ChartFrame.astro) prints them and the embed's height estimate (src/embed/size.ts) measures
 * the same text.
 */
export function sourceStories(spec: Pick<ChartSpec, 'stories' | 'story_count'>, embed: boolean): { listed: ChartSpec['stories']; more: number } {
  const listed = spec.stories.slice(0, embed ? EMBED_LISTED_STORIES : SPEC_LISTED_STORIES);
  return { listed, more: spec.story_count - listed.length };
}
