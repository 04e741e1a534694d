// `npm run eval` part for the government corpus (tests/fixtures/gov): extract its texts with
// the checkout's reference data, score them (corpus.ts) and print the table.
// Controls are the texts whose labels name only statistical agencies (090_…, 091_…).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArticles } from './seeds.ts';
import { formatCorpusReport, scoreCorpus } from './corpus.ts';
import type { FixtureClaim } from './score.ts';
import { extractClaims } from '../extract/index.ts';
import { loadReference } from '../reference/agencies.ts';

/** True when the corpus meets the issue's targets (or is absent: said so, not failed). */
export async function runCorpusEval(dir: string, opts: { json?: boolean; verbose?: boolean; root?: string } = {}): Promise<boolean> {
  const labels = path.join(dir, 'claims.json');
  if (!existsSync(labels)) {
    console.log(`\ngov corpus: ${labels} not found (skipped)`);
    return true;
  }
  const ref = loadReference(opts.root ?? process.cwd());
  const expected = JSON.parse(readFileSync(labels, 'utf8')) as FixtureClaim[];
  const articles = await loadArticles(path.join(dir, 'texts'), ref.root);
  const claims = articles.flatMap((a) => extractClaims(a, { gazetteer: ref.gazetteer }));
  const kindOf = (id: string) => ref.gazetteer.byId.get(id)?.kind ?? 'federal';
  const byArticle = Map.groupBy(expected, (f) => f.article);
  const controls = [...byArticle].filter(([, fs]) => fs.every((f) => f.entity.length > 0 && f.entity.every((id) => kindOf(id) === 'statistical'))).map(([a]) => a);
  const isEnforcement = (id: string) => ref.gazetteer.byId.has(id) && !['statistical', 'group'].includes(kindOf(id));
  const onTopic = new Set(articles.map((a) => a.file).filter((f) => !controls.includes(f)));
  const main = scoreCorpus(expected.filter((f) => onTopic.has(f.article)), claims.filter((c) => onTopic.has(c.article)), { gazetteer: ref.gazetteer });
  const ctl = scoreCorpus(expected.filter((f) => controls.includes(f.article)), claims.filter((c) => controls.includes(c.article)), { gazetteer: ref.gazetteer, controls, isEnforcement });
  if (opts.json) console.log(JSON.stringify({ gov: main, controls: ctl }, null, 2));
  else {
    console.log(`\n${formatCorpusReport(`gov corpus (${onTopic.size} texts)`, main, opts.verbose)}`);
    console.log(`\n${formatCorpusReport(`controls (${controls.join(', ')})`, ctl, opts.verbose)}`);
  }
  // Reported, not gated on the corpus scores yet (they depend on the quantity layer too);
  // a control figure owned by an enforcement agency is a failure.
  return ctl.controlViolations.length === 0;
}

/**
 * A held-out government set (tests/fixtures/gov-holdout, gov-holdout2 … gov-holdout5: texts/ + claims.json),
 * labelled before the extractor ever ran on it: scored like the corpus, printed as
 * "(<label>)" (default "gov held-out"), never a gate (absent → said so).
 */
export async function runHeldOutEval(
  dir: string,
  opts: { json?: boolean; verbose?: boolean; root?: string; label?: string; jsonKey?: string } = {},
): Promise<void> {
  const label = opts.label ?? 'gov held-out';
  const labels = path.join(dir, 'claims.json');
  if (!existsSync(labels)) {
    console.log(`\n(${label}) ${labels} not found (skipped)`);
    return;
  }
  const ref = loadReference(opts.root ?? process.cwd());
  const expected = JSON.parse(readFileSync(labels, 'utf8')) as FixtureClaim[];
  const articles = await loadArticles(path.join(dir, 'texts'), ref.root);
  const claims = articles.flatMap((a) => extractClaims(a, { gazetteer: ref.gazetteer }));
  const held = scoreCorpus(expected, claims, { gazetteer: ref.gazetteer });
  if (opts.json) console.log(JSON.stringify({ [opts.jsonKey ?? 'govHeldOut']: held }, null, 2));
  else console.log(`\n${formatCorpusReport(`(${label}) ${articles.length} texts`, held, opts.verbose)}`);
}
