// The blind messy sets (tests/fixtures/messy/blind2/ to blind12/) checked for rot without
// running the cleaner: every label line is on its page, no line is labelled both ways, and every
// must_keep line that comes from a government text is that text's own paragraph. blind4's print
// pages are hard-wrapped and cut paragraphs at a jump, so there a label may span wrapped lines
// of one block and a must_keep line may be part of a paragraph. A page labelled headline_absent
// (blind8's relay-2, blind9's portlist-2, blind10's bulletin-2, blind11's agenda-1, blind12's threadkeep-1
// and opendata-1) has no headline line: its label's headline is the text's title, not on the page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
interface Label { outlet: string; body: string; headline: string; headline_absent?: boolean; dek: string | null; must_drop: string[]; must_keep: string[] }

/** [set, its gov texts (one folder or several), whether labels may be wrapped blocks and parts of gov paragraphs]. */
const SETS: [string, string | string[], boolean][] = [
  ['blind2', 'tests/fixtures/gov/texts', false],
  ['blind3', 'tests/fixtures/gov-holdout/texts', false],
  ['blind4', 'tests/fixtures/gov/texts', true],
  ['blind5', 'tests/fixtures/gov/texts', false],
  ['blind6', 'tests/fixtures/gov-holdout3/texts', false],
  ['blind7', 'tests/fixtures/gov-holdout4/texts', false],
  ['blind8', 'tests/fixtures/gov-holdout2/texts', false],
  ['blind9', 'tests/fixtures/gov-holdout5/texts', false],
  ['blind10', ['tests/fixtures/gov-holdout6/texts', 'tests/fixtures/gov-holdout7/texts'], false],
  ['blind11', ['tests/fixtures/gov-holdout8/texts', 'tests/fixtures/gov-holdout9/texts'], false],
  ['blind12', 'tests/fixtures/messy/blind12/texts', false],
];

/** Blocks of a page: runs of non-blank lines joined by spaces (a wrapped column's paragraph). */
const blocks = (text: string): string[] =>
  text.split(/\n\s*\n/).map((b) => b.split('\n').map((x) => x.trim()).filter(Boolean).join(' ')).filter(Boolean);

describe.each(SETS)('messy %s labels', (set, govDirs, wrapped) => {
  const dir = path.join(ROOT, 'tests/fixtures/messy', set);
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const govFiles = [govDirs].flat().flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)));

  it('labels 10 pages of 5 outlets, 2 each', () => {
    expect(Object.keys(labels).length).toBe(10);
    const outlets = Map.groupBy(Object.values(labels), (l) => l.outlet);
    expect(outlets.size).toBe(5);
    expect([...outlets.values()].every((ls) => ls.length === 2)).toBe(true);
  });

  it('every must_drop and must_keep line, the headline and the dek are lines of the page', () => {
    for (const [file, l] of Object.entries(labels)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const page = [...text.split('\n').map((x) => x.trim()), ...(wrapped ? blocks(text) : [])];
      for (const s of [...l.must_drop, ...l.must_keep, ...(l.headline_absent ? [] : [l.headline]), ...(l.dek ? [l.dek] : [])]) expect(page, `${file}: ${s}`).toContain(s);
      if (l.headline_absent) expect(page, `${file}: headline absent, yet on the page`).not.toContain(l.headline);
    }
  });

  it('no line is both chrome and body, and the headline is not chrome', () => {
    for (const [file, l] of Object.entries(labels)) {
      const keep = new Set(l.must_keep);
      expect(l.must_drop.filter((s) => keep.has(s) || s === l.headline), file).toEqual([]);
    }
  });

  it('names its government text, and keeps most of its body from that text verbatim', () => {
    for (const [file, l] of Object.entries(labels)) {
      const g = govFiles.find((f) => path.basename(f).startsWith(`${l.body}_`));
      expect(g, `${file}: gov text ${l.body}`).toBeDefined();
      const lines = readFileSync(path.join(ROOT, g!), 'utf8').split('\n').map((x) => x.trim());
      const isGov = (s: string) => (wrapped ? lines.some((x) => x.includes(s)) : lines.includes(s));
      const fromGov = l.must_keep.filter(isGov).length;
      // At most one outlet-written line (an intro or editor's note) per page.
      expect(l.must_keep.length - fromGov, file).toBeLessThanOrEqual(1);
      expect(fromGov, file).toBeGreaterThan(0);
    }
  });
});
