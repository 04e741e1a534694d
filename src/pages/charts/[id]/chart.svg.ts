// /charts/<id>/chart.svg: the chart as a standalone SVG file (src/embed/standalone.ts).
import type { APIRoute } from 'astro';
import { chartPaths } from '../../../lib/chart-pages';
import type { ChartSpec } from '../../../charts/types';
import { standaloneSvg } from '../../../embed/standalone';

export async function getStaticPaths() {
  return chartPaths();
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await standaloneSvg((props as { spec: ChartSpec }).spec, site), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
