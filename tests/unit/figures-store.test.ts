// The figures store (src/lib/figures-store.ts): the one reader of claims, facts and checks.
// Written with our own records: two small stories about a fictional relief team.
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { figuresStore, loadFigures } from '../../src/lib/figures-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// The fields a claim and a fact share (src/model/schemas.ts `figure`).
const figure = {
  value: 40,
  value_high: null,
  unit: 'volunteers',
  unit_family: 'personnel',
  entity: ['Relief Corps'],
  qualifier: 'approx',
  status: 'deployed',
  time: null,
  time_resolved: null,
  subject: 'Relief Corps volunteers, deployed',
} as const;

function claim(id: string, over: Record<string, unknown> = {}) {
  const slug = id.slice(0, id.indexOf(':'));
  return {
    id,
    article: `${slug}.txt`,
    slug,
    sentence_id: id.slice(0, id.indexOf('#')),
    ...figure,
    quote: 'About 40 volunteers from the Relief Corps reached the valley on Monday.',
    start: 6,
    end: 8,
    display: 'About 40',
    negated: false,
    fact_id: 'f-relief-40',
    ...over,
  };
}

const fact = {
  id: 'f-relief-40',
  ...figure,
  claims: ['valley:p1s1#n1', 'river:p2s1#n1'],
  sources: ['river', 'valley'],
  conflicts: [],
};

function check(claimId: string, sentenceId: string, verdict = 'not-checkable') {
  return { claim_id: claimId, article: 'valley.txt', sentence_id: sentenceId, quote: 'A sentence.', verdict, series: null, fiscal_year: null, compared_with: null, tolerance: '', explanation: 'No series for volunteers.' };
}

function contentWith(files: { claims?: unknown; facts?: unknown; checks?: unknown }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'figures-store-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'data'));
  for (const [name, v] of Object.entries(files)) writeFileSync(path.join(dir, 'data', `${name}.json`), typeof v === 'string' ? v : JSON.stringify(v));
  return dir;
}

describe('figures store', () => {
  it('reads valid data and builds the lookups: by id, by story in reading order, facts by id, checks by claim and by sentence', () => {
    const dir = contentWith({
      // File order is not reading order: p10 comes after p2 when read.
      claims: [claim('valley:p10s1#n1'), claim('valley:p2s1#n2'), claim('valley:p2s1#n1'), claim('river:p2s1#n1')],
      facts: [fact],
      checks: [check('valley:p2s1#n1', 'valley:p2s1'), check('valley:p2s1#n1', 'valley:p2s1', 'consistent'), check('valley:p3s1', 'valley:p3s1')],
    });
    const s = loadFigures(dir);
    expect(s.claims.map((c) => c.id)).toEqual(['valley:p10s1#n1', 'valley:p2s1#n2', 'valley:p2s1#n1', 'river:p2s1#n1']);
    expect(s.claimById.get('river:p2s1#n1')?.display).toBe('About 40');
    expect(s.claimsBySlug.get('valley')?.map((c) => c.id)).toEqual(['valley:p2s1#n1', 'valley:p2s1#n2', 'valley:p10s1#n1']);
    expect(s.factById.get('f-relief-40')?.sources).toEqual(['river', 'valley']);
    expect(s.checksByClaim.get('valley:p2s1#n1')?.map((c) => c.verdict)).toEqual(['not-checkable', 'consistent']);
    // A check whose claim id is its sentence id is a statement check, found by story.
    expect(s.sentenceChecksBySlug.get('valley')?.map((c) => c.claim_id)).toEqual(['valley:p3s1']);
    expect(s.sentenceChecksBySlug.has('river')).toBe(false);
  });

  it('drops fields outside the schema, as the content collections did', () => {
    const s = loadFigures(contentWith({ claims: [claim('valley:p1s1#n1', { scratch: 'pipeline debug note' })] }));
    expect(Object.keys(s.claims[0]!)).not.toContain('scratch');
  });

  it('treats a missing file as an empty dataset', () => {
    const s = loadFigures(contentWith({ claims: [claim('valley:p1s1#n1')] }));
    expect(s.facts).toEqual([]);
    expect(s.checks).toEqual([]);
    expect(s.claimsBySlug.get('valley')).toHaveLength(1);
  });

  it('fails on an invalid record with the file, the record and what is wrong', () => {
    const dir = contentWith({ claims: [claim('valley:p1s1#n1'), claim('valley:p1s1#n2', { value: 'forty' })] });
    expect(() => loadFigures(dir)).toThrow(/claims\.json: record 2 \(id valley:p1s1#n2\) is invalid: value:/);
  });

  it('names a check by its claim id (checks have no id of their own) and a fact by its id', () => {
    const bad = { ...check('valley:p3s1', 'valley:p3s1'), explanation: undefined };
    expect(() => loadFigures(contentWith({ checks: [bad] }))).toThrow(/checks\.json: record 1 \(claim_id valley:p3s1\) is invalid: explanation:/);
    expect(() => loadFigures(contentWith({ facts: [{ ...fact, sources: [] }] }))).toThrow(/facts\.json: record 1 \(id f-relief-40\) is invalid: sources:/);
  });

  it('fails on a file that is not an array of records, naming the file', () => {
    expect(() => loadFigures(contentWith({ facts: '{"id": "f1"}' }))).toThrow(/facts\.json: expected an array/);
    expect(() => loadFigures(contentWith({ facts: '[{"id": ' }))).toThrow(/facts\.json: not valid JSON/);
  });

  it('reads once per folder, and again when watched and a file changed (astro dev)', () => {
    const dir = contentWith({ claims: [claim('valley:p1s1#n1')] });
    const first = figuresStore({ dir, watch: false });
    expect(figuresStore({ dir, watch: false })).toBe(first);
    expect(figuresStore({ dir, watch: true })).toBe(first);
    const file = path.join(dir, 'data', 'claims.json');
    writeFileSync(file, JSON.stringify([claim('valley:p1s1#n1'), claim('valley:p2s1#n1')]));
    // Same second on a coarse clock: the size still differs; set the mtime forward too.
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    // Not watched (a build): the store read at the start stays.
    expect(figuresStore({ dir, watch: false })).toBe(first);
    const again = figuresStore({ dir, watch: true });
    expect(again).not.toBe(first);
    expect(again.claims).toHaveLength(2);
  });
});
