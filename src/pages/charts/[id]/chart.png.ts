// /charts/<id>/chart.png: the standalone SVG rasterised at 2× by resvg (no browser).
import type { APIRoute } from 'astro';
import { chartPaths } from '../../../lib/chart-pages';
import type { ChartSpec } from '../../../charts/types';
import { chartPng } from '../../../embed/standalone';

export async function getStaticPaths() {
  return chartPaths();
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await chartPng((props as { spec: ChartSpec }).spec, site)), { headers: { 'Content-Type': 'image/png' } });
