// /charts/<id>/chart.png: the standalone SVG rasterised at 2× by resvg (no browser).
import type { APIRoute } from 'astro';
import { chartData } from '../../../charts/data';
import { chartSpecs } from '../../../charts/registry';
import type { ChartSpec } from '../../../charts/types';
import { chartPng } from '../../../embed/standalone';

export async function getStaticPaths() {
  const specs = chartSpecs(await chartData());
  return specs.flatMap((s) => [s, ...(s.alternates ?? [])]).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await chartPng((props as { spec: ChartSpec }).spec, site)), { headers: { 'Content-Type': 'image/png' } });
