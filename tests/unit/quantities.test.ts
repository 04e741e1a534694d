import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/pipeline/extract/quantities.ts';
import { promotionRule } from '../../src/pipeline/extract/quantities-promote.ts';
import { extractArticle } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const q = (s: string) => findQuantities(s).map((x) => [x.value, x.value_high, x.unit_normalized]);
const one = (s: string) => {
  const all = findQuantities(s);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('open-vocabulary quantities', () => {
  it('counts nouns no list names, from the grammar', () => {
    expect(q('Officers carried out 1,200 inspections and served 64 warrants.')).toEqual([[1200, null, 'inspection'], [64, null, 'warrant']]);
    expect(q('Crews flew 38 removal flights and seized 14 vessels.')).toEqual([[38, null, 'removal flight'], [14, null, 'vessel']]);
    expect(q('The county hired 40 new school nurses.')).toEqual([[40, null, 'new school nurse']]);
  });

  it('reads words, scales, money, percentages and measures', () => {
    expect(q('She paid $2 billion for 1.5 million shares.')).toEqual([[2e9, null, 'dollar'], [1.5e6, null, 'share']]);
    expect(q('Turnout rose to 63 percent.')).toEqual([[63, null, 'percentage']]);
    expect(q('The fence runs for 90 miles and weighs 12 tonnes.')).toEqual([[90, null, 'mile'], [12, null, 'metric ton']]);
    expect(q('The drive has 256GB of storage and a 5kW motor.')).toEqual([[256, null, 'gigabyte'], [5, null, 'kilowatt']]);
    expect(q('Two thousand volunteers came.')).toEqual([[2000, null, 'volunteer']]);
  });

  it('keeps ranges, changes, rates and negations as relations', () => {
    const r = one('They sent between 300 and 400 agents.');
    expect([r.value, r.value_high, r.unit_normalized]).toEqual([300, 400, 'agent']);
    const c = one('Agreements grew from 48 agreements to 312.');
    expect([c.from, c.to, c.change]).toEqual([48, 312, 'up']);
    expect(one('Arrests were up 210 % this year.').change).toBe('up');
    expect(one('Sales fell 7% to nothing.').change).toBe('down');
    const rate = one('Agents made an average of 410 arrests a day.');
    expect([rate.unit_normalized, rate.per]).toEqual(['arrest per day', 'day']);
    expect(one('It cut 5% of its workforce.').share_of).toBe('workforce');
    expect(one('There were zero escapes.')).toMatchObject({ value: 0, negation: true, unit_normalized: 'escape' });
    expect(one('There were no releases.')).toMatchObject({ value: 0, negation: true });
  });

  it('leaves out years, dates, ordinals, names, scores and clock times', () => {
    expect(q('In 2019, on March 3, the 22nd team won 2-1 in Game 2 at 17:22.')).toEqual([]);
    expect(q('The S&P 500 and the iPhone 11 Pro.')).toEqual([]);
  });

  it('reads "nearly" as its own qualifier', () => {
    expect(one('nearly 2,500 agents').qualifier).toBe('nearly');
    expect(one('almost 300 agents').qualifier).toBe('nearly');
    expect(one('fewer than 300 agents').qualifier).toBe('less-than');
  });
});

describe('promotion rule', () => {
  const verdict = (s: string) => findQuantities(s).map((x) => promotionRule(x, s));
  it('promotes counts of people, events, places, money and shares', () => {
    expect(verdict('ICE sent 300 officers and $2 million.').every((v) => v.candidate)).toBe(true);
  });
  it('leaves out durations, ages, source counts, vague figures, measures and chrome, with the reason', () => {
    expect(verdict('They stayed for 90 days.')[0]).toMatchObject({ candidate: false, reason: 'duration' });
    expect(verdict('A 15-year-old was held.')[0].reason).toBe('age');
    expect(verdict('Three officials said so.')[0].reason).toMatch(/source count/);
    expect(verdict('Hundreds of troops arrived.')[0].reason).toMatch(/vague/);
    expect(verdict('The fence runs 90 miles.')[0].reason).toMatch(/measurement/);
    expect(verdict('Border report 6 min read')[0].reason).toMatch(/chrome/);
    expect(verdict('No agents were sent.')[0]).toMatchObject({ candidate: false });
    expect(verdict('CBP reported zero escapes.')[0].candidate).toBe(true);
  });
  it('an unknown noun becomes a claim; every quantity is reported with its reason', () => {
    // "CBP officers" are the Office of Field Operations' (agencies.yaml titles).
    const ex = extractArticle(articleOf([['CBP officers carried out 1,200 inspections.', 'Crews manned 12 checkpoints for 90 days.', 'DOD set 6 criteria.']]));
    expect(ex.claims.map((c) => [c.value, c.unit, c.entity])).toEqual([[1200, 'inspections', ['OFO']], [12, 'checkpoints', []]]);
    const rows = ex.quantities.map((r) => [r.value, r.promoted, r.reason]);
    expect(rows).toEqual([
      [1200, true, 'claim: count of inspection'],
      [12, true, 'claim: count of checkpoint'],
      [90, false, 'duration'],
      [6, false, 'describes the report, not the world (criterion)'],
    ]);
  });
  it('fractions in words are quantities, not claims', () => {
    const [f] = findQuantities('About two-thirds involved single adults.');
    expect(f.value).toBeCloseTo(2 / 3);
    expect(promotionRule(f, 'About two-thirds involved single adults.').candidate).toBe(false);
  });
  it('claims keep the relation fields', () => {
    const [a, b] = extractArticle(articleOf([['ICE agreements rose from 48 agreements to 312.']])).claims;
    expect([a.from, a.to, a.change, a.change_pct]).toEqual([48, 312, 'up', 550]);
    expect(b.value).toBe(312);
  });
});
