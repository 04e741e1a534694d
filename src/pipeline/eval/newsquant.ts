// NewsQuant (Almasian et al., EMNLP 2023; repository satya77/CQE_Evaluation) scored the
// way CQE's own `evaluate_models.py` (`calculate_metrics`) does, at value and value+unit.
// Only the development split (sentences 0–294) is ever read here: 295–589 are the test
// split, kept for an unseen evaluation.
//
// The scoring is reproduced with its quirks, so figures compare with the paper's:
// - gold and predicted quantities are sorted by normalised unit, then each gold quantity
//   walks the predictions: a prediction with the same value counts once for "value"
//   (at most as many value hits per sentence as gold quantities), and the first one that
//   also has the same lower-cased unit counts for "value+unit" and is consumed;
// - a range matches only a range (both ends within numpy.isclose tolerance);
// - precision divides by every prediction, recall by every gold quantity.

/** One gold quantity as stored in NewsQuant.json. */
export interface NewsQuantGold {
  value: string;
  normalized_unit: string;
  unit?: string;
  change?: string;
  referred_concepts?: string;
}

export interface NewsQuantSentence {
  text: string;
  quantities: NewsQuantGold[];
}

/** A predicted quantity: a value or a [low, high] range and a normalised unit ("-" for none). */
export interface NewsQuantPrediction {
  value: number | [number, number];
  unit: string;
}

export interface PRF {
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NewsQuantRow {
  index: number;
  text: string;
  gold: { value: number | [number, number]; unit: string }[];
  predicted: NewsQuantPrediction[];
  valueHits: number;
  unitHits: number;
}

export interface NewsQuantResult {
  sentences: number;
  gold: number;
  predicted: number;
  value: PRF;
  valueUnit: PRF;
  rows: NewsQuantRow[];
}

/** First sentence of the test split: nothing at or after it is read. */
export const DEV_SPLIT_END = 295;

/** The development split of a parsed NewsQuant.json (a list of {text, quantities}). */
export function devSplit(data: unknown): NewsQuantSentence[] {
  if (!Array.isArray(data)) throw new Error('NewsQuant: expected a JSON list of {text, quantities}');
  return data.slice(0, DEV_SPLIT_END).map((s, i) => {
    if (!s || typeof s.text !== 'string' || !Array.isArray(s.quantities)) throw new Error(`NewsQuant[${i}]: expected {text, quantities}`);
    return s as NewsQuantSentence;
  });
}

/** Gold values are strings; "252.0-287.0" is a range (as CQE decodes it: no "E", no leading "-"). */
export function decodeGoldValue(v: string): number | [number, number] {
  if (!v.includes('E') && !v.startsWith('-') && v.includes('-')) {
    const [a, b] = v.split('-');
    return [Number(a), Number(b)];
  }
  return Number(v);
}

// numpy.isclose(a, b, rtol=1e-05, atol=1e-08): |a − b| ≤ atol + rtol·|b|.
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);

export function valuesMatch(gold: number | [number, number], model: number | [number, number]): boolean {
  if (Array.isArray(gold) && Array.isArray(model)) return close(gold[0], model[0]) && close(gold[1], model[1]);
  if (Array.isArray(gold) || Array.isArray(model)) return false;
  return close(gold, model);
}

const byUnit = <T extends { unit: string }>(xs: T[]) => [...xs].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));

function prf(tp: number, gold: number, predicted: number): PRF {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { tp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Score predictions (one list per sentence, same order) against the gold quantities. */
export function scoreNewsQuant(sentences: NewsQuantSentence[], predict: (text: string) => NewsQuantPrediction[]): NewsQuantResult {
  let gold = 0;
  let predicted = 0;
  let valueTp = 0;
  let unitTp = 0;
  const rows: NewsQuantRow[] = [];
  sentences.forEach((s, index) => {
    const preds = predict(s.text).map((p) => ({ ...p, unit: p.unit.toLowerCase() }));
    const golds = s.quantities.map((q) => ({ value: decodeGoldValue(q.value), unit: q.normalized_unit.toLowerCase() }));
    gold += golds.length;
    predicted += preds.length;
    let tags = byUnit(preds);
    let budget = golds.length;
    let valueHits = 0;
    let unitHits = 0;
    for (const g of byUnit(golds)) {
      for (const t of tags) {
        if (!valuesMatch(g.value, t.value)) continue;
        if (budget > 0) {
          valueHits++;
          budget--;
        }
        if (t.unit === g.unit) {
          unitHits++;
          tags = byUnit(tags.filter((x) => x !== t));
          break;
        }
      }
    }
    valueTp += valueHits;
    unitTp += unitHits;
    rows.push({ index, text: s.text, gold: golds, predicted: preds, valueHits, unitHits });
  });
  return { sentences: sentences.length, gold, predicted, value: prf(valueTp, gold, predicted), valueUnit: prf(unitTp, gold, predicted), rows };
}

const f3 = (x: number) => x.toFixed(3);
const fmtV = (v: number | [number, number]) => (Array.isArray(v) ? `${v[0]}–${v[1]}` : String(v));

/** A short table; with `details`, every sentence where a gold quantity was missed or a prediction was extra. */
export function formatNewsQuant(r: NewsQuantResult, details = false): string {
  const lines = [
    `NewsQuant development split (sentences 0–${r.sentences - 1}): ${r.gold} gold quantities, ${r.predicted} predicted`,
    '',
    'measure       TP   precision  recall  F1',
    `value       ${String(r.value.tp).padStart(4)}   ${f3(r.value.precision).padStart(9)}  ${f3(r.value.recall).padStart(6)}  ${f3(r.value.f1)}`,
    `value+unit  ${String(r.valueUnit.tp).padStart(4)}   ${f3(r.valueUnit.precision).padStart(9)}  ${f3(r.valueUnit.recall).padStart(6)}  ${f3(r.valueUnit.f1)}`,
  ];
  if (details) {
    for (const row of r.rows) {
      if (row.unitHits === row.gold.length && row.predicted.length === row.gold.length) continue;
      lines.push('', `[${row.index}] ${row.text}`);
      lines.push(`   gold: ${row.gold.map((g) => `${fmtV(g.value)} ${g.unit}`).join(' | ') || '—'}`);
      lines.push(`   got:  ${row.predicted.map((g) => `${fmtV(g.value)} ${g.unit}`).join(' | ') || '—'}`);
    }
  }
  return lines.join('\n');
}
