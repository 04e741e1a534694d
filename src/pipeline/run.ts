// The pipeline, wired: read → clean → structure → extract → reconcile → check → emit.
// Used by the CLI (src/cli/pipeline.ts) and the Astro integration alike.
// Synchronous file I/O: thousands of small reads and writes cost less without a
// promise and a thread-pool round trip each (the stage is a batch job either way).
import { lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_BYTES, readSeed, sizeProblem } from './read.ts';
import { listSeeds, readListed, type SeedFile } from './seeds.ts';
import { readSidecar } from './sidecar.ts';
import { clean } from './clean.ts';
import { learnTemplate } from './template.ts';
import { structure } from './structure.ts';
import { loadOfficeholders, type Officeholder } from './text/period.ts';
import { matchKey } from './text/normalize.ts';
import { extractArticle, extractPlaces } from './extract/index.ts';
import { reconcile } from './reconcile.ts';
import { storyToMdx } from './emit/mdx.ts';
import { emitDatasets } from './emit/datasets.ts';
import { assignSlugs } from './slug.ts';
import { placeCharts } from '../charts/placement.ts';
import { checkClaims } from './checks.ts';
import { loadSeries } from './reference/series.ts';
import { loadReference } from './reference/agencies.ts';
import { applyArticleCorrections, applyClaimCorrections, loadCorrections, sortApplied, storyCorrectionNotes } from './corrections.ts';
import type { Article, Claim, PlaceMention, ReportEntry } from './types.ts';

export interface PipelineOptions {
  seedsDir: string;
  /** Receives stories/ and data/. */
  outDir: string;
  /** Project root: content/reference/ and content/editorial/ are read from here. */
  root: string;
}

export interface PipelineReport {
  entries: ReportEntry[];
  summary: string;
  articles: Article[];
  claims: Claim[];
}

const SIDECAR = /\.ya?ml$/i;
/** A sidecar is a few lines of YAML; a larger one is a wrong file. */
const MAX_SIDECAR_BYTES = 64 * 1024;

/** Sidecar keep:/drop: lines that match no line of the article: the editor's list is stale or mistyped. */
function unmatchedOverrides(text: string, sidecar: { keep?: string[]; drop?: string[] } | null): string[] {
  if (!sidecar?.keep && !sidecar?.drop) return [];
  const lines = new Set(text.split('\n').map(matchKey));
  const out: string[] = [];
  for (const k of ['keep', 'drop'] as const) for (const line of sidecar[k] ?? []) if (!lines.has(matchKey(line))) out.push(`"${k}" line not found in the article (ignored): "${line}"`);
  return out;
}

/**
 * stories/ made ready for this run's files, and the names in it the run must remove unless it
 * writes them again. The folder's regular files are overwritten in place: deleting a thousand
 * stories and creating them again took over a second on ext4, writing over them a tenth of
 * that. Anything else (a folder, a link, a hard-linked file) goes first, as does stories/ itself
 * if it is no folder.
 */
function previousStories(storiesDir: string): Set<string> {
  let isDir = false;
  try {
    isDir = lstatSync(storiesDir).isDirectory();
  } catch {
    // not there yet
  }
  if (!isDir) {
    rmSync(storiesDir, { recursive: true, force: true });
    mkdirSync(storiesDir, { recursive: true });
    return new Set();
  }
  const stale = new Set<string>();
  for (const d of readdirSync(storiesDir, { withFileTypes: true })) {
    // (A file with another name elsewhere, a hard link, is replaced, not written through.)
    if (d.isFile() && lstatSync(path.join(storiesDir, d.name)).nlink === 1) stale.add(d.name);
    else rmSync(path.join(storiesDir, d.name), { recursive: true, force: true });
  }
  return stale;
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineReport> {
  // Only regular files that live in seeds/ itself are read (src/pipeline/seeds.ts says why).
  const listing = listSeeds(opts.seedsDir);
  const entries: ReportEntry[] = listing.refused.map((r) => ({
    file: r.name, status: 'refused', slug: null, bytes: 0, messages: [`${r.name}: ${r.reason}`],
  }));
  const sidecars = new Map<string, SeedFile>();
  const seedFiles: SeedFile[] = [];
  for (const f of listing.files) {
    if (SIDECAR.test(f.name)) sidecars.set(f.name.replace(SIDECAR, ''), f);
    else seedFiles.push(f);
  }

  const slugs = assignSlugs(seedFiles.map((f) => f.name));
  const articles: Article[] = [];
  const seenText = new Map<string, string>();
  // Looked up once, at the first article (as before): the path lookup per article showed in profiles.
  let officeholders: Officeholder[] | undefined;
  // Every seed is read before any is cleaned: the outlets' templates (lines that
  // recur across articles) are learnt from the whole archive (template.ts).
  const reads = seedFiles.map((seed): ReturnType<typeof readSeed> => {
    // Size first, from the listing: a file over the limit is never loaded.
    const tooBig = sizeProblem(seed.size);
    const got = tooBig ? { ok: false as const, reason: tooBig } : readListed(listing, seed, MAX_BYTES);
    return got.ok ? readSeed(seed.name, got.bytes) : { ok: false, file: seed.name, bytes: seed.size, reason: got.reason };
  });
  const template = learnTemplate(reads.flatMap((r) => (r.ok ? [r.text] : [])));
  for (const [index, seed] of seedFiles.entries()) {
    const file = seed.name;
    const read = reads[index]!;
    if (!read.ok) {
      entries.push({ file, status: 'refused', slug: null, bytes: read.bytes, messages: [`${file}: ${read.reason}`] });
      continue;
    }
    const messages = read.warnings.map((w) => `${file}: ${w}`);
    const sidecarFile = sidecars.get(file.replace(/\.[^.]*$/, '')) ?? sidecars.get(file);
    let sidecar = null;
    const sidecarName = sidecarFile?.name;
    if (sidecarFile) {
      sidecars.delete(file.replace(/\.[^.]*$/, ''));
      const got = readListed(listing, sidecarFile, MAX_SIDECAR_BYTES);
      if (got.ok) {
        const parsed = readSidecar(new TextDecoder().decode(got.bytes));
        sidecar = parsed.sidecar;
        messages.push(...parsed.errors.map((e) => `${sidecarName}: ${e}`));
      } else messages.push(`${sidecarName}: ${got.reason} (sidecar ignored)`);
    }
    const cleaned = clean(read.text, { template, keep: sidecar?.keep, drop: sidecar?.drop });
    messages.push(...unmatchedOverrides(read.text, sidecar).map((m) => `${sidecarName}: ${m}`));
    const slug = slugs.get(file)!;
    officeholders ??= loadOfficeholders(opts.root);
    const article = structure({ file, slug, cleaned, sidecar, officeholders });
    if (article.paragraphs.length === 0) {
      entries.push({ file, status: 'refused', slug: null, bytes: read.bytes, encoding: read.encoding, messages: [...messages, `${file}: no article text left after cleaning (nothing to publish)`] });
      continue;
    }
    const key = article.paragraphs.map((p) => p.text).join('\n');
    const dup = seenText.get(key);
    if (dup) messages.push(`${file}: same text as ${dup} (published once per file; claims counted once per fact)`);
    else seenText.set(key, file);
    articles.push(article);
    entries.push({
      file,
      status: messages.length ? 'warning' : 'ok',
      slug,
      bytes: read.bytes,
      encoding: read.encoding,
      messages,
      paragraphs: article.paragraphs.length,
      sentences: article.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
      dropped_lines: cleaned.dropped.length,
      dropped: cleaned.dropped,
      headline_source: sidecar?.headline ? 'sidecar' : article.headlineGenerated ? 'generated' : 'text',
    });
  }
  for (const { name: orphan } of sidecars.values()) {
    entries.push({ file: orphan, status: 'warning', slug: null, bytes: 0, messages: [`${orphan}: sidecar has no matching article file (ignored)`] });
  }

  // Editorial corrections (content/editorial/corrections.yaml): headlines and dates before
  // extraction, claims before reconciliation; an unknown story or claim throws and fails the build.
  const corrections = await loadCorrections(opts.root);
  const corrected = applyArticleCorrections(articles, corrections);
  articles.splice(0, articles.length, ...corrected.articles);
  // Reference data of this run's root, read once and passed down (not the checkout's, issue 14).
  const reference = loadReference(opts.root);
  const extracted = articles.map((a) => extractArticle(a, { gazetteer: reference.gazetteer }));
  const claimCorrections = applyClaimCorrections(extracted.flatMap((e) => e.claims), corrections, articles);
  const rawClaims = claimCorrections.claims;
  // Every quantity with why it was or was not promoted; an editor's exclusion says so.
  const kept = new Set(rawClaims.map((c) => c.id));
  const quantities = extracted.flatMap((e) => e.quantities).map((q) =>
    q.claim_id && !kept.has(q.claim_id) ? { ...q, promoted: false, claim_id: null, reason: `${q.reason}; excluded by an editor's correction` } : q,
  );
  const appliedCorrections = sortApplied([...corrected.applied, ...claimCorrections.applied]);
  const places: PlaceMention[] = articles.flatMap((a) => extractPlaces(a));
  const { claims, facts } = reconcile(rawClaims);
  // Reference series are validated here, at build time: a bad row stops the build (issue 5).
  const checks = checkClaims(claims, await loadSeries(opts.root), articles, officeholders ?? []);

  const storiesDir = path.join(opts.outDir, 'stories');
  const dataDir = path.join(opts.outDir, 'data');
  const stale = previousStories(storiesDir);
  // Grouped once: filtering every claim per article made the pipeline quadratic.
  const claimsBySlug = Map.groupBy(claims, (c) => c.slug);
  const placesBySlug = Map.groupBy(places, (p) => p.slug);
  const entryByFile = new Map(entries.map((e) => [e.file, e]));
  for (const article of articles) {
    const own = claimsBySlug.get(article.slug) ?? [];
    const placements = placeCharts(article, own, facts, placesBySlug.get(article.slug) ?? []);
    const mdx = storyToMdx(article, own, placements, {
      claims: own.length,
      charts: placements.map((p) => p.chartId),
      corrections: storyCorrectionNotes(appliedCorrections, article.slug),
    });
    writeFileSync(path.join(storiesDir, `${article.slug}.mdx`), mdx);
    stale.delete(`${article.slug}.mdx`);
    const entry = entryByFile.get(article.file);
    if (entry) entry.claims = own.length;
  }
  for (const name of stale) rmSync(path.join(storiesDir, name), { recursive: true, force: true });
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  await emitDatasets(dataDir, { claims, facts, checks, places, quantities });
  writeFileSync(path.join(dataDir, 'corrections.json'), JSON.stringify(appliedCorrections, null, 2) + '\n');
  writeFileSync(path.join(dataDir, 'build-report.json'), JSON.stringify({ entries }, null, 2) + '\n');

  const count = (s: string) => entries.filter((e) => e.status === s).length;
  const summary =
    `pipeline: ${entries.length} input file(s): ${count('ok')} ok, ${count('warning')} with warnings, ${count('refused')} refused; ` +
    `${articles.length} stories, ${claims.length} claims, ${facts.length} facts` +
    entries
      .filter((e) => e.status !== 'ok')
      .map((e) => `\n  [${e.status}] ${e.messages.join('; ')}`)
      .join('');
  return { entries, summary, articles, claims };
}
