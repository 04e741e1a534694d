// The status vocabulary: one list, every pipeline status mapped, distinct colours and patterns,
// WCAG contrast for marks (3:1, non-text) in light and dark, and charts.css in step with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES, STAGE_OF, stageOf, statusLabel } from '../../src/charts/status.ts';

const css = readFileSync(path.join(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');
const global = readFileSync(path.join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

function lum(hex: string): number {
  const c = hex.replace('#', '').match(/../g)!.map((h) => parseInt(h, 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: string, b: string) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
const bgOf = (block: string) => /--bg:\s*(#[0-9a-f]{6})/i.exec(block)![1]!;
const darkBlock = global.slice(global.indexOf('prefers-color-scheme: dark'));

describe('status vocabulary', () => {
  it('maps every pipeline status, and completed is not deployed', () => {
    for (const s of ['requested', 'planned', 'ordered', 'deployed', 'completed', 'reported'] as const) expect(STAGES.map((x) => x.id)).toContain(STAGE_OF[s]);
    expect(stageOf('completed')).not.toBe(stageOf('deployed'));
    expect(statusLabel('planned')).toBe(statusLabel('ordered'));
    expect(stageOf(null)).toBe('reported');
  });
  it('gives each stage its own colour, pattern and shape', () => {
    for (const k of ['light', 'dark', 'pattern', 'shape', 'label'] as const) expect(new Set(STAGES.map((s) => s[k])).size).toBe(STAGES.length);
  });
  it.each(['light', 'dark'] as const)('keeps 3:1 against the %s background', (theme) => {
    const bg = theme === 'light' ? bgOf(global) : bgOf(darkBlock);
    for (const s of STAGES) expect(contrast(s[theme], bg), `${s.id} ${theme}`).toBeGreaterThanOrEqual(3);
  });
  it('charts.css turns dark on screens only, so that print keeps the light colours', () => {
    expect(css).toContain('@media screen and (prefers-color-scheme: dark)');
    expect(css).not.toMatch(/@media\s*\(prefers-color-scheme: dark\)/);
  });
  it('charts.css holds the same colours', () => {
    const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
    for (const s of STAGES) {
      expect(css).toContain(`--stage-${s.id}: ${s.light};`);
      expect(dark).toContain(`--stage-${s.id}: ${s.dark};`);
    }
  });
});
