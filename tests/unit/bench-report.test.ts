// Budgets as the benchmark flags them (bench/report.ts): the full build, and the same build
// without its print step, each against the bare-Astro floor.
import { describe, expect, it } from 'vitest';
import { checkBudgets, renderMarkdown, type Results, type SiteResult, type SizeResult } from '../../bench/report.ts';

const site = (ms: number, rebuildMs: number, peakMb = 1000): SiteResult => ({
  command: 'astro build', runs: [ms], medianMs: ms, peakMb, peakTreeMb: peakMb, maxSingleRssMb: peakMb,
  rebuildRuns: [rebuildMs], rebuildMedianMs: rebuildMs, phases: [], weights: [],
});
const size = (n: number, over: Partial<SizeResult>): SizeResult => ({ n, date: '2026-11-23T00:00:00Z', runs: 1, seed: 1, pipeline: null, site: null, floor: null, ...over });
const floor = (ms: number) => ({ runs: [ms], medianMs: ms, peakMb: 500, storyMedian: null });

function results(sizes: SizeResult[]): Results {
  const r: Results = { machine: { cpu: 'x', cores: 2, memoryGb: 8, os: 'Linux', node: 'v24', loadavg: [0, 0, 0] }, date: '2026-11-23T00:00:00Z', sizes, budgets: [] };
  r.budgets = checkBudgets(r);
  return r;
}
const budget = (r: Results, name: string) => r.budgets.find((b) => b.name === name);

describe('bench budgets', () => {
  it('flags the full build and the build without PDFs against the floor separately', () => {
    const r = results([size(1000, { site: site(600_000, 60_000), siteNoPdf: site(10_000, 900), floor: floor(8_000) })]);
    expect(budget(r, 'full build of 1,000 vs bare-Astro floor')?.ok).toBe(false);
    expect(budget(r, 'build of 1,000 without PDFs vs floor')?.ok).toBe(true);
    expect(budget(r, 'rebuild without PDFs')?.ok).toBe(true);
    expect(budget(r, 'rebuild after one seed changes')?.ok).toBe(true);
    expect(renderMarkdown(r, '')).toContain('Builds without the print step');
  });
  it('checks memory and flat cost at 10,000 from the build without PDFs when only that ran', () => {
    const r = results([
      size(100, { siteNoPdf: site(5_000, 4_000) }),
      size(1000, { siteNoPdf: site(20_000, 8_000) }),
      size(10000, { siteNoPdf: site(300_000, 40_000, 4_000) }),
    ]);
    expect(budget(r, 'build of 10,000 without PDFs: peak memory')?.ok).toBe(false);
    // Marginal cost 16.7 ms/article from 100 to 1,000, 31.1 from 1,000 to 10,000: not flat.
    expect(budget(r, 'build without PDFs: cost per article flat')?.actual).toBe('marginal 16.7 → 31.1 ms/article');
    expect(budget(r, 'build without PDFs: cost per article flat')?.ok).toBe(false);
    expect(budget(r, 'build of 10,000: peak memory')?.ok).toBeNull();
  });
  it('reports the rebuild share at 1,000, where the budget is set, even when 10,000 was built too', () => {
    const r = results([
      size(1000, { siteNoPdf: site(100_000, 40_000) }),
      size(10000, { siteNoPdf: site(1_000_000, 320_000) }),
    ]);
    expect(budget(r, 'rebuild without PDFs')?.actual).toBe('40 % at n=1000 (40.0 s of 100.0 s)');
    expect(budget(r, 'rebuild without PDFs')?.ok).toBe(false);
    // Without a 1,000 build the largest size stands in.
    const only10k = results([size(10000, { siteNoPdf: site(1_000_000, 50_000) })]);
    expect(budget(only10k, 'rebuild without PDFs')?.actual).toMatch(/^5 % at n=10000/);
    expect(budget(only10k, 'rebuild without PDFs')?.ok).toBe(true);
  });
});
