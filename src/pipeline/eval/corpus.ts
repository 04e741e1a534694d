// Score extracted claims against a hand-labelled corpus (tests/fixtures/gov/claims.json,
// the format of tests/fixtures/seed-claims.json) at four levels: value, value+unit,
// value+entity and value+unit+entity. Each level is matched on its own (a greedy
// one-to-one match per level), so a wrong unit does not hide a right owner.
// A label matches a claim of the same article and value whose quote overlaps it.
import type { Claim } from '../types.ts';
import type { FixtureClaim } from './score.ts';
import { fold } from './score.ts';
import { ancestors, topOf, type Gazetteer } from '../reference/agencies.ts';
import { normaliseUnit } from '../extract/units.ts';

export interface LevelScore {
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusResult {
  expected: number;
  extracted: number;
  levels: Record<'value' | 'value+unit' | 'value+entity' | 'value+unit+entity', LevelScore>;
  /** Labels with no claim at value+unit+entity, and what the best value match got. */
  misses: { article: string; value: number; expected: string; got: string; quote: string }[];
  /** Claims matching no label even on value. */
  falsePositives: { article: string; value: number; got: string; quote: string }[];
  /** Claims of the control texts attributed to an enforcement agency (must be none). */
  controlViolations: { article: string; value: number; entity: string[]; quote: string }[];
}

const overlaps = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return x.includes(y) || y.includes(x);
};

/** "Arrests" ~ "arrest", "%" ~ "percent": the unit's words, singular, lower case. */
function unitWords(u: string): string[] {
  return u
    .toLowerCase()
    .replace(/%/g, 'percent')
    .replace(/\$|dollars?/g, 'usd')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, ''));
}

/** Same unit: equal after folding, or one is the other with modifiers ("administrative arrests" ~ "arrests"). */
export function sameUnit(a: string, b: string): boolean {
  const x = unitWords(a);
  const y = unitWords(b);
  if (!x.length || !y.length) return false;
  // A rate is not a count of the same noun ("apprehensions per day" ≠ "apprehensions").
  if (x.includes('per') !== y.includes('per')) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // The head noun (last word before any "per …"/"of …") must agree; the shorter's words must all be in the longer.
  const head = (w: string[]) => {
    const cut = w.findIndex((t) => t === 'per' || t === 'of');
    return cut > 0 ? w[cut - 1] : w[w.length - 1];
  };
  return head(short) === head(long) && short.every((w) => long.includes(w));
}

/**
 * Labels name the most specific agency their gazetteer had. A claim's id is rolled up to
 * the nearest of its ancestors (itself first) that the label vocabulary uses, so a newer,
 * finer knowledge base (JTF-SB under NORTHCOM) is not scored as a wrong owner.
 */
function rollTo(vocab: Set<string>, gaz: Gazetteer | undefined) {
  return (id: string): string => {
    if (vocab.has(id) || !gaz) return id;
    return ancestors(id, gaz).find((a) => vocab.has(a)) ?? id;
  };
}

const sameSet = (a: string[], b: string[]) => {
  const x = [...new Set(a.map((s) => s.toLowerCase()))].sort();
  const y = [...new Set(b.map((s) => s.toLowerCase()))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

const level = (tp: number, extracted: number, expected: number): LevelScore => {
  const precision = extracted ? tp / extracted : expected ? 0 : 1;
  const recall = expected ? tp / expected : 1;
  return { tp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export interface CorpusOptions {
  gazetteer?: Gazetteer;
  /** Articles whose claims must carry no enforcement agency (file names). */
  controls?: string[];
  /** Agency ids counted as enforcement (all but statistical and the state/federal groups when omitted). */
  isEnforcement?: (id: string) => boolean;
}

export function scoreCorpus(expected: FixtureClaim[], claims: Claim[], opts: CorpusOptions = {}): CorpusResult {
  const vocab = new Set(expected.flatMap((f) => f.entity));
  const roll = rollTo(vocab, opts.gazetteer);
  const entityOf = (c: Claim) => [...new Set(c.entity.map(roll))];
  // Claims name military personnel "troops" (units.ts normaliseUnit); the label's noun is given the same name.
  const unitOk = (f: FixtureClaim, c: Claim) => {
    const tops = opts.gazetteer ? f.entity.map((id) => topOf(id, opts.gazetteer)) : [];
    return sameUnit(f.unit, c.unit) || sameUnit(normaliseUnit(f.unit, [...f.entity, ...tops]), c.unit);
  };
  type Test = (f: FixtureClaim, c: Claim) => boolean;
  const tests: Record<keyof CorpusResult['levels'], Test> = {
    value: () => true,
    'value+unit': (f, c) => unitOk(f, c),
    'value+entity': (f, c) => sameSet(f.entity, entityOf(c)),
    'value+unit+entity': (f, c) => unitOk(f, c) && sameSet(f.entity, entityOf(c)),
  };
  const byArticle = Map.groupBy(claims, (c) => c.article);
  const cands = expected.map((f) => (byArticle.get(f.article) ?? []).filter((c) => c.value === f.value && overlaps(c.quote, f.quote)));
  const levels = {} as CorpusResult['levels'];
  const matchedValue = new Set<string>();
  const misses: CorpusResult['misses'] = [];
  for (const [name, ok] of Object.entries(tests) as [keyof CorpusResult['levels'], Test][]) {
    const used = new Set<string>();
    let tp = 0;
    expected.forEach((f, i) => {
      const hit = cands[i].find((c) => !used.has(c.id) && ok(f, c));
      if (hit) {
        used.add(hit.id);
        tp++;
        if (name === 'value') matchedValue.add(hit.id);
      } else if (name === 'value+unit+entity') {
        const near = cands[i][0];
        misses.push({
          article: f.article,
          value: f.value,
          expected: `${f.unit} ${JSON.stringify(f.entity)}`,
          got: near ? `${near.unit} ${JSON.stringify(entityOf(near))}${near.attribution ? ` (${near.attribution}, ${near.attribution_confidence})` : ''}` : '—',
          quote: f.quote,
        });
      }
    });
    levels[name] = level(tp, claims.length, expected.length);
  }
  const falsePositives = claims
    .filter((c) => !matchedValue.has(c.id))
    .map((c) => ({ article: c.article, value: c.value, got: `${c.unit} ${JSON.stringify(c.entity)}`, quote: c.quote }));
  const gaz = opts.gazetteer;
  const enforcement = opts.isEnforcement ?? ((id: string) => (gaz ? (gaz.byId.get(id)?.kind ?? 'group') !== 'statistical' && gaz.byId.has(id) : true));
  const controls = new Set(opts.controls ?? []);
  const controlViolations = claims
    .filter((c) => controls.has(c.article) && c.entity.some(enforcement))
    .map((c) => ({ article: c.article, value: c.value, entity: c.entity, quote: c.quote }));
  return { expected: expected.length, extracted: claims.length, levels, misses, falsePositives, controlViolations };
}

const f3 = (x: number) => x.toFixed(3);
const short = (s: string, n = 90) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function formatCorpusReport(title: string, r: CorpusResult, verbose = true): string {
  const lines = [`${title}: ${r.expected} labelled, ${r.extracted} extracted`, '', 'level                  TP   precision  recall  F1'];
  for (const [name, m] of Object.entries(r.levels)) {
    lines.push(`${name.padEnd(20)} ${String(m.tp).padStart(4)}   ${f3(m.precision).padStart(9)}  ${f3(m.recall).padStart(6)}  ${f3(m.f1)}`);
  }
  lines.push(`control claims with an enforcement agency: ${r.controlViolations.length}`);
  for (const v of r.controlViolations) lines.push(`  ${v.article.slice(0, 16)} ${v.value} ${JSON.stringify(v.entity)} “${short(v.quote)}”`);
  if (verbose) {
    lines.push('', `misses at value+unit+entity (${r.misses.length})`);
    for (const x of r.misses) lines.push(`  ${x.article.slice(0, 16)} ${String(x.value).padStart(10)}  expected ${x.expected}  got ${x.got}`, `      “${short(x.quote)}”`);
    lines.push('', `false positives (no label with that value) (${r.falsePositives.length})`);
    for (const x of r.falsePositives) lines.push(`  ${x.article.slice(0, 16)} ${String(x.value).padStart(10)}  ${x.got}`, `      “${short(x.quote)}”`);
  }
  return lines.join('\n');
}
