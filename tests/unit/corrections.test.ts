import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyArticleCorrections,
  applyClaimCorrections,
  loadCorrections,
  noteFor,
  parseCorrections,
  storyCorrectionNotes,
  sortApplied,
} from '../../src/pipeline/corrections.ts';
import type { Article, Claim } from '../../src/pipeline/types.ts';

function article(slug: string, headline: string): Article {
  return {
    file: `${slug.replace('-', '_')}.txt`,
    slug,
    headline,
    headlineGenerated: true,
    dek: null,
    dateline: null,
    attribution: {},
    outlet: null,
    url: null,
    byline: null,
    sections: [],
    paragraphs: [{ id: `${slug}:p1`, text: 'About 300 agents were sent.', section: null, sentences: [{ id: `${slug}:p1s1`, text: 'About 300 agents were sent.', start: 0, end: 27 }] }],
    period: { from: '2025-01-01', to: '2025-06-30', label: 'estimated: early 2025', kind: 'estimated', evidence: [] },
  };
}

function claim(slug: string, k: number, value: number): Claim {
  const sentence = `${slug}:p1s1`;
  return {
    id: `${sentence}#n${k}`,
    article: `${slug}.txt`,
    slug,
    sentence_id: sentence,
    value,
    value_high: null,
    unit: 'agents',
    unit_family: 'personnel',
    entity: ['CBP'],
    qualifier: 'approx',
    status: 'deployed',
    time: null,
    time_resolved: null,
    subject: 'CBP agents',
    quote: 'About 300 agents were sent.',
    start: 0,
    end: 9,
    display: `About ${value}`,
    negated: false,
    fact_id: null,
  };
}

const articles = [article('001-aaa', 'First story'), article('002-bbb', 'Second story')];
const claims = [claim('001-aaa', 1, 300), claim('001-aaa', 2, 40), claim('002-bbb', 1, 7)];

describe('parseCorrections', () => {
  it('accepts an empty file, an empty list and a wrapped list', () => {
    expect(parseCorrections(null)).toEqual([]);
    expect(parseCorrections([])).toEqual([]);
    expect(parseCorrections({ corrections: [] })).toEqual([]);
  });

  it('reads each action with its fields', () => {
    const list = parseCorrections([
      { date: '2026-01-02', action: 'exclude', claim: '001-aaa:p1s1#n1', reason: 'Duplicate.' },
      { date: '2026-01-03', action: 'correct', claim: '001-aaa:p1s1#n2', set: { value: 45, qualifier: 'exact' }, reason: 'Typo.' },
      { date: '2026-01-04', action: 'headline', story: '002-bbb', headline: 'Better', reason: 'Clearer.' },
      { date: '2026-01-05', action: 'date', story: '002-bbb', published: '2025-03-04', reason: 'Outlet confirmed.' },
    ]);
    expect(list.map((c) => c.action)).toEqual(['exclude', 'correct', 'headline', 'date']);
    expect(list[1].set).toEqual({ value: 45, qualifier: 'exact' });
    expect(list[3].published).toBe('2025-03-04');
  });

  it.each([
    [{ action: 'exclude', claim: 'x', reason: 'r' }, /correction #1.*"date"/],
    [{ date: '2026-02-30', action: 'exclude', claim: 'x', reason: 'r' }, /"date"/],
    [{ date: '2026-01-01', action: 'exclude', claim: 'x' }, /"reason" is required/],
    [{ date: '2026-01-01', action: 'remove', claim: 'x', reason: 'r' }, /"action" must be/],
    [{ date: '2026-01-01', action: 'correct', claim: 'x', reason: 'r' }, /"set" must be/],
    [{ date: '2026-01-01', action: 'correct', claim: 'x', reason: 'r', set: { quote: 'y' } }, /set\.quote is not/],
    [{ date: '2026-01-01', action: 'correct', claim: 'x', reason: 'r', set: { qualifier: 'roughly' } }, /set\.qualifier must be one of/],
    [{ date: '2026-01-01', action: 'headline', story: 's', reason: 'r' }, /needs the new "headline"/],
    [{ date: '2026-01-01', action: 'date', story: 's', reason: 'r', published: 'May 5' }, /"published"/],
    [{ date: '2026-01-01', action: 'exclude', claim: 'x', reason: 'r', note: 'typo' }, /unknown field "note"/],
  ])('rejects a malformed entry %#', (entry, message) => {
    expect(() => parseCorrections([entry])).toThrow(message);
  });
});

describe('applyArticleCorrections', () => {
  it('fixes a headline and marks it as no longer generated', () => {
    const corr = parseCorrections([{ date: '2026-01-04', action: 'headline', story: '002-bbb', headline: 'Better headline', reason: 'Clearer.' }]);
    const out = applyArticleCorrections(articles, corr);
    expect(out.articles[1].headline).toBe('Better headline');
    expect(out.articles[1].headlineGenerated).toBe(false);
    expect(out.articles[0]).toEqual(articles[0]);
    expect(articles[1].headline).toBe('Second story'); // input untouched
    expect(out.applied).toEqual([
      expect.objectContaining({ story: '002-bbb', action: 'headline', note: 'Clearer.', date: '2026-01-04', headline: 'Better headline' }),
    ]);
  });

  it('fixes a date: the period becomes that day, given by an editor', () => {
    const corr = parseCorrections([{ date: '2026-01-05', action: 'date', story: '001_aaa.txt', published: '2025-03-04', reason: 'Outlet confirmed.' }]);
    const out = applyArticleCorrections(articles, corr);
    const p = out.articles[0].period;
    expect(p).toMatchObject({ from: '2025-03-04', to: '2025-03-04', kind: 'sidecar', label: 'March 4, 2025' });
    expect(out.applied[0].change).toContain('estimated: early 2025');
  });

  it('names the correction when the story does not exist', () => {
    const corr = parseCorrections([
      { date: '2026-01-04', action: 'headline', story: '001-aaa', headline: 'Fine', reason: 'ok' },
      { date: '2026-01-05', action: 'headline', story: '999-nope', headline: 'X', reason: 'r' },
    ]);
    expect(() => applyArticleCorrections(articles, corr)).toThrow(/correction #2 \(2026-01-05, story "999-nope"\): no story/);
  });
});

describe('applyClaimCorrections', () => {
  it('excludes a claim', () => {
    const corr = parseCorrections([{ date: '2026-01-02', action: 'exclude', claim: '001-aaa:p1s1#n1', reason: 'Duplicate.' }]);
    const out = applyClaimCorrections(claims, corr, articles);
    expect(out.claims.map((c) => c.id)).toEqual(['001-aaa:p1s1#n2', '002-bbb:p1s1#n1']);
    expect(out.applied[0]).toMatchObject({ action: 'exclude', story: '001-aaa', claim: '001-aaa:p1s1#n1', headline: 'First story' });
  });

  it('corrects fields of a claim, leaving the others and the input alone', () => {
    const corr = parseCorrections([
      { date: '2026-01-03', action: 'correct', claim: '001-aaa:p1s1#n2', set: { value: 45, qualifier: 'exact', entity: ['ICE', 'CBP'] }, reason: 'Typo.' },
    ]);
    const out = applyClaimCorrections(claims, corr, articles);
    const fixed = out.claims.find((c) => c.id === '001-aaa:p1s1#n2')!;
    expect(fixed).toMatchObject({ value: 45, qualifier: 'exact', entity: ['ICE', 'CBP'], unit: 'agents', status: 'deployed' });
    expect(claims[1].value).toBe(40);
    expect(out.applied[0].change).toBe('value: 40 → 45; qualifier: approx → exact; entity: CBP → ICE + CBP');
    expect(noteFor(out.applied[0])).toBe('Typo. Changed: “About 40” — CBP agents (value: 40 → 45; qualifier: approx → exact; entity: CBP → ICE + CBP).');
  });

  it('names the correction when the claim does not exist, listing the story’s claims', () => {
    const corr = parseCorrections([{ date: '2026-01-02', action: 'exclude', claim: '001-aaa:p9s9#n1', reason: 'r' }]);
    expect(() => applyClaimCorrections(claims, corr, articles)).toThrow(
      /correction #1 \(2026-01-02, claim "001-aaa:p9s9#n1"\): no claim with this id.*001-aaa:p1s1#n1/,
    );
  });

  it('refuses to exclude a claim twice', () => {
    const c = { date: '2026-01-02', action: 'exclude', claim: '002-bbb:p1s1#n1', reason: 'r' };
    expect(() => applyClaimCorrections(claims, parseCorrections([c, c]), articles)).toThrow(/#2.*already excluded/);
  });
});

describe('notes and log', () => {
  it('orders the log newest first and gives each story its notes oldest first', () => {
    const applied = [
      ...applyArticleCorrections(articles, parseCorrections([{ date: '2026-01-04', action: 'headline', story: '001-aaa', headline: 'H', reason: 'second' }])).applied,
      ...applyClaimCorrections(claims, parseCorrections([{ date: '2026-01-02', action: 'exclude', claim: '001-aaa:p1s1#n1', reason: 'first' }]), articles).applied,
    ];
    expect(sortApplied(applied).map((a) => a.date)).toEqual(['2026-01-04', '2026-01-02']);
    expect(storyCorrectionNotes(applied, '001-aaa')).toEqual([
      { date: '2026-01-02', note: 'first. Removed: “About 300” — CBP agents.' },
      { date: '2026-01-04', note: 'second' },
    ]);
    expect(storyCorrectionNotes(applied, '002-bbb')).toEqual([]);
  });
});

describe('loadCorrections', () => {
  it('treats a missing file as no corrections and reads the project file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'corr-'));
    expect(await loadCorrections(dir)).toEqual([]);
    expect(await loadCorrections(path.resolve(import.meta.dirname, '../..'))).toEqual(expect.any(Array));
  });

  it('reports a YAML error with the file name', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'corr-'));
    await mkdir(path.join(dir, 'content/editorial'), { recursive: true });
    await writeFile(path.join(dir, 'content/editorial/corrections.yaml'), '- date: [unclosed\n');
    await expect(loadCorrections(dir)).rejects.toThrow(/corrections\.yaml: not valid YAML/);
    await writeFile(path.join(dir, 'content/editorial/corrections.yaml'), '- date: 2026-01-01\n  action: exclude\n  claim: a\n  reason: unquoted date\n');
    expect((await loadCorrections(dir))[0].date).toBe('2026-01-01');
  });
});

describe('in the pipeline', () => {
  it('fails runPipeline with a message naming a correction whose claim does not exist', async () => {
    const { runPipeline } = await import('../../src/pipeline/run.ts');
    const root = path.resolve(import.meta.dirname, '../..');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'corr-run-'));
    const file = path.join(dir, 'corrections.yaml');
    await writeFile(file, '- date: 2026-01-01\n  action: exclude\n  claim: "000-ad4da1c2b5475ffa:p999s1#n1"\n  reason: test\n');
    const before = process.env.SURGE_CORRECTIONS;
    process.env.SURGE_CORRECTIONS = file;
    try {
      await expect(runPipeline({ seedsDir: path.join(root, 'seeds'), outDir: path.join(dir, 'out'), root })).rejects.toThrow(
        /correction #1 \(2026-01-01, claim "000-ad4da1c2b5475ffa:p999s1#n1"\): no claim with this id/,
      );
    } finally {
      if (before === undefined) delete process.env.SURGE_CORRECTIONS;
      else process.env.SURGE_CORRECTIONS = before;
    }
  });
});
