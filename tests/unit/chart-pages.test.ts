// The charts that get a page each: every chart and, after it, its alternates.
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/registry.ts';
import { withAlternates } from '../../src/lib/chart-pages.ts';
import { data } from './charts-fixture.ts';

describe('withAlternates', () => {
  it('lists each chart followed by its alternates, every id once', () => {
    const specs = chartSpecs(data());
    const all = withAlternates(specs);
    const alternates = specs.flatMap((s) => s.alternates ?? []);
    expect(alternates.length).toBeGreaterThan(0); // the fixture has a second official series
    expect(all).toHaveLength(specs.length + alternates.length);
    const enc = all.findIndex((s) => s.id === 'border-encounters');
    expect(all[enc + 1]!.id).toBe(specs[specs.findIndex((s) => s.id === 'border-encounters')]!.alternates![0]!.id);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });
});
