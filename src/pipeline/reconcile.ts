// reconcile: claims across articles → facts.
// Claims report the same real-world figure when they agree on entity set, unit
// family, status (or one is merely "reported"), time (or one has none), negation,
// and their values overlap within what the qualifiers allow ("more than 20,000"
// and "20,000" are one figure). Repeats inside one article join the same fact and
// count once as a source. Facts about the same thing with figures that do not
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
    case 'up-to': return [0, hi];
  }
}

const entityKey = (e: string[]) => [...new Set(e.map((x) => x.toLowerCase()))].sort().join('+');
const keyOf = (c: Claim) => `${c.unit_family}|${entityKey(c.entity)}`;

function statusOk(a: Claim, b: Claim): boolean {
  return a.status === b.status || a.status === 'reported' || b.status === 'reported';
}

export function timeOk(a: Pick<Claim, 'time' | 'time_resolved'>, b: Pick<Claim, 'time' | 'time_resolved'>): boolean {
  if (!a.time || !b.time) return true;
  if (a.time.toLowerCase() === b.time.toLowerCase()) return true;
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

const slug = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').replace(/[\s_]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'x';

const QUALITY: Record<Qualifier, number> = { exact: 0, approx: 1, 'more-than': 2, 'less-than': 2, 'up-to': 3 };
const STATUS_RANK = ['reported', 'requested', 'planned', 'ordered', 'deployed', 'completed'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reconcile(input: Claim[]): { claims: Claim[]; facts: Fact[] } {
  const claims = input.map((c) => ({ ...c }));
  const sorted = [...claims].sort((a, b) => cmp(a.id, b.id));
  // Union-find inside buckets of the same entity set and unit family.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const buckets = new Map<string, Claim[]>();
  for (const c of sorted) {
    parent.set(c.id, c.id);
    const list = buckets.get(keyOf(c)) ?? [];
    list.push(c);
    buckets.set(keyOf(c), list);
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (sameFigure(list[i], list[j])) {
          const a = find(list[i].id);
          const b = find(list[j].id);
          if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
        }
      }
    }
  }
  const groups = new Map<string, Claim[]>();
  for (const c of sorted) {
    const r = find(c.id);
    const g = groups.get(r) ?? [];
    g.push(c);
    groups.set(r, g);
  }

  const facts: Fact[] = [];
  const used = new Set<string>();
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
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
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

  // Conflicts: same entity set, unit family, compatible status and time, figures that do not overlap.
  const repOf = new Map(facts.map((f) => [f.id, f]));
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = `${f.unit_family}|${entityKey(f.entity)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.entity.length === 0) continue; // "unattributed" figures are not about the same thing
        if (a.status !== b.status) continue;
        if (!a.time !== !b.time || !timeOk(a, b)) continue;
        if (a.unit !== b.unit) continue;
        repOf.get(a.id)!.conflicts.push(b.id);
        repOf.get(b.id)!.conflicts.push(a.id);
      }
    }
  }
  for (const f of facts) f.conflicts.sort(cmp);
  facts.sort((a, b) => cmp(a.id, b.id));
  return { claims, facts };
}
