// A report's numbered list and its first line (cleaner round 7, issue 15): items that go on
// from a kept item above are the body's list, not a ranked teaser list; a first line opening
// on a dateline or closing on a colon is the body's, never the dek. Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { articleOf } from './clean-helpers.ts';

const HEADLINE = 'Granite County Sheriff Releases March Jail Bookings Report';
const lead = 'Of the 212 people booked into the county jail in March, deputies recorded these charges:';

describe('numbered lists of a report', () => {
  const list = [
    lead,
    '1.  61 had assault charges, including:',
    '7 people had weapons charges',
    '3 people had robbery charges',
    '2.  19 had theft charges',
    '3.  40 had DUI charges',
    '4.  92 had drug charges',
    'The sheriff said the March figures were the lowest since the jail reopened in 2019.',
  ];
  it('keeps the items that go on from a kept item above', () => {
    const r = clean([HEADLINE, ...list].join('\n'));
    for (const l of list) expect(r.lines).toContain(l);
  });
  it('still drops a ranked list of teasers that starts at its own 1', () => {
    const teasers = ['Most read', '1. Fair opens with record crowds', '2. New bridge to close for a month', '3. Schools name a new principal'];
    const r = clean([HEADLINE, lead.replace(/:$/, '.'), 'The sheriff said the March figures were the lowest since the jail reopened in 2019.', ...teasers].join('\n'));
    for (const t of teasers.slice(1)) expect(r.lines).not.toContain(t);
  });
});

describe('the first line under the headline', () => {
  const para = 'The sheriff said the March figures were the lowest since the jail reopened in 2019.';
  for (const first of ['Granite Falls, Oregon - Granite County Sheriff March Jail Bookings Report:', 'Granite County Sheriff’s Office March jail bookings report, by charge:', 'GRANITE FALLS, Ore. - The county sheriff released the March bookings report']) {
    it(`is body, not the dek: "${first.slice(0, 40)}"`, () => {
      const a = articleOf([HEADLINE, first, lead, para].join('\n'));
      expect(a.headline).toBe(HEADLINE);
      expect(a.dek).toBeNull();
    });
  }
  it('a standfirst without a dateline or colon stays the dek', () => {
    const a = articleOf([HEADLINE, 'Bookings fell for the fourth month in a row as the county expanded its diversion program', para, para].join('\n'));
    expect(a.dek).toBe('Bookings fell for the fourth month in a row as the county expanded its diversion program');
  });
});

describe('a count sentence is no listicle teaser', () => {
  it('keeps "7 people had weapons charges", drops "5 things to know about the fair"', async () => {
    const { listicleTeaser } = await import('../../src/pipeline/text/chrome.ts');
    expect(listicleTeaser('7 people had weapons charges')).toBe(false);
    expect(listicleTeaser('2. 12 places were closed by the flood')).toBe(false);
    expect(listicleTeaser('5 things to know about the fair')).toBe(true);
    expect(listicleTeaser('3. 10 places you should see this summer')).toBe(true);
  });
});

describe("a report's section heading under its title", () => {
  const para = 'The audit found that the county had not set targets for 4 of its 9 jail programs, the auditor said in March.';
  for (const heading of ['What the Auditor Found', 'Why We Did This Review', 'Key findings', 'Summary']) {
    it(`is no headline: "${heading}"`, () => {
      const title = 'Jail Programs: Granite County Needs Targets and Better Data on Results';
      const a = articleOf(['From the Granite library', title, 'Download: PDF (9 pages) · EPUB', heading, para, para].join('\n'));
      expect(a.headline).toBe(title);
    });
  }
  it('a page whose only title is such a heading still gets it as the headline', () => {
    expect(articleOf(['Key findings', para, para].join('\n')).headline).toBe('Key findings');
  });
});

describe('a section label above the title', () => {
  it('still goes as before-headline', () => {
    const para = 'The audit found that the county had not set targets for 4 of its 9 jail programs, the auditor said in March.';
    const title = 'Jail Programs: Granite County Needs Targets and Better Data on Results';
    const r = clean(['Highlights', title, para, para].join('\n'));
    expect(r.lines[0]).toBe(title);
  });
});

describe('property: a report list that goes on from a kept item keeps every item', () => {
  it('for any counts and charges', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 4, maxLength: 4 }), fc.constantFrom('theft', 'assault', 'fraud', 'DUI', 'drug'), (ns, charge) => {
        const items = [`1.  ${ns[0]} had ${charge} charges, including:`, `${ns[1]} people had weapons charges`, `2.  ${ns[2]} had ${charge} convictions`, `3.  ${ns[3]} had prior arrests`];
        const r = clean([HEADLINE, lead, ...items, 'The sheriff said the figures were the lowest since the jail reopened in 2019.'].join('\n'));
        return items.every((l) => r.lines.includes(l));
      }),
      { numRuns: 60 },
    );
  });
});
