// /oembed/<id>.json: oEmbed "rich" response for one chart (src/embed/oembed.ts);
// /oembed/<id>.light.json and .dark.json: the same with the theme fixed, announced
// by /embed/<id>/light/ and /embed/<id>/dark/ (the addresses to paste for them).
// Absolute URLs when SITE_URL is set at build time, else root-relative (README, "Embedding a chart").
import type { APIRoute } from 'astro';
import { everyChart } from '../../lib/chart-pages';
import type { ChartSpec } from '../../charts/types';
import { FIXED_THEMES, type EmbedTheme } from '../../embed/code';
import { oembed } from '../../embed/oembed';
import { downloadSize, embedHeight } from '../../embed/size';
import { url } from '../../lib/paths';

export async function getStaticPaths() {
  return (await everyChart()).flatMap((spec) => [
    { params: { id: spec.id }, props: { spec, theme: 'auto' as EmbedTheme } },
    ...FIXED_THEMES.map((theme) => ({ params: { id: `${spec.id}.${theme}` }, props: { spec, theme: theme as EmbedTheme } })),
  ]);
}

export const GET: APIRoute = ({ props, site }) => {
  const { spec, theme } = props as { spec: ChartSpec; theme: EmbedTheme };
  const body = oembed({
    id: spec.id,
    title: spec.title,
    height: embedHeight(spec),
    url,
    site,
    png: downloadSize(spec, site).png,
    theme,
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
