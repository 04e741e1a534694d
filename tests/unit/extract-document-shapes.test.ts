// Issue 14: document shapes: list lines, hard-wrapped columns and figure lists under a lead.
// One block per kind of text the extractor met, with sentences written for these tests.

import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { wrappedParagraphs } from '../../src/pipeline/text/wrapped.ts';

describe('figures in list lines', () => {
  it('keeps a bulleted line naming places as a list item, not a section heading', async () => {
    const lines = ['The county has bused more riders this year than ever before:', '• Over 2,100 riders to New York City since May 2023', '• Over 900 riders to Boston', 'The program ends in June.'];
    const a = structure({ file: 'x.txt', slug: 'x', cleaned: { lines, dropped: [], citedSources: [] }, sidecar: null, officeholders: [] } as never);
    expect(a.sections).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toContain('• Over 2,100 riders to New York City since May 2023');
  });
});

describe('hard-wrapped text in columns of two widths', () => {
  // A report page: a narrow summary column (about 36 characters) and a few wider lines.
  const page = [
    'Summary of Findings',
    'The regional office reviewed its',
    'staffing in the spring. At the close',
    'of the year, the bureau employed',
    'more than 2,400 inspectors at its',
    'twelve sites and had spent about',
    '$48 million on new scanners. The',
    'office also met with state and',
    'local partners to compare notes on',
    'training, hiring and the equipment',
    'each site had asked for in the last',
    'budget. The review was based on',
    'interviews with managers at every',
    'site and on records kept since the',
    'office opened its first two sites.',
    'Managers said the new scanners had',
    'shortened the time each inspection',
    'took, though two sites still wait',
    'for the parts they ordered in the',
    'fall. The office expects them to',
    'arrive before the end of the year.',
    'A wider line that the layout set across the page for a note at the end.',
    'Another wide line of the page, set beyond the narrow summary column.',
  ];
  it('joins the narrow column into paragraphs though a few lines are wider', () => {
    const groups = wrappedParagraphs(page);
    const joined = groups.map((g) => g.join(' '));
    expect(joined.some((p) => p.includes('the bureau employed more than 2,400 inspectors at its twelve sites'))).toBe(true);
  });
  it('leaves short menu-like lines alone', () => {
    const menu = ['Home', 'News', 'About us', 'Contact', 'Press releases', 'Careers', 'Site map', 'Privacy'];
    expect(wrappedParagraphs(menu).every((g) => g.length === 1)).toBe(true);
  });
});

describe('a list of figures under a lead line', () => {
  it('keeps lines opening with a figure after a lead ending in a colon as paragraphs, not a heading', () => {
    const text = [
      'The agency released its yearly totals on Monday.',
      'Since October, crews have stopped 120 boats compared to:',
      '410 boats in Fiscal Year 2019',
      '388 boats in Fiscal Year 2020',
      'All crews took part in the counts this year.',
    ].join('\n\n');
    const cleaned = clean(text);
    const a = structure({ file: 'x.txt', slug: 'x', cleaned, sidecar: null, officeholders: [] } as never);
    expect(a.sections).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toContain('410 boats in Fiscal Year 2019');
  });
});
