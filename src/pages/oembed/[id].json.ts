// /oembed/<id>.json: oEmbed "rich" response for one chart (src/embed/oembed.ts).
// Absolute URLs when SITE_URL is set at build time, else root-relative (README, "Embedding a chart").
import type { APIRoute } from 'astro';
import { chartData } from '../../charts/data';
import { chartSpecs } from '../../charts/registry';
import type { ChartSpec } from '../../charts/types';
import { oembed } from '../../embed/oembed';
import { downloadSize, embedHeight } from '../../embed/size';
import { url } from '../../lib/paths';

export async function getStaticPaths() {
  const specs = chartSpecs(await chartData());
  return specs.flatMap((s) => [s, ...(s.alternates ?? [])]).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const spec = (props as { spec: ChartSpec }).spec;
  const body = oembed({
    id: spec.id,
    title: spec.title,
    height: embedHeight(spec),
    url,
    site,
    png: downloadSize(spec, site).png,
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
