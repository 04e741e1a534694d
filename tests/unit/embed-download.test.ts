// The downloadable chart image: ChartSvg through the Astro Container API, framed
// (title, dek, source, credit), as well-formed standalone XML whose stated size
// is what the pages announce, and a PNG at twice that size.
import { describe, expect, it } from 'vitest';
import type { ChartRow, ChartSpec } from '../../src/charts/types.ts';
import { cardLayout, toXml } from '../../src/embed/card.ts';
import { pngSize, svgSize, svgToPng } from '../../src/embed/png.ts';
import { downloadSize } from '../../src/embed/size.ts';
import { chartPng, standaloneSvg } from '../../src/embed/standalone.ts';

const row = (key: string, label: string, value: number, over: Partial<ChartRow> = {}): ChartRow => ({
  key, type: 'figure', label, value, value_high: null, display: value.toLocaleString('en-US'), qualifier: 'exact', status: 'deployed',
  unit: 'agents', entity: [label], combined: false, fiscal_year: null, from: null, to: null, period_label: null, city: null,
  lat: null, lon: null, claim_ids: [`${key}#n1`], fact_id: key, stories: ['s1'], story_count: 1, quote: `${label} & co. sent <${value}> agents.`,
  source_url: null, series: null, verdict: null, ...over,
});

const spec: ChartSpec = {
  id: 'test-bars',
  kind: 'bars',
  title: 'Agents sent by “agency” & <others>, a title long enough to wrap onto a second line in the card',
  dek: 'A dek with an ampersand & angle <brackets>.',
  source: 'Source: two test articles.',
  notes: [],
  description: 'Two bars.',
  alt: 'Bar chart: two agencies.',
  rows: [row('f1', 'FBI', 1500, { qualifier: 'approx', display: '~1,500' }), row('f2', 'DEA', 300, { status: 'planned' })],
  columns: [{ key: 'label', label: 'Figure' }, { key: 'value', label: 'Value', numeric: true }],
  stories: [{ slug: 's1', headline: 'Story one' }],
  story_count: 1,
};

/** A small well-formedness check: balanced tags, quoted attribute values, escaped text. */
function wellFormed(doc: string): string | null {
  const body = doc.replace(/^<\?xml[^?]*\?>\s*/, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (!m[2]) return `stray "${m[0]}" at ${m.index}: ${body.slice(m.index, m.index + 40)}`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `unbalanced </${m[2]}> at ${m.index}`;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length ? `unclosed <${stack.join('><')}>` : null;
}

describe('standalone chart SVG', () => {
  it('is well-formed XML with its own namespace, at the size the pages announce', async () => {
    const svg = await standaloneSvg(spec, undefined);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(wellFormed(svg)).toBeNull();
    expect(svg).not.toMatch(/data-astro-cid|var\(--/);
    expect(svg).toContain('&amp; &lt;others&gt;');
    expect(svg).toContain('Chart: Surge Desk · /charts/test-bars/');
    const stated = downloadSize(spec, undefined);
    expect(svgSize(svg)).toEqual({ width: stated.width, height: stated.height });
    // Only one <svg> root: the chart's own svg became a <g> keeping its classes.
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg).toMatch(/<g class="chart-svg chart-bars[^"]*" transform="translate\(20 [0-9.]+\)">/);
  });

  it('renders a PNG at twice that size, the same bytes every time', async () => {
    const png = await chartPng(spec, 'https://news.example/');
    const stated = downloadSize(spec, 'https://news.example/');
    expect(pngSize(png)).toEqual(stated.png);
    expect(stated.png).toEqual({ width: stated.width * 2, height: Math.round(stated.height * 2) });
    // Rasterised again from the SVG (not the cache): byte-identical.
    expect(Buffer.compare(png, svgToPng(await standaloneSvg(spec, 'https://news.example/')))).toBe(0);
  });

  it('the well-formedness check itself rejects broken XML', () => {
    expect(wellFormed('<svg><g></svg>')).not.toBeNull();
    expect(wellFormed('<svg a></svg>')).not.toBeNull();
    expect(wellFormed('<svg><text>a & b</text></svg>')).not.toBeNull();
    expect(wellFormed('<svg><text>a &amp; b</text></svg>')).toBeNull();
  });
});

describe('toXml and the card layout', () => {
  it('drops valueless scoping attributes and guards style text', () => {
    expect(toXml('<svg data-astro-cid-abc12 class="x"><style>a>b{}</style><g data-astro-cid-abc12/></svg>')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg class="x"><style>a>b{}</style><g/></svg>\n',
    );
    expect(toXml('<svg><style>a[x="&"]{}</style></svg>')).toContain('<style><![CDATA[a[x="&"]{}]]></style>');
  });
  it('grows with the title and the chart, and keeps lines apart', () => {
    const short = cardLayout({ title: 'T', dek: 'D', source: 'S' }, 300, 'Chart: Surge Desk');
    const long = cardLayout({ title: 'T '.repeat(80), dek: 'D', source: 'S' }, 300, 'Chart: Surge Desk');
    expect(long.height).toBeGreaterThan(short.height);
    expect(cardLayout({ title: 'T', dek: 'D', source: 'S' }, 400, 'c').height - short.height).toBeCloseTo(100, 5);
    const ys = [...long.title, ...long.dek].map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(18);
    expect(long.chartY).toBeGreaterThan(ys[ys.length - 1]!);
  });
});

describe('attribute values with "<" (a "less than" figure in a tooltip)', () => {
  it('still make a PNG: `<` is escaped inside attributes for XML', async () => {
    const lt = { ...spec, id: 'test-lt', rows: [row('f9', 'Agency not named', 30000, { qualifier: 'less-than', display: '<30,000' })] };
    const svg = await standaloneSvg(lt, undefined);
    expect(svg).not.toMatch(/="[^"]*</);
    const png = await chartPng(lt, undefined);
    expect(png.length).toBeGreaterThan(1000);
  });
});
