// Editorial corrections: content/editorial/corrections.yaml → validated list →
// applied to articles (headline, date) and claims (exclude, correct) inside the
// pipeline. A correction naming a story or claim that does not exist throws, so
// the build fails instead of silently publishing an uncorrected figure.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { longDate } from '../model/dates.ts';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES, type Qualifier, type Status, type UnitFamily } from '../model/vocabulary.ts';
import type { Article, Claim } from './types.ts';

export type CorrectionAction = 'exclude' | 'correct' | 'headline' | 'date';

/** Claim fields an editor may set with `action: correct`. */
export interface ClaimPatch {
  value?: number;
  value_high?: number | null;
  unit?: string;
  unit_family?: UnitFamily;
  entity?: string[];
  qualifier?: Qualifier;
  status?: Status;
  time?: string | null;
  subject?: string;
}

export interface Correction {
  /** Position in the file (from 1): names the correction in error messages. */
  index: number;
  /** ISO date the correction was made (YYYY-MM-DD). */
  date: string;
  /** Why: shown to readers next to the story and in the corrections log. */
  reason: string;
  action: CorrectionAction;
  /** Story slug (or seed file name) for headline/date; derived from the claim for claim actions. */
  story?: string;
  claim?: string;
  headline?: string;
  /** New story date (YYYY-MM-DD) for action "date". */
  published?: string;
  set?: ClaimPatch;
}

/** What the site publishes about an applied correction (content/data/corrections.json). */
export interface AppliedCorrection {
  date: string;
  note: string;
  action: CorrectionAction;
  story: string;
  headline: string;
  claim: string | null;
  /** Human-readable before → after, e.g. `value: 500 → 600`. */
  change: string;
  /** The figure a claim correction is about, as the text gives it: “around 500” — CBP personnel. */
  figure: string | null;
}

export const CORRECTIONS_FILE = 'content/editorial/corrections.yaml';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEYS = new Set(['date', 'reason', 'action', 'story', 'claim', 'headline', 'published', 'set']);

function isValidDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** YAML 1.2 keeps 2026-01-05 a string, but an editor may quote or not: accept both. */
function asDateString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

function checkPatch(raw: unknown, where: string): ClaimPatch {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${where}: "set" must be a mapping of claim fields`);
  const out: ClaimPatch = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const bad = (what: string) => new Error(`${where}: set.${k} must be ${what}`);
    switch (k) {
      case 'value':
        if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('a number');
        out.value = v;
        break;
      case 'value_high':
        if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) throw bad('a number or null');
        out.value_high = v as number | null;
        break;
      case 'unit':
      case 'subject':
        if (typeof v !== 'string' || !v.trim()) throw bad('a non-empty string');
        out[k] = v.trim();
        break;
      case 'time':
        if (v !== null && typeof v !== 'string') throw bad('a string or null');
        out.time = v as string | null;
        break;
      case 'entity':
        if (!Array.isArray(v) || v.length === 0 || !v.every((e) => typeof e === 'string' && e.trim())) throw bad('a non-empty list of agency ids');
        out.entity = (v as string[]).map((e) => e.trim());
        break;
      case 'qualifier':
        if (!QUALIFIERS.includes(v as Qualifier)) throw bad(`one of ${QUALIFIERS.join(', ')}`);
        out.qualifier = v as Qualifier;
        break;
      case 'status':
        if (!STATUSES.includes(v as Status)) throw bad(`one of ${STATUSES.join(', ')}`);
        out.status = v as Status;
        break;
      case 'unit_family':
        if (!UNIT_FAMILIES.includes(v as UnitFamily)) throw bad(`one of ${UNIT_FAMILIES.join(', ')}`);
        out.unit_family = v as UnitFamily;
        break;
      default:
        throw new Error(`${where}: set.${k} is not a claim field an editor can correct (value, value_high, unit, unit_family, entity, qualifier, status, time, subject)`);
    }
  }
  if (Object.keys(out).length === 0) throw new Error(`${where}: "set" is empty`);
  return out;
}

/** Validate the parsed YAML (a list, possibly empty) into corrections. Throws naming the file and entry. */
export function parseCorrections(doc: unknown, file = CORRECTIONS_FILE): Correction[] {
  if (doc === null || doc === undefined) return [];
  const list = Array.isArray(doc) ? doc : (doc as { corrections?: unknown }).corrections;
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of corrections`);
  return list.map((raw, i): Correction => {
    const index = i + 1;
    let where = `${file}: correction #${index}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${where}: expected a mapping`);
    const r = raw as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!KEYS.has(k)) throw new Error(`${where}: unknown field "${k}" (allowed: ${[...KEYS].join(', ')})`);
    const target = typeof r.claim === 'string' ? `claim "${r.claim}"` : typeof r.story === 'string' ? `story "${r.story}"` : null;
    if (target) where += ` (${target})`;
    const date = asDateString(r.date);
    if (!date || !isValidDate(date)) throw new Error(`${where}: "date" must be the day of the correction as YYYY-MM-DD`);
    if (typeof r.reason !== 'string' || !r.reason.trim()) throw new Error(`${where}: "reason" is required (readers see it)`);
    const action = r.action;
    if (action !== 'exclude' && action !== 'correct' && action !== 'headline' && action !== 'date') {
      throw new Error(`${where}: "action" must be one of exclude, correct, headline, date`);
    }
    const c: Correction = { index, date, reason: r.reason.trim(), action };
    if (action === 'exclude' || action === 'correct') {
      if (typeof r.claim !== 'string' || !r.claim.trim()) throw new Error(`${where}: action "${action}" needs "claim" (a claim id from claims.json)`);
      c.claim = r.claim.trim();
      if (action === 'correct') c.set = checkPatch(r.set, where);
      else if (r.set !== undefined) throw new Error(`${where}: "set" only goes with action "correct"`);
    } else {
      if (typeof r.story !== 'string' || !r.story.trim()) throw new Error(`${where}: action "${action}" needs "story" (a story slug or seed file name)`);
      c.story = r.story.trim();
      if (action === 'headline') {
        if (typeof r.headline !== 'string' || !r.headline.trim()) throw new Error(`${where}: action "headline" needs the new "headline"`);
        c.headline = r.headline.trim();
      } else {
        const published = asDateString(r.published);
        if (!published || !isValidDate(published)) throw new Error(`${where}: action "date" needs "published" as YYYY-MM-DD`);
        c.published = published;
      }
    }
    return c;
  });
}

/** Where the corrections file is: SURGE_CORRECTIONS overrides it (tests build with their own). */
export function correctionsPath(root: string): string {
  return process.env.SURGE_CORRECTIONS ? path.resolve(root, process.env.SURGE_CORRECTIONS) : path.join(root, CORRECTIONS_FILE);
}

/** Read and validate the corrections file; a missing file means no corrections. */
export async function loadCorrections(root: string): Promise<Correction[]> {
  const file = correctionsPath(root);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const label = path.relative(root, file) || file;
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new Error(`${label}: not valid YAML: ${(e as Error).message}`);
  }
  return parseCorrections(doc, label);
}

function describe(c: Correction): string {
  const what = c.claim ? `claim "${c.claim}"` : `story "${c.story}"`;
  return `${CORRECTIONS_FILE}: correction #${c.index} (${c.date}, ${what})`;
}

function findArticle(articles: Article[], ref: string): Article | undefined {
  return articles.find((a) => a.slug === ref || a.file === ref);
}


/**
 * Apply headline and date corrections to articles (before extraction, so claim
 * times resolve against the corrected date). Returns new articles; throws on a
 * story that does not exist.
 */
export function applyArticleCorrections(articles: Article[], corrections: Correction[]): { articles: Article[]; applied: AppliedCorrection[] } {
  const applied: AppliedCorrection[] = [];
  const bySlug = new Map(articles.map((a) => [a.slug, { ...a }]));
  for (const c of corrections) {
    if (c.action !== 'headline' && c.action !== 'date') continue;
    const found = findArticle(articles, c.story!);
    if (!found) {
      throw new Error(`${describe(c)}: no story with this slug or seed file name. Stories: ${articles.map((a) => a.slug).join(', ') || '(none)'}`);
    }
    const a = bySlug.get(found.slug)!;
    if (c.action === 'headline') {
      const before = a.headline;
      a.headline = c.headline!;
      a.headlineGenerated = false;
      applied.push({ date: c.date, note: c.reason, action: c.action, story: a.slug, headline: a.headline, claim: null, change: `headline: “${before}” → “${a.headline}”`, figure: null });
    } else {
      const before = a.period.label;
      a.period = {
        from: c.published!,
        to: c.published!,
        label: longDate(c.published!),
        // An editor gave the date, as a sidecar would.
        kind: 'sidecar',
        evidence: [{ kind: 'correction', text: c.reason, implies: c.published! }],
      };
      applied.push({ date: c.date, note: c.reason, action: c.action, story: a.slug, headline: a.headline, claim: null, change: `date: ${before} → ${a.period.label}`, figure: null });
    }
  }
  // Headlines in the log are the final ones, whatever order the corrections came in.
  for (const ap of applied) ap.headline = bySlug.get(ap.story)!.headline;
  return { articles: articles.map((a) => bySlug.get(a.slug)!), applied };
}

function show(v: unknown): string {
  return v === null ? 'none' : Array.isArray(v) ? v.join(' + ') : String(v);
}

/**
 * Apply exclude/correct corrections to extracted claims (before reconciliation,
 * so facts are built from corrected figures). Throws on a claim id that does not exist.
 */
export function applyClaimCorrections(
  claims: Claim[],
  corrections: Correction[],
  articles: Article[] = [],
): { claims: Claim[]; applied: AppliedCorrection[] } {
  const byId = new Map(claims.map((c) => [c.id, { ...c, entity: [...c.entity] }]));
  const excluded = new Set<string>();
  const applied: AppliedCorrection[] = [];
  for (const c of corrections) {
    if (c.action !== 'exclude' && c.action !== 'correct') continue;
    const claim = byId.get(c.claim!);
    if (!claim) {
      const slug = c.claim!.split(':')[0];
      const near = claims.filter((x) => x.slug === slug).map((x) => x.id);
      const hint = near.length ? ` Claims of story "${slug}": ${near.join(', ')}` : ` No story "${slug}" has claims.`;
      throw new Error(`${describe(c)}: no claim with this id (ids are listed in content/data/claims.json).${hint}`);
    }
    if (excluded.has(claim.id)) throw new Error(`${describe(c)}: claim was already excluded by an earlier correction`);
    const headline = articles.find((a) => a.slug === claim.slug)?.headline ?? claim.slug;
    const figure = `“${claim.display}” — ${claim.subject}`;
    if (c.action === 'exclude') {
      excluded.add(claim.id);
      applied.push({ date: c.date, note: c.reason, action: 'exclude', story: claim.slug, headline, claim: claim.id, change: `removed: ${claim.display} (${claim.subject})`, figure });
    } else {
      const changes: string[] = [];
      const patch = c.set!;
      for (const key of Object.keys(patch) as (keyof ClaimPatch)[]) {
        const before = claim[key];
        const after = patch[key];
        changes.push(`${key}: ${show(before)} → ${show(after)}`);
        (claim as unknown as Record<string, unknown>)[key] = Array.isArray(after) ? [...after] : after;
      }
      applied.push({ date: c.date, note: c.reason, action: 'correct', story: claim.slug, headline, claim: claim.id, change: changes.join('; '), figure });
    }
  }
  return { claims: claims.filter((c) => !excluded.has(c.id)).map((c) => byId.get(c.id)!), applied };
}

/** Stable order for the public log: newest first, then story, then claim. */
export function sortApplied(applied: AppliedCorrection[]): AppliedCorrection[] {
  return [...applied].sort(
    (a, b) => b.date.localeCompare(a.date) || a.story.localeCompare(b.story) || (a.claim ?? '').localeCompare(b.claim ?? '') || a.change.localeCompare(b.change),
  );
}

/** The story's frontmatter field: one note per correction of the story, oldest first. */
export function storyCorrectionNotes(applied: AppliedCorrection[], slug: string): { date: string; note: string }[] {
  return sortApplied(applied)
    .filter((a) => a.story === slug)
    .reverse()
    .map((a) => ({ date: a.date, note: noteFor(a) }));
}

/** What a story says about one correction: the reason, and for a figure, which one and what changed. */
export function noteFor(a: AppliedCorrection): string {
  if (!a.figure) return a.note;
  const end = /[.!?]$/.test(a.note) ? '' : '.';
  return a.action === 'exclude' ? `${a.note}${end} Removed: ${a.figure}.` : `${a.note}${end} Changed: ${a.figure} (${a.change}).`;
}
