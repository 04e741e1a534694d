// The downloadable SVG and PNG of a chart: ChartSvg rendered on its own
// (standalone: xmlns, inline styles with resolved colours, font fallback stack)
// through the Astro Container API, then tidied into well-formed XML.
import { experimental_AstroContainer } from 'astro/container';
import ChartSvg from '../components/charts/ChartSvg.astro';
import type { ChartSpec } from '../charts/types.ts';
import { svgToPng } from './png.ts';
import { downloadSize } from './size.ts';

let container: Promise<experimental_AstroContainer> | null = null;

/** HTML serialisation → XML: valueless attributes (Astro's scoping ids) are not XML. */
export function toXml(svg: string): string {
  let out = svg.trim().replace(/\s+data-astro-cid-[\w-]+(?=[\s>/])/g, '');
  // A stylesheet with `<` or `&` would not parse as XML text: keep it verbatim in CDATA.
  out = out.replace(/<style>([\s\S]*?)<\/style>/g, (m, css: string) => (/[<&]/.test(css) ? `<style><![CDATA[${css}]]></style>` : m));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}

const cache = new Map<string, Promise<string>>();

/** The chart's standalone SVG document (wide layout, light theme). */
export function standaloneSvg(spec: ChartSpec): Promise<string> {
  const key = `${spec.id}\u0000${JSON.stringify(spec.rows)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      container ??= experimental_AstroContainer.create();
      const c = await container;
      const html = await c.renderToString(ChartSvg, {
        props: { spec, width: downloadSize(spec).width, standalone: true, theme: 'light', idPrefix: 'dl' },
      });
      return toXml(html);
    })();
    cache.set(key, hit);
  }
  return hit;
}

/** The chart's PNG: the standalone SVG at 2×. */
export async function chartPng(spec: ChartSpec): Promise<Buffer> {
  return svgToPng(await standaloneSvg(spec));
}
