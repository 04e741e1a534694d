// `npm run eval -- --newsquant PATH`: read NewsQuant.json, score the quantity layer on the
// development split. The file is public but not ours to redistribute: it lives in the
// git-ignored .cache/ folder and its absence is reported, not failed.
import { existsSync, readFileSync } from 'node:fs';
import { findQuantities } from '../extract/quantities.ts';
import { devSplit, formatNewsQuant, scoreNewsQuant, type NewsQuantPrediction } from './newsquant.ts';

/** Issue 14's targets on the development split. */
export const NEWSQUANT_TARGETS = { value: 0.9, valueUnit: 0.8 };

export function predictNewsQuant(text: string): NewsQuantPrediction[] {
  return findQuantities(text).map((q) => ({ value: q.value_high !== null ? [q.value, q.value_high] : q.value, unit: q.unit_normalized }));
}

export async function runNewsQuant(file: string, details = false): Promise<{ ok: boolean; report: string }> {
  if (!existsSync(file)) {
    return {
      ok: true,
      report:
        `NewsQuant: not scored, ${file} is absent. To score it, download data/formatted_test_set/NewsQuant.json ` +
        'from https://github.com/satya77/CQE_Evaluation into .cache/NewsQuant.json (git-ignored; not redistributed), ' +
        'or pass --newsquant PATH.',
    };
  }
  const sentences = devSplit(JSON.parse(readFileSync(file, 'utf8')));
  const t0 = performance.now();
  const r = scoreNewsQuant(sentences, predictNewsQuant);
  const ms = performance.now() - t0;
  const ok = r.value.f1 >= NEWSQUANT_TARGETS.value && r.valueUnit.f1 >= NEWSQUANT_TARGETS.valueUnit;
  const note = ok ? '' : `\neval: NewsQuant below target (value F1 ≥ ${NEWSQUANT_TARGETS.value}, value+unit F1 ≥ ${NEWSQUANT_TARGETS.valueUnit})`;
  return { ok, report: `${formatNewsQuant(r, details)}\n(${ms.toFixed(0)} ms)${note}` };
}
