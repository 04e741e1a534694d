// The downloadable chart image: the chart's standalone SVG inside a frame with
// its title, dek, source and where it comes from, so an SVG or PNG passed around
// on its own (or shown as a share card) still says what it shows and who made it.
// Pure: the layout is computed from the spec and the chart's layout height.
import { wrapText } from '../charts/text.ts';
import type { ChartSpec } from '../charts/types.ts';

export const CHART_WIDTH = 600;
/** PNG downloads are rendered at this multiple of the SVG's size. */
export const PNG_SCALE = 2;
const PAD = 20;
const TITLE = { size: 20, line: 26 };
const DEK = { size: 14, line: 20 };
const FOOT = { size: 12, line: 17 };
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

interface Line {
  y: number;
  text: string;
}

export interface CardLayout {
  width: number;
  height: number;
  title: Line[];
  dek: Line[];
  chartY: number;
  foot: Line[];
}

/** Text lines and positions of the frame around a chart `chartHeight` px tall. */
export function cardLayout(spec: Pick<ChartSpec, 'title' | 'dek' | 'source'>, chartHeight: number, credit: string): CardLayout {
  let y = PAD;
  const place = (lines: string[], m: { size: number; line: number }) =>
    lines.filter(Boolean).map((text) => {
      y += m.line;
      return { y: y - (m.line - m.size) / 2 - 2, text };
    });
  // Bold titles run wider than the metrics' regular weight: wrap them a little early.
  const title = place(wrapText(spec.title, CHART_WIDTH, TITLE.size * 1.08), TITLE);
  const dek = place(wrapText(spec.dek, CHART_WIDTH, DEK.size), DEK);
  y += 12;
  const chartY = y;
  y += chartHeight + 14;
  const foot = place([...wrapText(spec.source, CHART_WIDTH, FOOT.size), ...wrapText(credit, CHART_WIDTH, FOOT.size)], FOOT);
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return {
    width: CHART_WIDTH + 2 * PAD,
    height: r1(y + PAD - 4),
    title: title.map((l) => ({ ...l, y: r1(l.y) })),
    dek: dek.map((l) => ({ ...l, y: r1(l.y) })),
    chartY: r1(chartY),
    foot: foot.map((l) => ({ ...l, y: r1(l.y) })),
  };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CardColors {
  bg: string;
  fg: string;
  muted: string;
}

/**
 * Wrap a standalone chart SVG (`<svg …>…</svg>`) in the card: its content moves
 * into a <g> that keeps the chart's classes, so the chart's own inline style rules still apply.
 */
export function cardSvg(chartSvg: string, l: CardLayout, colors: CardColors): string {
  const m = /<svg\b([^>]*)>([\s\S]*)<\/svg>\s*$/.exec(chartSvg.trim());
  if (!m) throw new Error('cardSvg: not an <svg> element');
  const [, attrs, body] = m as unknown as [string, string, string];
  const cls = /\sclass="([^"]*)"/.exec(attrs)?.[1] ?? 'chart-svg';
  const label = /\saria-labelledby="([^"]*)"/.exec(attrs)?.[1];
  // <title>/<desc> name the whole image: lift them to the root.
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/.exec(body)?.[0] ?? '';
  const desc = /<desc\b[^>]*>[\s\S]*?<\/desc>/.exec(body)?.[0] ?? '';
  const inner = body.replace(title, '').replace(desc, '').trim();
  const text = (lines: Line[], size: number, fill: string, weight?: number) =>
    lines
      .map((t) => `<text x="${PAD}" y="${t.y}" font-size="${size}" fill="${fill}"${weight ? ` font-weight="${weight}"` : ''}>${xml(t.text)}</text>`)
      .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" role="img"${label ? ` aria-labelledby="${label}"` : ''} font-family="${xml(FONT_STACK)}" font-size="13">`,
    title,
    desc,
    `<rect width="${l.width}" height="${l.height}" fill="${colors.bg}"/>`,
    text(l.title, TITLE.size, colors.fg, 700),
    text(l.dek, DEK.size, colors.muted),
    `<g class="${xml(cls)}" transform="translate(${PAD} ${l.chartY})">${inner}</g>`,
    text(l.foot, FOOT.size, colors.muted),
    '</svg>',
  ].join('\n');
}

/** HTML serialisation → XML: valueless attributes (Astro's scoping ids) are not XML. */
export function toXml(svg: string): string {
  let out = svg.trim().replace(/\s+data-astro-cid-[\w-]+(?=[\s>/])/g, '');
  // HTML allows a raw `<` inside an attribute value (Astro leaves it, e.g. a tooltip "<30,000");
  // XML does not, and resvg refuses the whole document.
  out = out.replace(/="([^"]*)"/g, (m, v: string) => (v.includes('<') ? `="${v.replace(/</g, '&lt;')}"` : m));
  // A stylesheet with `<` or `&` would not parse as XML text: keep it verbatim in CDATA.
  out = out.replace(/<style>([\s\S]*?)<\/style>/g, (m, css: string) => (/[<&]/.test(css) ? `<style><![CDATA[${css}]]></style>` : m));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}
