// The pipeline, wired: read → clean → structure → extract → reconcile → check → emit.
// Used by the CLI (src/cli/pipeline.ts) and the Astro integration alike.
// Synchronous file I/O: thousands of small reads and writes cost less without a
// promise and a thread-pool round trip each (the stage is a batch job either way).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSeed } from './read.ts';
import { readSidecar } from './sidecar.ts';
import { clean } from './clean.ts';
import { structure } from './structure.ts';
import { loadOfficeholders, type Officeholder } from './text/period.ts';
import { extractClaims, extractPlaces } from './extract/index.ts';
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

export async function runPipeline(opts: PipelineOptions): Promise<PipelineReport> {
  const names = readdirSync(opts.seedsDir).sort();
  const entries: ReportEntry[] = [];
  const sidecars = new Map<string, string>();
  const seedFiles: string[] = [];
  for (const name of names) {
    const full = path.join(opts.seedsDir, name);
    const st = statSync(full);
    if (!st.isFile()) {
      entries.push({ file: name, status: 'refused', slug: null, bytes: 0, messages: [`${name}: not a regular file (skipped)`] });
      continue;
    }
    if (name.startsWith('.')) {
      entries.push({ file: name, status: 'refused', slug: null, bytes: st.size, messages: [`${name}: hidden file (skipped)`] });
      continue;
    }
    if (SIDECAR.test(name)) sidecars.set(name.replace(SIDECAR, ''), name);
    else seedFiles.push(name);
  }

  const slugs = assignSlugs(seedFiles);
  const articles: Article[] = [];
  const seenText = new Map<string, string>();
  // Looked up once, at the first article (as before): the path lookup per article showed in profiles.
  let officeholders: Officeholder[] | undefined;
  for (const file of seedFiles) {
    const bytes = new Uint8Array(readFileSync(path.join(opts.seedsDir, file)));
    const read = readSeed(file, bytes);
    if (!read.ok) {
      entries.push({ file, status: 'refused', slug: null, bytes: read.bytes, messages: [`${file}: ${read.reason}`] });
      continue;
    }
    const messages = read.warnings.map((w) => `${file}: ${w}`);
    const sidecarName = sidecars.get(file.replace(/\.[^.]*$/, '')) ?? sidecars.get(file);
    let sidecar = null;
    if (sidecarName) {
      sidecars.delete(file.replace(/\.[^.]*$/, ''));
      const parsed = readSidecar(readFileSync(path.join(opts.seedsDir, sidecarName), 'utf8'));
      sidecar = parsed.sidecar;
      messages.push(...parsed.errors.map((e) => `${sidecarName}: ${e}`));
    }
    const cleaned = clean(read.text);
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
    });
  }
  for (const orphan of sidecars.values()) {
    entries.push({ file: orphan, status: 'warning', slug: null, bytes: 0, messages: [`${orphan}: sidecar has no matching article file (ignored)`] });
  }

  // Editorial corrections (content/editorial/corrections.yaml): headlines and dates before
  // extraction, claims before reconciliation; an unknown story or claim throws and fails the build.
  const corrections = await loadCorrections(opts.root);
  const corrected = applyArticleCorrections(articles, corrections);
  articles.splice(0, articles.length, ...corrected.articles);
  // Reference data of this run's root, read once and passed down (not the checkout's, issue 14).
  const reference = loadReference(opts.root);
  const claimCorrections = applyClaimCorrections(articles.flatMap((a) => extractClaims(a, { gazetteer: reference.gazetteer })), corrections, articles);
  const rawClaims = claimCorrections.claims;
  const appliedCorrections = sortApplied([...corrected.applied, ...claimCorrections.applied]);
  const places: PlaceMention[] = articles.flatMap((a) => extractPlaces(a));
  const { claims, facts } = reconcile(rawClaims);
  // Reference series are validated here, at build time: a bad row stops the build (issue 5).
  const checks = checkClaims(claims, await loadSeries(opts.root), articles);

  const storiesDir = path.join(opts.outDir, 'stories');
  const dataDir = path.join(opts.outDir, 'data');
  rmSync(storiesDir, { recursive: true, force: true });
  mkdirSync(storiesDir, { recursive: true });
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
    const entry = entryByFile.get(article.file);
    if (entry) entry.claims = own.length;
  }
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  await emitDatasets(dataDir, { claims, facts, checks, places });
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
