import { describe, expect, it } from 'vitest';
import { interval, reconcile } from '../../src/pipeline/reconcile.ts';
import type { Claim } from '../../src/pipeline/types.ts';

let n = 0;
function claim(p: Partial<Claim> & { slug: string }): Claim {
  n++;
  return {
    id: `${p.slug}:p1s${n}#n1`,
    article: `${p.slug}.txt`,
    sentence_id: `${p.slug}:p1s${n}`,
    value: 20000,
    value_high: null,
    unit: 'troops',
    unit_family: 'personnel',
    entity: ['National Guard'],
    qualifier: 'exact',
    status: 'requested',
    time: null,
    time_resolved: null,
    subject: 'National Guard troops',
    quote: 'q',
    start: 0,
    end: 1,
    display: '20,000',
    negated: false,
    fact_id: null,
    ...p,
  };
}

describe('reconcile', () => {
  it('one figure reported by two outlets becomes one fact with both sources', () => {
    const a = claim({ slug: 'a' });
    const b = claim({ slug: 'b', qualifier: 'more-than', unit: 'members' });
    const { claims, facts } = reconcile([a, b]);
    expect(facts).toHaveLength(1);
    expect(facts[0].sources).toEqual(['a', 'b']);
    expect(facts[0].claims).toEqual([a.id, b.id].sort());
    expect(claims.every((c) => c.fact_id === facts[0].id)).toBe(true);
    expect(facts[0].qualifier).toBe('exact');
  });

  it('repeats inside one article count once as a source', () => {
    const { facts } = reconcile([claim({ slug: 'a' }), claim({ slug: 'a' }), claim({ slug: 'b' })]);
    expect(facts).toHaveLength(1);
    expect(facts[0].claims).toHaveLength(3);
    expect(facts[0].sources).toEqual(['a', 'b']);
  });

  it('keeps different figures for the same thing side by side as conflicts', () => {
    const { facts } = reconcile([claim({ slug: 'a' }), claim({ slug: 'b', value: 30000 })]);
    expect(facts).toHaveLength(2);
    expect(facts[0].conflicts).toEqual([facts[1].id]);
    expect(facts[1].conflicts).toEqual([facts[0].id]);
  });

  it('does not merge different agencies, units, statuses, times or negations', () => {
    const base = claim({ slug: 'a' });
    const others = [
      claim({ slug: 'b', entity: ['DOD'] }),
      claim({ slug: 'b', unit: 'arrests', unit_family: 'events' }),
      claim({ slug: 'b', status: 'deployed' }),
      claim({ slug: 'b', negated: true }),
    ];
    const { facts } = reconcile([base, ...others]);
    expect(facts).toHaveLength(5);
    const timed = reconcile([claim({ slug: 'a', time: 'FY2024', time_resolved: { from: '2023-10-01', to: '2024-09-30' } }), claim({ slug: 'b', time: 'FY2025', time_resolved: { from: '2024-10-01', to: '2025-09-30' } })]);
    expect(timed.facts).toHaveLength(2);
    expect(timed.facts[0].conflicts).toEqual([]);
  });

  it('merges within the qualifiers’ tolerance only', () => {
    expect(reconcile([claim({ slug: 'a', qualifier: 'approx', value: 2000 }), claim({ slug: 'b', qualifier: 'approx', value: 2100 })]).facts).toHaveLength(1);
    expect(reconcile([claim({ slug: 'a', value: 2000 }), claim({ slug: 'b', value: 2100 })]).facts).toHaveLength(2);
    expect(interval(100, null, 'up-to')).toEqual([80, 100]);
  });

  it('ids come from content, not from input order', () => {
    const cs = [claim({ slug: 'a' }), claim({ slug: 'b', value: 500, entity: ['CBP'], unit: 'personnel', status: 'planned' }), claim({ slug: 'c' })];
    const one = reconcile(cs);
    const two = reconcile([...cs].reverse());
    expect(two.facts).toEqual(one.facts);
    expect(one.facts.map((f) => f.id)).toEqual(['f-cbp-personnel-500-planned', 'f-national-guard-troops-20000-requested']);
    expect(new Map(two.claims.map((c) => [c.id, c.fact_id]))).toEqual(new Map(one.claims.map((c) => [c.id, c.fact_id])));
  });

  it('handles no claims', () => {
    expect(reconcile([])).toEqual({ claims: [], facts: [] });
  });
});
