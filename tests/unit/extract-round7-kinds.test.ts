// Issue 14, extraction round 7: the kinds of misses found on the sixth government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractClaims } from '../../src/pipeline/extract/index.ts';
import { wrappedParagraphs } from '../../src/pipeline/text/wrapped.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { clean } from '../../src/pipeline/clean.ts';
import { articleOf } from './extract-helpers.ts';

const build = (text: string) => structure({ file: 'h.txt', slug: 'h', cleaned: clean(text), sidecar: null, officeholders: [] });

const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);
const values = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => c.value);
const reasons = (...sentences: string[]) => extractArticle(articleOf(sentences)).quantities.map((q) => [q.value, q.promoted, q.reason]);

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

describe('a plural demonym counts people', () => {
  it('counts "23 Cubans", "40 Haitians" and "12 Iraqis"', () => {
    expect(claimsOf('U.S. Coast Guard', 'The cutter crew returned 23 Cubans and 40 Haitians on Sunday.', 'Agents later met 12 Iraqis at the port.').map((c) => [c[0], c[1]])).toEqual([
      [23, 'cubans'],
      [40, 'haitians'],
      [12, 'iraqis'],
    ]);
  });
  it('does not count a hypothetical ("enough … to kill")', () => {
    expect(values('Officers seized enough fentanyl to kill more than 90 million Americans.')).toEqual([]);
    expect(reasons('Officers seized enough fentanyl to kill more than 90 million Americans.')[0]![2]).toMatch(/hypothetical/);
  });
});

describe('caseload statistics', () => {
  it('gives a level a verb of level reports its subject noun', () => {
    expect(claimsOf(null, 'By May, open claims reached an all-time high of more than 2.3 million.').map((c) => [c[0], c[1]])).toEqual([[2300000, 'claims']]);
  });
  it('promotes an average duration, not a sentence or a span', () => {
    expect(values('Last year the average processing time for visa requests was 212 days.', 'Median wait times exceeded 500 days by June.')).toEqual([212, 500]);
    expect(values('She was sentenced to 120 days in jail.', 'The office was closed for 30 days.')).toEqual([]);
  });
  it('drops a multiplier in words', () => {
    expect(values('The backlog has grown about four-fold since 2010.')).toEqual([]);
  });
  it("gives a research service's report of an agency's figures to the agency it introduces", () => {
    const a = articleOf([
      ['Claims are decided by the Executive Office for Immigration Review (EOIR), an agency within the Department of Justice (DOJ).'],
      ['In 2019, 52,000 other cases were closed.'],
    ]);
    const claims = extractClaims({ ...a, outlet: 'Congressional Research Service (IN99999)', url: null });
    expect(claims.map((c) => [c.value, c.entity])).toEqual([[52000, ['EOIR']]]);
  });
});

describe('ranks and the sets of a scheme are not counts', () => {
  it('drops "the top five …", keeps a plain five', () => {
    expect(values('The top five ports of entry handled most of the cargo.')).toEqual([]);
    expect(values('Officers inspected five ports of entry in May.')).toEqual([5]);
  });
  it('drops "three mission sets: …", keeps "40 sets of" equipment', () => {
    expect(values('The Guard supports the agency with three mission sets: search teams, rail teams and repair teams.')).toEqual([]);
    expect(values('Police seized 40 sets of body armor.')).toEqual([40]);
  });
});

describe('units of people in relation', () => {
  it('keeps the period of a rate of people', () => {
    expect(claimsOf('U.S. Immigration and Customs Enforcement', 'The new teams now arrest about 300 illegal aliens a week.').map((c) => c[1])).toEqual(['aliens per week']);
  });
  it('counts the plural after a capitalised name, not the name’s own noun', () => {
    expect(claimsOf('U.S. Immigration and Customs Enforcement', 'By June, 40 Community Arrests teams will be at work.').map((c) => c[1])).toEqual(['community arrests teams']);
  });
  it('gives a part of a whole named in an "Of the …" clause the whole’s noun', () => {
    expect(claimsOf('U.S. Immigration and Customs Enforcement', 'Of the 9,000 aliens found by the Criminal Arrests teams last year, about 2,100 had prior convictions.').map((c) => [c[0], c[1]])).toEqual([
      [9000, 'aliens'],
      [2100, 'aliens'],
    ]);
  });
});

describe('"this operation" is the effort named before with its owner', () => {
  it('gives the figures to the agency whose effort the sentence before named, not its subject', () => {
    const a = articleOf([
      ['On May 2, the Department of Homeland Security (DHS) sent staff to the valley as part of HSI’s efforts to stop smuggling rings.'],
      ['Two weeks into this operation, more than 140 vehicles have been seized.'],
    ]);
    expect(extractClaims({ ...a, outlet: null, url: null }).map((c) => [c.value, c.entity])).toEqual([[140, ['HSI']]]);
  });
});

describe("an agency's short form leading an open noun phrase", () => {
  it('is the owner, and the rest of the phrase is the unit', () => {
    expect(claimsOf(null, 'The sweep ran across the four ERO areas of responsibility in the region.')).toEqual([[4, 'areas', ['ERO']]]);
  });
});

describe("a headline's parent, the body's component", () => {
  it("gives the headline's figure to the component the body gives the same figure", () => {
    const a = build('Director announces 214 arrests in ongoing ICE operation on the border\nThe Department of Homeland Security said on Friday that the sweep had ended. As part of HSI’s efforts, 214 suspects were arrested on criminal charges in the first week.');
    const head = extractArticle(a).claims.filter((c) => c.from_headline);
    expect(head.map((c) => [c.value, c.entity])).toEqual([[214, ['HSI']]]);
  });
  it('keeps the headline owner when the body gives the figure to an unrelated agency', () => {
    const a = build('Director announces 214 arrests in ongoing ICE operation on the border\nThe Department of Homeland Security said on Friday that the sweep had ended. Separately, FBI agents arrested 214 suspects in the first week.');
    const head = extractArticle(a).claims.filter((c) => c.from_headline);
    expect(head.map((c) => [c.value, c.entity])).toEqual([[214, ['ICE']]]);
  });
});
