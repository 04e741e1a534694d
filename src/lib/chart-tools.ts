// The charts as pages outside /charts/ use them (agency pages, share cards): every chart spec,
// one story's, and a spec's standalone SVG. Imported on first use, so that a page which never
// asks does not load the renderer; typed imports, so that a moved module is a type error rather
// than a page that quietly loses its chart.
import type { ChartSpec } from '../charts/types.ts';

export interface ChartTools {
  specs: ChartSpec[];
  /** One story's charts (its own figures), as the story page shows them. */
  storySpecs: (slug: string) => ChartSpec[];
  svg: (spec: ChartSpec) => Promise<string>;
}

let tools: Promise<ChartTools> | null = null;

export function chartTools(): Promise<ChartTools> {
  return (tools ??= (async () => {
    const [{ chartData }, { chartSpecs }, { standaloneSvg }] = await Promise.all([
      import('../charts/data.ts'),
      import('../charts/registry.ts'),
      import('../embed/standalone.ts'),
    ]);
    const all = await chartData();
    return { specs: chartSpecs(all), storySpecs: (slug) => chartSpecs(all, { story: slug }), svg: (s) => standaloneSvg(s, undefined) };
  })());
}

/** The standalone SVG of the first of `ids` that is a chart (the story's own, given `story`), or null. */
export async function leadChartSvg(ids: string[], story?: string): Promise<string | null> {
  const t = await chartTools();
  const specs = story === undefined ? t.specs : t.storySpecs(story);
  for (const id of ids) {
    const spec = specs.find((s) => s.id === id);
    if (spec) return (await t.svg(spec)) || null;
  }
  return null;
}
