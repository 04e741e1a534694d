// Text tables: a heading line of columns over rows of a label and its figures, as pages pasted
// from HTML tables store them. The shape (text/tables.ts), the cleaner keeping the rows, and one
// claim per cell (extract/text-tables.ts). Tables and figures invented for these tests.
import { describe, expect, it } from 'vitest';
import { readHeading, readRow, splitGlued, findTextTables } from '../../src/pipeline/text/tables.ts';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { build } from './extract-helpers.ts';
import { clean } from '../../src/pipeline/clean.ts';

/** An invented region's report: a title, a lead sentence, the table's lines and a closing sentence. */
const regionReport = (lead: string, table: string[]) =>
  ['Harbor Region Report', lead, ...table, 'The region will publish the next counts in May.'].join('\n\n');
/** The claims of the rows whose quote `rows` matches, and their [value, unit, time]. */
function rowClaims(page: string, rows: RegExp) {
  const got = extractClaims(build(page)).filter((c) => rows.test(c.quote));
  return { got, cells: got.map((c) => [c.value, c.unit, c.time]) };
}

describe('the shape of a text table', () => {
  it('reads period columns after a corner label, and category columns a case seam or a tab separates', () => {
    expect(readHeading('Office FY19 FY20 FY21')).toEqual({ corner: 'Office', columns: ['FY19', 'FY20', 'FY21'], periods: true, derived: null });
    expect(readHeading('2021 2022 2023')?.columns).toEqual(['2021', '2022', '2023']);
    expect(readHeading('Office Mar. 2023 Apr. 2023')?.columns).toEqual(['Mar. 2023', 'Apr. 2023']);
    expect(readHeading('Office FY21 FY22 Percent change')).toMatchObject({ columns: ['FY21', 'FY22', 'Percent change'], derived: 2 });
    expect(readHeading('Detained adultsReleased adults')).toEqual({ corner: null, columns: ['Detained adults', 'Released adults'], periods: false, derived: null });
    expect(readHeading('Seizures\tArrests\tRescues')?.columns).toEqual(['Seizures', 'Arrests', 'Rescues']);
    // Not headings: a sentence, a line of words with no seam, a label with one period.
    expect(readHeading('The office grew in FY20 and FY21.')).toBeNull();
    expect(readHeading('Home About Contact')).toBeNull();
    expect(readHeading('Budget FY21')).toBeNull();
  });

  it('cuts glued cells only where a single cut gives the wanted count', () => {
    expect(splitGlued('1,2043,388', 2)).toEqual([1204, 3388]);
    expect(splitGlued('12,40011,075', 2)).toEqual([12400, 11075]);
    expect(splitGlued('8,0010,512', 2)).toBeNull(); // "8,001" then "0,512": no number starts "0,"
    expect(splitGlued('9871,234', 2)).toBeNull(); // 987 + 1,234 or 9 + 871,234
    expect(splitGlued('4,500', 2)).toBeNull();
  });

  it('reads a row of a label and as many figures, spaced or glued', () => {
    expect(readRow('Detained adults 1,204 1,388 1,517', 3)?.cells.map((c) => c.value)).toEqual([1204, 1388, 1517]);
    const glued = readRow('March1,2043,388', 2)!;
    expect(glued.label).toBe('March');
    expect(glued.cells.map((c) => [c.value, c.text])).toEqual([[1204, '1,204'], [3388, '3,388']]);
    expect(readRow('Detained adults 1,204 1,388', 3)).toBeNull();
    expect(readRow('Comments (31)', 2)).toBeNull();
  });

  it('needs a heading over the rows: two figures after a word are no table alone', () => {
    expect(findTextTables(['Shares 48 17', 'Likes 12 3'])).toEqual([]);
    expect(findTextTables(['Station FY20 FY21', 'Harbor Point 412 530'])).toHaveLength(1);
  });
});

describe('the cleaner keeps a table under its heading', () => {
  const page = [
    'County Sheriff Announces Year-End Figures',
    'The county sheriff’s office released its year-end figures on Monday, showing more arrests by its deputies in each of the last three years.',
    'Sheriff Arrests by Year',
    'Category 2021 2022 2023',
    'Warrant arrests 1,412 1,530 1,688',
    'Traffic arrests 903 955 1,020',
    'Total 2,315 2,485 2,708',
    'Follow us on social media',
  ].join('\n\n');

  it('keeps the title, heading and rows in the cleaner, and still drops a bar of counts with no heading', () => {
    const r = clean(`${page}\n\nShares 48 17\n\nLikes 12 3`);
    expect(r.lines).toEqual(expect.arrayContaining(['Sheriff Arrests by Year', 'Category 2021 2022 2023', 'Warrant arrests 1,412 1,530 1,688', 'Total 2,315 2,485 2,708']));
    expect(r.dropped.map((d) => d.line)).toEqual(expect.arrayContaining(['Shares 48 17', 'Likes 12 3', 'Follow us on social media']));
  });

  it('keeps the heading and each row as a paragraph of its own, under the table title', () => {
    const a = build(page);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Category 2021 2022 2023');
    expect(texts).toContain('Warrant arrests 1,412 1,530 1,688');
    expect(texts).toContain('Total 2,315 2,485 2,708');
    expect(a.paragraphs.find((p) => p.text.startsWith('Traffic'))?.section).toBe('Sheriff Arrests by Year');
  });

  it('gives each cell a claim: the row label counted, the column its time; the Total row counts the title noun', () => {
    const { got, cells } = rowClaims(page, /^(?:Warrant|Total)/);
    expect(cells).toEqual([
      [1412, 'warrant arrests', '2021'],
      [1530, 'warrant arrests', '2022'],
      [1688, 'warrant arrests', '2023'],
      [2315, 'arrests', '2021'],
      [2485, 'arrests', '2022'],
      [2708, 'arrests', '2023'],
    ]);
    expect(got.every((c) => c.qualifier === 'exact' && c.status === 'reported')).toBe(true);
  });

  it('reads a glued table of category columns: the column counted, the row label its time; an ambiguous row gives none', () => {
    const glued = [
      'Harbor County Jail Update',
      'The county today released the numbers of bookings at its two jails for the first quarter:',
      'Adults bookedJuveniles booked',
      'January1,2043,388',
      'February9871,234',
      'March1,1103,050',
      'The sheriff said the figures would be updated monthly.',
    ].join('\n\n');
    expect(extractClaims(build(glued)).some((c) => c.quote.startsWith('February'))).toBe(false);
    expect(rowClaims(glued, /^(?:January|March)/).cells).toEqual([
      [1204, 'adults booked', 'January'],
      [3388, 'juveniles booked', 'January'],
      [1110, 'adults booked', 'March'],
      [3050, 'juveniles booked', 'March'],
    ]);
  });

  it('counts the title’s measure for rows naming places or agencies, and reads percentage cells as shares', () => {
    const rows = [
      'Harbor Region Seizures by Station',
      'The region released its seizure counts for the last two years.',
      'Seizures by Station',
      'Station 2022 2023',
      'North Pier 412 530',
      'South Pier 96 101',
      'Drug Seizures by Agency',
      'Agency 2022 2023',
      'ICE 40 52',
      'Share of Cases Closed',
      'Category 2022 2023',
      'Drug cases 61% 64.5%',
      'The region will publish the next counts in May.',
    ].join('\n\n');
    const got = extractClaims(build(rows));
    const at = (prefix: string) => got.filter((c) => c.quote.startsWith(prefix)).map((c) => [c.value, c.unit, c.entity, c.time, c.share_of ?? null]);
    expect(at('North Pier')).toEqual([
      [412, 'seizures', [], '2022', null],
      [530, 'seizures', [], '2023', null],
    ]);
    expect(got.find((c) => c.quote.startsWith('North Pier'))!.subject).toContain('North Pier');
    expect(at('ICE')).toEqual([
      [40, 'seizures', ['ICE'], '2022', null],
      [52, 'seizures', ['ICE'], '2023', null],
    ]);
    expect(at('Drug cases')).toEqual([
      [61, 'percent', [], '2022', 'drug cases'],
      [64.5, 'percent', [], '2023', 'drug cases'],
    ]);
  });

  it('reads tab-separated columns under a corner label, and skips empty cells in their column', () => {
    const page = regionReport('The region released its counts by sector for the year on Monday, with more seizures than ever.', [
      'Sector\tArrests\tSeizures',
      'North Pier\t1,204\t36',
      'South Pier\t988\t—',
      'Category FY 2021 FY 2022 FY 2023',
      'Boats stopped 12 N/A 19',
    ]);
    const { got, cells } = rowClaims(page, /^(?:North|South|Boats)/);
    expect(cells).toEqual([
      [1204, 'arrests', null],
      [36, 'seizures', null],
      [988, 'arrests', null],
      [12, 'boats stopped', 'FY 2021'],
      [19, 'boats stopped', 'FY 2023'],
    ]);
    expect(got[0]!.subject).toContain('North Pier');
  });

  it('reads month rows under year columns as the measure in both, labels with a number, and skips a change column', () => {
    const page = regionReport('The region released its monthly counts for the last two fiscal years on Monday.', [
      'Harbor Arrests by Month',
      'Month FY2022 FY2023 % Change',
      'October 1,410 1,622 +15%',
      'November 1,388 1,275 -8.1%',
      'Category FY2022 FY2023',
      'Title 8 removals 310 355',
    ]);
    expect(rowClaims(page, /^(?:October|November|Title)/).cells).toEqual([
      [1410, 'arrests', 'October FY2022'],
      [1622, 'arrests', 'October FY2023'],
      [1388, 'arrests', 'November FY2022'],
      [1275, 'arrests', 'November FY2023'],
      [310, 'title 8 removals', 'FY2022'],
      [355, 'title 8 removals', 'FY2023'],
    ]);
  });

  it('reads a corner that names the measure over rows of names, and keeps plural row labels as what is counted', () => {
    const page = regionReport('The region released its yearly counts for its two counties on Monday, with more arrests than before.', [
      'Arrests FY2022 FY2023',
      'Harbor County 1,410 1,622',
      'Drug smugglers 88 97',
    ]);
    const { got, cells } = rowClaims(page, /^(?:Harbor County|Drug)/);
    expect(cells).toEqual([
      [1410, 'arrests', 'FY2022'],
      [1622, 'arrests', 'FY2023'],
      [88, 'drug smugglers', 'FY2022'],
      [97, 'drug smugglers', 'FY2023'],
    ]);
    expect(got[0]!.subject).toContain('Harbor County');
  });
});
