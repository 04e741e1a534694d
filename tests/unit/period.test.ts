import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRange, estimatePeriod, loadOfficeholders } from '../../src/pipeline/text/period.ts';

const officeholders = loadOfficeholders(path.resolve(import.meta.dirname, '../..'));
const est = (...paragraphs: string[]) => estimatePeriod({ paragraphs, officeholders });

describe('officeholders.yaml', () => {
  it('loads, with sources and valid dates for every role', () => {
    expect(officeholders.length).toBeGreaterThan(10);
    for (const p of officeholders) for (const r of p.roles) {
      expect(r.source).toBeTruthy();
      expect(r.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.to) expect(r.to >= r.from).toBe(true);
    }
    const noem = officeholders.find((p) => p.name === 'Kristi Noem')!;
    expect(noem.roles.find((r) => /Homeland/.test(r.title))!.from).toBe('2025-01-25');
  });
});

describe('estimatePeriod', () => {
  it('a sidecar date wins and is the label', () => {
    const p = estimatePeriod({ paragraphs: ['President Joe Biden spoke in 2022.'], sidecarDate: '2025-06-06', officeholders });
    expect(p).toMatchObject({ kind: 'sidecar', from: '2025-06-06', to: '2025-06-06', label: 'June 6, 2025' });
  });
  it('no evidence: unknown, sorted last', () => {
    const p = est('Agents moved to the city, officials said.');
    expect(p.kind).toBe('unknown');
    expect(p.label).toBe('date unknown');
    expect(p.to < '1900').toBe(true);
  });
  it('intersects officeholders: an acting secretary of five days pins the date', () => {
    const p = est('President Donald Trump signed orders.', 'Acting Department of Homeland Security Secretary Benjamine Huffman sent a memo.');
    expect(p).toMatchObject({ kind: 'estimated', from: '2025-01-20', to: '2025-01-25', label: 'estimated: January 2025' });
    expect(p.evidence.map((e) => e.kind)).toEqual(['officeholder', 'officeholder']);
  });
  it('"second term" and "first three months in office" narrow the president', () => {
    const p = est('In President Trump’s first three full months in office, crossings fell.', 'Mr. Trump acted after he started his second term.');
    expect(p.from).toBe('2025-04-20');
    expect(p.to).toBe('2025-12-31');
    expect(p.label).toBe('estimated: 2025');
    expect(p.evidence.some((e) => e.kind === 'assumption')).toBe(true);
  });
  it('without a term marker both terms stay possible, and the label says so', () => {
    const p = est('President Donald Trump asked for more officers.');
    expect(p.label).toMatch(/^estimated: 2025 \(or 2017/);
    expect(p.evidence.some((e) => e.kind === 'ambiguity')).toBe(true);
  });
  it('"former" and "then-" are not in office', () => {
    expect(est('Former President Joe Biden criticised the plan.').kind).toBe('unknown');
    expect(est('The Biden administration set the rules.').kind).toBe('unknown');
  });
  it('an officeholder named after the name ("X, the acting director of ICE") counts', () => {
    const p = est('“We need help,” Matthew Albence, the acting director of ICE, said.', 'Agents seized drugs since October 2019.');
    expect(p.from).toBe('2019-10-01');
    expect(p.to).toBe('2020-08-31');
    expect(p.label).toBe('estimated: late 2019 – mid-2020');
  });
  it('fiscal years and the latest year bound from below', () => {
    const p = est('In Fiscal Year 2025, encounters dropped.', 'Between 2021 and 2024 the influx peaked.');
    expect(p.from).toBe('2024-10-01');
    expect(p.to).toBe('2025-12-31');
    expect(p.label).toBe('estimated: late 2024 – 2025');
  });
  it('years that look forward or count things are not evidence', () => {
    expect(est('The agency aims to finish by 2030.').kind).toBe('unknown');
    expect(est('The agency hired 2000 officers.').kind).toBe('unknown');
    expect(est('Arrests rose in 2023.').from).toBe('2023-01-01');
  });
  it('contradicting evidence is set aside and reported', () => {
    const p = est('DHS Secretary Kristi Noem spoke.', 'Crossings peaked in 2019.', 'Secretary Alejandro Mayorkas responded.');
    // The narrower term (Mayorkas, 2021–2025) is applied first; Noem's open term then contradicts it.
    expect(p.from).toBe('2021-02-02');
    expect(p.to <= '2025-01-20').toBe(true);
    expect(p.evidence.find((e) => /Noem/.test(e.implies))!.implies).toMatch(/not used/);
  });
});

describe('describeRange', () => {
  it('labels honestly', () => {
    expect(describeRange('2025-01-20', '2025-01-25')).toBe('January 2025');
    expect(describeRange('2025-01-01', '2025-03-31')).toBe('early 2025');
    expect(describeRange('2025-05-01', '2025-07-31')).toBe('mid-2025');
    expect(describeRange('2025-02-01', '2025-07-31')).toBe('early to mid-2025');
    expect(describeRange('2025-01-01', '2025-12-31')).toBe('2025');
    expect(describeRange('2017-03-01', '2021-01-20')).toBe('2017–2021');
    expect(describeRange('2025-06-06', '2025-06-06')).toBe('June 6, 2025');
  });
});

describe('timestamps', () => {
  it('a page timestamp gives the date; "Published" wins over "Updated"', () => {
    const p = estimatePeriod({ paragraphs: ['President Joe Biden spoke.'], officeholders, timestamps: ['Updated June 14, 2025 | Published June 12, 2025 at 2:00 p.m.'] });
    expect(p).toMatchObject({ kind: 'estimated', from: '2025-06-12', to: '2025-06-12', label: 'estimated: June 12, 2025' });
    expect(p.evidence[0]!.kind).toBe('timestamp');
  });
  it('lines without a full date are ignored', () => {
    expect(estimatePeriod({ paragraphs: ['Nothing here.'], officeholders, timestamps: ['5 min read'] }).kind).toBe('unknown');
  });
});
