import { describe, expect, it } from 'vitest';
import { fiscalYearSpan, parseFiscalYear } from '../../src/model/fiscal-year.ts';
import { fiscalYearOf } from '../../src/charts/select.ts';

describe('parseFiscalYear', () => {
  it('reads four digits as written and two digits by the pivot', () => {
    expect(parseFiscalYear('2025')).toBe(2025);
    expect(parseFiscalYear('1999')).toBe(1999);
    expect(parseFiscalYear('25')).toBe(2025);
    expect(parseFiscalYear('00')).toBe(2000);
    expect(parseFiscalYear('50')).toBe(2050);
    expect(parseFiscalYear('51')).toBe(1951);
    expect(parseFiscalYear('99')).toBe(1999);
    expect(parseFiscalYear("'99")).toBe(1999);
    expect(parseFiscalYear('’05')).toBe(2005);
  });
  it('refuses what is not a two- or four-digit year', () => {
    expect(parseFiscalYear('199')).toBeNull();
    expect(parseFiscalYear('')).toBeNull();
    expect(parseFiscalYear('FY25')).toBeNull();
  });
  it('spans 1 October to 30 September', () => {
    expect(fiscalYearSpan(1999)).toEqual({ from: '1998-10-01', to: '1999-09-30' });
  });
  it('the charts read FY99 as 1999', () => {
    expect(fiscalYearOf({ time: 'FY99', time_resolved: null })).toBe(1999);
    expect(fiscalYearOf({ time: "FY '24", time_resolved: null })).toBe(2024);
  });
});

describe('two-digit fiscal years elsewhere in the pipeline', async () => {
  const { resolveTime } = await import('../../src/pipeline/extract/time.ts');
  const { estimatePeriod } = await import('../../src/pipeline/text/period.ts');
  const unknown = { from: '', to: '', label: 'unknown', kind: 'unknown', evidence: [] } as never;
  it('time references read FY99 as 1999', () => {
    expect(resolveTime('FY99', unknown)).toEqual({ from: '1998-10-01', to: '1999-09-30' });
    expect(resolveTime('fy 24', unknown)).toEqual({ from: '2023-10-01', to: '2024-09-30' });
  });
  it('the period estimate reads FY99 as 1999', () => {
    const p = estimatePeriod({ paragraphs: ['Border Patrol apprehensions in FY99 topped 1.5 million.'], officeholders: [] });
    expect(p.evidence.some((e) => e.kind === 'fiscal-year' && e.implies.includes('1998-10-01'))).toBe(true);
  });
});
