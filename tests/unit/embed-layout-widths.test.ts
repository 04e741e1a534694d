// Which chart layout an embed draws at common host column widths, and that the CSS container
// query switches where src/charts/layout-widths.ts says (the embed's default height assumes it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NARROW, SIDE, WIDE, sideDrawingWidth } from '../../src/charts/layout-widths.ts';
import { chartSpecs } from '../../src/charts/registry.ts';
import { FOLD_ABOVE } from '../../src/embed/fold.ts';
import { PAD_X, chartLayoutAt, embedHeight } from '../../src/embed/size.ts';
import { data } from './charts-fixture.ts';

const css = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');
const px = (re: RegExp) => Number(re.exec(css)?.[1]);

describe('layout widths', () => {
  it('charts.css switches and caps where layout-widths.ts says', () => {
    expect(px(/@container \(min-width: (\d+)px\)/)).toBe(WIDE.from);
    expect(px(/\.chart-svg\.is-narrow \{[^}]*max-width: (\d+)px/)).toBe(NARROW.max);
    expect(px(/\.chart-svg\.is-wide \{[^}]*max-width: (\d+)px/)).toBe(WIDE.max);
  });

  it('the wide layout never draws its 13 px text smaller, nor either layout beyond ~1.3×', () => {
    expect(WIDE.design).toBeLessThanOrEqual(WIDE.from);
    expect(NARROW.max / NARROW.design).toBeLessThanOrEqual(1.3);
    expect(WIDE.max / WIDE.design).toBeLessThanOrEqual(1.3);
  });

  // A WordPress content column is 560–700 px (610 px in a common theme): the embed's chart box is
  // that less the page's padding. The phone chart there left ~40 % of the frame empty.
  it.each([560, 580, 610, 640, 700])('in a %i px column the chart fills the width available', (column) => {
    const box = column - PAD_X;
    const { design, shown } = chartLayoutAt(box);
    expect(design).toBe(WIDE.design);
    expect(shown / box).toBeGreaterThanOrEqual(0.94);
  });

  it('a phone keeps the phone layout; a wide column caps the chart', () => {
    expect(chartLayoutAt(360 - PAD_X).design).toBe(NARROW.design);
    expect(chartLayoutAt(1000 - PAD_X)).toEqual({ design: WIDE.design, shown: WIDE.max });
  });

  it('charts.css puts an embed’s caption beside its drawing where SIDE says', () => {
    const rule = /@container \(min-width: (\d+)px\) \{\s*\.chart-frame--embed \.chart-figure \{ float: left; width: clamp\((\d+)px, 100% - (\d+)rem, (\d+)px\); margin: 0 (\d+(?:\.\d+)?)rem/.exec(css);
    expect(rule, 'side-by-side rule').not.toBeNull();
    const [, from, min, caption, max, gap] = rule!.map(Number);
    expect([from, min, caption! * 16, max, gap! * 16]).toEqual([SIDE.from, WIDE.design, SIDE.caption, WIDE.max, SIDE.gap]);
    // A 1,000 px host: box 976, drawing at its 520 px design, caption column 432 px.
    expect(sideDrawingWidth(1000 - PAD_X)).toBe(520);
    expect(sideDrawingWidth(1600 - PAD_X)).toBe(WIDE.max);
  });

  // The defect: at hosts wider than 1,000 px a 660 px drawing stood over its long caption and the
  // embed folded its notes to stay under WordPress's clamp, half its width empty.
  it('from 1,000 px hosts up, every chart kind fits the 1,000 px clamp without folding', () => {
    const specs = chartSpecs(data());
    for (const spec of specs) {
      for (const w of [1000, 1200, 1600, 2400]) expect(embedHeight(spec, w, false), `${spec.id} at ${w}`).toBeLessThanOrEqual(FOLD_ABOVE);
      // Stacked at 900 px the line chart's caption still needs the fold.
      if (spec.kind === 'line') expect(embedHeight(spec, 900, false)).toBeGreaterThan(FOLD_ABOVE);
    }
  });

  it('every chart kind still fits the 1,000 px clamp (folded) at host widths 360–1,000', () => {
    const specs = chartSpecs(data());
    expect(new Set(specs.map((s) => s.kind)).size).toBeGreaterThanOrEqual(3);
    for (const spec of specs) for (const w of [360, 500, 560, 610, 700, 1000]) expect(embedHeight(spec, w), `${spec.id} at ${w}`).toBeLessThanOrEqual(FOLD_ABOVE);
  });
});
