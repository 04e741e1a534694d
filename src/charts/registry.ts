// The chart registry: one spec per chart that has data, built from the datasets.
// Same specs feed stories, chart pages, the overview, embeds, downloads and the PDF.
import type { Check, Claim, Fact, ReferenceSeries } from '../pipeline/types.ts';
import { entityLabel, fmtNumber, fmtValue, qualifierWords, verdictWords } from './format.ts';
import { drawnPeriod } from './layout/timeline.ts';
import { place } from './agency-rollup.ts';
import { focusWindow, MONTH_FRAME, YEAR_FRAME } from './frame.ts';
import { fyRange, monthNumber } from './layout/line.ts';
import { fitsSeries, seriesYears } from './series-fit.ts';
import { STAGE_IDS, stageOf, statusLabel } from './status.ts';
import { CHART_IDS, CHART_ORDER, figures, fiscalYearOf, isEncounterClaim, personnelFigures, timelineFigures } from './select.ts';
import type { ChartColumn, ChartData, ChartRow, ChartSpec, StoryMeta } from './types.ts';
import { ROW_LISTED_STORIES, SPEC_LISTED_STORIES } from './listed.ts';

const BLANK: ChartRow = {
  key: '', type: 'figure', label: '', value: null, value_high: null, display: '', qualifier: null, status: null,
  unit: '', entity: [], combined: false, fiscal_year: null, from: null, to: null, period_label: null, date_kind: null, city: null,
  lat: null, lon: null, claim_ids: [], fact_id: null, stories: [], story_count: 0, quote: '', source_url: null, series: null, verdict: null,
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What the charts need of one fact, built once per build and shared by every story that reports
 * it: a fact reported by hundreds of stories carries every source and claim id, and sorting or
 * copying them for each of those stories made the story charts quadratic in the shared facts.
 */
interface FactShare {
  /** `f.sources`, sorted (duplicates kept, as the fact has them). Frozen: specs share it. */
  sources: readonly string[];
  /** `f.claims`, sorted. Frozen: specs share it. */
  claims: readonly string[];
  /** The story period figures without a date of their own are drawn at (undefined: not asked yet). */
  date?: StoryMeta['period'] | null;
  /** Claim id → its position in `f.claims`, for a story's own claims of the fact (lazily). */
  rank?: Map<string, number>;
}

/**
 * Per-dataset lookups, built once: every story page asks for its own charts, and
 * scanning the whole archive for each of them made the build quadratic in its size.
 */
interface DataIndex {
  storyBySlug: Map<string, StoryMeta>;
  claimsBySlug: Map<string, Claim[]>;
  factsBySlug: Map<string, Fact[]>;
  checksBySlug: Map<string, Check[]>;
  placesBySlug: Map<string, ChartData['places']>;
  facts: Map<Fact, FactShare>;
  /** Story slug → a small integer, for counting the stories of several rows without building sets of slugs. */
  storyNo: Map<string, number>;
  /** Story numbers of a row's story list, per list (the shared fact lists are numbered once). */
  numbered: WeakMap<readonly string[], Int32Array>;
  /** Scratch marks for `storyCount` (one pass per count; `epoch` tells this pass's marks from earlier ones). */
  marks: Uint32Array;
  epoch: number;
  /** The next story number for a slug with no story file (after every story's own). */
  nextNo: number;
}
const indexes = new WeakMap<ChartData, DataIndex>();

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function indexOf(data: ChartData): DataIndex {
  let ix = indexes.get(data);
  if (ix) return ix;
  ix = {
    storyBySlug: new Map(data.stories.map((s) => [s.slug, s])), claimsBySlug: new Map(), factsBySlug: new Map(), checksBySlug: new Map(), placesBySlug: new Map(),
    facts: new Map(), storyNo: new Map(data.stories.map((s, i) => [s.slug, i])), numbered: new WeakMap(), marks: new Uint32Array(data.stories.length + 16), epoch: 0, nextNo: data.stories.length,
  };
  for (const c of data.claims) push(ix.claimsBySlug, c.slug, c);
  for (const f of data.facts) for (const slug of new Set(f.sources)) push(ix.factsBySlug, slug, f);
  // A check's claim_id is a claim id or, for a statement with no figure, a sentence id: both start with the slug.
  for (const c of data.checks) push(ix.checksBySlug, c.claim_id.slice(0, c.claim_id.indexOf(':')), c);
  for (const p of data.places) push(ix.placesBySlug, p.slug, p);
  indexes.set(data, ix);
  return ix;
}

/**
 * Work the story charts do on lists that grow with the archive, for tests (charts-story-scale):
 * `factLists` counts per-fact lists built (once per fact), `storyEntries` the stories named with
 * a headline in specs (bounded per spec), `countScan` the story numbers read to count a spec's stories.
 */
export const chartWork = { factLists: 0, storyEntries: 0, countScan: 0 };

function shareOf(data: ChartData, f: Fact): FactShare {
  const ix = indexOf(data);
  let sh = ix.facts.get(f);
  if (!sh) {
    chartWork.factLists++;
    sh = { sources: Object.freeze([...f.sources].sort(cmp)), claims: Object.freeze([...f.claims].sort(cmp)) };
    ix.facts.set(f, sh);
  }
  return sh;
}

/**
 * The claims of a fact that are in `data` (the archive, or one story's part of it), in the fact's
 * order. A story's view looks up its own few claims in the fact rather than every claim of the
 * fact in its own few, which was quadratic for a fact many stories report.
 */
function backingOf(data: ChartData, f: Fact, claimsById: Map<string, Claim>, archive: boolean): Claim[] {
  if (archive) return f.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
  const sh = shareOf(data, f);
  sh.rank ??= new Map(f.claims.map((id, i) => [id, i] as const).reverse()); // first position wins
  const rank = sh.rank;
  return data.claims.filter((c) => rank.has(c.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/** How many stories a chart cites: the distinct slugs of its rows' lists, counted without a set of slugs. */
function storyCount(data: ChartData, lists: readonly (readonly string[])[]): number {
  const ix = indexOf(data);
  if (lists.length === 1 && lists[0]!.length <= 1) return lists[0]!.length;
  const epoch = ++ix.epoch;
  let n = 0;
  for (const list of lists) {
    let nums = ix.numbered.get(list);
    if (!nums) {
      nums = Int32Array.from(list, (slug) => {
        let k = ix.storyNo.get(slug);
        if (k === undefined) ix.storyNo.set(slug, (k = ix.nextNo++)); // a slug with no story file: counted all the same
        return k;
      });
      if (Object.isFrozen(list)) ix.numbered.set(list, nums);
    }
    if (ix.marks.length < ix.nextNo) {
      const grown = new Uint32Array(ix.nextNo * 2);
      grown.set(ix.marks);
      ix.marks = grown;
    }
    chartWork.countScan += nums.length;
    for (const k of nums) {
      if (ix.marks[k] !== epoch) {
        ix.marks[k] = epoch;
        n++;
      }
    }
  }
  return n;
}


/** The first `k` distinct slugs of several sorted lists, sorted: the first `k` distinct of each list are enough. */
function firstOf(lists: readonly (readonly string[])[], k: number): string[] {
  const seen = new Set<string>();
  for (const list of lists) {
    let taken = 0;
    let prev: string | undefined;
    for (const slug of list) {
      if (taken === k) break;
      if (slug === prev) continue; // a fact may list a source twice; sorted, the copies are adjacent
      prev = slug;
      seen.add(slug);
      taken++;
    }
  }
  return [...seen].sort(cmp).slice(0, k);
}

/**
 * A spec as every consumer gets it: each row names its first ROW_LISTED_STORIES stories and counts
 * them all (`story_count`); the spec names its first SPEC_LISTED_STORIES stories and every story a
 * row names, with headlines, and counts them all. The rows' whole lists (shared per fact) are
 * read here only to count, so a spec's size does not grow with how many stories report a figure.
 */
function finishSpec(data: ChartData, spec: Draft): ChartSpec {
  const bySlug = indexOf(data).storyBySlug;
  const lists = spec.rows.map((r) => r.stories);
  const rows = spec.rows.map((r) => ({ ...r, stories: r.stories.length <= ROW_LISTED_STORIES ? r.stories : r.stories.slice(0, ROW_LISTED_STORIES), story_count: r.stories.length }));
  const named = new Set(firstOf(lists, SPEC_LISTED_STORIES));
  for (const r of rows) for (const slug of r.stories) named.add(slug);
  chartWork.storyEntries += named.size;
  const stories = [...named].sort(cmp).map((slug) => ({ slug, headline: bySlug.get(slug)?.headline ?? slug }));
  const { alternates, ...rest } = spec;
  return {
    ...rest,
    rows,
    stories,
    ...(alternates ? { alternates: alternates.map((a) => finishSpec(data, a)) } : {}),
  };
}

/** A spec while the registry builds it: rows hold their whole story lists; `story_count` counts the spec's. */
type Draft = Omit<ChartSpec, 'stories' | 'alternates'> & { alternates?: Draft[] };

/** Which part of the archive a chart shows: the whole archive, or one story's figures. */
export interface ChartScope {
  /** A story's slug: its own figures (each still counts every story that reports it and names the first few). */
  story?: string;
}

/**
 * Archive charts draw at most this many marks; the data table and CSV hold the same rows and
 * every figure stays in the datasets (/data/). Beyond a few dozen bars or points a chart is
 * unreadable, and page weight and build time would grow with the archive.
 */
export const ARCHIVE_MAX_MARKS = 20;
/** Unattributed personnel figures listed under an archive's bars: the largest few, the rest counted (all are in the CSV of the data page). */
export const ARCHIVE_MAX_APART = 8;

/** The `limit` rows that most outlets report (then the largest), in the order `rows` had. */
function mostReported(rows: ChartRow[], limit: number): ChartRow[] {
  if (rows.length <= limit) return rows;
  const keep = new Set(
    [...rows].sort((a, b) => b.stories.length - a.stories.length || (b.value ?? 0) - (a.value ?? 0) || cmp(a.key, b.key)).slice(0, limit),
  );
  return rows.filter((r) => keep.has(r));
}

function shownNote(shown: number, total: number, what: string): string {
  return `Showing the ${shown} ${what} reported by the most articles, of ${total.toLocaleString('en-US')} in the archive; every one is in the datasets on the Data page.`;
}

function storiesPhrase(n: number) {
  return `${n} news ${n === 1 ? 'article' : 'articles'}`;
}

function figureRow(data: ChartData, f: Fact, backing: Claim[]): ChartRow {
  const combined = f.entity.length > 1;
  const first = backing[0];
  const who = combined ? entityLabel(f.entity).replace(' (combined)', '') : entityLabel(f.entity);
  const sh = shareOf(data, f);
  return {
    ...BLANK,
    key: f.id,
    type: 'figure',
    // No agency named: say what was counted first, never "Agency not named service members".
    label: combined ? `${who} ${f.unit} (combined)` : f.entity.length === 0 ? `${f.unit} (agency not named)` : `${who} ${f.unit}`,
    value: f.value,
    value_high: f.value_high,
    display: fmtValue(f.value, f.qualifier, f.value_high),
    qualifier: f.qualifier,
    status: f.status,
    status_label: statusLabel(f.status),
    unit: f.unit,
    entity: f.entity,
    combined,
    from: f.time_resolved?.from ?? null,
    to: f.time_resolved?.to ?? null,
    // The fact's own sorted lists, shared by every story that reports it (never copied per story).
    claim_ids: sh.claims as string[],
    fact_id: f.id,
    stories: sh.sources as string[],
    quote: first?.quote ?? '',
  };
}

const FIGURE_COLUMNS: ChartColumn[] = [
  { key: 'label', label: 'Figure' },
  { key: 'value', label: 'Value', numeric: true, csvOnly: true },
  { key: 'value_high', label: 'Upper value', numeric: true, csvOnly: true },
  { key: 'display', label: 'As charted' },
  { key: 'qualifier', label: 'Qualifier', csvOnly: true },
  { key: 'status_label', label: 'Status' },
  { key: 'status', label: 'Status code', csvOnly: true },
  { key: 'unit', label: 'Unit' },
  { key: 'entity', label: 'Agencies' },
  { key: 'fact_id', label: 'Fact id', csvOnly: true },
  { key: 'claim_ids', label: 'Claim ids', csvOnly: true },
  { key: 'stories', label: 'Stories' },
  { key: 'story_count', label: 'Stories in all', numeric: true, csvOnly: true },
  { key: 'quote', label: 'Source sentence' },
];

/** When a figure is drawn (personnel and timeline): its period and how it is known. */
const DATED_COLUMNS: ChartColumn[] = [{ key: 'from', label: 'From' }, { key: 'to', label: 'To' }, { key: 'date_kind', label: 'Date' }];

function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

function factBox(spec: Draft): Draft {
  const row = spec.rows[0]!;
  return {
    ...spec,
    kind: 'factbox',
    standsFor: spec.kind === 'factbox' ? undefined : spec.kind,
    description: `One figure: ${row.label}, ${qualifierWords(row.qualifier)} ${fmtNumber(row.value ?? 0)}, ${statusLabel(row.status)}.`,
    alt: `Fact box: ${row.display} ${row.label}`,
  };
}

/** The date a figure is drawn at: its own (stated), else its story's (estimated), else none.
 *  A story's label may already start "estimated:"; said once ("estimated from the story's date: 2025"). */
function datedRow(data: ChartData, f: Fact, row: ChartRow): ChartRow {
  const own = f.time_resolved && drawnPeriod({ from: f.time_resolved.from, to: f.time_resolved.to, date_kind: 'stated' }) ? f.time_resolved : null;
  if (own) return { ...row, from: own.from, to: own.to, date_kind: 'stated', period_label: f.time ? `“${f.time}” (${own.from} to ${own.to})` : `${own.from} to ${own.to}` };
  const sh = shareOf(data, f);
  if (sh.date === undefined) sh.date = storyDate(data, sh.sources);
  const p = sh.date;
  if (p) return { ...row, from: p.from, to: p.to, date_kind: 'estimated', period_label: `estimated from the story’s date: ${p.label.replace(/^estimated:\s*/, '')}` };
  return { ...row, from: null, to: null, date_kind: null, period_label: 'no date in the text or the story' };
}

/** Most groups an archive chart draws (the others are counted in a note; all are in the data). */
export const ARCHIVE_MAX_GROUPS = 8;

/**
 * Marks each group's latest and largest figure per status. In the archive only those are drawn
 * (at most two bars per group and status): the answer to "how many, from which agency, when,
 * in what state"; every figure stays in the datasets.
 */
function markRoles(rows: ChartRow[]): Set<ChartRow> {
  const keep = new Set<ChartRow>();
  const by = Map.groupBy(rows, (r) => `${r.group}|${stageOf(r.status)}`);
  for (const list of by.values()) {
    // One figure for an agency and status: it is trivially both; no role is printed.
    if (list.length === 1) {
      keep.add(list[0]!);
      continue;
    }
    const latest = [...list].sort((a, b) => cmp(b.to ?? '', a.to ?? '') || (b.value ?? 0) - (a.value ?? 0) || cmp(a.key, b.key))[0]!;
    const largest = [...list].sort((a, b) => (b.value_high ?? b.value ?? 0) - (a.value_high ?? a.value ?? 0) || cmp(b.to ?? '', a.to ?? '') || cmp(a.key, b.key))[0]!;
    if (latest.to) latest.role = 'latest';
    largest.role = largest === latest && latest.to ? 'latest and largest' : 'largest';
    keep.add(latest).add(largest);
  }
  return keep;
}

/** Most bars an agency group draws in the archive view: more read as a list, and the embed outgrows its budget. */
export const ARCHIVE_MAX_BARS_PER_GROUP = 5;

/**
 * A group's bars, at most ARCHIVE_MAX_BARS_PER_GROUP: each status's latest figure before any
 * status's largest (the latest says where things stand), earlier statuses first.
 */
function capBars(list: ChartRow[]): ChartRow[] {
  if (list.length <= ARCHIVE_MAX_BARS_PER_GROUP) return list;
  const rank = (r: ChartRow) => (r.role === 'largest' ? 1 : 0);
  return [...list]
    .sort((a, b) => rank(a) - rank(b) || STAGE_IDS.indexOf(stageOf(a.status)) - STAGE_IDS.indexOf(stageOf(b.status)) || cmp(a.key, b.key))
    .slice(0, ARCHIVE_MAX_BARS_PER_GROUP);
}

function personnelSpec(data: ChartData, archive: boolean): Draft | null {
  const claimsById = new Map(data.claims.map((c) => [c.id, c]));
  const refs = new Map((data.agencies ?? []).map((a) => [a.id, a]));
  const all = personnelFigures(data.claims, data.facts).map((f) => {
    const backing = backingOf(data, f, claimsById, archive);
    const row = datedRow(data, f, figureRow(data, f, backing));
    const where = place(f.entity, backing, refs);
    return { ...row, group: where.group, group_label: where.groupLabel, component: where.component, apart: where.apart, role: null as string | null };
  });
  if (all.length === 0) return null;
  const drawnAll = all.filter((r) => r.group !== null);
  const apartAll = all.filter((r) => r.group === null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || cmp(a.key, b.key));
  const roles = markRoles(drawnAll);
  // Groups: most figures first, then the largest figure; inside a group by status, then time.
  const groups = [...Map.groupBy(drawnAll, (r) => r.group!).entries()]
    .map(([g, list]) => ({ g, list, max: Math.max(...list.map((r) => r.value ?? 0)) }))
    .sort((a, b) => b.list.length - a.list.length || b.max - a.max || cmp(a.g, b.g));
  const shownGroups = archive ? groups.slice(0, ARCHIVE_MAX_GROUPS) : groups;
  const stageRank = (r: ChartRow) => STAGE_IDS.indexOf(stageOf(r.status));
  const drawn = shownGroups.flatMap(({ list }) =>
    (archive ? capBars(list.filter((r) => roles.has(r))) : list).sort((a, b) => stageRank(a) - stageRank(b) || cmp(a.from ?? '9999', b.from ?? '9999') || (b.value ?? 0) - (a.value ?? 0) || cmp(a.key, b.key)),
  );
  const apart = archive ? apartAll.slice(0, ARCHIVE_MAX_APART) : apartAll;
  const rows = [...drawn, ...apart];
  if (drawn.length === 0 && apart.length === 0) return null;
  const storyN = storyCount(data, rows.map((r) => r.stories));
  const hidden = drawnAll.length - drawn.length;
  const spec: Draft = {
    id: CHART_IDS.personnel,
    kind: 'bars',
    title: 'Personnel sent or requested, by agency',
    dek: 'Agencies grouped under the department or command they belong to; each bar is one reported figure, with the unit it names, its status and its date.',
    source: `Source: figures reported in ${storiesPhrase(storyN)}, extracted by Surge Desk; agency hierarchy from the site’s agency reference.`,
    notes: [
      'Statuses: requested → ordered or planned → deployed → ended; each has its own colour and pattern, and the word is in every label.',
      '“~” marks an approximate figure, “+” a “more than” figure, “<” a “less than” figure; a lighter bar end marks a range.',
      'Dates are the text’s own when it gives one, else the story’s estimated date (“c.”).',
      ...(archive && hidden > 0 ? [`For each agency and status the chart draws the latest figure and the largest (at most ${ARCHIVE_MAX_BARS_PER_GROUP} bars an agency: every status’s latest first); ${hidden} other ${hidden === 1 ? 'figure is' : 'figures are'} in the CSV on the Data page.`] : []),
      ...(shownGroups.length < groups.length ? [`Showing the ${shownGroups.length} agencies with the most figures, of ${groups.length}.`] : []),
      ...(apartAll.length ? [`${apartAll.length} ${apartAll.length === 1 ? 'figure names' : 'figures name'} no agency (or one the text does not clearly attribute); listed under the chart${apart.length < apartAll.length ? ` (the ${apart.length} largest; all of them in the CSV)` : ''}, not drawn as an agency.`] : []),
    ],
    // Each group's bars in the order drawn (status, then date), so the description reads like the chart.
    description: `Bar chart of ${drawn.length} personnel figures in ${shownGroups.length} agency ${shownGroups.length === 1 ? 'group' : 'groups'}, from ${storiesPhrase(storyN)}: ${listWords(
      shownGroups.map(({ g, list }) => `${list[0]!.group_label ?? g}: ${drawn.filter((r) => r.group === g).map((r) => `${r.component} ${r.display} ${r.unit}, ${statusLabel(r.status)}${r.role ? ` (${r.role})` : ''}`).join(', ')}`),
    )}.${apart.length ? ` Listed apart, not attributed to an agency${apart.length < apartAll.length ? ` (the ${apart.length} largest of ${apartAll.length})` : ''}: ${apart.map((r) => `${r.display} ${r.unit}, ${statusLabel(r.status)}`).join('; ')}.` : ''}`,
    alt: `Bar chart: personnel figures for ${shownGroups.length} agency ${shownGroups.length === 1 ? 'group' : 'groups'}${drawn[0] ? `; the first group is ${drawn[0].group_label}` : ''}.`,
    rows,
    ...(apart.length < apartAll.length ? { apartTotal: apartAll.length } : {}),
    columns: [{ key: 'group_label', label: 'Agency group' }, { key: 'component', label: 'Component named' }, { key: 'role', label: 'Latest / largest' }, ...DATED_COLUMNS, ...FIGURE_COLUMNS],
    story_count: storyN,
  };
  return rows.length === 1 ? factBox(spec) : spec;
}

/** A story's period as an estimated date for its figures, or null when the story has no usable date. */
function storyDate(data: ChartData, slugs: readonly string[]): StoryMeta['period'] | null {
  const bySlug = indexOf(data).storyBySlug;
  const ps = slugs
    .map((slug) => bySlug.get(slug)?.period)
    .filter((p): p is StoryMeta['period'] => !!p && p.kind !== 'unknown' && drawnPeriod({ from: p.from, to: p.to, date_kind: 'estimated' }) !== null)
    .sort((a, b) => cmp(a.from, b.from));
  return ps[0] ?? null;
}

function timelineSpec(data: ChartData, archive: boolean): Draft | null {
  const claimsById = new Map(data.claims.map((c) => [c.id, c]));
  const all = timelineFigures(data.claims, data.facts)
    .map((f): ChartRow => ({ ...datedRow(data, f, figureRow(data, f, backingOf(data, f, claimsById, archive))), type: 'event' }))
    .sort((a, b) => Number(a.from === null) - Number(b.from === null) || cmp(a.from ?? '', b.from ?? '') || (b.value ?? 0) - (a.value ?? 0) || cmp(a.key, b.key));
  if (all.length < 2) return null; // one event is already the personnel fact box
  const rows = archive ? mostReported(all, ARCHIVE_MAX_MARKS) : all;
  const storyN = storyCount(data, rows.map((r) => r.stories));
  const drawn = rows.map((r) => ({ r, p: drawnPeriod(r) })).filter((d) => d.p !== null);
  const undated = rows.length - drawn.length;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const first = drawn.length ? iso(new Date(Math.min(...drawn.map((d) => d.p!.from.getTime())))) : null;
  const last = drawn.length ? iso(new Date(Math.max(...drawn.map((d) => d.p!.to.getTime())))) : null;
  const estimated = drawn.filter((d) => d.r.date_kind === 'estimated').length;
  return {
    id: CHART_IDS.timeline,
    kind: 'timeline',
    title: 'Deployments and requests over time',
    dek: 'What was sent or asked for, by whom and how many, placed at the time each report describes.',
    source: `Source: figures reported in ${storiesPhrase(storyN)}; a figure is placed at the time the text gives, else at its story’s estimated date.`,
    notes: [
      'A bar spans the period the text gives for the figure. A whisker spans the story’s estimated date when the text gives none: the figure falls somewhere in it.',
      ...(undated ? [`${undated} ${undated === 1 ? 'figure has' : 'figures have'} no date in the text or the story; listed under the axis, not placed on it.`] : []),
      '“~” marks an approximate figure, “+” a “more than” figure.',
      ...(rows.length < all.length ? [shownNote(rows.length, all.length, 'deployments and requests')] : []),
    ],
    description: `Timeline of ${rows.length} deployments and requests${first ? ` from ${first} to ${last}` : ''}${estimated ? ` (${estimated} dated only by their story’s estimated date)` : ''}${undated ? `; ${undated} without any date, listed apart` : ''}. In date order${undated ? ', the undated last' : ''}: ${listWords(
      rows.map((r) => `${r.display} ${r.label}, ${statusLabel(r.status)}, ${r.period_label}`),
    )}.`,
    alt: `Timeline of ${rows.length} deployments and requests of personnel.`,
    rows,
    columns: [...DATED_COLUMNS, { key: 'period_label', label: 'Period' }, ...FIGURE_COLUMNS],
    story_count: storyN,
  };
}

/** Columns of a chart against a series: the row's period, the figure, the series and its check, the sources. */
function seriesColumns(period: ChartColumn, quoteLabel: string): ChartColumn[] {
  return [
    { key: 'type', label: 'Row' },
    period,
    { key: 'value', label: 'Value', numeric: true, csvOnly: true },
    { key: 'display', label: 'As charted' },
    { key: 'qualifier', label: 'Qualifier', csvOnly: true },
    { key: 'unit', label: 'Unit' },
    { key: 'series', label: 'Series' },
    { key: 'verdict', label: 'Check' },
    { key: 'claim_ids', label: 'Claim ids', csvOnly: true },
    { key: 'stories', label: 'Stories' },
    { key: 'story_count', label: 'Stories in all', numeric: true, csvOnly: true },
    { key: 'quote', label: quoteLabel },
    { key: 'source_url', label: 'Source URL' },
  ];
}

function encounterSpecFor(data: ChartData, series: ReferenceSeries | undefined, id: string, archive: boolean): Draft | null {
  const checks = new Map<string, Check>(data.checks.map((c) => [c.claim_id, c]));
  const groups = new Map<string, ChartRow>();
  const unplaced: Claim[] = [];
  for (const c of [...data.claims].filter(isEncounterClaim).sort((a, b) => cmp(a.id, b.id))) {
    const check = checks.get(c.id);
    // A month's figure is drawn on the monthly chart, never against whole fiscal years.
    if (isMonthCheck(check)) continue;
    const fy = fiscalYearOf(c) ?? check?.fiscal_year ?? null;
    if (fy === null) {
      unplaced.push(c);
      continue;
    }
    const k = `${fy}:${c.value}:${c.qualifier}`;
    const g = groups.get(k);
    if (g) {
      g.claim_ids.push(c.id);
      if (!g.stories.includes(c.slug)) g.stories.push(c.slug);
      continue;
    }
    groups.set(k, {
      ...BLANK,
      key: c.id,
      type: 'claim',
      label: c.subject,
      value: c.value,
      value_high: c.value_high,
      display: fmtValue(c.value, c.qualifier, c.value_high),
      qualifier: c.qualifier,
      status: c.status,
      unit: c.unit,
      entity: c.entity,
      fiscal_year: fy,
      claim_ids: [c.id],
      fact_id: c.fact_id,
      stories: [c.slug],
      quote: c.quote,
      series: check?.series ?? null,
      verdict: check ? check.verdict : null,
    });
  }
  const placed = [...groups.values()].sort((a, b) => a.fiscal_year! - b.fiscal_year! || cmp(a.key, b.key));
  // Grouped in claim-id order, where "raid-02:…" sorts before "raid:…"; rows name their stories in slug order (firstOf).
  for (const r of placed) r.stories.sort(cmp);
  // Drawn against this series: only figures of its measure in the years it covers (series-fit.ts).
  const allClaimRows = series ? placed.filter((r) => fitsSeries(series, r.fiscal_year!, r.unit)) : placed;
  const unfit = placed.filter((r) => !allClaimRows.includes(r));
  const claimRows = archive ? mostReported(allClaimRows, ARCHIVE_MAX_MARKS) : allClaimRows;
  const refRows: ChartRow[] = (series?.rows ?? [])
    .slice()
    .sort((a, b) => a.fiscal_year - b.fiscal_year)
    .map((r) => ({
      ...BLANK,
      key: `${series!.id}:${r.fiscal_year}`,
      type: 'reference',
      label: `FY${r.fiscal_year}`,
      value: r.value,
      display: fmtNumber(r.value),
      qualifier: 'exact',
      unit: series!.unit,
      fiscal_year: r.fiscal_year,
      quote: r.note ?? '',
      source_url: r.source_url,
      series: series!.id,
    }));
  if (refRows.length < 2 && claimRows.length === 0) return null;
  const rows = [...refRows, ...claimRows];
  const storyN = storyCount(data, claimRows.map((r) => r.stories));
  const notes: string[] = [];
  if (series) {
    notes.push(`Series: ${series.name}. ${series.definition}`);
    for (const b of series.breaks) notes.push(`${fyRange(b.from_fy, b.to_fy)}: ${b.label}. The measure changes there; the shading marks it.`);
    for (const n of series.notes ?? []) notes.push(n);
    notes.push('Series are never spliced: each line is one publisher’s series.');
  }
  const years = series ? seriesYears(series) : null;
  const unfitShown = archive ? unfit.slice(0, ARCHIVE_MAX_MARKS) : unfit;
  if (unfitShown.length && years) {
    notes.push(`Not drawn against this series (another measure, or a year outside FY${years.from}–FY${years.to}): ${unfitShown.map((r) => `${r.display} ${r.unit}, FY${r.fiscal_year}`).join('; ')}${unfitShown.length < unfit.length ? `; and ${unfit.length - unfitShown.length} more in the datasets` : ''}.`);
  }
  // Stories and embeds draw the figures' years with context; the chart page draws the whole series.
  const fys = refRows.map((r) => r.fiscal_year!);
  const frame = focusWindow(claimRows.map((r) => r.fiscal_year!), fys, YEAR_FRAME) ?? undefined;
  if (frame && fys.length) notes.push(`Stories and embeds draw FY${frame.from}–FY${frame.to}, the years of the article figures and the years around them; the chart page and the data table hold the whole series, FY${Math.min(...fys)}–FY${Math.max(...fys)}.`);
  if (claimRows.length < allClaimRows.length) notes.push(shownNote(claimRows.length, allClaimRows.length, 'article figures'));
  const unplacedShown = archive ? unplaced.slice(0, ARCHIVE_MAX_MARKS) : unplaced;
  for (const c of unplacedShown) notes.push(`Not on the chart (no fiscal year given): “${c.display}” ${c.unit} — ${c.subject}.`);
  if (unplacedShown.length < unplaced.length) notes.push(`${unplaced.length - unplacedShown.length} more figures without a fiscal year are in the datasets.`);
  const peak = refRows.reduce<ChartRow | null>((m, r) => (!m || (r.value ?? 0) > (m.value ?? 0) ? r : m), null);
  const lastRef = refRows[refRows.length - 1];
  const seriesWords = series && refRows.length
    ? `${series.name}, FY${refRows[0]!.fiscal_year} to FY${lastRef!.fiscal_year}. It peaks at ${peak!.display} in FY${peak!.fiscal_year} and stands at ${lastRef!.display} in FY${lastRef!.fiscal_year}.${series.breaks.length ? ` Shaded: ${series.breaks.map((b) => `${fyRange(b.from_fy, b.to_fy)}, ${b.label}`).join('; ')}.` : ''}`
    : 'Figures from news articles by fiscal year (no reference series available).';
  const claimWords = claimRows.length
    ? ` ${claimRows.length} article ${claimRows.length === 1 ? 'figure is' : 'figures are'} marked: ${listWords(
        claimRows.map((r, i) => `${i + 1}, ${qualifierWords(r.qualifier)} ${fmtNumber(r.value ?? 0)} ${r.unit} in FY${r.fiscal_year}${r.verdict ? ` (${verdictWords(r.verdict, r.series, series?.id)})` : ''}`),
      )}.`
    : '';
  const domains = [...new Set(refRows.map((r) => { try { return new URL(r.source_url!).hostname.replace(/^www\./, ''); } catch { return ''; } }).filter(Boolean))].sort(cmp);
  return {
    id,
    kind: 'line',
    title: series ? 'Border encounters by fiscal year' : 'Border encounters cited in the articles',
    dek: series
      ? `Drawn: ${series.name}${years ? `, FY${years.from}–FY${years.to}` : ''}${claimRows.length === 0 ? '; no article figure has its measure and years' : `, the series that counts what ${claimRows.length === 1 ? 'the article figure counts' : `the ${claimRows.length} article figures count`} in ${claimRows.length === 1 ? 'its year' : 'their years'}`}.`
      : 'Figures the articles cite, by fiscal year.',
    source: `Source: ${series ? `${series.source ?? series.name}${domains.length ? ` (${domains.join(', ')})` : ''}; ` : ''}article figures from ${storiesPhrase(storyN)}.`,
    notes,
    description: `Line chart of ${seriesWords}${claimWords}`,
    alt: series ? `Line chart: ${series.name} by fiscal year, with ${claimRows.length} article figures marked.` : `Chart of ${claimRows.length} article figures by fiscal year.`,
    rows,
    columns: seriesColumns({ key: 'fiscal_year', label: 'Fiscal year', numeric: true }, 'Source sentence or note'),
    story_count: storyN,
    ...(frame ? { frame } : {}),
    series: series ? { id: series.id, name: series.name, definition: series.definition, unit: series.unit, breaks: series.breaks } : undefined,
  };
}

// One month only: a check over a run of months ("2024-07/2024-09") has no point on the month axis.
const isMonthCheck = (c: Check | undefined): boolean => !!c && /^\d{4}-\d{2}$/.test(c.period ?? '');

/**
 * The monthly view: the monthly series the claims' checks used (the one most of them used), its
 * months (a story: only the months its claims name), and the claims as numbered points.
 */
function monthlySpecFor(data: ChartData, id: string, archive: boolean): Draft | null {
  const monthChecks = data.checks.filter((c) => isMonthCheck(c) && c.series && c.period);
  if (monthChecks.length === 0) return null;
  const counts = Map.groupBy(monthChecks, (c) => c.series!);
  // Most claims first; on a tie the southwest Border Patrol series (the default's scope and count).
  const pref = (id: string) => { const x = data.series.find((y) => y.id === id); return (x?.scope === 'southwest' ? 0 : 2) + (x?.component === 'cbp' ? 1 : 0); };
  const [sid] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length || pref(a[0]) - pref(b[0]) || cmp(a[0], b[0]))[0]!;
  const s = data.series.find((x) => x.id === sid);
  if (!s?.months?.length) return null;
  const claimsById = new Map(data.claims.map((c) => [c.id, c]));
  const used = counts.get(sid)!.filter((c) => claimsById.has(c.claim_id));
  // A story draws its figures' months and the months between and around them (MONTH_FRAME.minPad
  // either side), all from the series: its months alone, a year apart, drew two lone marks on an
  // empty axis and hid how the series moved between them.
  const claimNums = used.map((c) => monthNumber(c.period!));
  const lo = Math.min(...claimNums) - MONTH_FRAME.minPad;
  const hi = Math.max(...claimNums) + MONTH_FRAME.minPad;
  const months = s.months.filter((m) => archive || (monthNumber(m.month) >= lo && monthNumber(m.month) <= hi));
  const refRows: ChartRow[] = months.map((m) => ({
    ...BLANK, key: `${s.id}:${m.month}`, type: 'reference', label: m.month, value: m.value, display: fmtNumber(m.value), qualifier: 'exact',
    unit: s.unit, month: m.month, source_url: m.source_url, series: s.id, quote: s.vintage ?? '',
  }));
  const monthRows: ChartRow[] = used.map((k): ChartRow => {
    const c = claimsById.get(k.claim_id)!;
    return {
      ...BLANK, key: c.id, type: 'claim', label: c.subject, value: c.value, value_high: c.value_high, display: fmtValue(c.value, c.qualifier, c.value_high),
      qualifier: c.qualifier, status: c.status, unit: c.unit, entity: c.entity, month: k.period!, fiscal_year: k.fiscal_year, claim_ids: [c.id],
      fact_id: c.fact_id, stories: [c.slug], quote: c.quote, series: s.id, verdict: k.verdict, period_label: k.period!,
    };
  }).filter((r) => !/\bper\b|a day|daily|\bevery\b|hourly/i.test(r.unit)) // averages and rates stay in the checks; the chart draws month totals
    // By month (then id), the order the chart numbers its points in, so the description's numbers match the chart's.
    .sort((a, b) => cmp(a.month!, b.month!) || cmp(a.key, b.key));
  // The archive draws the ARCHIVE_MAX_MARKS figures most articles report, as the yearly chart does:
  // every month total was drawn and listed, so the embed grew with the archive (19.8 KB gz of HTML
  // at 10,000 stories against a 15 KB budget). All of them stay in the checks and the datasets.
  const claimRows = archive ? mostReported(monthRows, ARCHIVE_MAX_MARKS) : monthRows;
  if (refRows.length === 0 && claimRows.length === 0) return null;
  const storyN = storyCount(data, claimRows.map((r) => r.stories));
  const vintage = s.vintage ? ` Figures: ${s.vintage}.` : '';
  const frame = focusWindow(claimRows.map((r) => monthNumber(r.month!)), refRows.map((r) => monthNumber(r.month!)), MONTH_FRAME) ?? undefined;
  const monthWord = (v: number) => `${Math.floor(v / 12)}-${String((v % 12) + 1).padStart(2, '0')}`;
  // The dek says what is drawn: how many month totals, and where the other monthly figures are.
  const rates = used.length - monthRows.length;
  const elsewhere = monthChecks.filter((c) => c.series !== sid && claimsById.has(c.claim_id)).length;
  const shown = claimRows.length === 0
    ? `no article gives a month’s total for this series`
    : claimRows.length < monthRows.length
      ? `the ${claimRows.length} largest of the ${monthRows.length.toLocaleString('en-US')} article figures that give a month’s total for it`
      : `${claimRows.length === 1 ? 'the article figure' : `the ${claimRows.length} article figures`} that give${claimRows.length === 1 ? 's' : ''} a month’s total for it${archive ? '' : ` (the story’s months, with ${MONTH_FRAME.minPad} months either side)`}`;
  const rest = [rates ? `${rates} per-day or per-hour ${rates === 1 ? 'rate' : 'rates'}` : '', elsewhere ? `${elsewhere} ${elsewhere === 1 ? 'figure' : 'figures'} checked against other monthly series` : ''].filter(Boolean);
  return {
    id,
    kind: 'line',
    title: `${s.name}`,
    dek: `By calendar month, with ${shown}${rest.length ? `; ${rest.join(' and ')} are in the checks, not drawn` : ''}.`,
    source: `Source: ${s.source ?? s.name}; article figures from ${storiesPhrase(storyN)}.`,
    notes: [
      `Series: ${s.name}. ${s.definition}${vintage}`, ...(s.notes ?? []), 'Only the months the series holds are drawn; months in between are not interpolated.',
      ...(claimRows.length < monthRows.length ? [`Showing ${claimRows.length} of the ${monthRows.length.toLocaleString('en-US')} month totals the articles give (each one article’s figure: the largest); every one is in the checks and the datasets on the Data page.`] : []),
      ...(frame ? [`Stories and embeds draw ${monthWord(frame.from)} to ${monthWord(frame.to)}, the article figures’ months and the months around them; the chart page and the data table hold every month, ${refRows[0]!.month} to ${refRows[refRows.length - 1]!.month}.`] : []),
    ],
    description: `Chart of ${s.name} for ${refRows.length} ${refRows.length === 1 ? 'month' : 'months'}${refRows.length ? ` (${refRows.map((r) => `${r.month}: ${r.display}`).join('; ')})` : ''}, with ${claimRows.length} article ${claimRows.length === 1 ? 'figure' : 'figures'}: ${listWords(claimRows.map((r, i) => `${i + 1}, ${r.display} ${r.unit} for ${r.month}${r.verdict ? ` (${verdictWords(r.verdict)})` : ''}`))}.`,
    alt: `Chart: ${s.name} by month, with ${claimRows.length} article figures marked.`,
    rows: [...refRows, ...claimRows],
    columns: seriesColumns({ key: 'month', label: 'Month' }, 'Source sentence or vintage'),
    story_count: storyN,
    ...(frame ? { frame } : {}),
    series: { id: s.id, name: s.name, definition: s.definition, unit: s.unit, breaks: [] },
  };
}

const claimCount = (s: Draft | null) => s?.rows.filter((r) => r.type === 'claim').length ?? 0;
const altId = (s: ReferenceSeries) => `${CHART_IDS.encounters}--${s.id.replace(/_/g, '-')}`;

function encountersSpec(data: ChartData, archive: boolean): Draft | null {
  const yearly = data.series.filter((s) => s.frequency !== 'monthly' && s.rows.length > 0);
  const def = yearly.find((s) => s.default) ?? yearly[0];
  // Candidates: the default and the other long series (e.g. nationwide); the one drawn first is
  // the one that fits the most article figures by measure and year (the default on a tie).
  const candidates = [def, ...yearly.filter((s) => s !== def && s.rows.length >= 20 && (s.scope === undefined || s.scope === 'nationwide'))]
    .filter((s): s is ReferenceSeries => s !== undefined)
    .map((s) => ({ s, spec: encounterSpecFor(data, s, altId(s), archive) }));
  const best = candidates.reduce<(typeof candidates)[number] | undefined>((m, c) => (!m || claimCount(c.spec) > claimCount(m.spec) ? c : m), undefined);
  const main = best ? (best.spec && { ...best.spec, id: CHART_IDS.encounters }) : encounterSpecFor(data, undefined, CHART_IDS.encounters, archive);
  const monthly = monthlySpecFor(data, `${CHART_IDS.encounters}--monthly`, archive);
  // The trend chart picks the series whose period matches the claims it shows: a story whose
  // border figures are all monthly gets the monthly chart (its months) as its trend chart.
  const yearlyClaims = main?.rows.some((r) => r.type === 'claim') ?? false;
  if (!archive && monthly && !yearlyClaims) return { ...monthly, id: CHART_IDS.encounters };
  if (!main) return monthly ? { ...monthly, id: CHART_IDS.encounters } : null;
  // Other long series (e.g. nationwide) as alternate views; never spliced into the default line.
  // An alternate with none of the figures (all of another measure or years) is left out when the main view has some.
  const alternates = [
    ...(monthly ? [monthly] : []),
    ...candidates
      .filter((c) => c !== best && c.spec !== null && (claimCount(c.spec) > 0 || claimCount(main) === 0))
      .map((c) => ({ ...c.spec!, title: `${c.s.name} by fiscal year` })),
  ];
  return alternates.length ? { ...main, alternates } : main;
}

/**
 * The map's dek, from its rows: how many cities, states and articles (`articles`: the spec's
 * `storyCount` of the same rows), and the city named most often.
 */
function mapDek(rows: ChartRow[], total: number, articles: number, cities: Map<string, ChartData['cities'][number]>): string {
  const states = new Set(rows.map((r) => cities.get(r.city ?? '')?.state).filter(Boolean)).size;
  const top = [...rows].sort((a, b) => b.stories.length - a.stories.length || cmp(a.label, b.label))[0];
  const head = rows.length < total ? `The ${rows.length} cities named most often as destinations (of ${total})` : rows.length === 1 ? '1 city named as a destination' : `${rows.length} cities named as destinations`;
  const most = top && top.stories.length > 1 && rows.length > 1 ? `; named most often: ${top.label} (${storiesPhrase(top.stories.length)})` : '';
  return `${head}, in ${states} ${states === 1 ? 'state' : 'states'}, by ${storiesPhrase(articles)}${most}.`;
}

function mapSpec(data: ChartData, archive: boolean): Draft | null {
  const cities = new Map(data.cities.map((c) => [c.id, c]));
  const groups = new Map<string, ChartRow>();
  const unknown = new Set<string>();
  for (const p of [...data.places].sort((a, b) => cmp(a.id, b.id))) {
    const city = cities.get(p.city);
    if (!city) {
      unknown.add(p.city);
      continue;
    }
    const g = groups.get(city.id);
    if (g) {
      g.claim_ids.push(p.id);
      if (!g.stories.includes(p.slug)) g.stories.push(p.slug);
      continue;
    }
    groups.set(city.id, {
      ...BLANK,
      key: city.id,
      type: 'place',
      label: `${city.name}, ${city.state}`,
      city: city.id,
      lat: city.lat,
      lon: city.lon,
      claim_ids: [p.id],
      stories: [p.slug],
      quote: p.quote,
      source_url: city.source || null,
    });
  }
  const all = [...groups.values()].sort((a, b) => cmp(a.label, b.label));
  if (all.length === 0) return null;
  for (const r of all) r.stories.sort(cmp);
  const rows = archive ? mostReported(all, ARCHIVE_MAX_MARKS) : all;
  const storyN = storyCount(data, rows.map((r) => r.stories));
  const notes = ['Points mark the cities the articles name as destinations; they do not show how many agents went to each.'];
  if (rows.length < all.length) notes.push(shownNote(rows.length, all.length, 'cities'));
  if (unknown.size) notes.push(`Named but not in the city table, so not drawn: ${[...unknown].sort(cmp).join(', ')}.`);
  return {
    id: CHART_IDS.map,
    kind: 'map',
    title: 'Cities named as destinations',
    dek: mapDek(rows, all.length, storyN, cities),
    source: `Source: ${storiesPhrase(storyN)}; map: U.S. Census Bureau cartographic boundaries (us-atlas); city coordinates from the site’s city table.`,
    notes,
    description: `Map of the United States marking ${rows.length === 1 ? '1 city named as a destination' : `${rows.length} cities named as destinations`}: ${rows.map((r) => r.label).join('; ')}.`,
    alt: `Map: ${rows.length} destination cities in the United States.`,
    rows,
    columns: [
      { key: 'label', label: 'City' },
      { key: 'city', label: 'City id', csvOnly: true },
      { key: 'lat', label: 'Latitude', numeric: true, csvOnly: true },
      { key: 'lon', label: 'Longitude', numeric: true, csvOnly: true },
      { key: 'claim_ids', label: 'Mention ids', csvOnly: true },
      { key: 'stories', label: 'Stories' },
      { key: 'story_count', label: 'Stories in all', numeric: true, csvOnly: true },
      { key: 'quote', label: 'Source sentence' },
      { key: 'source_url', label: 'Coordinates source' },
    ],
    story_count: storyN,
  };
}

/** The part of the data one story's charts draw: its claims, the facts it reports, its places. */
function storyData(data: ChartData, slug: string): ChartData {
  const ix = indexOf(data);
  const scoped = {
    ...data,
    claims: ix.claimsBySlug.get(slug) ?? [],
    facts: ix.factsBySlug.get(slug) ?? [],
    checks: ix.checksBySlug.get(slug) ?? [],
    places: ix.placesBySlug.get(slug) ?? [],
  };
  // The story's view shares the archive's index (headlines and periods of every story): building
  // one per story made every story page pay for the whole archive, quadratic at 10,000 stories.
  indexes.set(scoped, ix);
  return scoped;
}

// The archive's specs are cached (every chart page asks). A story's are small and cheap to
// redo; the last STORY_SPECS_KEPT stories' are kept (a story page and its share card ask for each
// of its charts in turn, and several pages render at once), not every story's, which held all
// of them in memory until the build ended.
export const STORY_SPECS_KEPT = 16;
const archiveSpecs = new WeakMap<ChartData, ChartSpec[]>();
const storySpecs = new WeakMap<ChartData, Map<string, ChartSpec[]>>();

function buildSpecs(d: ChartData, archive: boolean): ChartSpec[] {
  const specs = [personnelSpec(d, archive), timelineSpec(d, archive), encountersSpec(d, archive), mapSpec(d, archive)].filter((s): s is Draft => s !== null);
  return specs.sort((a, b) => CHART_ORDER.indexOf(a.id) - CHART_ORDER.indexOf(b.id)).map((s) => finishSpec(d, s));
}

/**
 * Every chart that has data, in a fixed order: the archive's (bounded to ARCHIVE_MAX_MARKS
 * marks each), or one story's.
 */
export function chartSpecs(data: ChartData, scope: ChartScope = {}): ChartSpec[] {
  const { story } = scope;
  if (story === undefined) {
    let specs = archiveSpecs.get(data);
    if (!specs) archiveSpecs.set(data, (specs = buildSpecs(data, true)));
    return specs;
  }
  let kept = storySpecs.get(data);
  if (!kept) storySpecs.set(data, (kept = new Map()));
  let specs = kept.get(story);
  if (specs) {
    // Least recently used first: a hit moves to the end.
    kept.delete(story);
  } else {
    specs = buildSpecs(storyData(data, story), false);
    if (kept.size >= STORY_SPECS_KEPT) kept.delete(kept.keys().next().value!);
  }
  kept.set(story, specs);
  return specs;
}

export function chartById(data: ChartData, id: string, scope: ChartScope = {}): ChartSpec | undefined {
  for (const s of chartSpecs(data, scope)) {
    if (s.id === id) return s;
    const alt = s.alternates?.find((a) => a.id === id);
    if (alt) return alt;
  }
  return undefined;
}

export { figures };
