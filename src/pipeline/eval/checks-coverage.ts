// Checks coverage on the development archive (issue 18): the folders given (by default the seeds
// plus the government corpus, tests/fixtures/gov/texts) built together as one archive, as a new user would build them, then
// every encounter and apprehension claim listed with its verdict, or the reason it is not checkable.
// Used by `npm run eval` (summary) and `node src/cli/checks-coverage.ts` (every claim).
//
// Which claims count: every check the checker makes (figures that count encounters,
// apprehensions, crossings or expulsions, and sentences comparing those levels over time),
// plus every other extracted claim whose unit or nearby words name encounters or apprehensions
// and that the checker left out — listed as "not checked" with the reason, so the denominator is
// not decided by the checker alone. Interior arrests by ICE ("officers apprehended 119
// noncitizens" in a national operation) are not border encounters: they are listed apart and left
// out of the denominator, unless the sentence ties them to a border or a port of entry.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPipeline } from '../run.ts';
import { checkClaims } from '../checks.ts';
import { loadSeries } from '../reference/series.ts';
import { loadOfficeholders } from '../text/period.ts';
import type { Check, Claim, UnitFamily } from '../types.ts';

export interface CoverageRow {
  article: string;
  claim_id: string;
  stated: string;
  quote: string;
  verdict: Check['verdict'] | 'not-checked';
  /** Series, period and vintage for a verdict; the reason otherwise. */
  detail: string;
  /** The checker's explanation (the reason, for a claim without a verdict). */
  explanation: string;
  /** True when every verdict field is there: series, period, vintage. */
  named: boolean;
  /** False for claims listed but not counted (interior arrests, which are not border encounters). */
  counted: boolean;
}

export interface Coverage {
  /** What the archive was built from ("seeds + texts"), for the headline. */
  label: string;
  articles: number;
  rows: CoverageRow[];
  /** Rows with a verdict (consistent, partly consistent, inconsistent). */
  verdicts: number;
  total: number;
  share: number;
  /** Verdicts missing the series, period or vintage. */
  unnamed: number;
  /** Listed apart, not in `total`: interior arrests. */
  apart: number;
}

const BORDER_PLACE = /\b(southwest|southern|northern|u\.s\.-mexico|u\.s\.-canada) border\b|\bports? of entry\b/i;
const MEASURE_WORD = /\b(encounters?|encountered|apprehensions?|apprehended|apprehending)\b/i;

/** Unit families a count of people stopped at the border can carry (typed, so a family that does not exist fails to compile). */
const ENCOUNTER_FAMILIES: readonly UnitFamily[] = ['events', 'rate', 'personnel', 'other'];

/** An extracted claim about encounters or apprehensions, by its unit or the words around its figure. */
export function isEncounterClaim(c: Claim): boolean {
  if (/encounter|apprehen/i.test(c.unit)) return true;
  if (!ENCOUNTER_FAMILIES.includes(c.unit_family)) return false;
  const window = c.quote.slice(Math.max(0, c.start - 40), Math.min(c.quote.length, c.end + 40));
  return MEASURE_WORD.test(window);
}

/** An arrest by ICE or its offices away from the border: no border series counts it (the checker's own rule). */
export function isInteriorArrest(c: Claim): boolean {
  return c.entity.length > 0 && c.entity.every((e) => /^(ICE|ERO|HSI)$/.test(e)) && !BORDER_PLACE.test(c.quote);
}

function copyTexts(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const p = path.join(from, name);
    if (statSync(p).isFile()) copyFileSync(p, path.join(to, name));
  }
}

/** Builds the archive from `dirs` in a temporary folder and measures checks coverage. */
export async function measureCoverage(dirs: string[], root: string = process.cwd()): Promise<Coverage> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'surge-checks-'));
  try {
    const seeds = path.join(tmp, 'seeds');
    const out = path.join(tmp, 'out');
    mkdirSync(seeds, { recursive: true });
    for (const d of dirs) copyTexts(d, seeds);
    const report = await runPipeline({ seedsDir: seeds, outDir: out, root });
    const checks = checkClaims(report.claims, await loadSeries(root), report.articles, loadOfficeholders(root));
    return summarise(report.articles.length, report.claims, checks, sourcesLabel(dirs, root));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The folders an archive was built from, as short paths: "seeds + tests/fixtures/gov/texts". */
export function sourcesLabel(dirs: string[], root: string = process.cwd()): string {
  const names = dirs.map((d) => {
    const rel = path.relative(root, path.resolve(d));
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.basename(d);
  });
  return names.length ? names.join(' + ') : '(no folders)';
}

export function summarise(articles: number, claims: Claim[], checks: Check[], label = 'archive'): Coverage {
  const checked = new Set(checks.map((c) => c.claim_id));
  const rows: CoverageRow[] = checks.map((c) => {
    const named = !!(c.series && c.period && c.vintage);
    const detail =
      c.verdict === 'not-checkable'
        ? c.explanation
        : `${c.series} · ${c.period ?? '(no period)'} · ${c.vintage ?? '(no vintage)'} · compared with ${c.compared_with} · tolerance ${c.tolerance}`;
    return { article: c.article, claim_id: c.claim_id, stated: c.stated ?? '', quote: c.quote, verdict: c.verdict, detail, explanation: c.explanation, named, counted: true };
  });
  for (const c of claims) {
    if (checked.has(c.id) || !isEncounterClaim(c)) continue;
    const interior = isInteriorArrest(c);
    rows.push({
      article: c.article, claim_id: c.id, stated: c.display, quote: c.quote, verdict: 'not-checked', named: false, counted: !interior, explanation: '',
      detail: interior ? 'interior arrests by ICE, not border encounters: listed, not counted' : `left out by the checker (unit “${c.unit}”, ${c.unit_family})`,
    });
  }
  rows.sort((a, b) => (a.claim_id < b.claim_id ? -1 : a.claim_id > b.claim_id ? 1 : 0));
  const counted = rows.filter((r) => r.counted);
  const withVerdict = counted.filter((r) => r.verdict !== 'not-checkable' && r.verdict !== 'not-checked');
  const total = counted.length;
  return {
    label, articles, rows, verdicts: withVerdict.length, total, share: total ? withVerdict.length / total : 1,
    unnamed: withVerdict.filter((r) => !r.named).length, apart: rows.length - total,
  };
}

export function formatCoverage(c: Coverage, details = false): string {
  const lines = [
    `checks coverage (${c.label}, ${c.articles} stories): ${c.verdicts} of ${c.total} encounter/apprehension claims have a verdict = ${(c.share * 100).toFixed(0)} % (target ≥ 80 %)` +
      `${c.unnamed ? `; ${c.unnamed} verdict(s) lack series, period or vintage` : '; every verdict names series, period and vintage'}` +
      `${c.apart ? `; ${c.apart} interior arrest claim(s) listed apart, not counted` : ''}`,
  ];
  if (details) {
    for (const r of c.rows) {
      lines.push(`  [${r.counted ? r.verdict : 'not counted'}] ${r.claim_id} “${r.stated}”`);
      lines.push(`      ${r.quote.length > 200 ? `${r.quote.slice(0, 200)}…` : r.quote}`);
      lines.push(`      → ${r.detail}`);
      if (r.explanation && r.explanation !== r.detail) lines.push(`        ${r.explanation}`);
    }
  } else {
    for (const r of c.rows.filter((x) => x.verdict === 'not-checkable' || x.verdict === 'not-checked')) lines.push(`  ${r.counted ? 'not checkable' : 'not counted'}: ${r.claim_id} “${r.stated}”: ${r.detail}`);
  }
  return lines.join('\n');
}
