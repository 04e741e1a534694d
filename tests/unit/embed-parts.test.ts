// Embed pieces that are pure functions: embed code, oEmbed, options, forced
// themes, and the PNG rasteriser's sizes.
import { describe, expect, it } from 'vitest';
import { embedCode, iframeHtml, publicUrl } from '../../src/embed/code.ts';
import { oembed } from '../../src/embed/oembed.ts';
import { embedOptions } from '../../src/embed/options.ts';
import { forcedThemeCss } from '../../src/embed/themes.ts';
import { themeProps } from '../../src/lib/css-theme.ts';
import { pngSize, svgSize, svgToPng } from '../../src/embed/png.ts';

describe('embed code', () => {
  const c = { chart: 'map', title: 'Cities named as "destinations" <& more>', src: '/embed/map/', script: '/embed/resize.js', height: 512.4 };
  it('escapes attribute values and carries what the protocol needs', () => {
    const html = iframeHtml(c);
    expect(html).toContain('title="Cities named as &quot;destinations&quot; &lt;&amp; more&gt;"');
    expect(html).toContain('data-surge-embed="map"');
    expect(html).toContain('height="512"');
    expect(html).toContain('loading="lazy"');
    expect(embedCode(c)).toMatch(/<\/iframe>\n<script src="\/embed\/resize.js" async><\/script>$/);
  });
  it('makes URLs absolute only when the site URL is known', () => {
    expect(publicUrl('/x/embed/map/', undefined)).toBe('/x/embed/map/');
    expect(publicUrl('/x/embed/map/', 'https://news.example/')).toBe('https://news.example/x/embed/map/');
  });
});

describe('oEmbed', () => {
  const url = (p: string) => `/g/${p}`;
  it('has the fields the spec requires for type rich', () => {
    const o = oembed({ id: 'bars', title: 'Personnel', height: 600, url, site: 'https://n.example', png: { width: 1280, height: 900 } });
    expect(o).toMatchObject({ type: 'rich', version: '1.0', width: 640, height: 600, provider_name: 'Surge Desk', provider_url: 'https://n.example/g/' });
    expect(o.html).toContain('src="https://n.example/g/embed/bars/"');
    expect(o.html).toContain('src="https://n.example/g/embed/resize.js"');
    expect(o.thumbnail_url).toBe('https://n.example/g/charts/bars/chart.png');
    expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1280, 900]);
  });
  it('stays root-relative without a site URL and omits a partial thumbnail', () => {
    const o = oembed({ id: 'bars', title: 'P', height: 600, url, site: undefined });
    expect(o.html).toContain('src="/g/embed/bars/"');
    expect('thumbnail_url' in o).toBe(false);
  });
});

describe('embed options', () => {
  it('reads theme, plain and transparent; ignores unknown values', () => {
    expect(embedOptions('')).toEqual({ theme: 'auto', plain: false, transparent: false });
    expect(embedOptions('?theme=dark&plain=1&transparent=1')).toEqual({ theme: 'dark', plain: true, transparent: true });
    expect(embedOptions('?theme=neon&plain=0')).toEqual({ theme: 'auto', plain: false, transparent: false });
  });
});

describe('forced themes', () => {
  const css = `/* c */ :root { --fg: #111; --bg: #fff; --sans: a, 'b', sans-serif; }
    @media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #000; } .x { color: red; } }
    .chart { fill: var(--fg); }`;
  const extra = `:root{--bar:#036}@media (prefers-color-scheme: dark){:root{--bar:#9cf}}`;
  it('collects light and dark custom properties from several sheets', () => {
    const { light, dark } = themeProps([css, extra]);
    expect(Object.fromEntries(light)).toEqual({ '--fg': '#111', '--bg': '#fff', '--sans': "a, 'b', sans-serif", '--bar': '#036' });
    expect(Object.fromEntries(dark)).toEqual({ '--fg': '#eee', '--bg': '#000', '--bar': '#9cf' });
  });
  it('reads dark colours kept for screens only', () => {
    const { dark } = themeProps([`:root{--bar:#036}@media screen and (prefers-color-scheme: dark){:root{--bar:#9cf}}`]);
    expect(Object.fromEntries(dark)).toEqual({ '--bar': '#9cf' });
  });
  it('writes attribute-forced rules for both themes', () => {
    const out = forcedThemeCss([css, extra]);
    expect(out).toContain(":root[data-theme='dark']{color-scheme:dark;--fg:#eee;--bg:#000;--bar:#9cf}");
    expect(out).toMatch(/:root\[data-theme='light'\]\{color-scheme:light;--fg:#111;--bg:#fff;/);
  });
});

describe('PNG at 2×', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150" viewBox="0 0 300 150"><rect width="300" height="150" fill="#fcfcfa"/><text x="10" y="40" font-family="Inter, 'DejaVu Sans', sans-serif" font-size="14">Agents 1,500</text></svg>`;
  it('reads the SVG size and renders a PNG twice as large', () => {
    expect(svgSize(svg)).toEqual({ width: 300, height: 150 });
    expect(svgSize('<svg viewBox="0 0 40 20"></svg>')).toEqual({ width: 40, height: 20 });
    const png = svgToPng(svg);
    expect(pngSize(png)).toEqual({ width: 600, height: 300 });
    // Deterministic bytes: the same SVG gives the same PNG.
    expect(Buffer.compare(png, svgToPng(svg))).toBe(0);
  });
  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow();
  });
});
