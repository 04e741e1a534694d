// "Get the data": /charts/<id>/data.csv — exactly the chart's rows.
import type { APIRoute } from 'astro';
import { chartData } from '../../../charts/data';
import { chartCsv } from '../../../charts/csv';
import { chartSpecs } from '../../../charts/registry';
import type { ChartSpec } from '../../../charts/types';

export async function getStaticPaths() {
  const specs = chartSpecs(await chartData());
  return specs.flatMap((s) => [s, ...(s.alternates ?? [])]).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { spec: ChartSpec }).spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
