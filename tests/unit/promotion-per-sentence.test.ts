// perf17: promotionRule keeps per-sentence answers (the distributor-counter test) and hands the
// clause it split to contextVeto. Verdicts must not depend on the order sentences are read in.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/pipeline/extract/quantities.ts';
import { contextVeto, promotionRule } from '../../src/pipeline/extract/quantities-promote.ts';

const verdicts = (s: string) => findQuantities(s).map((q) => [q.value, promotionRule(q, s).candidate, promotionRule(q, s).reason]);

describe('promotion verdicts per sentence', () => {
  const counter = 'There were 38 news items published over the past 12 hours on this site.';
  const plain = 'Deputies made 38 arrests and seized 12 vehicles near the county line.';

  it('gives each sentence its own answer, whatever was read before', () => {
    const first = [verdicts(counter), verdicts(plain)];
    // Read again in the other order and interleaved: the same verdicts.
    expect([verdicts(plain), verdicts(counter)]).toEqual([first[1], first[0]]);
    expect(verdicts(counter)).toEqual(first[0]);
    expect(first[0].every(([, candidate]) => candidate === false)).toBe(true);
    expect(first[1].map(([v, c]) => [v, c])).toEqual([[38, true], [12, true]]);
  });

  it('agrees with contextVeto on a number the quantity layer did not read', () => {
    const s = 'The office said 410 releases were posted in the last seven days.';
    const at = s.indexOf('410');
    expect(contextVeto(s, at, at + 3)?.reason).toBe('page chrome (a distributor’s release counter)');
    expect(contextVeto(plain, plain.indexOf('38'), plain.indexOf('38') + 2)).toBeNull();
    expect(contextVeto(s, at, at + 3)?.veto).toBe(true);
  });

  it('still reads the clause before a number for a statutory ceiling and a reviewed sample', () => {
    const ceiling = 'He faces up to 20 years; the agency also seized 45 rifles.';
    const sample = 'We reviewed 9 case files. Agents then seized 300 pounds of cocaine.';
    const c = findQuantities(ceiling).find((q) => q.value === 45)!;
    expect(promotionRule(c, ceiling).candidate).toBe(true);
    const r = findQuantities(sample);
    expect(promotionRule(r.find((q) => q.value === 9)!, sample).veto).toBe(true);
    expect(promotionRule(r.find((q) => q.value === 300)!, sample).reason).not.toMatch(/sample reviewed/);
  });
});
