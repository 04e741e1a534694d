import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSavedHeadlines, formatSavedHeadlines } from '../../src/pipeline/eval/saved-headlines.ts';

const body = 'The agency said on Tuesday that 400 officers would be sent to three field offices in the coming weeks, according to a statement.\n\nOfficials said the officers would help process cases and would return to their posts by the end of the year.';

function corpus(pages: Record<string, { text: string; headline?: string }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'saved-headlines-'));
  for (const [name, p] of Object.entries(pages)) {
    writeFileSync(path.join(dir, `${name}.txt`), p.text);
    if (p.headline) writeFileSync(path.join(dir, `${name}.yaml`), `headline: "${p.headline}"\n`);
  }
  return dir;
}

describe('headlines of saved pages, sidecar hidden', () => {
  it('scores only pages whose sidecar headline is a line of the text, and skips pages without a sidecar headline', () => {
    const dir = corpus({
      a: { text: `Agency sends 400 officers to field offices\n\n${body}`, headline: 'Agency sends 400 officers to field offices' },
      b: { text: body, headline: 'A title the page does not show' },
      c: { text: `Agency sends 400 officers to field offices\n\n${body}` },
    });
    const r = evalSavedHeadlines(dir);
    expect(r.pages.map((p) => p.file)).toEqual(['a.txt', 'b.txt']);
    expect(r.pages.map((p) => p.inText)).toEqual([true, false]);
    expect(r.total).toBe(1);
    expect(r.pages.map((p) => p.right)).toEqual([true, false]);
    expect(r.right).toBe(1);
  });

  it('names each wrong pick with what was wanted', () => {
    const r = { total: 1, right: 0, pages: [{ file: 'x.txt', want: 'Real title', got: 'Menu', generated: false, inText: true, right: false }] };
    const out = formatSavedHeadlines('set', r, true);
    expect(out).toContain('headlines right 0/1');
    expect(out).toContain('x.txt: headline "Menu", want "Real title"');
  });
});
