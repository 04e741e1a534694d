import { describe, expect, it } from 'vitest';
import { findNumbers, wordsToNumber } from '../../src/pipeline/extract/numbers.ts';

const kinds = (s: string) => findNumbers(s).map((m) => [m.text, m.kind]);
const one = (s: string) => {
  const m = findNumbers(s).filter((x) => x.kind === 'quantity');
  expect(m).toHaveLength(1);
  return m[0];
};

describe('number values', () => {
  it('reads digits with separators, decimals with scale words, money and percentages', () => {
    expect(one('They sent 20,000 agents.').value).toBe(20000);
    expect(one('Encounters topped 2.2 million.').value).toBe(2200000);
    const money = one('Congress approved $1.5 billion for detention.');
    expect([money.value, money.currency]).toEqual([1.5e9, 'USD']);
    expect(one('A charity paid £750,000 to staff.').currency).toBe('GBP');
    expect(one('The bill adds 45 billion dollars for ICE.').currency).toBe('USD');
    const pct = one('Arrests rose 40 percent last year.');
    expect([pct.value, pct.percent]).toEqual([40, true]);
    expect(one('Crossings fell 12.5% in May.').value).toBe(12.5);
    expect(one('Agents seized 204 pounds of fentanyl.').value).toBe(204);
  });

  it('reads number words', () => {
    expect(wordsToNumber('two thousand')).toBe(2000);
    expect(wordsToNumber('a dozen')).toBe(12);
    expect(wordsToNumber('twenty-five')).toBe(25);
    expect(wordsToNumber('three hundred and fifty')).toBe(350);
    expect(wordsToNumber('two million five hundred thousand')).toBe(2500000);
    expect(one('The DEA sent two thousand agents.').value).toBe(2000);
    expect(one('The Marshals Service sent two dozen deputies.').value).toBe(24);
    expect(one('The agency hired a dozen investigators.').value).toBe(12);
  });

  it('keeps both ends of a range', () => {
    for (const s of ['It will send 2,000 to 3,000 agents.', 'It will send 2,000–3,000 agents.', 'It will send between 2,000 and 3,000 agents.']) {
      const m = one(s);
      expect([m.value, m.valueHigh]).toEqual([2000, 3000]);
    }
    const scaled = one('Officials expect 2 to 3 million encounters.');
    expect([scaled.value, scaled.valueHigh]).toEqual([2e6, 3e6]);
  });

  it('does not read a change "from 2,000 to 3,000" as a range', () => {
    const ms = findNumbers('Staff rose from 2,000 to 3,000 officers.');
    expect(ms.map((m) => m.value)).toEqual([2000, 3000]);
    expect(ms.every((m) => m.valueHigh === null)).toBe(true);
  });

  it('does not join a share and a count, or a change "fell 95% to 8,347", into a range', () => {
    const ms = findNumbers('Apprehensions fell 95% to 8,347 in March.');
    expect(ms.map((m) => [m.value, m.valueHigh, m.percent])).toEqual([[95, null, true], [8347, null, false]]);
    const money = findNumbers('It will cost $2 to 3 billion.');
    expect(money.map((m) => [m.value, m.valueHigh, m.currency])).toEqual([[2e9, 3e9, 'USD']]);
  });

  it('does not count articles and pronouns ("one", "a") as numbers', () => {
    expect(findNumbers('One official said a plan was ready.')).toEqual([]);
  });
});

describe('classification', () => {
  it('years and fiscal years', () => {
    expect(kinds('In 2019, arrests rose.')).toEqual([['2019', 'year']]);
    expect(kinds('In FY 2025, encounters fell.')).toEqual([['2025', 'year']]);
    expect(kinds('the lowest levels since the late 1960s')).toEqual([['1960', 'year']]);
    expect(kinds('between 2021 and 2024')).toEqual([['2021', 'year'], ['2024', 'year']]);
  });

  it('a year-like integer before a count noun is a quantity', () => {
    expect(kinds('The agency sent 2000 agents.')).toEqual([['2000', 'quantity']]);
  });

  it('dates and clock times', () => {
    expect(kinds('on January 20, 2025')).toEqual([['20', 'date'], ['2025', 'date']]);
    expect(kinds('since October 2019')).toEqual([['2019', 'date']]);
    expect(kinds('at 9 a.m. on Oct. 3')).toEqual([['9', 'date'], ['3', 'date']]);
  });

  it('ordinals', () => {
    expect(kinds('the 21st century')).toEqual([['21', 'ordinal']]);
  });

  it('counts of anonymous sources and officials', () => {
    expect(kinds('three sources familiar with the plan told CBS News')).toEqual([['three', 'source-count']]);
    expect(kinds('according to two U.S. officials with knowledge of the plans')).toEqual([['two', 'source-count']]);
    expect(kinds('The effort could start next week, two of the sources said.')).toEqual([['two', 'source-count']]);
    expect(kinds('Four senior administration officials said the plan was ready.')).toEqual([['Four', 'source-count']]);
  });

  it('a count of officials without attribution stays a quantity', () => {
    expect(kinds('The agency fired 40 officials in March.')).toEqual([['40', 'quantity']]);
  });

  it('durations and ages', () => {
    expect(kinds('in his first three full months in office')).toEqual([['three', 'duration']]);
    expect(kinds('the lowest levels in over 50 years')).toEqual([['50', 'duration']]);
    expect(kinds('a 90-day pause')).toEqual([['90', 'duration']]);
    expect(kinds('a 45-year-old man')).toEqual([['45', 'duration']]);
    expect(kinds('for six weeks')).toEqual([['six', 'duration']]);
  });

  it('legal and proper-name numbers', () => {
    expect(kinds('under the 287(g) program')).toEqual([['287', 'legal']]);
    expect(kinds('the Title 42 policy')).toEqual([['42', 'legal']]);
    expect(kinds('Section 1373 of the code')).toEqual([['1373', 'legal']]);
    expect(kinds('during COVID-19')).toEqual([['19', 'legal']]);
    expect(kinds('under 8 U.S.C. 1357')).toEqual([['8', 'legal'], ['1357', 'legal']]);
    expect(kinds('Executive Order 14159 says')).toEqual([['14159', 'legal']]);
    expect(kinds('an F-35 flew over')).toEqual([['35', 'legal']]);
  });

  it('vague quantities are kept as vague, never as numbers', () => {
    expect(kinds('hundreds of border agents')).toEqual([['hundreds', 'vague']]);
    expect(kinds('thousands of additional troops')).toEqual([['thousands', 'vague']]);
    expect(kinds('billions of dollars')).toEqual([['billions of dollars', 'vague']]);
    expect(kinds('tens of thousands of migrants')).toEqual([['tens of thousands', 'vague']]);
    expect(kinds('several hundred officers')).toEqual([['several hundred', 'vague']]);
    expect(findNumbers('billions of dollars')[0].value).toBeNull();
  });
});
