// reconcile: claims across articles → facts.
// Claims report the same real-world figure when they agree on entity set, unit
// family, status (or one is merely "reported"), time (or one has none), negation,
// and their values overlap within what the qualifiers allow ("more than 20,000"
// and "20,000" are one figure). Repeats inside one article join the same fact and
// count once as a source. Figures attributed to no agency are merged only inside their article. Facts about the same thing with figures that do not
// overlap are kept side by side and linked as conflicts.
// Ids come from content (entity, unit, value, status, time), never from order.
import type { Claim, Fact, Qualifier } from './types.ts';

/** The interval a claim's wording allows. */
export function interval(value: number, high: number | null, q: Qualifier): [number, number] {
  const hi = high ?? value;
  switch (q) {
    case 'exact': return [value * 0.995, hi * 1.005]; // rounding in copy ("20,000")
    case 'approx': return [value * 0.9, hi * 1.1];
    case 'more-than': return [value, hi * 1.25];
    case 'less-than': return [value * 0.8, hi];
    // "up to 20,000" names a ceiling close to the figure, not every number below it.
    case 'up-to': return [value * 0.8, hi];
    // "nearly 2,500": just under, within a few percent.
    case 'nearly': return [value * 0.9, hi];
  }
}

const entityKey = (e: string[]) => [...new Set(e.map((x) => x.toLowerCase()))].sort().join('+');
const keys = new WeakMap<Claim, string>();
const keyOf = (c: Claim) => {
  let k = keys.get(c);
  // A figure attributed to nobody can only be matched inside its own article (a repeat):
  // across articles nothing says two unattributed "40 percent" are the same thing.
  if (k === undefined) keys.set(c, (k = `${c.unit_family}|${c.entity.length ? entityKey(c.entity) : `?${c.slug}`}`));
  return k;
};

function statusOk(a: Claim, b: Claim): boolean {
  return a.status === b.status || a.status === 'reported' || b.status === 'reported';
}

export function timeOk(a: Pick<Claim, 'time' | 'time_resolved'>, b: Pick<Claim, 'time' | 'time_resolved'>): boolean {
  if (!a.time || !b.time) return true;
  if (a.time === b.time || a.time.toLowerCase() === b.time.toLowerCase()) return true;
  if (a.time_resolved && b.time_resolved) return a.time_resolved.from <= b.time_resolved.to && b.time_resolved.from <= a.time_resolved.to;
  return false;
}

function overlap(a: Claim, b: Claim): boolean {
  const [a0, a1] = interval(a.value, a.value_high, a.qualifier);
  const [b0, b1] = interval(b.value, b.value_high, b.qualifier);
  return a0 <= b1 && b0 <= a1;
}

export function sameFigure(a: Claim, b: Claim): boolean {
  return keyOf(a) === keyOf(b) && a.negated === b.negated && statusOk(a, b) && timeOk(a, b) && overlap(a, b);
}

const slugOf = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').replace(/[\s_]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';
// Fact ids slug the same few entity, unit and time strings over and over.
const slugs = new Map<string, string>();
const slug = (s: string) => {
  let out = slugs.get(s);
  if (out === undefined) {
    if (slugs.size >= 10_000) slugs.clear();
    slugs.set(s, (out = slugOf(s)));
  }
  return out;
};

const MAX_CONFLICTS = 5;
const QUALITY: Record<Qualifier, number> = { exact: 0, approx: 1, 'more-than': 2, 'less-than': 2, 'up-to': 3, nearly: 1 };
const STATUS_RANK = ['reported', 'requested', 'planned', 'ordered', 'deployed', 'completed'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reconcile(input: Claim[]): { claims: Claim[]; facts: Fact[] } {
  const claims = input.map((c) => ({ ...c }));
  const sorted = [...claims].sort((a, b) => cmp(a.id, b.id));
  // Union-find inside buckets of the same entity set and unit family, over array
  // indices (string-keyed maps were a third of this stage). A claim's node is the
  // first claim in id order with its id, so the union of a lower and a higher node
  // keeps the lower id as root, as before.
  const nodeOfId = new Map<string, number>();
  const node = sorted.map((c, i) => {
    const n = nodeOfId.get(c.id);
    if (n !== undefined) return n;
    nodeOfId.set(c.id, i);
    return i;
  });
  const parent = Int32Array.from(node.keys());
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r]!;
    // Full path compression keeps later finds O(1).
    let y = x;
    while (y !== r) {
      const next = parent[y]!;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  const union = (x: number, y: number) => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
  };
  const buckets = new Map<string, number[]>();
  sorted.forEach((c, i) => {
    const list = buckets.get(keyOf(c));
    if (list) list.push(i);
    else buckets.set(keyOf(c), [i]);
  });
  for (const list of buckets.values()) {
    // Identical wordings (same value, qualifier, status, time, negation) are one figure:
    // join them at once and compare one representative of each, so a figure repeated by
    // a thousand articles costs a thousand steps, not a million.
    const bySig = new Map<string, number>();
    for (const i of list) {
      const c = sorted[i]!;
      const sig = `${c.value}|${c.value_high}|${c.qualifier}|${c.status}|${c.time ?? ''}|${c.negated}`;
      const first = bySig.get(sig);
      if (first !== undefined) union(node[first]!, node[i]!);
      else bySig.set(sig, i);
    }
    // Sweep over intervals sorted by their lower end: only overlapping ones are compared,
    // with the checks of sameFigure inlined (same bucket: entity and family already agree).
    const reps = [...bySig.values()].map((i) => {
      const c = sorted[i]!;
      const [lo, hi] = interval(c.value, c.value_high, c.qualifier);
      return { c, n: node[i]!, lo, hi, t: c.time ? c.time.toLowerCase() : '' };
    });
    reps.sort((a, b) => a.lo - b.lo || cmp(a.c.id, b.c.id));
    for (let i = 0; i < reps.length; i++) {
      const a = reps[i];
      for (let j = i + 1; j < reps.length && reps[j].lo <= a.hi; j++) {
        const b = reps[j];
        if (a.c.negated !== b.c.negated) continue;
        if (a.c.status !== b.c.status && a.c.status !== 'reported' && b.c.status !== 'reported') continue;
        if (a.t && b.t && a.t !== b.t && !timeOk(a.c, b.c)) continue;
        union(a.n, b.n);
      }
    }
  }
  const groups = new Map<number, Claim[]>();
  sorted.forEach((c, i) => {
    const r = find(node[i]!);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  });

  const facts: Fact[] = [];
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const ordered = [...groups.values()].sort((a, b) => cmp(a[0].id, b[0].id));
  for (const g of ordered) {
    // Representative: the most precise wording, then the first claim.
    const rep = [...g].sort((a, b) => QUALITY[a.qualifier] - QUALITY[b.qualifier] || cmp(a.id, b.id))[0];
    const units = new Map<string, number>();
    for (const c of g) units.set(c.unit, (units.get(c.unit) ?? 0) + 1);
    const unit = [...units.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
    const status = g.map((c) => c.status).sort((a, b) => STATUS_RANK.indexOf(b) - STATUS_RANK.indexOf(a))[0];
    const timed = g.find((c) => c.time) ?? null;
    const resolved = g.find((c) => c.time_resolved) ?? null;
    const entity = rep.entity;
    const base = `f-${slug(entity.join('-') || 'unattributed')}-${slug(unit)}-${rep.value}${rep.value_high !== null ? `-${rep.value_high}` : ''}${status !== 'reported' ? `-${status}` : ''}${timed ? `-${slug(timed.time!)}` : ''}${rep.negated ? '-not' : ''}`;
    // The first free "-k" suffix, searched from where the last search for this base
    // stopped (suffixes below it are all taken): a figure repeated unattributed in
    // many articles made this search quadratic.
    let id = base;
    if (used.has(id)) {
      let k = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}-${k}`)) k++;
      id = `${base}-${k}`;
      nextSuffix.set(base, k + 1);
    }
    used.add(id);
    for (const c of g) c.fact_id = id;
    facts.push({
      id,
      value: rep.value,
      value_high: rep.value_high,
      unit,
      unit_family: rep.unit_family,
      entity,
      qualifier: rep.qualifier,
      status,
      time: timed?.time ?? null,
      time_resolved: resolved?.time_resolved ?? null,
      subject: rep.subject,
      claims: g.map((c) => c.id).sort(cmp),
      sources: [...new Set(g.map((c) => c.slug))].sort(cmp),
      conflicts: [],
    });
  }

  // Conflicts: same entity set, unit, status and time, figures that do not overlap.
  // Each fact links to its nearest figures in that group (at most MAX_CONFLICTS), so a
  // much-reported measure does not grow a clique of n² links.
  const groupsByThing = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.entity.length === 0) continue; // unattributed figures are not about the same thing
    const t = f.time_resolved ? `${f.time_resolved.from}/${f.time_resolved.to}` : (f.time ?? '').toLowerCase();
    const k = `${f.unit_family}|${entityKey(f.entity)}|${f.unit}|${f.status}|${t}`;
    const list = groupsByThing.get(k);
    if (list) list.push(f);
    else groupsByThing.set(k, [f]);
  }
  for (const list of groupsByThing.values()) {
    if (list.length < 2) continue;
    const byValue = [...list].sort((a, b) => a.value - b.value || cmp(a.id, b.id));
    byValue.forEach((f, i) => {
      const near = byValue
        .slice(Math.max(0, i - MAX_CONFLICTS), i + MAX_CONFLICTS + 1)
        .filter((g) => g !== f)
        .sort((a, b) => Math.abs(a.value - f.value) - Math.abs(b.value - f.value) || cmp(a.id, b.id))
        .slice(0, MAX_CONFLICTS);
      for (const g of near) {
        if (!f.conflicts.includes(g.id)) f.conflicts.push(g.id);
        if (!g.conflicts.includes(f.id)) g.conflicts.push(f.id);
      }
    });
  }
  for (const f of facts) f.conflicts.sort(cmp);
  facts.sort((a, b) => cmp(a.id, b.id));
  return { claims, facts };
}
