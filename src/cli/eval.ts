// `npm run eval`: score the extractor on seeds/ against tests/fixtures/seed-claims.json.
// Runs read → clean → structure → extract in memory (no Astro, nothing written).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../pipeline/eval/seeds.ts';
import { formatReport, score, type FixtureClaim } from '../pipeline/eval/score.ts';
import { extractClaims } from '../pipeline/extract/index.ts';
import { evalMessy, formatMessy, messyOk } from '../pipeline/eval/messy.ts';
import { evalSavedHeadlines, formatSavedHeadlines } from '../pipeline/eval/saved-headlines.ts';
import { runNewsQuant } from '../pipeline/eval/newsquant-run.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    fixture: { type: 'string', default: 'tests/fixtures/seed-claims.json' },
    structure: { type: 'string', default: 'tests/fixtures/seed-structure.json' },
    json: { type: 'boolean', default: false },
    messy: { type: 'string', default: 'tests/fixtures/messy' },
    /** NewsQuant.json (CQE benchmark); scored on its development split only. */
    newsquant: { type: 'string', default: '.cache/NewsQuant.json' },
    /** Print every NewsQuant sentence with a miss or an extra. */
    'newsquant-details': { type: 'boolean', default: false },
    // Issue 14: the hand-labelled government corpus (texts/ + claims.json); skipped when absent.
    gov: { type: 'string', default: 'tests/fixtures/gov' },
    // The held-out government set (labelled before the extractor ran on it): reported, not a gate.
    'gov-holdout': { type: 'string', default: 'tests/fixtures/gov-holdout' },
    // Held-out set 2 (labelled before any run, after held-out 1 became development data): reported, not a gate.
    'gov-holdout2': { type: 'string', default: 'tests/fixtures/gov-holdout2' },
    // Held-out set 3 (labelled before any run; development data since the round that tuned on it, 2026-12-04): reported, not a gate.
    'gov-holdout3': { type: 'string', default: 'tests/fixtures/gov-holdout3' },
    // Held-out set 4 (labelled before any run; development data since the round that tuned on it, 2026-12-04): reported, not a gate.
    'gov-holdout4': { type: 'string', default: 'tests/fixtures/gov-holdout4' },
    // Held-out set 5 (labelled before any run; development data since the round that tuned on it, 2026-12-04): reported, not a gate.
    'gov-holdout5': { type: 'string', default: 'tests/fixtures/gov-holdout5' },
    // Held-out set 6 (labelled before any run; GAO highlights, CRS on EOIR, USCIS statistics, a hearing statement): reported, not a gate.
    'gov-holdout6': { type: 'string', default: 'tests/fixtures/gov-holdout6' },
    // Held-out set 7 (labelled before any run; a photo essay, a DoD transcript, the Federal Register, an OIG page, a CBP testimony): reported, not a gate.
    'gov-holdout7': { type: 'string', default: 'tests/fixtures/gov-holdout7' },
    // Held-out set 8 (labelled before any run; a DoD contract list, NGB per-state counts, a GAO abstract, Border Patrol community releases, a Marshals page): reported, not a gate.
    'gov-holdout8': { type: 'string', default: 'tests/fixtures/gov-holdout8' },
    // Held-out set 9 (labelled before any run; development data since the round that tuned on it, 2026-12-04; a White House statement, EOIR and CRS pages, an NGB fact sheet of run-on items, an OIG table run together): reported, not a gate.
    'gov-holdout9': { type: 'string', default: 'tests/fixtures/gov-holdout9' },
    // Held-out set 10 (labelled before any run; development data since the round that tuned on it, 2026-12-06; a Secretary's statement with a table, a glued-cell table, a state Guard letter, an SRT caption file, three texts with no chartable figure): reported, not a gate.
    'gov-holdout10': { type: 'string', default: 'tests/fixtures/gov-holdout10' },
    // Held-out set 11 (labelled before any run; blind: nobody tunes on it this session; an average-day fact sheet, a sector table with a change column, budget pages, an OCR'd memo, two texts with no chartable figure): reported, not a gate.
    'gov-holdout11': { type: 'string', default: 'tests/fixtures/gov-holdout11' },
    verbose: { type: 'boolean', default: false },
  },
});
const expected = JSON.parse(await readFile(path.resolve(values.fixture!), 'utf8')) as FixtureClaim[];
let mustDrop: Record<string, string[]> = {};
try {
  const s = JSON.parse(await readFile(path.resolve(values.structure!), 'utf8')) as Record<string, { must_drop?: string[] }>;
  mustDrop = Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.must_drop ?? []]));
} catch {
  /* optional */
}
const t0 = performance.now();
const articles = await loadArticles(path.resolve(values.seeds!));
const claims = articles.flatMap((a) => extractClaims(a));
const ms = performance.now() - t0;
const result = score(expected, claims, mustDrop);
if (values.json) console.log(JSON.stringify(result, null, 2));
else console.log(`${formatReport(result)}\n\n${articles.length} articles read, cleaned, structured and extracted in ${ms.toFixed(0)} ms`);

// The cleaner on the messy-page corpus (issue 15): chrome removed, body kept, headlines right.
const messy = evalMessy(path.resolve(values.messy!));
const messyAlone = evalMessy(path.resolve(values.messy!), process.cwd(), { archive: false });
// The blind and held-out outlet sets under tests/fixtures/messy/: reported, not gates. Each was
// labelled before the cleaner ran on it (its FIRST-RUN.md); a set a tuning round has looked at is
// development data from that day on, and its label says so.
const DEV = 'development data since 2026-12-04';
const messySets: readonly { dir: string; label: string }[] = [
  { dir: 'holdout', label: 'held-out outlets' }, // outlets written after the cleaner was tuned
  { dir: 'blind2', label: 'blind set 2' }, // five more outlet shapes
  { dir: 'blind3', label: 'blind set 3' }, // five more shapes around the gov held-out texts
  { dir: 'blind4', label: `blind set 4, ${DEV}` }, // bilingual paper, forum, print replica, e-mail newsletter, congressional page
  { dir: 'blind5', label: `blind set 5, ${DEV}` }, // TV video page, wire client, reader-mode export, link aggregator, AMP page
  { dir: 'blind6', label: `blind set 6, ${DEV}` }, // podcast page, county re-post, web captures, document viewer, browser print
  { dir: 'blind7', label: `blind set 7, ${DEV}` }, // local paper with paywall, liveblog, multilingual portal, feed reader, newsletter post
  { dir: 'blind8', label: `blind set 8, ${DEV}` }, // app share / screenshot text, legal news, messaging channel, library database, wiki library
  { dir: 'blind9', label: `blind set 9, ${DEV}` }, // agency newsroom re-post, court-filing exhibits, list digest, clip report, forwarded e-mail
  { dir: 'blind10', label: `blind set 10, ${DEV}` }, // company intranet digest, government alert bulletin, school newsletter, scoreboard-ticker sports site, translation bar
  { dir: 'blind11', label: 'blind set 11, development data since 2026-12-06' }, // press-release platform, neighbourhood app, course reading page, council agenda packet, e-reader digest
  { dir: 'blind12', label: 'blind set 12, blind' }, // event-listing page, thread unroller, CMS draft preview and editor, OCR'd fax, open-data dataset page
];
// The held-out government sets 2–11, each with the day it became development data (after the round
// that tuned on it; held-out 2 from the start) or 'blind': one list for the saved-headline report
// (development sets only) and the held-out claims report below, so a set turned over is changed here once.
const govHeldOut = ([[2, ''], [3, '2026-12-04'], [4, '2026-12-04'], [5, '2026-12-04'], [6, '2026-12-04'], [7, '2026-12-04'], [8, '2026-12-04'], [9, '2026-12-04'], [10, '2026-12-06'], [11, 'blind']] as const).map(([n, since]) => ({
  n,
  dir: values[`gov-holdout${n}`]!,
  blind: since === 'blind',
  label: `gov held-out ${n}${since === 'blind' ? ', blind' : since ? `, development data since ${since}` : ''}`,
}));
// (A page labelled `headline_absent`, blind8's relay-2, is scored by the messy scorer itself: eval/messy.ts absentHeadlineRight.)
const messyResults = messySets.flatMap(({ dir, label }) => {
  const full = path.join(path.resolve(values.messy!), dir);
  return existsSync(path.join(full, 'labels.json')) ? [{ label, result: evalMessy(full) }] : [];
});
if (!values.json) {
  console.log(`\n${formatMessy(messy)}\n(each page cleaned alone, no outlet template) ${formatMessy(messyAlone)}`);
  for (const { label, result } of messyResults) console.log(`(${label}) ${formatMessy(result)}`);
  // Real agency pages as saved from the web, each cleaned without its sidecar's headline: reported, not a gate.
  // Every development set (a blind held-out set is left out), then their sum.
  const savedSets: readonly (readonly [string, string])[] = [['gov corpus', values.gov!], ['gov held-out', values['gov-holdout']!],
    ...govHeldOut.filter((s) => !s.blind).map((s) => [`gov held-out ${s.n}`, s.dir] as const)];
  let savedRight = 0, savedTotal = 0;
  for (const [label, dir] of savedSets) {
    const texts = path.join(path.resolve(dir), 'texts');
    if (!existsSync(texts)) continue;
    const r = evalSavedHeadlines(texts);
    savedRight += r.right; savedTotal += r.total;
    console.log(formatSavedHeadlines(label, r, values.verbose));
  }
  console.log(`(gov development sets together, sidecar headline hidden) headlines right ${savedRight}/${savedTotal}`);
}
if (!messyOk(messy)) {
  console.error('eval: messy pages below target (chrome removed ≥ 97 %, body kept 100 %, headlines right ≥ 95 %, no claim from chrome)');
  process.exitCode = 1;
}

// Exit non-zero below the issue's targets, so CI can run `npm run eval` as a gate.
const ok =
  result.valueUnitEntity.precision >= 0.95 && result.valueUnitEntity.recall >= 0.95 &&
  result.qualifier.precision >= 0.9 && result.qualifier.recall >= 0.9 &&
  result.status.precision >= 0.9 && result.status.recall >= 0.9 &&
  Object.values(result.violations).every((v) => v.length === 0);
if (!ok) {
  console.error('eval: below target (value+unit+entity ≥ 0.95, qualifier/status ≥ 0.9, no violations)');
  process.exitCode = 1;
}

// NewsQuant (issue 14): absent file → a plain note, no failure.
const nq = await runNewsQuant(path.resolve(values.newsquant!), values['newsquant-details']!);
console.log(`\n${nq.report}`);
if (!nq.ok) process.exitCode = 1;
// Issue 14: the government corpus at value, value+unit, value+entity, value+unit+entity.
const { runCorpusEval, runHeldOutEval } = await import('../pipeline/eval/corpus-run.ts');
if (!(await runCorpusEval(path.resolve(values.gov!), { json: values.json!, verbose: values.verbose! }))) process.exitCode = 1;
// The held-out government sets: reported, not gates.
const heldOutSets: readonly { dir: string; label?: string; jsonKey?: string }[] = [
  { dir: values['gov-holdout']! }, // its default label and JSON key
  ...govHeldOut.map(({ n, dir, label }) => ({ dir, label, jsonKey: `govHeldOut${n}` })),
];
for (const { dir, ...named } of heldOutSets) {
  await runHeldOutEval(path.resolve(dir), { json: values.json!, verbose: values.verbose!, ...named });
}
