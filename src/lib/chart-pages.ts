// The pages made once per chart (its page's downloads, its embeds, its oEmbed answers): every
// chart the registry makes and each chart's alternates (the same chart against another
// official series), so that all of them list the same charts.
import { chartData } from '../charts/data.ts';
import { chartSpecs } from '../charts/registry.ts';
import type { ChartSpec } from '../charts/types.ts';

/** The charts and, after each, its alternates. */
export function withAlternates(specs: ChartSpec[]): ChartSpec[] {
  return specs.flatMap((s) => [s, ...(s.alternates ?? [])]);
}

export async function everyChart(): Promise<ChartSpec[]> {
  return withAlternates(chartSpecs(await chartData()));
}

/** Static paths of a page per chart: `[id]` is the chart's, the spec its prop. */
export async function chartPaths(): Promise<{ params: { id: string }; props: { spec: ChartSpec } }[]> {
  return (await everyChart()).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}
