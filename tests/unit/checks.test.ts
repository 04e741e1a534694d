// Claim checks against the reference series: the seeds' claims (built here from the
// seed sentences) and sentences of our own — other years, failures, years outside the
// series, ambiguous years, qualifiers, rates, records and spans.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims, findComparatives, roundingHalfUnit, VERDICT_RULES } from '../../src/pipeline/checks.ts';
import { loadSeries } from '../../src/pipeline/reference/series.ts';
import type { Article, Check, Claim, Qualifier, ReferenceSeries } from '../../src/pipeline/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEFAULT = 'usbp_swb_apprehensions_or_encounters_pew';
const series: ReferenceSeries[] = await loadSeries(ROOT);

/** A sentence of a seed file, found by a fragment (fails the test if the seed lacks it). */
function seedSentence(file: string, fragment: string): string {
  const text = readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
  const line = text.split(/\r?\n/).find((l) => l.includes(fragment));
  if (!line) throw new Error(`${file} has no line with "${fragment}"`);
  const sentence = splitSentences(line).find((s) => s.includes(fragment));
  if (!sentence) throw new Error(`no sentence with "${fragment}"`);
  return sentence;
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z“"])/);
}

let counter = 0;
/** A claim for the figure `numberText` in `sentence` (offsets computed), with overrides. */
function claim(sentence: string, numberText: string, value: number, more: Partial<Claim> = {}): Claim {
  const start = sentence.indexOf(numberText);
  if (start < 0) throw new Error(`"${numberText}" not in sentence`);
  const sid = more.sentence_id ?? `t-${++counter}:p1s1`;
  return {
    id: `${sid}#n1`,
    article: 'test.txt',
    slug: 'test',
    sentence_id: sid,
    value,
    value_high: null,
    unit: 'encounters',
    unit_family: 'events',
    entity: ['USBP'],
    qualifier: 'exact',
    status: 'reported',
    time: null,
    time_resolved: null,
    subject: 'test',
    quote: sentence,
    start,
    end: start + numberText.length,
    display: numberText,
    negated: false,
    fact_id: null,
    ...more,
  };
}

/** An article whose paragraphs are split into sentences with ids `${slug}:p{i}s{j}`. */
function article(file: string, paragraphs: string[]): Article {
  const slug = file.replace(/\.[^.]*$/, '').replace(/_/g, '-');
  return {
    file,
    slug,
    headline: 'h',
    headlineGenerated: false,
    dek: null,
    dateline: null,
    attribution: {},
    outlet: null,
    url: null,
    byline: null,
    sections: [],
    period: { from: '1900-01-01', to: '2100-12-31', label: 'unknown', kind: 'unknown', evidence: [] },
    paragraphs: paragraphs.map((text, i) => {
      let off = 0;
      return {
        id: `${slug}:p${i + 1}`,
        text,
        section: null,
        sentences: splitSentences(text).map((t, j) => {
          const start = text.indexOf(t, off);
          off = start + t.length;
          return { id: `${slug}:p${i + 1}s${j + 1}`, text: t, start, end: off };
        }),
      };
    }),
  };
}

function one(c: Claim): Check {
  const out = checkClaims([c], series);
  expect(out).toHaveLength(1);
  return out[0];
}

function scan(file: string, paragraphs: string[], claims: Claim[] = []): Check[] {
  return checkClaims(claims, series, [article(file, paragraphs)]);
}

// ------------------------------------------------------------------ seeds

describe('the seeds', () => {
  const S003 = '003_415daeb068833fd9.txt';
  const fy25 = seedSentence(S003, 'approximately 237,000');

  it('237,000 in FY2025 (approximately) is consistent with 237,538', () => {
    const c = one(claim(fy25, '237,000', 237000, { qualifier: 'approx', entity: ['CBP'], time: 'FY2025', display: 'approximately 237,000' }));
    expect(c).toMatchObject({ verdict: 'consistent', series: DEFAULT, fiscal_year: 2025, compared_with: 237538, kind: 'value' });
    expect(c.tolerance).toMatch(/5 %/);
    expect(c.explanation).toContain('237,538');
  });

  it('the fiscal year comes from the sentence when the claim carries no time', () => {
    const c = one(claim(fy25, '237,000', 237000, { qualifier: 'approx', display: 'approximately 237,000' }));
    expect(c.fiscal_year).toBe(2025);
  });

  it('"record highs exceeding 2.2 million" is consistent with FY2022, 2,206,436', () => {
    const c = one(claim(fy25, '2.2 million', 2_200_000, { qualifier: 'more-than', entity: ['CBP'], time: 'previous years (record highs)', display: 'exceeding 2.2 million' }));
    expect(c).toMatchObject({ verdict: 'consistent', fiscal_year: 2022, compared_with: 2206436, kind: 'record', series: DEFAULT });
    expect(c.explanation).toMatch(/only year above/);
  });

  it('both figures of the sentence are checked once each, and the record words are not checked twice by the sentence scan', () => {
    const sid = '003-415daeb068833fd9:p1s1';
    const claims = [
      claim(fy25, '237,000', 237000, { qualifier: 'approx', sentence_id: sid, id: `${sid}#n1` }),
      claim(fy25, '2.2 million', 2_200_000, { qualifier: 'more-than', sentence_id: sid, id: `${sid}#n2`, article: S003 }),
    ].map((c) => ({ ...c, article: S003, slug: '003-415daeb068833fd9' }));
    const out = scan(S003, [fy25], claims);
    expect(out.map((c) => [c.claim_id, c.kind, c.verdict])).toEqual([
      [`${sid}#n1`, 'value', 'consistent'],
      [`${sid}#n2`, 'record', 'consistent'],
    ]);
  });

  it('"lowest levels in over 50 years" (no figure) is consistent: FY2025 is the lowest since FY1970, 55 years', () => {
    const s13 = seedSentence(S003, 'lowest levels in over 50 years');
    const out = scan(S003, [s13, fy25]);
    const c = out.find((x) => x.quote === s13)!;
    expect(c).toMatchObject({ verdict: 'consistent', fiscal_year: 2025, compared_with: 237538, kind: 'span', claim_id: c.sentence_id });
    expect(c.explanation).toMatch(/FY1970 \(201,780\)/);
    expect(c.explanation).toMatch(/55 years/);
  });

  it('"lowest levels since the late 1960s" about monthly tallies: not checkable, with what the annual data show', () => {
    const S000 = '000_ad4da1c2b5475ffa.txt';
    const s1 = seedSentence(S000, 'lowest monthly tallies');
    const s2 = seedSentence(S000, 'since the late 1960s');
    const out = scan(S000, [`${s1} ${s2}`]);
    const c = out.find((x) => x.quote === s2)!;
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/monthly/);
    expect(c.explanation).toMatch(/lowest since FY1970 \(201,780\)/);
    // The month-level record claim before it is read the same way.
    expect(out.find((x) => x.quote === s1)!.verdict).toBe('not-checkable');
  });

  it('"below 300" daily encounters in some sectors is a rate: not checkable', () => {
    const s = seedSentence(S003, 'below 300');
    const c = one(claim(s, '300', 300, { qualifier: 'less-than', unit: 'encounters per day', display: 'below 300' }));
    expect(c).toMatchObject({ verdict: 'not-checkable', kind: 'rate', compared_with: null });
    // Why, by decision: some unnamed sectors below a level is true in any month (one small sector).
    expect(c.explanation).toMatch(/some sectors, not named/);
    expect(c.explanation).toMatch(/one small sector in any month/);
  });

  it('a duration next to encounters ("in over 50 years") is not a figure of the series', () => {
    const s = seedSentence(S003, 'lowest levels in over 50 years');
    expect(checkClaims([claim(s, '50', 50, { unit: 'years', unit_family: 'other', entity: ['CBP'] })], series)).toEqual([]);
  });

  it('CBP-wide counts with ports of entry are not compared with Border Patrol series', () => {
    const s = 'CBP recorded about 2.4 million encounters at and between ports of entry on the southwest border in FY2022.';
    expect(one(claim(s, '2.4 million', 2_400_000, { qualifier: 'approx', entity: ['CBP'] })).verdict).toBe('not-checkable');
  });

  it('personnel figures are not checked at all', () => {
    const s = seedSentence('000_ad4da1c2b5475ffa.txt', 'around 500 personnel');
    expect(checkClaims([claim(s, '500', 500, { unit: 'personnel', unit_family: 'personnel', entity: ['CBP'] })], series)).toEqual([]);
  });
});

// ------------------------------------------------------------------ figures for a year

describe('a figure for a fiscal year', () => {
  it('another year: about 1.66 million in fiscal year 2021 is consistent, with the Title 42 note', () => {
    const s = 'In fiscal year 2021, Border Patrol recorded about 1.66 million encounters at the southwest border.';
    const c = one(claim(s, '1.66 million', 1_660_000, { qualifier: 'approx' }));
    expect(c).toMatchObject({ verdict: 'consistent', fiscal_year: 2021, compared_with: 1659206 });
    expect(c.explanation).toMatch(/Title 42/);
  });

  it('a claim that fails: more than 1 million in FY2019 (851,508)', () => {
    const s = 'In FY2019, Border Patrol apprehended more than 1 million migrants at the southwest border.';
    const c = one(claim(s, '1 million', 1_000_000, { qualifier: 'more-than', unit: 'apprehensions' }));
    expect(c).toMatchObject({ verdict: 'inconsistent', fiscal_year: 2019, compared_with: 851508 });
  });

  it('a year outside the series (FY1955) is not checkable, with the span', () => {
    const s = 'Border Patrol apprehensions at the southwest border totaled about 20,000 in FY1955.';
    const c = one(claim(s, '20,000', 20000, { qualifier: 'approx', unit: 'apprehensions' }));
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/FY1955 is outside .*FY1960–FY2025/);
  });

  it('a year after the series ends (the 2026 fiscal year) is not checkable', () => {
    const s = 'Border Patrol expects about 200,000 encounters in the 2026 fiscal year.';
    expect(one(claim(s, '200,000', 200000, { qualifier: 'approx' })).explanation).toMatch(/FY2026 is outside/);
  });

  it('an ambiguous claim (no fiscal year) is not checkable', () => {
    const s = 'Border Patrol encounters at the southern border reached about 400,000.';
    const c = one(claim(s, '400,000', 400000, { qualifier: 'approx' }));
    expect(c).toMatchObject({ verdict: 'not-checkable', fiscal_year: null, compared_with: null });
    expect(c.explanation).toMatch(/No fiscal year/);
  });

  it('a calendar year is not a fiscal year', () => {
    const s = 'Border Patrol encounters at the southern border reached about 2 million in 2023.';
    const c = one(claim(s, '2 million', 2_000_000, { qualifier: 'approx' }));
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/calendar year 2023/);
  });

  it('a month is not a fiscal year: a monthly record is compared with the monthly series, not annual records', () => {
    const s = 'In December 2023, Border Patrol recorded a record 250,000 encounters at the southwest border.';
    const c = one(claim(s, '250,000', 250000));
    expect([c.kind, c.period]).toEqual(['month', '2023-12']);
    expect(c.explanation).toMatch(/December 2023/);
    const t = 'Border Patrol recorded about 8,000 encounters at the southwest border last month.';
    expect(one(claim(t, '8,000', 8000, { qualifier: 'approx' })).verdict).toBe('not-checkable');
    const r = 'Border Patrol recorded about 8,000 encounters at the southwest border.';
    const c2 = one(claim(r, '8,000', 8000, { qualifier: 'approx', time: 'in March', time_resolved: { from: '2025-03-01', to: '2025-03-31' } }));
    expect(c2.explanation).toMatch(/2025-03-01 to 2025-03-31/);
    // A fiscal year named beside the figure wins over a month elsewhere in the sentence.
    const f = 'In FY2025, which ended in September, Border Patrol made about 237,500 apprehensions at the southwest border.';
    expect(one(claim(f, '237,500', 237500, { qualifier: 'approx' })).verdict).toBe('consistent');
  });

  it('the year may come from time_resolved when it spans exactly one fiscal year', () => {
    const s = 'Border Patrol counted about 400,000 encounters at the southwest border that year.';
    const c = one(claim(s, '400,000', 400000, { qualifier: 'approx', time_resolved: { from: '2019-10-01', to: '2020-09-30' } }));
    expect(c).toMatchObject({ verdict: 'consistent', fiscal_year: 2020, compared_with: 400651 });
  });

  it('each figure takes the fiscal year nearest to it', () => {
    const s = 'Encounters fell to 237,000 in FY2025 from 2.2 million in FY2022.';
    const a = claim(s, '237,000', 237000, { qualifier: 'approx' });
    const b = { ...claim(s, '2.2 million', 2_200_000, { qualifier: 'approx', sentence_id: a.sentence_id }), id: `${a.sentence_id}#n2` };
    const out = checkClaims([a, b], series);
    expect(out.map((c) => [c.fiscal_year, c.verdict])).toEqual([[2025, 'consistent'], [2022, 'consistent']]);
  });

  it('exact figures allow 0.5 % or the stated rounding', () => {
    const s = 'Border Patrol made 237,538 apprehensions at the southwest border in FY2025.';
    expect(one(claim(s, '237,538', 237538)).verdict).toBe('consistent');
    const t = 'Border Patrol made 235,000 apprehensions at the southwest border in FY2025.';
    const c = one(claim(t, '235,000', 235000));
    expect(c.verdict).toBe('inconsistent');
    expect(c.tolerance).toMatch(/±1,188/);
  });

  it('approx allows 5 %: 260,000 for FY2025 is too far (9 %)', () => {
    const s = 'Border Patrol made roughly 260,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(s, '260,000', 260000, { qualifier: 'approx' })).verdict).toBe('inconsistent');
  });

  it('less-than: "nearly" must be close, "fewer than" only below', () => {
    const s = 'Border Patrol made nearly 240,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(s, '240,000', 240000, { qualifier: 'less-than', display: 'nearly 240,000' })).verdict).toBe('consistent');
    const far = 'Border Patrol made nearly 300,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(far, '300,000', 300000, { qualifier: 'less-than', display: 'nearly 300,000' })).verdict).toBe('inconsistent');
    const fewer = 'Border Patrol made fewer than 300,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(fewer, '300,000', 300000, { qualifier: 'less-than', display: 'fewer than 300,000' })).verdict).toBe('consistent');
    const wrong = 'Border Patrol made fewer than 200,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(wrong, '200,000', 200000, { qualifier: 'less-than', display: 'fewer than 200,000' })).verdict).toBe('inconsistent');
  });

  it('nearly: close to and just under (its own qualifier)', () => {
    const s = 'Border Patrol made nearly 240,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(s, '240,000', 240000, { qualifier: 'nearly', display: '240,000' })).verdict).toBe('consistent');
    const far = 'Border Patrol made nearly 300,000 apprehensions at the southwest border in FY2025.';
    expect(one(claim(far, '300,000', 300000, { qualifier: 'nearly', display: '300,000' })).verdict).toBe('inconsistent');
  });

  it('more-than and up-to', () => {
    const s = 'Border Patrol made more than 2 million apprehensions at the southwest border in FY2023.';
    expect(one(claim(s, '2 million', 2_000_000, { qualifier: 'more-than' })).verdict).toBe('consistent');
    const u = 'Border Patrol made up to 2 million apprehensions at the southwest border in FY2023.';
    expect(one(claim(u, '2 million', 2_000_000, { qualifier: 'up-to' })).verdict).toBe('inconsistent');
  });

  it('a range holds when the official value is inside it', () => {
    const s = 'Border Patrol made between 1.5 million and 1.6 million apprehensions at the southwest border in FY2024.';
    expect(one(claim(s, 'between 1.5 million and 1.6 million', 1_500_000, { value_high: 1_600_000 })).verdict).toBe('consistent');
    const t = 'Border Patrol made between 1.6 million and 1.7 million apprehensions at the southwest border in FY2024.';
    expect(one(claim(t, 'between 1.6 million and 1.7 million', 1_600_000, { value_high: 1_700_000 })).verdict).toBe('inconsistent');
  });

  it('"nationwide" picks a nationwide series; Title 42 expulsions pick the Title 42 series', () => {
    const s = 'Border Patrol apprehensions nationwide reached 859,501 in FY2019.';
    expect(one(claim(s, '859,501', 859501, { unit: 'apprehensions' }))).toMatchObject({ series: 'usbp_nationwide_apprehensions_cbp', verdict: 'consistent' });
    const t = 'Border Patrol carried out about 1.05 million Title 42 expulsions at the southwest border in FY2022.';
    expect(one(claim(t, '1.05 million', 1_050_000, { qualifier: 'approx', unit: 'expulsions' }))).toMatchObject({ series: 'usbp_swb_title42_expulsions_cbp', compared_with: 1054084, verdict: 'consistent' });
  });

  it('every year of the default series: its own value is consistent, 20 % off is not (approx)', () => {
    const def = series.find((s) => s.default)!;
    for (const r of def.rows) {
      const s = `Border Patrol made about ${r.value} apprehensions at the southwest border in FY${r.fiscal_year}.`;
      expect(one(claim(s, String(r.value), r.value, { qualifier: 'approx' })).verdict, `FY${r.fiscal_year}`).toBe('consistent');
      const off = Math.round(r.value * 1.2);
      const t = `Border Patrol made about ${off} apprehensions at the southwest border in FY${r.fiscal_year}.`;
      expect(one(claim(t, String(off), off, { qualifier: 'approx' })).verdict, `FY${r.fiscal_year} +20 %`).toBe('inconsistent');
    }
  });
});

// ------------------------------------------------------------------ records with a figure

describe('records with a figure', () => {
  it('a record that is too high fails', () => {
    const s = 'Border Patrol encounters at the southwest border hit a record 2.5 million.';
    const c = one(claim(s, '2.5 million', 2_500_000));
    expect(c).toMatchObject({ verdict: 'inconsistent', kind: 'record', fiscal_year: 2022, compared_with: 2206436 });
  });

  it('a record tied to the wrong year fails', () => {
    const s = 'Border Patrol encounters at the southwest border reached a record of about 2.2 million in FY2023.';
    const c = one(claim(s, '2.2 million', 2_200_000, { qualifier: 'approx' }));
    expect(c.verdict).toBe('inconsistent');
    expect(c.explanation).toMatch(/record year is FY2022/);
  });
});

// ------------------------------------------------------------------ comparisons without a figure

describe('comparative sentences without a figure', () => {
  const span = (text: string) => {
    const out = scan('own.txt', [text]);
    expect(out).toHaveLength(1);
    return out[0];
  };

  it('"lowest since the late 1960s" for FY2025 (annual): partly consistent — FY1970 was lower but began in October 1969', () => {
    const c = span('Border Patrol apprehensions at the southwest border in fiscal year 2025 were the lowest since the late 1960s.');
    expect(c).toMatchObject({ verdict: 'partly-consistent', fiscal_year: 2025, claim_id: 'own:p1s1' });
    expect(c.explanation).toMatch(/FY1970 \(201,780\)/);
    expect(c.explanation).toMatch(/1 October 1969/);
  });

  it('"lowest since 1970" is consistent; "lowest since 2000" understates and is consistent', () => {
    expect(span('In FY2025, southwest border apprehensions were the lowest since 1970.').verdict).toBe('consistent');
    const c = span('In FY2025, southwest border apprehensions were the lowest since 2000.');
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toMatch(/even longer span/);
  });

  it('a span that fails: FY2011 "lowest since the 1960s" (FY1972 was lower)', () => {
    const c = span('In FY2011, southwest border apprehensions fell to their lowest level since the 1960s.');
    expect(c.verdict).toBe('inconsistent');
    expect(c.explanation).toMatch(/since FY1972 \(321,326\)/);
  });

  it('"in over N years": over 60 years fails for FY2025 (55 years), a 55-year low holds', () => {
    expect(span('In FY2025, border encounters were the lowest in over 60 years.').verdict).toBe('inconsistent');
    expect(span('In FY2025, border apprehensions hit a 55-year low.').verdict).toBe('consistent');
    expect(span('In FY2025, border apprehensions hit a 56-year low.').verdict).toBe('partly-consistent');
  });

  it('"record high" without a figure: FY2022 holds, FY2023 does not', () => {
    expect(span('Border encounters in FY2022 were the highest on record.').verdict).toBe('consistent');
    expect(span('Border encounters reached a record high in FY2023.').verdict).toBe('inconsistent');
  });

  it('the fiscal year may come from the paragraph; none anywhere is ambiguous', () => {
    const c = scan('own.txt', ['Encounters dropped in FY2024. Border apprehensions were the lowest in decades.']);
    expect(c.find((x) => x.quote.startsWith('Border'))!).toMatchObject({ fiscal_year: 2024 });
    const none = span('Border encounters are now at their lowest levels in over 50 years.');
    expect(none.verdict).toBe('not-checkable');
    expect(none.explanation).toMatch(/ambiguous/);
  });

  it('a pronoun sentence is read with the sentence before it; unrelated comparatives are ignored', () => {
    const out = scan('own.txt', ['Southwest border apprehensions dropped in FY2025. They were the lowest since 1970.', 'Gas prices were the lowest since 2019.']);
    expect(out.map((c) => c.quote)).toEqual(['They were the lowest since 1970.']);
    expect(out[0].verdict).toBe('consistent');
  });

  it('a year inside the comparison is not the year described', () => {
    const c = span('Southwest border apprehensions in FY2025 were the lowest since fiscal year 1970.');
    expect(c).toMatchObject({ verdict: 'consistent', fiscal_year: 2025 });
    expect(span('Southwest border apprehensions were the lowest since fiscal year 1970.').verdict).toBe('not-checkable');
  });

  it('a month named in the sentence makes it sub-annual; "since records began" is a record', () => {
    expect(span('In March, border apprehensions were the lowest since 1970.').verdict).toBe('not-checkable');
    expect(span('In FY2022, southwest border encounters were the highest since records began.')).toMatchObject({ verdict: 'consistent', kind: 'record' });
  });

  it('the northern border has no series', () => {
    expect(span('In FY2025, apprehensions at the northern border were the lowest since 2010.').verdict).toBe('not-checkable');
  });
});

// ------------------------------------------------------------------ helpers and invariants

describe('helpers', () => {
  it('roundingHalfUnit reads the stated precision', () => {
    expect(roundingHalfUnit('approximately 237,000', 237000)).toBe(500);
    expect(roundingHalfUnit('2.2 million', 2_200_000)).toBe(50_000);
    expect(roundingHalfUnit('237,538', 237538)).toBe(0.5);
    expect(roundingHalfUnit(null, 1_500_000)).toBe(50_000);
  });

  it('findComparatives parses decade parts', () => {
    const [c] = findComparatives('the lowest levels since the late 1960s');
    expect(c).toMatchObject({ kind: 'since', from: 1967, to: 1969 });
    const [d] = findComparatives('the lowest since the early 1980s');
    expect(d).toMatchObject({ from: 1980, to: 1983 });
  });

  it('every check carries its provenance and a one-sentence explanation; output is sorted and stable', () => {
    const s = 'In FY2019, Border Patrol apprehended more than 1 million migrants at the southwest border.';
    const a = claim(s, '1 million', 1_000_000, { qualifier: 'more-than', sentence_id: 'z:p2s1', id: 'z:p2s1#n1' });
    const b = claim(s, '1 million', 1_000_000, { qualifier: 'more-than', sentence_id: 'z:p1s3', id: 'z:p1s3#n1' });
    const out = checkClaims([a, b], series);
    expect(out.map((c) => c.claim_id)).toEqual(['z:p1s3#n1', 'z:p2s1#n1']);
    expect(checkClaims([b, a], series)).toEqual(out);
    for (const c of out) {
      for (const k of ['claim_id', 'article', 'sentence_id', 'quote', 'tolerance', 'explanation'] as const) expect(c[k]).toBeTruthy();
      expect(c.series_name).toMatch(/southwest/);
    }
  });

  it('the methodology rules name every tolerance in use', () => {
    const text = VERDICT_RULES.map((r) => r.text).join(' ');
    expect(text).toMatch(/0\.5 %/);
    expect(text).toMatch(/5 %/);
    expect(text).toMatch(/10 %/);
  });

  it('no series, no checks', () => {
    expect(checkClaims([claim('In FY2019 there were 1 million encounters.', '1 million', 1e6)], [])).toEqual([]);
  });
});

// ------------------------------------------------------------------ rendering

describe('CheckBadge and the methodology section', async () => {
  const { experimental_AstroContainer: AstroContainer } = await import('astro/container');
  // A computed path: plain tsc cannot type .astro modules (Astro 7 types them through its own tooling).
  const component = async (rel: string) => (await import(/* @vite-ignore */ path.join(ROOT, rel))).default;
  const CheckBadge = await component('src/components/CheckBadge.astro');
  const SeriesMethodology = await component('src/components/methodology/SeriesMethodology.astro');
  const container = await AstroContainer.create();

  it('a badge shows the verdict in words and an icon, the figure, series, tolerance and a methodology link', async () => {
    const s = 'In FY2019, Border Patrol apprehended more than 1 million migrants at the southwest border.';
    const check = one(claim(s, '1 million', 1_000_000, { qualifier: 'more-than' }));
    const html = await container.renderToString(CheckBadge, { props: { check } });
    expect(html).toContain('data-verdict="inconsistent"');
    expect(html).toMatch(/<strong[^>]*>Inconsistent<\/strong>/);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).toContain('851,508');
    expect(html).toContain('(FY2019)');
    expect(html).toContain(check.series_name!);
    expect(html).toContain('the official value must be larger');
    expect(html).toMatch(/href="[^"]*methodology\/series\/#verdicts"/);
  });

  it('a month’s badge names the month and the vintage of the figures', async () => {
    const s = 'In July 2023, the U.S. Border Patrol recorded 132,652 encounters between ports of entry along the Southwest Border.';
    const check = one(claim(s, '132,652', 132652));
    const html = await container.renderToString(CheckBadge, { props: { check } });
    expect(html).toContain('(July 2023)');
    expect(html).not.toContain('(FY2023)');
    expect(html).toContain(`Figures: ${check.vintage}`.replace(/"/g, '&quot;'));
  });

  it('a not-checkable badge shows no compared figure', async () => {
    const s = 'Border Patrol encounters at the southern border reached about 400,000.';
    const html = await container.renderToString(CheckBadge, { props: { check: one(claim(s, '400,000', 400000, { qualifier: 'approx' })) } });
    expect(html).toMatch(/Not checkable/);
    expect(html).not.toMatch(/Compared with/);
  });

  it('the methodology section lists every series with its definition and sources, the splice warning and the verdict rules', async () => {
    const html = await container.renderToString(SeriesMethodology, { props: {} });
    for (const s of series) {
      expect(html).toMatch(new RegExp(`<code[^>]*>${s.id}</code>`));
      expect(html).toContain(s.definition.slice(0, 40));
    }
    expect(html).toMatch(/id="not-spliced"/);
    expect(html).toMatch(/FY2000.*1,566,420.*1,643,679/s);
    expect(html).toMatch(/id="verdicts"/);
    for (const r of VERDICT_RULES) expect(html).toContain(`id="rule-${r.id}"`);
    expect(html).toContain('pewresearch.org');
    expect(html).toMatch(/FY2020–FY2023: Title 42/);
  });
});

// ------------------------------------------------------------------ properties

describe('properties', async () => {
  const fc = (await import('fast-check')).default;
  const def = series.find((s) => s.default)!;
  const qualifiers: Qualifier[] = ['exact', 'approx', 'more-than', 'less-than', 'up-to'];

  it('any figure for any year: a verdict is always given, and a compared figure is the series value of that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2040 }), fc.integer({ min: 1, max: 5_000_000 }), fc.constantFrom(...qualifiers), (fy, value, qualifier) => {
        const text = `${value.toLocaleString('en-US')}`;
        const s = `Border Patrol made ${text} apprehensions at the southwest border in FY${fy}.`;
        const c = one(claim(s, text, value, { qualifier }));
        const row = def.rows.find((r) => r.fiscal_year === fy);
        if (!row) {
          expect(c.verdict).toBe('not-checkable');
          expect(c.compared_with).toBeNull();
        } else {
          expect(['consistent', 'inconsistent']).toContain(c.verdict);
          expect(c.compared_with).toBe(row.value);
          // more-than holds exactly when the series is larger.
          if (qualifier === 'more-than') expect(c.verdict === 'consistent').toBe(row.value > value);
          if (qualifier === 'up-to') expect(c.verdict === 'consistent').toBe(row.value <= value);
        }
      }),
      { numRuns: 300 },
    );
  });
});
