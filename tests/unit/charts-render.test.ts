// Rendered SVG and frame through the Astro Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChartFrame from '../../src/components/ChartFrame.astro';
import ChartSvg from '../../src/components/charts/ChartSvg.astro';
import { chartSpecs } from '../../src/charts/registry.ts';
import { data } from './charts-fixture.ts';

const specs = chartSpecs(data());

describe('ChartFrame', async () => {
  const c = await AstroContainer.create();
  it.each(specs.map((s) => [s.id, s] as const))('%s: figure, caption, accessible svg, table, CSV link', async (_id, spec) => {
    const html = await c.renderToString(ChartFrame, { props: { spec, variant: 'page' } });
    expect(html).toMatch(/^<figure[^>]*class="chart-frame/);
    expect(html).toContain('<figcaption>');
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(2); // narrow + wide layouts
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const [t, d] = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
      expect(html).toContain(`<title id="${t}">`);
      expect(html).toContain(`<desc id="${d}">`);
    }
    // Ids unique within the frame.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every <text> sits inside the aria-hidden body, so screen readers hear title + desc only.
    for (const part of html.split('<svg').slice(1)) {
      const body = part.indexOf('class="chart-body" aria-hidden="true"');
      expect(body).toBeGreaterThan(0);
      expect(part.indexOf('<text')).toBeGreaterThan(body);
    }
    expect(html).toContain(`charts/${spec.id}/data.csv`);
    expect(html).toContain('<details class="chart-data">');
    expect(html).toContain('<th scope="col"');
    for (const s of spec.stories) expect(html).toContain(`stories/${s.slug}/`);
    expect(html).not.toMatch(/\d\.\d{2,}[ ,"LZMH]/); // coordinates rounded to one decimal
  });
  it('draws the map\'s base paths once for both layouts, and every <use> finds its path', async () => {
    const map = specs.find((s) => s.kind === 'map')!;
    const html = await c.renderToString(ChartFrame, { props: { spec: map, variant: 'story' } });
    expect(html.match(/<path[^>]* d="M/g)?.length ?? 0).toBe(2); // land + borders, defined once
    const uses = [...html.matchAll(/<use[^>]*href="#([^"]+)"/g)].map((m) => m[1]);
    expect(uses).toHaveLength(4); // two layouts × (land, borders)
    for (const id of uses) expect(html).toContain(`id="${id}"`);
    // The definitions come first: the narrow SVG holds them, the wide one refers to them.
    expect(html.indexOf('<defs>')).toBeLessThan(html.indexOf(' is-wide'));
    // Standalone (downloads, PNG): defines and uses its own paths.
    const svg = await c.renderToString(ChartSvg, { props: { spec: map, standalone: true } });
    for (const m of svg.matchAll(/<use[^>]*href="#([^"]+)"/g)) expect(svg).toContain(`id="${m[1]}"`);
  });
  it('renders identically twice (byte-stable)', async () => {
    const a = await c.renderToString(ChartFrame, { props: { spec: specs[0]!, variant: 'story' } });
    const b = await c.renderToString(ChartFrame, { props: { spec: specs[0]!, variant: 'story' } });
    expect(a).toBe(b);
  });
});

describe('ChartSvg standalone', async () => {
  const c = await AstroContainer.create();
  it.each(specs.map((s) => [s.id, s] as const))('%s: valid on its own', async (_id, spec) => {
    const svg = await c.renderToString(ChartSvg, { props: { spec, standalone: true } });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('font-family="system-ui');
    expect(svg).toContain('<style>');
    const style = /<style>([\s\S]*?)<\/style>/.exec(svg)![1]!;
    expect(style).not.toContain('var(');
    expect(style).toContain('.chart-svg text');
    expect(svg).not.toContain('class="is-narrow"');
  });
  it('dark theme resolves other colours', async () => {
    const light = await c.renderToString(ChartSvg, { props: { spec: specs[0]!, standalone: true } });
    const dark = await c.renderToString(ChartSvg, { props: { spec: specs[0]!, standalone: true, theme: 'dark' } });
    expect(light).toContain('#fcfcfa');
    expect(dark).toContain('#161616');
  });
});
