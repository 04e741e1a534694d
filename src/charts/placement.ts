// Which charts a story shows, and after which paragraph. STUB — to be replaced (issue 4).
import type { ChartPlacement } from '../pipeline/emit/mdx.ts';
import type { Article, Claim, Fact, PlaceMention } from '../pipeline/types.ts';

export function placeCharts(_article: Article, _claims: Claim[], _facts: Fact[], _places: PlaceMention[]): ChartPlacement[] {
  return [];
}
