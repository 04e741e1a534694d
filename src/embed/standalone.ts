// The downloadable SVG and PNG of a chart: ChartSvg rendered on its own
// (standalone: xmlns, inline styles with resolved colours, font fallback stack)
// through the Astro Container API, framed with title, dek, source and credit
// (src/embed/card.ts), then tidied into well-formed XML.
import { createHash } from 'node:crypto';
import { experimental_AstroContainer } from 'astro/container';
import globalCss from '../styles/global.css?raw';
import ChartSvg from '../components/charts/ChartSvg.astro';
import type { ChartSpec } from '../charts/types.ts';
import { CHART_WIDTH, cardLayout, cardSvg, toXml } from './card.ts';
import { svgToPng } from './png.ts';
import { creditLine, layoutHeight } from './size.ts';
import { themeProps } from '../lib/css-theme.ts';

let container: Promise<experimental_AstroContainer> | null = null;

// A few recent documents, keyed by a hash of the spec: the chart pages ask for the same chart
// several times (SVG, PNG, card), while every story's share card asks once for its own chart.
// Holding every story's spec and SVG (as this cache once did) ran a 10,000-story build out of memory.
const cache = new Map<string, Promise<string>>();
const CACHE_SIZE = 32;

/** The chart's standalone SVG document (wide layout, light theme, framed). */
export function standaloneSvg(spec: ChartSpec, site: URL | string | undefined): Promise<string> {
  const key = createHash('sha256').update(`${String(site)}\u0000${JSON.stringify(spec)}`).digest('base64url');
  let hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
  } else {
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
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return hit;
}

/** The chart's PNG: the standalone SVG at 2×. */
export async function chartPng(spec: ChartSpec, site: URL | string | undefined): Promise<Buffer> {
  return svgToPng(await standaloneSvg(spec, site));
}
