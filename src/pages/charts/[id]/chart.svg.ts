// /charts/<id>/chart.svg: the chart as a standalone SVG file (src/embed/standalone.ts).
import type { APIRoute } from 'astro';
import { chartData } from '../../../charts/data';
import { chartSpecs } from '../../../charts/registry';
import type { ChartSpec } from '../../../charts/types';
import { standaloneSvg } from '../../../embed/standalone';

export async function getStaticPaths() {
  const specs = chartSpecs(await chartData());
  return specs.flatMap((s) => [s, ...(s.alternates ?? [])]).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await standaloneSvg((props as { spec: ChartSpec }).spec, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
