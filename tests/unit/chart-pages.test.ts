// The charts that get a page each: every chart and, after it, its alternates.
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/registry.ts';
import { withAlternates } from '../../src/lib/chart-pages.ts';
import { claim, claims, data } from './charts-fixture.ts';

// An apprehension figure of FY2010 fits the fixture's second (nationwide apprehensions) series too.
const appr = claim({ id: 'f:p1s1#n1', value: 950000, unit: 'apprehensions', unit_family: 'events', time: 'FY2010', entity: ['USBP'] });

describe('withAlternates', () => {
  it('lists each chart followed by its alternates, every id once', () => {
    const specs = chartSpecs(data({ claims: [...claims, appr], facts: [] }));
    const all = withAlternates(specs);
    const alternates = specs.flatMap((s) => s.alternates ?? []);
    expect(alternates.length).toBeGreaterThan(0); // the fixture has a second official series
    expect(all).toHaveLength(specs.length + alternates.length);
    const enc = all.findIndex((s) => s.id === 'border-encounters');
    expect(all[enc + 1]!.id).toBe(specs[specs.findIndex((s) => s.id === 'border-encounters')]!.alternates![0]!.id);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });
});
