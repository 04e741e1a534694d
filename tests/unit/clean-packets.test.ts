// Cleaner round 12 (issue 15, blind set 11 as development data): an agenda packet's cover sheet,
// a course page's bars and controls, a neighbourhood app's rows, an e-reader's position lines, and
// the headline under a note that points at it; every line here written for these tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { attachmentLabel, coverField, packetPage, reactionRow, replyRow, spaceRunMenu, verifiedAccount } from '../../src/pipeline/text/chrome.ts';
import { articleOf, para, ruleOf } from './clean-helpers.ts';

const cases: [string, string][] = [
  ['Packet Page 12 of 88', 'page-number'],
  ['Board Packet Pg. 7', 'page-number'],
  ['AGENDA ITEM 4.B', 'cover-sheet'],
  ['Consent Item 7', 'cover-sheet'],
  ['EXHIBIT C', 'cover-sheet'],
  ['TOWN OF HOLLIS, MAINE', 'masthead'],
  ['COUNTY OF SAN BENITO', 'masthead'],
  ['STATE OF NEW MEXICO', 'masthead'],
  ['COUNTY OF DOÑA ANA', 'masthead'],
  ['BOARD OF COUNTY COMMISSIONERS', 'masthead'],
  ['AGENDA ITEM SUMMARY', 'cover-sheet'],
  ['Request for Council Action', 'cover-sheet'],
  ['Estimated reading time: 4 min', 'timestamp'],
  ['Reading time: about 9 minutes', 'timestamp'],
  ['☐ Mark as complete', 'interface-control'],
  ['Mark all as read', 'interface-control'],
  ['Most talked about: New crosswalk on Elm St. (64 neighbors commented)', 'teaser'],
  ['👍 Like 12   💬 Comment 3   ↗ Share', 'engagement-count'],
  ['Priya S. · Oak Terrace · Thanks for posting this, we saw the trucks too! · 3 hr · Like 4', 'comment-thread'],
  ['Lakeview Fire District ✓ Public agency', 'post-meta'],
  ['Harbor County Sheriff ✓', 'post-meta'],
  ['Neighborly · About · Rules · Privacy · Help · © 2025 Neighborly LLC.', 'footer-links'],
  ['≡  ENGL 1010-04 Fall 2023  >  Modules  >  Week 2: Sources', 'navigation'],
  ['Profile   Courses   Groups   Calendar   Messages (4)', 'menu-bar'],
  ['Chapter 3 of 12 · saved from example.org on May 2, 2024', 'reader-position'],
  ['Location 220 of 4,100 · 5% · 8 mins left in chapter', 'reader-position'],
  ['Popular highlight · 31 highlighters', 'reader-position'],
  ['Highlighted by 88 readers', 'reader-position'],
  ['◀ Prev   Next ▶', 'post-navigation'],
  ['Ortiz Family Farm ✓ Business', 'post-meta'],
  ['NEWS RELEASE Harbor County Sheriff’s Office', 'label'],
  ['By Sgt. Mara LindqvistJune 4, 2024', 'byline'],
];

describe('round 12 line shapes', () => {
  it.each(cases)('%s goes as %s, the body stays', (line, rule) => {
    const r = clean([line, para(1), para(2), para(3)].join('\n\n'));
    expect(ruleOf(r, line)).toBe(rule);
    for (const k of [1, 2, 3]) expect(r.lines).toContain(para(k));
  });

  it('keeps sentences that use the same words', () => {
    const s = [
      'The council moved agenda item 4 to its August meeting after 31 residents asked to speak, the clerk said.',
      'Neighbors reacted with relief when the county reopened the 2 shelters on Friday, the sheriff said.',
      'Officers marked the 14 abandoned vehicles as done only after the owners were reached by phone.',
      'The reading time for the 212-page packet was about 6 hours, Councilor Ruiz told the board.',
    ];
    const r = clean([...s, para(1)].join('\n\n'));
    for (const l of s) expect(r.lines).toContain(l);
  });

  it('answers no for an account line broken after its check mark (it threw)', () => {
    expect(verifiedAccount('Marsh Creek Water Board ✓ Public\u2028agency')).toBe(false);
    expect(verifiedAccount('Marsh Creek Water Board ✓ Public agency')).toBe(true);
  });
});

describe('a cover sheet', () => {
  const sheet = ['SUBJECT: Update on the harbor patrol contract with the county', 'PREPARED BY: Finance Department', 'FISCAL IMPACT: $12,000 from the reserve fund (line 220-14)', 'RECOMMENDED ACTION: Receive and file.'];
  it('drops its fields, figures and all, and never takes the subject for the headline', () => {
    const r = clean([...sheet, para(1), para(2)].join('\n\n'));
    for (const l of sheet) expect(ruleOf(r, l)).toBe('cover-sheet');
    const a = articleOf([...sheet, para(1), para(2)].join('\n\n'));
    expect(a.headline).not.toMatch(/^SUBJECT/);
    expect(a.headlineGenerated).toBe(true);
  });
  it('keeps a list of weak fields with no cover sheet beside it, and a long sentence after a label', () => {
    const list = ['Amount: $4,200,000', 'Department: Public Works', 'To: the county board'];
    const long = 'Fiscal impact: The county will spend $2.1 million on the 14 new patrol cars over the next three years, the manager said.';
    const r = clean([para(1), ...list, long, para(2), para(3)].join('\n\n'));
    for (const l of [...list, long]) expect(r.lines).toContain(l);
  });
  it('keeps the header of a table at runs of spaces', () => {
    const head = 'Group   Southwest Border   Nationwide';
    const r = clean([para(1), 'Encounters by group', head, 'Single adults   41,220   58,904', 'Family units   12,310   15,002', para(2)].join('\n'));
    expect(r.lines).toContain(head);
    // (Over one row, no text table (text/tables.ts) pins it: the header stays for the row beside it.)
    const one = clean([para(1), 'Encounters by group', head, 'Single adults   41,220   58,904', para(2)].join('\n'));
    expect(one.lines).toContain(head);
  });
  it('keeps a headline in capitals that opens like a letterhead', () => {
    const r = clean(['CITY OF PHARR SUES STATE OVER BRIDGE TOLLS', para(1), para(2)].join('\n\n'));
    expect(ruleOf(r, 'CITY OF PHARR SUES STATE OVER BRIDGE TOLLS')).not.toBe('masthead');
    // (A place of four words at most reads as a letterhead's: only its verb keeps it.)
    const short = 'TOWN OF HOLLIS RAISES TAXES';
    expect(clean([short, para(1), para(2)].join('\n\n')).lines).toContain(short);
    expect(ruleOf(clean(['STATE OF EMERGENCY', para(1), para(2)].join('\n\n')), 'STATE OF EMERGENCY')).not.toBe('masthead');
  });
  it('keeps a field line that stands alone, as a report writes its own sentence', () => {
    const line = 'Recommendation: The board should hire 40 more deputies by June, the auditor wrote.';
    const r = clean([para(1), line, para(2), para(3)].join('\n\n'));
    expect(r.lines).toContain(line);
  });
  it('finds the attached document’s title under the staff note and the attachment list', () => {
    const note = 'Staff attaches the county’s release because residents asked who runs the new checkpoint on Route 9.';
    const title = 'County Opens Second Checkpoint on Route 9';
    const page = ['CITY OF LAS PALMAS, ARIZONA', 'AGENDA ITEM 3.D', ...sheet, note, 'ATTACHMENTS: A. County release (1 page) · B. Map (1 page)', 'Packet Page 9 of 40', 'ATTACHMENT A', title, 'By Ana RuizMay 3, 2024', para(1), para(2)];
    const a = articleOf(page.join('\n\n'));
    expect(a.headline).toBe(title);
    expect(a.paragraphs[0]!.text).toBe(note);
    expect(a.byline).toBe('Ana Ruiz');
  });
});

describe('headline choice', () => {
  it('takes a short title under a note that points at it, the note stays the first paragraph', () => {
    const note = 'Read this section of the plan before Monday’s class and come ready to say which figure surprised you.';
    const a = articleOf(['Reading time: about 5 minutes', note, 'Staffing and Caseloads', para(1), para(2)].join('\n\n'));
    expect(a.headline).toBe('Staffing and Caseloads');
    expect(a.paragraphs[0]!.text).toBe(note);
  });
  it('takes the title under a neighbour’s note, with its standfirst between it and the text', () => {
    const note = 'My brother served with this unit, so for anyone wondering about the convoys, here is what the Army said then.';
    const a = articleOf([note, 'Guard Units Finish Patrol Rotation Along the River', 'Soldiers from two states wrap up a 45-day mission near the ports', para(1), para(2)].join('\n\n'));
    expect(a.headline).toBe('Guard Units Finish Patrol Rotation Along the River');
    expect(a.dek).toBe('Soldiers from two states wrap up a 45-day mission near the ports');
    expect(a.paragraphs[0]!.text).toBe(note);
  });
  it('passes over a title cut with "..." whose words stand in the title lines under it', () => {
    const lead = 'Customs officers carried out 41,200 cargo inspections in 2023, up 8 percent from 2022, at the 12 terminals they staff.';
    const a = articleOf(['Yearly Port Report May 2024 Cargo Inspections ...', 'Yearly Port Report MAY 2024', 'Cargo Inspections: 2023', 'JANE ROE AND JOHN DOE', 'INTRODUCTION', lead, para(1)].join('\n\n'));
    expect(a.headline).toBe('Cargo Inspections: 2023');
    expect(a.paragraphs[0]!.text).toBe(lead);
  });
  it('takes the title a breadcrumb ends with, not the subhead under it', () => {
    const a = articleOf(['1. Home', '2. Newsroom', '3. County Releases', '4. Deputies Help Rebuild Park', 'Deputies Help Rebuild Park', 'Release Date', 'Tue, 04/09/2024', 'Volunteers Spend a Weekend on Repairs', para(1), para(2)].join('\n\n'));
    expect(a.headline).toBe('Deputies Help Rebuild Park');
  });
  it('never takes a subject line alone for the headline', () => {
    const a = articleOf(['SUBJECT: Request for 20 more officers at the port', para(1), para(2)].join('\n\n'));
    expect(a.headline).not.toMatch(/^SUBJECT/);
  });
  it('takes the title, not a standfirst set between the masthead and it', () => {
    const a = articleOf(['THE HARBOR LEDGER', 'Deputies say the new post will cut response times in half', 'County Opens Sheriff Substation in Port District', para(1), para(2)].join('\n\n'));
    expect(a.headline).toBe('County Opens Sheriff Substation in Port District');
  });
  it('takes no report section heading for the title under a note that points at the text', () => {
    const note = 'The report below sums up what the county found, and you can read it whole on the county site.';
    const a = articleOf([note, 'Key Findings', para(1), para(2)].join('\n\n'));
    expect(a.headline).not.toBe('Key Findings');
  });
  it('passes over an account line with its check mark above the post’s title', () => {
    const a = articleOf(['Harbor County Sheriff ✓ Public agency', 'Posted to 9 neighborhoods · 3 hr ago', 'Deputies Collect 300 Coats for Families', para(1), para(2)].join('\n\n'));
    expect(a.headline).toBe('Deputies Collect 300 Coats for Families');
  });
});

describe('properties', () => {
  const label = fc.array(fc.constantFrom('Unaccompanied', 'children', 'Total', 'Single', 'adults', 'Family', 'units', 'Southwest', 'Border'), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
  const figure = fc.oneof(fc.integer({ min: 0, max: 999_999 }).map((n) => n.toLocaleString('en-US')), fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`));
  const gap = fc.constantFrom('  ', '   ', '\t', '    ');
  it('a table’s row (a label and two figures or more at runs of spaces) is never a menu or an action row', () => {
    fc.assert(
      fc.property(label, fc.array(fc.tuple(gap, figure), { minLength: 2, maxLength: 5 }), (l, cells) => {
        const row = l + cells.map(([g, v]) => g + v).join('');
        return !spaceRunMenu(row) && !reactionRow(row) && !['menu', 'menu-bar'].includes(ruleOf(clean(['Arrests by group', row, para(1), para(2)].join('\n')), row.trim()) ?? '');
      }),
      { numRuns: 200 },
    );
  });
  const word = fc.constantFrom('the', 'county', 'said', 'deputies', 'shared', 'replies', 'thanked', 'item', 'page', 'subject', 'attachment', 'of', 'and', 'residents');
  it('no round-12 line shape fires on a plain sentence, whatever count opens it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.array(word, { minLength: 8, maxLength: 20 }), (n, ws) => {
        const s = `${n} ${ws.join(' ')}.`;
        const line = s[0]!.toUpperCase() + s.slice(1);
        return !reactionRow(line) && !replyRow(line) && !verifiedAccount(line) && !spaceRunMenu(line) && !packetPage(line.toLowerCase()) && !attachmentLabel(line.toLowerCase()) && clean([para(1), line, para(2)].join('\n')).lines.includes(line);
      }),
      { numRuns: 150 },
    );
  });
  it('a cover-sheet field alone is never dropped as the cover sheet', () => {
    const field = fc.constantFrom('SUBJECT', 'FISCAL IMPACT', 'STAFF RECOMMENDATION', 'ATTACHMENTS', 'PREPARED BY');
    fc.assert(
      fc.property(field, fc.array(word, { minLength: 3, maxLength: 10 }), (f, ws) => {
        const line = `${f}: ${ws.join(' ')}`;
        expect(coverField(line.toLowerCase())).toBeGreaterThan(0);
        return ruleOf(clean([para(1), line, para(2), para(3)].join('\n')), line) !== 'cover-sheet';
      }),
      { numRuns: 60 },
    );
  });
});
