// Agency pages at archive scale (issue 20): `agencyPages` indexes figures and mentioning stories by
// agency once. Checked two ways: the pages equal those of the plain definition (every figure and
// story filtered for each agency, written out below) on random hierarchies, and the work, counted
// through proxies on the figures' agency lists and the stories' mention lists, grows with the
// archive plus the hierarchy's depth, not with agencies × archive.
import { describe, expect, it } from 'vitest';
import { agencyPages, agencyTree, descendants, type AgencyFigure, type AgencyNode, type AgencyPage } from '../../src/lib/agencies.ts';
import type { Agency } from '../../src/pipeline/reference/agencies.ts';
import type { Claim } from '../../src/pipeline/types.ts';
import { mulberry32 } from '../../bench/corpus.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The definition: for each agency, filter every figure and every story. */
function plainPages(tree: { roots: AgencyNode[] }, figs: AgencyFigure[], mentions: Map<string, string[]>): AgencyPage[] {
  const pages: AgencyPage[] = [];
  const visit = (n: AgencyNode, path: AgencyNode[]) => {
    const subs = descendants(n);
    const own = figs.filter((f) => f.entity.includes(n.id));
    const sub = subs.map((s) => ({ node: s, figures: figs.filter((f) => f.entity.includes(s.id) && !f.entity.includes(n.id)) })).filter((s) => s.figures.length > 0);
    const ids = new Set([n.id, ...subs.map((s) => s.id)]);
    const stories = [...mentions.entries()].filter(([, list]) => list.some((id) => ids.has(id))).map(([slug]) => slug);
    for (const f of [...own, ...sub.flatMap((s) => s.figures)]) for (const c of f.claims) stories.push(c.slug);
    const uniq = [...new Set(stories)].sort(cmp);
    if (own.length || sub.length || uniq.length) pages.push({ node: n, path, own, sub, stories: uniq });
    for (const c of n.children) visit(c, [...path, n]);
  };
  for (const r of tree.roots) visit(r, []);
  return pages;
}


/** An invented hierarchy of `agencies` offices in a few departments, `figures` figures and `stories` stories. */
function archive(seed: number, agencies: number, figures: number, stories: number, wrap = <T,>(x: T[]) => x) {
  const r = mulberry32(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const gaz: Agency[] = [];
  for (let i = 0; i < agencies; i++) {
    const parent = i < 3 ? null : gaz[Math.floor(r() * i)]!.id;
    gaz.push({ id: `Office ${i}`, name: `Office number ${i}`, parent, aliases: [], acronyms: [] });
  }
  const ids = [...gaz.map((g) => g.id), 'County sheriffs', 'Harbor police'];
  const slugs = Array.from({ length: stories }, (_, i) => `story-${i}`);
  const figs: AgencyFigure[] = Array.from({ length: figures }, (_, i) => {
    const entity = Array.from({ length: 1 + Math.floor(r() * 2) }, () => pick(ids));
    const claims = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({ id: `${pick(slugs)}:p${i}s${k}#n1`, slug: '' }) as unknown as Claim)
      .map((c) => ({ ...c, slug: c.id.split(':')[0]! }));
    return { key: `fig-${i}`, value: i, value_high: null, unit: 'officers', unit_family: 'personnel', entity: wrap(entity), qualifier: 'exact', status: 'deployed', time: null, subject: 'officers', claims, conflicts: [] };
  });
  const mentions = new Map(slugs.map((s) => [s, wrap(Array.from({ length: Math.floor(r() * 3) }, () => pick(ids)))]));
  const tree = agencyTree(gaz, [...figs.flatMap((f) => f.entity), ...[...mentions.values()].flat()]);
  return { tree, figs, mentions };
}

describe('agency pages from one index', () => {
  it('are the pages of the plain definition, on random hierarchies', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { tree, figs, mentions } = archive(seed, 40, 300, 120);
      expect(agencyPages(tree, figs, mentions)).toEqual(plainPages(tree, figs, mentions));
    }
  });

  it('read each figure’s agencies and each story’s mentions a bounded number of times, not once per agency', () => {
    const reads = { n: 0 };
    const wrap = <T,>(xs: T[]): T[] => new Proxy(xs, {
      get(t, k, recv) {
        if (typeof k === 'string' && /^\d+$/.test(k)) reads.n++;
        return Reflect.get(t, k, recv);
      },
    });
    const count = (agencies: number, figures: number) => {
      const a = archive(7, agencies, figures, figures / 2, wrap);
      reads.n = 0;
      agencyPages(a.tree, a.figs, a.mentions);
      return reads.n;
    };
    const few = count(50, 2000);
    const many = count(400, 2000);
    // Eight times the agencies, the same archive: the index reads about the same (a filter per
    // agency reads every figure's agencies for each of them: eight times as much).
    expect(many / few).toBeLessThan(3);
    // Bounded per figure and story (each figure is read again only where a sub-unit's figures are
    // checked against an ancestor, at most the hierarchy's depth).
    expect(few).toBeLessThan(2000 * 40);
  });
});
