// One font set-up for every resvg rendering: DejaVu's own files, or the system's as a fallback.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resvgFonts } from '../../src/lib/resvg-fonts.ts';

describe('resvgFonts', () => {
  it('loads only DejaVu files, from one folder, when the machine has them; else the system fonts', () => {
    const f = resvgFonts()!;
    if (f.loadSystemFonts) {
      expect(f.fontFiles ?? []).toEqual([]);
      return;
    }
    expect(f.fontFiles!.length).toBeGreaterThan(0);
    expect(new Set(f.fontFiles!.map((p) => path.dirname(p))).size).toBe(1);
    for (const p of f.fontFiles!) expect(path.basename(p)).toMatch(/^DejaVu.*\.ttf$/);
    expect(f.fontFiles!.map((p) => path.basename(p))).toContain('DejaVuSans.ttf');
    expect(f.sansSerifFamily).toBe('DejaVu Sans');
  });
});
