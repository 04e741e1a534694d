// The dependency rule of issue 19: arrows point one way, model ← pipeline and model ← charts ←
// site. The model imports nothing of the project outside itself; the pipeline imports only
// itself and the model, never the site (charts, lib, components, layouts, pages). Read from
// the import statements of src/, so a new arrow that runs back fails here, not in review.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The project folders (below src/) each file of `folder` imports from, as "file → folder/file". */
function arrows(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(SRC, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?(?:from\s*)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const target = path.relative(SRC, path.resolve(path.dirname(file), (m[1] ?? m[2])!));
      out.push(`${path.relative(SRC, file)} → ${target}`);
    }
  }
  return out;
}

const topOf = (arrow: string) => arrow.split(' → ')[1]!.split(path.sep)[0]!;

// Known arrows that still run back, each with what removes it; the list may only shrink.
const KNOWN = new Set([
  // Chart placement is decided in the pipeline but lives in charts/ (issue 19: "chart placement
  // decided there or from data the pipeline owns").
  'pipeline/run.ts → charts/placement.ts',
  // The CSV reader (d3-dsv) is shared with the chart downloads; its home should be the model or reference.
  'pipeline/reference/series.ts → lib/csv.ts',
]);

describe('dependency rule', () => {
  it('finds the imports it checks (the scan reads the files)', () => {
    expect(arrows('pipeline').some((a) => a.endsWith('→ model/vocabulary.ts'))).toBe(true);
  });

  it('the model imports nothing of the project outside src/model', () => {
    expect(arrows('model').filter((a) => topOf(a) !== 'model')).toEqual([]);
  });

  it('the pipeline imports only itself and the model', () => {
    const back = arrows('pipeline').filter((a) => !['pipeline', 'model'].includes(topOf(a)) && !KNOWN.has(a));
    expect(back).toEqual([]);
  });

  it('every known exception still exists (a fixed one is taken off the list)', () => {
    const all = new Set(arrows('pipeline'));
    expect([...KNOWN].filter((a) => !all.has(a))).toEqual([]);
  });
});
