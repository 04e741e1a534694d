// Measures a learned chrome/body line model the way the headline model is measured: leave one
// messy set out, train a logistic regression on the other sets' labelled lines (must_drop = chrome,
// must_keep = body), and score the left-out set's labelled lines. Reported, not used by the
// cleaner: its figure says how far jusText-style line features (and the few plain text still shows)
// carry to an outlet shape never seen, next to the rules' blind first runs.
//
//   node src/cli/line-model.ts [--margin 0.9]
//
// A line goes as chrome only above the margin (issue 15: nothing of the article lost), so the
// figures are chrome caught and body lost at that margin. Hand-written logistic regression (a
// dozen and a half features, a few thousand lines): shorter than a dependency.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { MessyLabel } from '../pipeline/eval/messy.ts';
import { learnTemplate, type ArchiveTemplate } from '../pipeline/template.ts';
import { chromeVocabShare, stopwordDensity } from '../pipeline/text/chrome.ts';
import { endsLikeSentence, foldSpaces, matchKey, titleCaseRatio, words } from '../pipeline/text/normalize.ts';
import { FIRST_RUN_CHROME, MESSY_SETS, parseFirstRun, setsBefore } from './model-sets.ts';

const { values } = parseArgs({
  options: {
    messy: { type: 'string', default: 'tests/fixtures/messy' },
    margin: { type: 'string', default: '0.9' },
    l2: { type: 'string', default: '0.01' },
    // "blind10=/tmp/kept.json": the lines the cleaner of that set's first run kept (JSON file → lines), to try the model as a backstop on them.
    'first-run': { type: 'string', multiple: true, default: [] },
  },
});
const root = path.resolve(values.messy!);
const margin = Number(values.margin);
const l2 = Number(values.l2);

const FEATURES = ['bias', 'words', 'short', 'ends', 'stop-words', 'title-case', 'separators', 'digits', 'furniture-words', 'outlet-repeat', 'before-prose', 'after-prose', 'prose-neighbour', 'credit-end', 'byline', 'copyright', 'question', 'capitals', 'url'] as const;

function lineFeatures(lines: string[], i: number, template: ArchiveTemplate, prose: boolean[]): number[] {
  const l = foldSpaces(lines[i]!);
  const ws = words(l);
  const n = ws.length;
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const letters = l.replace(/[^\p{L}]/gu, '');
  return [
    1,
    Math.min(1, Math.log(1 + n) / Math.log(60)),
    n <= 3 ? 1 : 0,
    endsLikeSentence(l) ? 1 : 0,
    stopwordDensity(l),
    titleCaseRatio(l),
    Math.min(1, (l.match(/\s[|·•›»]\s/gu)?.length ?? 0) / 3),
    n ? ws.filter((w) => /\d/.test(w)).length / n : 0,
    n <= 8 ? chromeVocabShare(l) : 0,
    template.count(matchKey(l)) >= 2 ? 1 : 0,
    first >= 0 && i < first ? 1 : 0,
    last >= 0 && i > last ? 1 : 0,
    (i > 0 && prose[i - 1]) || (i + 1 < lines.length && prose[i + 1]) ? 1 : 0,
    /\([^()]{2,60}\)$/.test(l) ? 1 : 0,
    /^by\s+\p{Lu}/iu.test(l) ? 1 : 0,
    /©|\bcopyright\b/i.test(l) ? 1 : 0,
    /\?$/.test(l) ? 1 : 0,
    letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? 1 : 0,
    /\b(?:https?:\/\/|www\.)|\.(?:com|org|gov|net)\b/i.test(l) ? 1 : 0,
  ];
}

interface Row {
  set: string;
  x: number[];
  /** 1: chrome (must_drop), 0: body (must_keep). */
  y: number;
}

function rowsOf(set: string, keptBy?: Record<string, string[]>): Row[] {
  const dir = path.join(root, set);
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, MessyLabel>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && labels[f]).sort();
  const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const template = learnTemplate(texts);
  const rows: Row[] = [];
  files.forEach((file, k) => {
    const label = labels[file]!;
    const lines = texts[k]!.split('\n').map((l) => l.trim()).filter(Boolean);
    // Prose by the jusText measure alone (a sentence of ten words or more, stop words ≥ 0.3): no rule of the cleaner.
    const prose = lines.map((l) => endsLikeSentence(foldSpaces(l)) && words(l).length >= 10 && stopwordDensity(l) >= 0.3);
    const drop = new Set(label.must_drop.map(matchKey));
    const keep = label.must_keep.map(matchKey);
    const kept = keptBy ? new Set(keptBy[file] ?? []) : null;
    lines.forEach((line, i) => {
      if (kept && !kept.has(line)) return;
      const key = matchKey(line);
      const y = drop.has(key) ? 1 : keep.some((kk) => kk === key || (key.length >= 40 && kk.includes(key))) ? 0 : -1;
      if (y >= 0) rows.push({ set, x: lineFeatures(lines, i, template, prose), y });
    });
  });
  return rows;
}

function train(rows: Row[]): number[] {
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let t = 0; t < 2000; t++) {
    const g = w.map((v, k) => (k === 0 ? 0 : l2 * v));
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * w[k]!, 0)));
      for (let k = 0; k < d; k++) g[k]! += ((p - y) * x[k]!) / rows.length;
    }
    for (let k = 0; k < d; k++) w[k]! -= 1.0 * g[k]!;
  }
  return w;
}

// (The sets, named in model-sets.ts: a blind set being written is never read here.)
const sets = MESSY_SETS.filter((s) => existsSync(path.join(root, s, 'labels.json')));
const rows = sets.flatMap((s) => rowsOf(s));
console.log(`line model: ${FEATURES.length} features, ${rows.length} labelled lines, margin P(chrome) > ${margin}, L2 ${l2}`);
console.log('set        chrome caught (left out)   body lost (left out)');
let caught = 0;
let chrome = 0;
let lost = 0;
let body = 0;
for (const s of sets) {
  const w = train(rows.filter((r) => r.set !== s));
  const test = rows.filter((r) => r.set === s);
  const p = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * w[k]!, 0)));
  const c = test.filter((r) => r.y === 1);
  const b = test.filter((r) => r.y === 0);
  const cc = c.filter((r) => p(r.x) > margin).length;
  const bl = b.filter((r) => p(r.x) > margin).length;
  caught += cc;
  chrome += c.length;
  lost += bl;
  body += b.length;
  const first = FIRST_RUN_CHROME[s] ? `  (rules' blind first run: chrome ${FIRST_RUN_CHROME[s]})` : '';
  console.log(`${(s === '.' ? 'own 18' : s).padEnd(10)} ${`${cc}/${c.length} (${((100 * cc) / c.length).toFixed(1)} %)`.padEnd(26)} ${bl}/${b.length}${first}`);
}
console.log(`all sets left out in turn: chrome caught ${caught}/${chrome} (${((100 * caught) / chrome).toFixed(1)} %), body lost ${lost}/${body}`);
const w = train(rows);
console.log('weights (all sets): ' + FEATURES.map((n, k) => `${n} ${w[k]!.toFixed(2)}`).join(', '));

// The backstop on a blind set's first run: trained on the sets that existed before it, applied to the
// labelled lines that run's rules kept (features still read from the whole page as given).
for (const spec of values['first-run']!) {
  const { set, file } = parseFirstRun(spec);
  const before = setsBefore(set);
  const wb = train(rows.filter((r) => before.includes(r.set)));
  const p = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((a, v, k) => a + v * wb[k]!, 0)));
  const kept = rowsOf(set, JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>);
  const c = kept.filter((r) => r.y === 1);
  const b = kept.filter((r) => r.y === 0);
  const total = rows.filter((r) => r.set === set && r.y === 1).length;
  console.log(`${set} first run: rules kept ${c.length}/${total} chrome lines; the backstop (trained on ${before.length} earlier sets) drops ${c.filter((r) => p(r.x) > margin).length} of them and ${b.filter((r) => p(r.x) > margin).length}/${b.length} body lines`);
}
