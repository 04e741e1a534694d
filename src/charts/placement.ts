// Which charts a story shows, and after which paragraph: each chart goes after the
// paragraph holding the first sentence of this story the chart draws from.
// Runs in the pipeline (no Astro); existence rules come from select.ts, shared with the registry.
import type { ChartPlacement } from '../pipeline/emit/mdx.ts';
import type { Article, Claim, Fact, PlaceMention } from '../pipeline/types.ts';
import { CHART_ORDER, chartSentences, chartsWithData } from './select.ts';

/**
 * @param claims this story's claims
 * @param facts all facts (a chart's existence can depend on other stories, e.g. the timeline)
 * @param places all place mentions (filtered to this story here)
 */
export function placeCharts(article: Article, claims: Claim[], facts: Fact[], places: PlaceMention[]): ChartPlacement[] {
  const own = claims.filter((c) => c.slug === article.slug);
  const ownPlaces = places.filter((p) => p.slug === article.slug);
  // Existence is global (facts across all stories); before reconciliation, this story's claims decide.
  const existing = new Set(chartsWithData(own, facts, ownPlaces));
  const paragraphOf = new Map<string, number>();
  article.paragraphs.forEach((p, i) => p.sentences.forEach((s) => paragraphOf.set(s.id, i)));
  const out: (ChartPlacement & { order: number; para: number })[] = [];
  for (const chartId of CHART_ORDER) {
    if (!existing.has(chartId)) continue;
    const paras = chartSentences(chartId, own, ownPlaces)
      .map((sid) => paragraphOf.get(sid))
      .filter((i): i is number => i !== undefined);
    if (paras.length === 0) continue;
    const para = Math.min(...paras);
    out.push({ chartId, afterParagraph: article.paragraphs[para]!.id, order: CHART_ORDER.indexOf(chartId), para });
  }
  out.sort((a, b) => a.para - b.para || a.order - b.order);
  return out.map(({ chartId, afterParagraph }) => ({ chartId, afterParagraph }));
}
