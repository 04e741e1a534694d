// /stories/<slug>/share.png: the story's 1200×630 Open Graph / Twitter card image:
// headline, outlet, date and the story's lead chart (its first placed chart,
// as the standalone SVG the chart downloads use). Headline only when the story
// has no chart or the chart modules are not there.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderShareCard, resvgMeasure } from '../../../lib/share-card';

export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

const measure = resvgMeasure();

// Loaded lazily and optionally: the share card must not fail because a chart module moved.
const chartModules = import.meta.glob(['../../../charts/data.ts', '../../../charts/registry.ts', '../../../embed/standalone.ts']);
type Spec = { id: string; alternates?: Spec[] };
let specsPromise: Promise<{ specs: Spec[]; svg: (s: Spec) => Promise<string> } | null> | null = null;
function chartTools() {
  return (specsPromise ??= (async () => {
    const load = (p: string) => chartModules[p]?.() as Promise<Record<string, unknown>> | undefined;
    const [data, registry, standalone] = await Promise.all([load('../../../charts/data.ts'), load('../../../charts/registry.ts'), load('../../../embed/standalone.ts')]);
    if (typeof data?.chartData !== 'function' || typeof registry?.chartSpecs !== 'function' || typeof standalone?.standaloneSvg !== 'function') return null;
    const specs = (registry.chartSpecs as (d: unknown) => Spec[])(await (data.chartData as () => Promise<unknown>)());
    return { specs, svg: standalone.standaloneSvg as (s: Spec) => Promise<string> };
  })());
}

async function leadChartSvg(ids: string[]): Promise<string | null> {
  const tools = await chartTools();
  if (!tools) return null;
  for (const id of ids) {
    const spec = tools.specs.find((s) => s.id === id);
    if (spec) return tools.svg(spec);
  }
  return null;
}

export const GET: APIRoute = async ({ props }) => {
  const d = (props as { entry: CollectionEntry<'stories'> }).entry.data;
  const figures = d.claims > 0 ? `${d.claims} ${d.claims === 1 ? 'figure' : 'figures'} traced to their sentences` : null;
  const meta = [d.period.kind === 'unknown' ? null : d.period.label, figures].filter(Boolean).join(' · ');
  const chartSvg = await leadChartSvg(d.charts);
  const png = renderShareCard({ headline: d.headline, kicker: d.outlet, meta: meta || 'Federal agents redeployed to immigration enforcement', chartSvg }, measure);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
