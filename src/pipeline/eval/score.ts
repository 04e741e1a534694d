// Score extracted claims against hand-labelled ones (tests/fixtures/seed-claims.json).
// A fixture claim matches an extracted claim of the same article and value whose
// quote overlaps it (one contains the other after folding white space), so the
// score does not depend on where the sentence splitter cuts.
import type { Claim } from '../types.ts';
import { unitFamily } from '../extract/units.ts';

export interface FixtureClaim {
  article: string;
  value: number;
  unit: string;
  entity: string[];
  qualifier: string;
  status: string;
  time: string | null;
  subject?: string;
  quote: string;
}

export interface PR {
  tp: number;
  precision: number;
  recall: number;
}

export interface Row {
  article: string;
  value: number;
  expected: string;
  got: string;
  quote: string;
}

export interface EvalResult {
  expected: number;
  extracted: number;
  valueUnitEntity: PR;
  qualifier: PR;
  status: PR;
  misses: Row[];
  falsePositives: Row[];
  /** Matched on value + quote but wrong on a field. */
  fieldErrors: Row[];
  violations: { boilerplate: Row[]; vague: Row[]; yearOrSourceCount: Row[] };
}

export const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
const overlaps = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return x.includes(y) || y.includes(x);
};
const sameSet = (a: string[], b: string[]) => {
  const x = [...new Set(a.map((s) => s.toLowerCase()))].sort();
  const y = [...new Set(b.map((s) => s.toLowerCase()))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
const pr = (tp: number, extracted: number, expected: number): PR => ({
  tp,
  precision: extracted ? tp / extracted : expected ? 0 : 1,
  recall: expected ? tp / expected : 1,
});
const describe = (c: { unit: string; entity: string[]; qualifier: string; status: string }, family: string) =>
  `${c.unit} [${family}] ${JSON.stringify(c.entity)} ${c.qualifier} ${c.status}`;

export function score(expected: FixtureClaim[], claims: Claim[], mustDrop: Record<string, string[]> = {}): EvalResult {
  const used = new Set<string>();
  let vue = 0;
  let qual = 0;
  let stat = 0;
  const misses: Row[] = [];
  const fieldErrors: Row[] = [];
  for (const f of expected) {
    const fam = unitFamily(f.unit);
    const cands = claims.filter((c) => !used.has(c.id) && c.article === f.article && c.value === f.value && overlaps(c.quote, f.quote));
    // Prefer the candidate that also agrees on unit family and entity.
    const best = cands.find((c) => c.unit_family === fam && sameSet(c.entity, f.entity)) ?? cands[0];
    if (!best) {
      misses.push({ article: f.article, value: f.value, expected: describe(f, fam), got: '—', quote: f.quote });
      continue;
    }
    used.add(best.id);
    const okVue = best.unit_family === fam && sameSet(best.entity, f.entity);
    if (okVue) vue++;
    if (best.qualifier === f.qualifier) qual++;
    if (best.status === f.status) stat++;
    if (!okVue || best.qualifier !== f.qualifier || best.status !== f.status) {
      fieldErrors.push({ article: f.article, value: f.value, expected: describe(f, fam), got: describe(best, best.unit_family), quote: f.quote });
    }
  }
  const falsePositives = claims
    .filter((c) => !used.has(c.id))
    .map((c) => ({ article: c.article, value: c.value, expected: '—', got: describe(c, c.unit_family), quote: c.quote }));
  const row = (c: Claim): Row => ({ article: c.article, value: c.value, expected: '—', got: c.display, quote: c.quote });
  const boilerplate = claims.filter((c) => (mustDrop[c.article] ?? []).some((d) => d.trim() && overlaps(c.quote, d))).map(row);
  const vague = claims.filter((c) => /\b(?:hundreds|thousands|millions|billions|dozens|several|a few)\b/i.test(c.display)).map(row);
  const yearOrSourceCount = claims
    .filter((c) => {
      const after = c.quote.slice(c.end, c.end + 60);
      const year = /^\d{4}$/.test(c.display.trim()) && c.value >= 1700 && c.value <= 2100 && /^\s*(?:[,.;)]|$|\s+(?:and|to|when|as|in|the)\b)/.test(after);
      const source = c.value <= 20 && /^\s+(?:of\s+the\s+)?(?:[\w.]+\s+){0,3}(?:sources?|officials?)\b/i.test(after) && /\b(?:said|told|according|familiar|knowledge)\b/i.test(c.quote);
      return year || source;
    })
    .map(row);
  return {
    expected: expected.length,
    extracted: claims.length,
    valueUnitEntity: pr(vue, claims.length, expected.length),
    qualifier: pr(qual, claims.length, expected.length),
    status: pr(stat, claims.length, expected.length),
    misses,
    falsePositives,
    fieldErrors,
    violations: { boilerplate, vague, yearOrSourceCount },
  };
}

const f2 = (x: number) => x.toFixed(3);
const short = (s: string, n = 70) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function formatReport(r: EvalResult): string {
  const lines: string[] = [];
  lines.push(`claims: ${r.expected} expected, ${r.extracted} extracted`);
  lines.push('');
  lines.push('measure                 TP   precision  recall');
  for (const [name, m] of [['value+unit+entity', r.valueUnitEntity], ['qualifier', r.qualifier], ['status', r.status]] as const) {
    lines.push(`${name.padEnd(22)} ${String(m.tp).padStart(3)}   ${f2(m.precision).padStart(9)}  ${f2(m.recall).padStart(6)}`);
  }
  const table = (title: string, rows: Row[]) => {
    lines.push('', `${title} (${rows.length})`);
    for (const x of rows) {
      lines.push(`  ${x.article.slice(0, 12)}  ${String(x.value).padStart(9)}  expected: ${x.expected}`);
      lines.push(`  ${' '.repeat(12)}  ${' '.repeat(9)}  got:      ${x.got}`);
      lines.push(`  ${' '.repeat(12)}  ${' '.repeat(9)}  “${short(x.quote)}”`);
    }
  };
  table('misses', r.misses);
  table('false positives', r.falsePositives);
  table('field errors (matched value, wrong unit/entity/qualifier/status)', r.fieldErrors);
  lines.push('', 'violations');
  lines.push(`  claims from boilerplate: ${r.violations.boilerplate.length}`);
  lines.push(`  vague quantities as numbers: ${r.violations.vague.length}`);
  lines.push(`  years or source counts as claims: ${r.violations.yearOrSourceCount.length}`);
  return lines.join('\n');
}
