// The chart registry and standalone SVG renderer, loaded optionally: pages of
// this issue (share cards, agency pages) use charts when the chart modules are
// there and still build when one has moved.
const modules = import.meta.glob(['../charts/data.ts', '../charts/registry.ts', '../embed/standalone.ts']);

export interface SpecLike {
  id: string;
  title: string;
  kind?: string;
  alternates?: SpecLike[];
}

export interface ChartTools {
  specs: SpecLike[];
  /** One story's charts (its own figures), as the story page shows them. */
  storySpecs: (slug: string) => SpecLike[];
  svg: (spec: SpecLike) => Promise<string>;
}

let tools: Promise<ChartTools | null> | null = null;

export function chartTools(): Promise<ChartTools | null> {
  return (tools ??= (async () => {
    const load = (p: string) => modules[p]?.() as Promise<Record<string, unknown>> | undefined;
    const [data, registry, standalone] = await Promise.all([load('../charts/data.ts'), load('../charts/registry.ts'), load('../embed/standalone.ts')]);
    if (typeof data?.chartData !== 'function' || typeof registry?.chartSpecs !== 'function') return null;
    const all = await (data.chartData as () => Promise<unknown>)();
    const specsOf = registry.chartSpecs as (d: unknown, scope?: { story?: string }) => SpecLike[];
    const render = typeof standalone?.standaloneSvg === 'function' ? (standalone.standaloneSvg as (s: SpecLike) => Promise<string>) : null;
    return { specs: specsOf(all), storySpecs: (slug) => specsOf(all, { story: slug }), svg: (s) => (render ? render(s) : Promise.resolve('')) };
  })());
}

/** The standalone SVG of the first of `ids` that is a chart (the story's own, given `story`), or null. */
export async function leadChartSvg(ids: string[], story?: string): Promise<string | null> {
  const t = await chartTools();
  if (!t) return null;
  const specs = story === undefined ? t.specs : t.storySpecs(story);
  for (const id of ids) {
    const spec = specs.find((s) => s.id === id);
    if (spec) return (await t.svg(spec)) || null;
  }
  return null;
}
