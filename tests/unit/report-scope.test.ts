// The whole-report PDF prints the newest stories and exactly their figures (src/pdf/report-scope.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REPORT_MAX_STORIES, reportScope } from '../../src/pdf/report-scope.ts';
import { buildManifest } from '../../src/pdf/manifest.ts';

const story = (id: string) => ({ id });
const claim = (slug: string, n: number) => ({ id: `${slug}:p1s${n}#n1`, slug });

describe('report scope', () => {
  it('keeps every story of a small archive', () => {
    const stories = ['a', 'b', 'c'].map(story);
    const s = reportScope(stories, { claims: [claim('a', 1)], facts: [], checks: [], places: [] });
    expect(s.stories).toEqual(stories);
    expect(s.omitted).toBe(0);
  });
  it('prints the newest stories and only their claims, checks and places; facts with any printed source', () => {
    const stories = Array.from({ length: REPORT_MAX_STORIES + 7 }, (_, i) => story(`s${i}`));
    const claims = stories.map((s) => claim(s.id, 1));
    const facts = [
      { id: 'f-in', sources: ['s0'] },
      { id: 'f-shared', sources: [`s${REPORT_MAX_STORIES + 1}`, 's3'] },
      { id: 'f-out', sources: [`s${REPORT_MAX_STORIES + 2}`] },
    ];
    const checks = [{ claim_id: 's1:p1s1#n1' }, { claim_id: `s${REPORT_MAX_STORIES}:p2s1` }];
    const places = [{ slug: 's2' }, { slug: `s${REPORT_MAX_STORIES + 3}` }];
    const s = reportScope(stories, { claims, facts, checks, places });
    expect(s.stories).toHaveLength(REPORT_MAX_STORIES);
    expect(s.stories[0]!.id).toBe('s0');
    expect(s.omitted).toBe(7);
    expect(s.claims.every((c) => s.stories.some((x) => x.id === c.slug))).toBe(true);
    expect(s.facts.map((f) => f.id)).toEqual(['f-in', 'f-shared']);
    expect(s.checks).toEqual([{ claim_id: 's1:p1s1#n1' }]);
    expect(s.places).toEqual([{ slug: 's2' }]);
  });
  it('never loses a story: printed plus omitted is the archive, for any size and cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 120 }), (n, max) => {
        const stories = Array.from({ length: n }, (_, i) => story(`s${i}`));
        const s = reportScope(stories, { claims: [], facts: [], checks: [], places: [] }, max);
        return s.stories.length + s.omitted === n && s.stories.length === Math.min(n, max);
      }),
    );
  });
  it('gives every story its own PDF in the manifest, printed in the report or not', () => {
    const stories = ['a', 'b'].map((id) => ({ id, data: { headline: id.toUpperCase(), outlet: null, dek: null, dateline: null, period: { from: '2025-01-01', to: '2025-01-31', label: 'January 2025', kind: 'estimated' } } }));
    const m = buildManifest(stories as never, [claim('a', 1), claim('b', 1)].map((c) => ({ ...c, entity: ['CBP'], unit: 'agents' })) as never, { base: '/', site: null, printed: 1 });
    expect(m.documents.map((d) => d.file)).toEqual(['a.pdf', 'b.pdf', 'report.pdf']);
    expect(m.documents.at(-1)!.subject).toMatch(/^1 news report,/);
  });
});
