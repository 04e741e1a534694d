// "Get the data": /charts/<id>/data.csv — exactly the chart's rows.
import type { APIRoute } from 'astro';
import { chartCsv } from '../../../charts/csv';
import { chartPaths } from '../../../lib/chart-pages';
import type { ChartSpec } from '../../../charts/types';

export async function getStaticPaths() {
  return chartPaths();
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { spec: ChartSpec }).spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
