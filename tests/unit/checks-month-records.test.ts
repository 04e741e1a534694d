// Monthly records, spans and averages over runs of months (issue 18), against the committed
// monthly series. Every expected number is worked out by hand from the CSV rows it names
// (content/reference/series/monthly-cbp-southwest.csv, monthly-ohss-usbp.csv), and the test first
// reads those rows, so a changed CSV fails here rather than passing with stale arithmetic.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/pipeline/checks.ts';
import { averageOver, rateHours } from '../../src/pipeline/checks/month-average.ts';
import { lastNamedMonth } from '../../src/pipeline/checks/month-claims.ts';
import { monthlyOf } from '../../src/pipeline/checks/monthly-series.ts';
import { addMonths, daysIn, monthRange, monthsBetween, monthSpans, monthOfStatement } from '../../src/pipeline/checks/months.ts';
import { loadSeries } from '../../src/pipeline/reference/series.ts';
import type { Article, Check, Claim, ReferenceSeries } from '../../src/pipeline/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const series: ReferenceSeries[] = await loadSeries(ROOT);
const CBP_SWB = 'usbp_swb_encounters_cbp_monthly';
const OHSS_SWB = 'usbp_swb_encounters_ohss_monthly_rounded10';
const OHSS_CBP_NAT = 'cbp_nationwide_encounters_ohss_monthly';
const row = (id: string, month: string) => series.find((s) => s.id === id)!.months!.find((m) => m.month === month)?.value;

/** An article of one paragraph per sentence, dated `date` (a release with a known day). */
function article(sentences: string[], date: string, headline = 'h', file = 'r.txt'): Article {
  const slug = file.replace(/\.txt$/, '');
  return {
    file, slug, headline, headlineGenerated: false, dek: null, dateline: null, attribution: {}, outlet: null, url: null, byline: null, sections: [],
    period: { from: date, to: date, label: date, kind: 'sidecar', evidence: [] },
    paragraphs: sentences.map((text, i) => ({ id: `${slug}:p${i + 1}`, text, sentences: [{ id: `${slug}:p${i + 1}s1`, text }] })) as Article['paragraphs'],
  };
}
/** The check of the one statement of a one-sentence article. */
function statement(text: string, date = '2025-08-01', headline = 'h', within: ReferenceSeries[] = series): Check {
  const a = article([text], date, headline);
  const c = checkClaims([], within, [a]).find((x) => x.sentence_id === `${a.slug}:p1s1`);
  if (!c) throw new Error(`no check for: ${text}`);
  return c;
}

let k = 0;
function claim(quote: string, text: string, value: number, more: Partial<Claim> = {}): Claim {
  const start = quote.indexOf(text);
  if (start < 0) throw new Error(`${text} not in ${quote}`);
  const sid = `r:p9s${++k}`;
  return {
    id: `${sid}#n1`, article: 'r.txt', slug: 'r', sentence_id: sid, value, value_high: null, unit: 'apprehensions', unit_family: 'events',
    entity: ['USBP'], qualifier: 'exact', status: 'reported', time: null, time_resolved: null, subject: 'x', quote, start, end: start + text.length,
    display: text, negated: false, fact_id: null, ...more,
  };
}
const checkOne = (c: Claim, date = '2025-08-01', headline = 'h') => checkClaims([c], series, [article([], date, headline)]).find((x) => x.claim_id === c.id)!;

describe('month arithmetic', () => {
  it('counts days and months, and reads runs of months', () => {
    expect([daysIn('2024-02'), daysIn('2025-02'), daysIn('2024-07'), daysIn('2024-09')]).toEqual([29, 28, 31, 30]);
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthsBetween('2020-09', '2024-07')).toBe(46); // 3 × 12 + 10
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    const [s] = monthSpans('which averaged 5,110 apprehensions per day from Feb 2021–Dec 2024.');
    expect([s!.first, s!.last, monthRange(s!.first, s!.last).length]).toEqual(['2021-02', '2024-12', 47]); // 11 + 12 + 12 + 12
    const [t] = monthSpans('from May to July 2025');
    expect([t!.first, t!.last]).toEqual(['2025-05', '2025-07']);
    const [u] = monthSpans('between May and July 2025');
    expect([u!.first, u!.last]).toEqual(['2025-05', '2025-07']);
    expect(monthSpans('in May and July 2025')).toEqual([]); // two months, not a run
  });
  it('reads the period of a rate', () => {
    expect([rateHours('apprehensions per day'), rateHours('every two hours'), rateHours('per hour'), rateHours('per week')]).toEqual([24, 2, 1, null]);
  });
  it('places “last July” and “last month” from the article’s date, and names the choice', () => {
    expect(lastNamedMonth(7, { from: '2025-08-01', to: '2025-08-01', headline: '' })).toBe('2024-07'); // July 2025 just ended
    expect(lastNamedMonth(7, { from: '2025-10-15', to: '2025-10-15', headline: '' })).toBe('2025-07');
    expect(lastNamedMonth(7, { from: '2025-01-01', to: '2025-12-31', headline: '' })).toBeNull(); // no single date
    const m = monthOfStatement('Apprehensions last month were the lowest on record.', { from: '2025-08-01', to: '2025-08-01', headline: '' });
    expect(m?.month).toBe('2025-07');
    expect(m?.how).toMatch(/last month/);
  });
});

describe('averages over months', () => {
  it('a range of three months: the months’ totals over their days (31 + 31 + 30 = 92)', () => {
    const s = series.find((x) => x.id === CBP_SWB)!;
    expect([row(CBP_SWB, '2024-07'), row(CBP_SWB, '2024-08'), row(CBP_SWB, '2024-09')]).toEqual([56400, 58009, 53858]);
    const avg = averageOver(s, monthRange('2024-07', '2024-09'), 24)!;
    // 56,400 + 58,009 + 53,858 = 168,267; 168,267 / 92 = 1,828.99 → 1,829.0
    expect([avg.total, avg.days, avg.value]).toEqual([168267, 92, 1829]);
  });
  it('a per-day average over a named run of months gets a verdict with the sum shown', () => {
    const c = checkOne(claim('Border Patrol apprehensions at the southwest border averaged 1,829 a day from July to September 2024.', '1,829', 1829, { unit: 'apprehensions per day', unit_family: 'rate' }));
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['consistent', CBP_SWB, '2024-07/2024-09', 1829]);
    expect(c.explanation).toMatch(/92 days/);
    const far = checkOne(claim('Border Patrol apprehensions at the southwest border averaged 2,100 a day from July to September 2024.', '2,100', 2100, { unit: 'apprehensions per day', unit_family: 'rate' }));
    expect(far.verdict).toBe('inconsistent');
  });
  it('a total over several months is their sum', () => {
    expect([row(CBP_SWB, '2025-05'), row(CBP_SWB, '2025-06'), row(CBP_SWB, '2025-07')]).toEqual([8725, 6068, 4596]);
    // 8,725 + 6,068 + 4,596 = 19,389
    const c = checkOne(claim('Agents made 19,400 apprehensions at the southwest border from May to July 2025.', '19,400', 19400));
    expect([c.verdict, c.compared_with]).toEqual(['consistent', 19389]);
  });
  it('a rate every two hours divides by the two-hour periods of the month (31 × 12 = 372)', () => {
    // July 2024: 56,400 / 372 = 151.61 → 151.6; "152" is within ±0.5 % of it (±0.76)
    const c = checkOne(claim('That is lower than the average rate of 152 apprehensions every two hours at the southwest border under Biden last July.', '152', 152, { unit: 'apprehensions per two hours', unit_family: 'rate' }));
    expect([c.verdict, c.period, c.compared_with]).toEqual(['consistent', '2024-07', 151.6]);
    expect(c.explanation).toMatch(/last July/);
  });
  it('a run of months no one series holds uses the spliced series, and the verdict names its parts', () => {
    const SPLICED = 'usbp_swb_encounters_spliced_ohss_cbp_monthly';
    // OHSS February – September 2021, then CBP's file October 2021 – December 2024; 1,430 days.
    const total = monthRange('2021-02', '2021-09').reduce((a, m) => a + row(OHSS_SWB, m)!, 0) + monthRange('2021-10', '2024-12').reduce((a, m) => a + row(CBP_SWB, m)!, 0);
    const days = monthRange('2021-02', '2024-12').reduce((a, m) => a + daysIn(m), 0);
    expect(days).toBe(1430);
    const c = checkOne(claim('Southwest border apprehensions averaged 5,110 per day from Feb 2021–Dec 2024.', '5,110', 5110, { unit: 'apprehensions per day', unit_family: 'rate' }));
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['consistent', SPLICED, '2021-02/2024-12', Math.round((total / days) * 10) / 10]);
    expect(c.explanation).toMatch(/February 2021 – September 2021 from usbp_swb_encounters_ohss_monthly_rounded10, October 2021 – December 2024 from usbp_swb_encounters_cbp_monthly/);
    expect(c.vintage).toMatch(/^spliced/);
  });
  it('a month one series holds never uses the spliced series', () => {
    const c = checkOne(claim('Southwest border apprehensions averaged 2,000 per day in March 2021.', '2,000', 2000, { unit: 'apprehensions per day', unit_family: 'rate' }));
    expect(c.series).toBe(OHSS_SWB);
    expect(c.explanation).not.toMatch(/spliced/);
  });
  it('a total beside a per-day average of another figure is a total', () => {
    const c = checkOne(claim('Lowest Southwest Border Apprehensions: 4,598 nearly 500 fewer than the daily average under the last administration.', '4,598', 4598), '2025-08-01', 'Border records in July');
    // July 2025 in the CBP file: 4,596; "4,598" is 2 off, within ±23 (0.5 %)
    expect([c.verdict, c.period, c.compared_with]).toEqual(['consistent', '2025-07', 4596]);
  });
});

describe('records and spans of a month', () => {
  it('an all-time low of a month: no earlier month lower in any series of that geography and count', () => {
    // July 2025 (CBP file) 4,596; earlier lowest: June 2025 6,068 (CBP file), April 2017 11,130 (OHSS)
    expect([row(CBP_SWB, '2025-07'), row(CBP_SWB, '2025-06'), row(OHSS_SWB, '2017-04')]).toEqual([4596, 6068, 11130]);
    const c = statement('Preliminary data from July 2025 confirms that illegal crossings at the southwest border have collapsed to all-time lows.');
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['consistent', CBP_SWB, '2025-07', 4596]);
    expect(c.tolerance).toMatch(/1999-10/);
    expect(c.vintage).toMatch(/August/);
  });
  it('a record that an earlier month beats is inconsistent', () => {
    // April 2025 8,377 > March 2025 7,180
    expect([row(CBP_SWB, '2025-04'), row(CBP_SWB, '2025-03')]).toEqual([8377, 7180]);
    const c = statement('In April 2025, Border Patrol apprehensions at the southwest border hit an all-time low.');
    expect(c.verdict).toBe('inconsistent');
    expect(c.explanation).toMatch(/since March 2025/);
  });
  it('“lowest since September 2020”: the last lower month must be that month', () => {
    // July 2024 56,400; Sept 2020 54,780 (OHSS) is the last month below it
    expect([row(CBP_SWB, '2024-07'), row(OHSS_SWB, '2020-09')]).toEqual([56400, 54780]);
    const ok = statement('Border Patrol encounters in July 2024 were the lowest monthly total along the southwest border since September 2020.');
    expect([ok.verdict, ok.period]).toEqual(['consistent', '2024-07']);
    const late = statement('Border Patrol encounters in July 2024 were the lowest monthly total along the southwest border since September 2019.');
    expect(late.verdict).toBe('inconsistent');
  });
  it('“in more than three years”: 46 months since the last lower month', () => {
    const three = statement('In July 2024, encounters along the southwest border were the lowest in more than three years.');
    expect(three.verdict).toBe('consistent'); // 46 > 36
    const four = statement('In July 2024, encounters along the southwest border were the lowest in more than four years.');
    expect(four.verdict).toBe('inconsistent'); // 46 < 49
    const nearly = statement('In July 2024, encounters along the southwest border were the lowest in nearly four years.');
    expect(nearly.verdict).toBe('consistent'); // 46 ≥ 44 (90 % of 48, rounded up)
  });
  it('a span reaching before both the monthly and the yearly series is not checkable, and says where the series starts', () => {
    const c = statement('In July 2025, monthly apprehensions at the southwest border were the lowest since the late 1940s.');
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/series starts 1999-10/);
  });
  it('a span reaching before the monthly series is answered for earlier years at an annual rate', () => {
    const PEW = 'usbp_swb_apprehensions_or_encounters_pew';
    const fy = (y: number) => series.find((s) => s.id === PEW)!.rows.find((r) => r.fiscal_year === y)!.value;
    // February 2025 (CBP file) × 12 lies between FY1968 and FY1969: the last lower fiscal year is FY1968.
    const rate = row(CBP_SWB, '2025-02')! * 12;
    expect(fy(1968) < rate && rate < fy(1969)).toBe(true);
    const c = statement('In February 2025, monthly apprehensions at the southwest border were the lowest since the late 1960s.', '2025-03-15');
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['consistent', PEW, '2025-02', rate]);
    expect(c.explanation).toMatch(/FY1968/);
    expect(c.explanation).toMatch(/annual rate/);
    // The same month said to be the lowest since the early 1960s: FY1968 was already lower.
    const early = statement('In February 2025, monthly apprehensions at the southwest border were the lowest since the early 1960s.', '2025-03-15');
    expect(early.verdict).toBe('inconsistent');
  });
  it('a record against a series with too few earlier months is not checkable', () => {
    // Without OHSS's CBP-wide months, CBP-wide nationwide months start in October 2021 (CBP's file):
    // 45 earlier months, fewer than 10 years.
    const short = series.filter((s) => s.id !== OHSS_CBP_NAT);
    const c = statement('DHS set record lows for nationwide encounters and lowest single day apprehensions.', '2025-08-01', 'Border records in July', short);
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/series starts 2021-10/);
    expect(c.explanation).toMatch(/hold 45 earlier months/);
  });
  it('a CBP-wide nationwide record is searched for in OHSS’s months from October 2003, and April 2017 was lower', () => {
    // OHSS: April 2017 = 11,680 (Border Patrol) + 12,540 (OFO) = 24,220, below July 2025's 24,630 by more
    // than the sum's rounding (±10).
    expect(row(OHSS_CBP_NAT, '2017-04')).toBe(24220);
    expect(row('cbp_nationwide_encounters_monthly', '2025-07')).toBe(24630);
    const c = statement('DHS set record lows for nationwide encounters and lowest single day apprehensions.', '2025-08-01', 'Border records in July');
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['inconsistent', 'cbp_nationwide_encounters_monthly', '2025-07', 24630]);
    expect(c.vintage).toMatch(/DHS releases/);
    expect(c.tolerance).toBe('no earlier month lower (months from 2003-10)');
    expect(c.explanation).toMatch(/lowest since April 2017 \(24,220 in CBP encounters by month, nationwide, ports of entry included \(DHS OHSS/);
    expect(c.explanation).toMatch(/not a record/);
    // The deciding month's own series and vintage are named, not only the claim's.
    expect(c.explanation).toMatch(/April 2017 \(24,220 in [^)]*\), DHS OHSS KHSM tables "KHSM Encounters \(USBP\) fy25m11\.xlsx" and "KHSM Encounters \(OFO\) fy25m11\.xlsx"/);
    // The OHSS months are a claim's series when only they hold its month: May 2017, 28,760, was the
    // lowest since April 2017 (24,220); June 2017, 30,210, was not (May was lower).
    const may = statement('Nationwide encounters at ports of entry and between them in May 2017 were the lowest since April 2017.', '2017-06-15');
    expect([may.verdict, may.series, may.period, may.compared_with]).toEqual(['consistent', OHSS_CBP_NAT, '2017-05', 28760]);
    expect(may.vintage).toMatch(/KHSM Encounters \(OFO\) fy25m11/);
    const june = statement('Nationwide encounters at ports of entry and between them in June 2017 were the lowest since April 2017.', '2017-07-15');
    expect([june.verdict, june.compared_with]).toEqual(['inconsistent', 30210]);
  });
  it('the Office of Field Operations months alone are never a claim’s series', () => {
    for (const scope of ['southwest', 'nationwide'] as const) {
      for (const comp of ['usbp', 'cbp'] as const) expect(monthlyOf(series, scope, comp).map((s) => s.id)).not.toContain('ofo_nationwide_encounters_ohss_monthly_rounded10');
    }
  });
  it('“last month” in a release takes the month before its date, and the verdict says so', () => {
    const c = statement('Border Patrol apprehensions at the southwest border last month were the lowest on record.', '2025-08-01');
    expect([c.verdict, c.period]).toEqual(['consistent', '2025-07']);
    expect(c.explanation).toMatch(/last month/);
  });
  it('a comparison spanning the Title 42 years says the measure changed', () => {
    const c = statement('Border Patrol encounters in July 2024 were the lowest monthly total along the southwest border since September 2020.');
    expect(c.explanation).toMatch(/Title 42/);
  });
  it('single-day statements stay not checkable with the reason', () => {
    const c = statement('That is the lowest number of apprehensions in a single day in over 15 years.');
    expect(c.verdict).toBe('not-checkable');
    expect(c.explanation).toMatch(/single day/);
  });
});

describe('runs of months named by a term of office or the article’s date', () => {
  it('“first three full months in office” are the three whole months after the term began', async () => {
    const { officeMonths } = await import('../../src/pipeline/checks/office-months.ts');
    const art = { from: '2025-04-20', to: '2025-12-31', headline: '' };
    // Term began 2025-01-20: January is not full, so February, March, April.
    expect(officeMonths('In his first three full months in office, crossings fell.', art, ['2017-01-20', '2025-01-20'])?.months).toEqual(['2025-02', '2025-03', '2025-04']);
    // A term that began on the 1st counts its own month.
    expect(officeMonths('the first two months of her term', art, ['2025-03-01'])?.months).toEqual(['2025-03', '2025-04']);
    expect(officeMonths('the past three months', { from: '2025-08-01', to: '2025-08-01', headline: '' }, [])?.months).toEqual(['2025-05', '2025-06', '2025-07']);
    expect(officeMonths('the past three months', art, [])).toBeNull(); // no single date
  });
  it('a record of a run of months: its highest month must be below every earlier month', () => {
    // Feb–Apr 2025 in the CBP file: 8,353, 7,180, 8,377; the highest, 8,377, is below January 2025 (29,107) and OHSS's lowest (April 2017, 11,130)
    expect([row(CBP_SWB, '2025-02'), row(CBP_SWB, '2025-03'), row(CBP_SWB, '2025-04'), row(CBP_SWB, '2025-01')]).toEqual([8353, 7180, 8377, 29107]);
    const a = article(['In President Trump’s first three full months in office, illegal crossings at the southern border have reached the lowest monthly tallies ever.'], '2025-05-10');
    const terms = [{ name: 'Donald Trump', aliases: [], roles: [{ title: 'President', cues: [], from: '2025-01-20', to: null, head: true, source: 'x' }] }];
    const c = checkClaims([], series, [a], terms)[0]!;
    expect([c.verdict, c.period, c.compared_with]).toEqual(['consistent', '2025-02/2025-04', 8377]);
    // Without the reference table the months are unknown: not checkable, never guessed.
    expect(checkClaims([], series, [a])[0]!.verdict).toBe('not-checkable');
  });
});

describe('a month’s total called a record', () => {
  it('is checked as a figure and as a record: an earlier lower month makes it inconsistent', () => {
    // April 2025 in the CBP file: 8,377 (the figure agrees) but March 2025 was lower, 7,180
    const c = checkOne(claim('Record low: 8,377 Border Patrol apprehensions at the southwest border in April 2025.', '8,377', 8377));
    expect([c.verdict, c.compared_with]).toEqual(['inconsistent', 8377]);
    expect(c.explanation).toMatch(/As a record: inconsistent/);
    // July 2025, 4,596: the figure agrees and no earlier month is lower
    const ok = checkOne(claim('Record low: 4,596 Border Patrol apprehensions at the southwest border in July 2025.', '4,596', 4596));
    expect(ok.verdict).toBe('consistent');
    expect(ok.explanation).toMatch(/As a record: consistent/);
  });
});

describe('a percentage change between two months', () => {
  const share = (quote: string, text: string, value: number) => claim(quote, text, value, { unit: 'percent', unit_family: 'share', display: text });
  it('is the change between the months’ totals in one series', () => {
    // June 2024 83,532 → July 2024 56,400: (56,400 − 83,532) / 83,532 = −32.48 %
    expect([row(CBP_SWB, '2024-06'), row(CBP_SWB, '2024-07')]).toEqual([83532, 56400]);
    const c = checkOne(share('U.S. Border Patrol encounters in July 2024 were 32% lower than in June 2024 along the southwest border.', '32%', 32));
    expect([c.verdict, c.period, c.compared_with]).toEqual(['consistent', '2024-06/2024-07', -32.48]);
    const wrong = checkOne(share('U.S. Border Patrol encounters in July 2024 were 50% lower than in June 2024 along the southwest border.', '50%', 50));
    expect(wrong.verdict).toBe('inconsistent');
    const up = checkOne(share('U.S. Border Patrol encounters in July 2024 were 32% higher than in June 2024 along the southwest border.', '32%', 32));
    expect(up.verdict).toBe('inconsistent'); // the direction counts
  });
  it('takes the month described from the headline and the compared month as the one before it', () => {
    // CBP nationwide, June 2025 25,243 → July 2025 24,630: −613 / 25,243 = −2.43 %, "2.4%" within ±0.05
    const c = checkOne(share('Lowest Nationwide Encounters Ever: 24,630—down 2.4% from June.', '2.4%', 2.4), '2025-08-01', 'Border records in July');
    expect([c.verdict, c.series, c.period, c.compared_with]).toEqual(['consistent', 'cbp_nationwide_encounters_monthly', '2025-06/2025-07', -2.43]);
  });
  it('a share of something else is not a change between months', () => {
    const c = checks([share('Encounters were nearly 90% lower than the monthly average under the last administration.', '90%', 90)]);
    expect(c).toEqual([]);
  });
});
function checks(cs: Claim[]): Check[] {
  return checkClaims(cs, series, [article([], '2025-08-01', 'Border records in July')]);
}
