// The one reader of content/data/{claims,facts,checks}.json: read once per build process,
// validated with the content schemas (src/model/schemas.ts), and indexed once for every page.
// These used to be content collections; Astro keeps its data store as module source, as a
// string and as devalue's flat arrays for the whole build, and these three files were most of
// that store (about half the heap at 1,000 articles; BENCHMARKS.md, issue 20). Plain arrays and
// maps of the validated records are all the pages need.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { byReadingOrder, storyOf } from '../model/ids.ts';
import { checkSchema, claimSchema, factSchema, type CheckData, type ClaimData, type FactData } from '../model/schemas.ts';
import { contentDir } from './content-dir.ts';

export type { CheckData, ClaimData, FactData };

export interface FiguresStore {
  /** The records in file order, as validated (fields outside the schema dropped, as the collections did). */
  claims: ClaimData[];
  facts: FactData[];
  checks: CheckData[];
  claimById: Map<string, ClaimData>;
  /** A story's claims in reading order. */
  claimsBySlug: Map<string, ClaimData[]>;
  factById: Map<string, FactData>;
  /** Checks of one claim, in file order. */
  checksByClaim: Map<string, CheckData[]>;
  /** Statements with no figure of their own are checked by sentence (claim_id = sentence id): by story. */
  sentenceChecksBySlug: Map<string, CheckData[]>;
}

const FILES = ['claims.json', 'facts.json', 'checks.json'] as const;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Reads one dataset and validates every record; a missing file is an empty dataset (as the
 * collections' file() loader left an empty collection). Invalid data fails the build with the
 * file, the record's position and id, and what is wrong.
 */
function readRecords<S extends z.ZodType>(file: string, schema: S, idOf: (r: Record<string, unknown>) => string): z.output<S>[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of records`);
  const out: z.output<S>[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = schema.safeParse(raw[i]);
    if (!r.success) {
      const rec = raw[i] && typeof raw[i] === 'object' ? idOf(raw[i] as Record<string, unknown>) : '';
      const what = r.error.issues.map((x) => `${x.path.join('.') || '(record)'}: ${x.message}`).join('; ');
      throw new Error(`${file}: record ${i + 1}${rec ? ` (${rec})` : ''} is invalid: ${what}`);
    }
    out[i] = r.data;
  }
  return out;
}

/** Reads and indexes the three datasets of `dir` (a content folder). No caching. */
export function loadFigures(dir: string = contentDir()): FiguresStore {
  const data = path.join(dir, 'data');
  const id = (r: Record<string, unknown>) => (typeof r.id === 'string' ? `id ${r.id}` : '');
  const claims = readRecords(path.join(data, 'claims.json'), claimSchema, id);
  const facts = readRecords(path.join(data, 'facts.json'), factSchema, id);
  const checks = readRecords(path.join(data, 'checks.json'), checkSchema, (r) => (typeof r.claim_id === 'string' ? `claim_id ${r.claim_id}` : ''));

  // A repeated id keeps the last record, as the collections did (the pipeline never writes one).
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const claimsBySlug = new Map<string, ClaimData[]>();
  for (const c of claimById.values()) push(claimsBySlug, c.slug, c);
  for (const list of claimsBySlug.values()) list.sort((a, b) => byReadingOrder(a.id, b.id));
  const factById = new Map(facts.map((f) => [f.id, f]));
  const checksByClaim = new Map<string, CheckData[]>();
  const sentenceChecksBySlug = new Map<string, CheckData[]>();
  for (const c of checks) {
    push(checksByClaim, c.claim_id, c);
    if (c.claim_id === c.sentence_id) push(sentenceChecksBySlug, storyOf(c.sentence_id), c);
  }
  return { claims: [...claimById.values()], facts: [...factById.values()], checks, claimById, claimsBySlug, factById, checksByClaim, sentenceChecksBySlug };
}

// What the cached store was read from: the folder, and each file's mtime and size.
function stamp(dir: string): string {
  return FILES.map((f) => {
    try {
      const s = statSync(path.join(dir, 'data', f));
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return '-';
    }
  }).join('|');
}

let cache: { dir: string; stamp: string; store: FiguresStore } | null = null;

/**
 * The datasets of the build's content folder, read once per process. In `astro dev` the pipeline
 * rewrites them under the running server, so there (or with `watch`) the files' mtime and size
 * are checked on each call and a changed file is read again; a build skips that check (pages ask
 * for the store once per number).
 */
export function figuresStore(opts: { dir?: string; watch?: boolean } = {}): FiguresStore {
  const dir = opts.dir ?? contentDir();
  const watch = opts.watch ?? (import.meta.env ? import.meta.env.DEV : false);
  if (cache && cache.dir === dir && !watch) return cache.store;
  const now = stamp(dir);
  if (cache && cache.dir === dir && cache.stamp === now) return cache.store;
  cache = { dir, stamp: now, store: loadFigures(dir) };
  return cache.store;
}
