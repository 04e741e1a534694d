// Agency pages' data: the gazetteer's hierarchy joined with the claims and
// facts that name each agency, and the stories that mention it. Pure functions
// over plain data; the pages load the inputs.
import { findEntities, type Agency, type Gazetteer } from '../pipeline/reference/agencies.ts';
import type { Claim, Fact, Qualifier, Status } from '../pipeline/types.ts';
import { paginate, type PageLimits } from './paging.ts';

/** URL segment for an agency id: "CBP" → "cbp", "National Guard" → "national-guard". */
export function agencySlug(id: string): string {
  return (
    id
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'agency'
  );
}

export interface AgencyNode {
  id: string;
  slug: string;
  name: string;
  /** Short name shown beside the full one ("CBP"), or null when the id is the name. */
  short: string | null;
  parent: string | null;
  /** In the gazetteer (false: a free label such as "Texas law enforcement" found in claims). */
  known: boolean;
  children: AgencyNode[];
}

/** One figure on an agency page: a fact (or an unreconciled claim) with its sources. */
export interface AgencyFigure {
  key: string;
  value: number;
  value_high: number | null;
  unit: string;
  unit_family: string;
  entity: string[];
  qualifier: Qualifier;
  status: Status;
  time: string | null;
  subject: string;
  /** Backing claims, each with its story and quote. */
  claims: Claim[];
  conflicts: string[];
}

export interface AgencyPage {
  node: AgencyNode;
  /** Ancestors, root first (DHS, CBP for USBP). */
  path: AgencyNode[];
  /** Figures naming the agency itself. */
  own: AgencyFigure[];
  /** Figures naming one of its sub-units, by sub-unit. */
  sub: { node: AgencyNode; figures: AgencyFigure[] }[];
  /** Stories whose text mentions the agency or a sub-unit (slug list, sorted). */
  stories: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Figures from facts, plus claims no fact covers (so nothing is lost if reconciliation is partial). */
export function figures(claims: Claim[], facts: Fact[]): AgencyFigure[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const covered = new Set<string>();
  const out: AgencyFigure[] = [];
  for (const f of facts) {
    const backing = f.claims.map((id) => byId.get(id)).filter((c): c is Claim => Boolean(c));
    backing.forEach((c) => covered.add(c.id));
    if (!backing.length) continue; // every figure shown must trace to a sentence
    out.push({ key: f.id, value: f.value, value_high: f.value_high, unit: f.unit, unit_family: f.unit_family, entity: f.entity, qualifier: f.qualifier, status: f.status, time: f.time, subject: f.subject, claims: backing, conflicts: f.conflicts });
  }
  for (const c of claims) {
    if (covered.has(c.id)) continue;
    out.push({ key: c.id, value: c.value, value_high: c.value_high, unit: c.unit, unit_family: c.unit_family, entity: c.entity, qualifier: c.qualifier, status: c.status, time: c.time, subject: c.subject, claims: [c], conflicts: [] });
  }
  return out.sort((a, b) => cmp(a.unit_family, b.unit_family) || b.value - a.value || cmp(a.key, b.key));
}

/** The hierarchy: gazetteer agencies plus free-label entities found in the figures (as roots). */
export function agencyTree(agencies: Agency[], extraIds: string[] = []): { roots: AgencyNode[]; byId: Map<string, AgencyNode> } {
  const byId = new Map<string, AgencyNode>();
  const used = new Set<string>();
  const node = (id: string, name: string, short: string | null, parent: string | null, known: boolean): AgencyNode => {
    // Two ids may fold to one slug ("A-B", "A B"): the later one gets a suffix.
    let slug = agencySlug(id);
    for (let n = 2; used.has(slug); n++) slug = `${agencySlug(id)}-${n}`;
    used.add(slug);
    return { id, slug, name, short, parent, known, children: [] };
  };
  for (const a of agencies) byId.set(a.id, node(a.id, a.name, a.id !== a.name ? a.id : null, a.parent, true));
  for (const id of [...new Set(extraIds)].sort(cmp)) if (!byId.has(id)) byId.set(id, node(id, id, null, null, false));
  const roots: AgencyNode[] = [];
  for (const n of byId.values()) {
    const p = n.parent ? byId.get(n.parent) : undefined;
    if (p) p.children.push(n);
    else roots.push(n);
  }
  // Gazetteer order is the editor's order; free labels follow, alphabetically.
  roots.sort((a, b) => Number(b.known) - Number(a.known));
  return { roots, byId };
}

export function descendants(n: AgencyNode): AgencyNode[] {
  return n.children.flatMap((c) => [c, ...descendants(c)]);
}

/** Plain text of an MDX story body: tags out, for finding agency names. */
function bodyText(body: string | undefined): string {
  return (body ?? '').replace(/<\/?[A-Za-z][^>]*>/g, '').replace(/\\(.)/g, '$1');
}

/**
 * The agency ids each story's text names, for `agencyPages`: `bodies` are story slug and MDX body
 * (without its front matter). The site's agency pages and bench/story-charts.ts both build them here.
 */
export function storyMentions(bodies: Iterable<readonly [string, string | undefined]>, gaz: Gazetteer): Map<string, string[]> {
  const mentions = new Map<string, string[]>();
  for (const [slug, body] of bodies) mentions.set(slug, [...new Set(findEntities(bodyText(body), gaz).flatMap((m) => m.ids))]);
  return mentions;
}

/**
 * Every agency page: one per agency that has figures, or a sub-unit with
 * figures, or a story mentioning it. `mentions` maps story slug → agency ids named in its text.
 */
export function agencyPages(tree: { roots: AgencyNode[]; byId: Map<string, AgencyNode> }, figs: AgencyFigure[], mentions: Map<string, string[]>): AgencyPage[] {
  // Figures and mentioning stories by agency id, built once: filtering every figure and every
  // story for each agency and each of its sub-units grew with agencies × archive.
  const figsOf = new Map<string, AgencyFigure[]>();
  for (const f of figs) for (const id of new Set(f.entity)) (figsOf.get(id) ?? figsOf.set(id, []).get(id)!).push(f);
  const mentionedIn = new Map<string, string[]>();
  for (const [slug, list] of mentions) for (const id of new Set(list)) (mentionedIn.get(id) ?? mentionedIn.set(id, []).get(id)!).push(slug);
  const pages: AgencyPage[] = [];
  const visit = (n: AgencyNode, path: AgencyNode[]) => {
    const subs = descendants(n);
    const own = figsOf.get(n.id) ?? [];
    const sub = subs
      .map((s) => ({ node: s, figures: (figsOf.get(s.id) ?? []).filter((f) => !f.entity.includes(n.id)) }))
      .filter((s) => s.figures.length > 0);
    const stories = new Set<string>();
    for (const id of [n.id, ...subs.map((s) => s.id)]) for (const slug of mentionedIn.get(id) ?? []) stories.add(slug);
    for (const f of own) for (const c of f.claims) stories.add(c.slug);
    for (const s of sub) for (const f of s.figures) for (const c of f.claims) stories.add(c.slug);
    const uniq = [...stories].sort(cmp);
    if (own.length || sub.length || uniq.length) pages.push({ node: n, path, own: [...own], sub, stories: uniq });
    for (const c of n.children) visit(c, [...path, n]);
  };
  for (const r of tree.roots) visit(r, []);
  return pages;
}

/** Personnel figures of an agency and its sub-units, one bar each, when at least two exist (a chart of one is a fact box). */
export function personnelBars(page: AgencyPage): { label: string; figure: AgencyFigure }[] {
  const all = [...page.own.map((f) => ({ f, who: page.node })), ...page.sub.flatMap((s) => s.figures.map((f) => ({ f, who: s.node })))];
  const seen = new Set<string>();
  const bars = all
    .filter(({ f }) => f.unit_family === 'personnel' && !seen.has(f.key) && seen.add(f.key))
    .map(({ f }) => ({ label: f.entity.length > 1 ? `${f.entity.join(' + ')} (combined)` : f.entity[0] ?? '', figure: f }))
    .sort((a, b) => b.figure.value - a.figure.value || cmp(a.figure.key, b.figure.key));
  return bars.length >= 2 ? bars : [];
}

const QUAL: Record<Qualifier, string> = { exact: '', approx: 'about ', 'more-than': 'more than ', 'less-than': 'fewer than ', 'up-to': 'up to ', nearly: 'nearly ' };

/** "about 500 personnel", "2,000–3,000 agents". */
export function describeFigure(f: Pick<AgencyFigure, 'value' | 'value_high' | 'qualifier' | 'unit'>): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const num = f.value_high !== null && f.value_high !== f.value ? `${n(f.value)}–${n(f.value_high)}` : n(f.value);
  if (f.unit === 'USD') return `${QUAL[f.qualifier]}$${num}`;
  if (f.unit === 'percent') return `${QUAL[f.qualifier]}${num}%`;
  return `${QUAL[f.qualifier]}${num} ${f.unit}`;
}

/** Distinct figures on an agency page (a combined figure listed under two sub-units counts once). */
export function figureCount(page: AgencyPage): number {
  return new Set([...page.own, ...page.sub.flatMap((s) => s.figures)].map((f) => f.key)).size;
}

/** One page of an agency's listing: the figures and story links that fall on it, in their sections. */
export interface AgencyPagePart {
  own: AgencyFigure[];
  sub: { node: AgencyNode; figures: AgencyFigure[] }[];
  stories: string[];
}

type Entry = { kind: 'own'; figure: AgencyFigure } | { kind: 'sub'; node: AgencyNode; figure: AgencyFigure } | { kind: 'story'; slug: string };

/**
 * An agency page's figures (own, then each sub-unit's) and its story links, in that order, split
 * into pages (paging.ts); a section that spans two pages continues on the next one.
 */
export function agencyPageParts(
  page: AgencyPage,
  limits: PageLimits,
  weight: { figure: (f: AgencyFigure) => number; story: (slug: string) => number },
): AgencyPagePart[] {
  const entries: Entry[] = [
    ...page.own.map((figure) => ({ kind: 'own' as const, figure })),
    ...page.sub.flatMap((s) => s.figures.map((figure) => ({ kind: 'sub' as const, node: s.node, figure }))),
    ...page.stories.map((slug) => ({ kind: 'story' as const, slug })),
  ];
  return paginate(entries, limits, (e) => (e.kind === 'story' ? weight.story(e.slug) : weight.figure(e.figure))).map((list) => {
    const part: AgencyPagePart = { own: [], sub: [], stories: [] };
    for (const e of list) {
      if (e.kind === 'own') part.own.push(e.figure);
      else if (e.kind === 'story') part.stories.push(e.slug);
      else {
        const last = part.sub[part.sub.length - 1];
        if (last && last.node === e.node) last.figures.push(e.figure);
        else part.sub.push({ node: e.node, figures: [e.figure] });
      }
    }
    return part;
  });
}
