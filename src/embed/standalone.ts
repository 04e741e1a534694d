// The downloadable SVG and PNG of a chart: ChartSvg rendered on its own
// (standalone: xmlns, inline styles with resolved colours, font fallback stack)
// through the Astro Container API, framed with title, dek, source and credit
// (src/embed/card.ts), then tidied into well-formed XML.
import { experimental_AstroContainer } from 'astro/container';
import globalCss from '../styles/global.css?raw';
import ChartSvg from '../components/charts/ChartSvg.astro';
import type { ChartSpec } from '../charts/types.ts';
import { CHART_WIDTH, cardLayout, cardSvg, toXml } from './card.ts';
import { svgToPng } from './png.ts';
import { creditLine, layoutHeight } from './size.ts';
import { themeProps } from './themes.ts';

let container: Promise<experimental_AstroContainer> | null = null;

const cache = new Map<string, Promise<string>>();

/** The chart's standalone SVG document (wide layout, light theme, framed). */
export function standaloneSvg(spec: ChartSpec, site: URL | string | undefined): Promise<string> {
  const key = `${spec.id}\u0000${String(site)}\u0000${JSON.stringify(spec)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      container ??= experimental_AstroContainer.create();
      const c = await container;
      const chart = await c.renderToString(ChartSvg, {
        props: { spec, width: CHART_WIDTH, standalone: true, theme: 'light', idPrefix: 'dl' },
      });
      const chartHeight = Number(/<svg\b[^>]*\sheight="([0-9.]+)"/.exec(chart)?.[1] ?? layoutHeight(spec, CHART_WIDTH));
      const { light } = themeProps([globalCss]);
      const colors = { bg: light.get('--bg') ?? '#ffffff', fg: light.get('--fg') ?? '#000000', muted: light.get('--muted') ?? '#555555' };
      return toXml(cardSvg(chart, cardLayout(spec, chartHeight, creditLine(spec.id, site)), colors));
    })();
    cache.set(key, hit);
  }
  return hit;
}

/** The chart's PNG: the standalone SVG at 2×. */
export async function chartPng(spec: ChartSpec, site: URL | string | undefined): Promise<Buffer> {
  return svgToPng(await standaloneSvg(spec, site));
}
