// The cleaner on the page shapes of cleaner round 7 (issue 15, blind set 8 as development
// data): a database record, a wiki library, a legal-news site, an app's share text and a
// channel preview, with lines written for these tests: each kind goes with its reason in
// the report, the article's sentences beside it stay, and the headline is the article's own.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/pipeline/clean.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { ruleOf, articleOf, para } from './clean-helpers.ts';

const body = [para(1), para(2), para(3)];

const HEADLINE = 'County Moves 240 Deputies to Northern Stations';
const cases: [string, string][] = [
  ['Publication info: Valley Courier; Fresno, Calif. 4 Mar 2019.', 'record-field'],
  ['Document type: News, Press release', 'record-field'],
  ['Abstract: None available.', 'record-field'],
  ['Load-Date: March 9, 2019', 'record-field'],
  ['Geographic: FRESNO, CA, USA (88%); CALIFORNIA, USA (71%)', 'record-field'],
  ['Company / organization: Fresno County Sheriff, NAICS: 922120', 'record-field'],
  ['Cite this (MLA): "County Moves Deputies." Valley Courier, 4 Mar. 2019. Accessed 2 Jan. 2026.', 'citation'],
  ['Permalink: archive.example.edu/rec/VC-2019-0304-11', 'share'],
  ['Ask a librarian: chat is open 9 a.m. – 5 p.m. (3 librarians online)', 'help-chat'],
  ['This work is in the public domain because it was written by an employee of the state of Oregon.', 'legal'],
  ['Text is available under the Creative Commons Attribution License; other terms may apply.', 'legal'],
  ['This page was last edited on 2 June 2023, at 11:05.', 'timestamp'],
  ['Transcribed by Oriel_P (871 edits) · Page status: Proofread (1 proofreader)', 'post-meta'],
  ['Your institution’s subscription gives you access to this report (Seat 3 of 10).', 'paywall'],
  ['Roe v. City of Granite Falls, No. 2:21-cv-00412 (W.D. Wash.) · Judge Ana Ruiz · 17 entries', 'case-caption'],
  ['RELATED CASE', 'related-block'],
  ['Member tools: Download the table as CSV (12 rows) · Set an alert', 'call-to-action'],
  ['Shared from the Morning Brief app · Get 30 more stories in the app', 'share'],
  ['Why you’re seeing this: you follow Public safety and read 4 stories this week', 'recommendation'],
  ['Home   Following   Search   Saved', 'navigation'],
  ['Pinned message: How to send us tips · 5 rules', 'post-meta'],
  ['Forwarded from Valley Deputies Union', 'post-meta'],
  ['💬 41 comments', 'engagement-count'],
  ['Courts · Jail releases', 'section-label'],
];

describe('record, wiki, legal-news, app and channel furniture', () => {
  for (const [line, rule] of cases) {
    it(`drops "${line.slice(0, 40)}" as ${rule}`, () => {
      const r = clean([line, HEADLINE, ...body, line].join('\n'));
      expect(r.lines).toEqual([HEADLINE, ...body]);
      expect(ruleOf(r, line)).toBe(rule);
    });
  }
  it('takes the headline under a share line, a licence notice or a record field, never the furniture', () => {
    for (const line of ['Shared from the Morning Brief app · Get 30 more stories in the app', 'Your firm’s license gives you access to this article (Seat 2 of 5).', 'Publication info: Valley Courier; Fresno, Calif. 4 Mar 2019.']) {
      expect(articleOf([line, HEADLINE, ...body].join('\n')).headline).toBe(HEADLINE);
    }
  });
  it('keeps sentences that use the same words as body', () => {
    const keep = [
      'The location of the new station was chosen after 14 public meetings, the board said.',
      'The judge ruled in Roe v. City of Granite Falls that the county had to release 12 detainees within a week.',
      'Deputies who were transcribed by a court reporter gave 3 statements, the clerk said.',
      'Subscribers to the county alert list received 2,000 messages during the storm, officials said.',
      'He shared the figures from the sheriff’s app with reporters on Monday.',
    ];
    const r = clean([HEADLINE, para(1), ...keep, para(2)].join('\n'));
    for (const k of keep) expect(r.lines).toContain(k);
  });
  it('property: a prose sentence with any count and name is never a record field, citation or caption', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('Dana Whitfield', 'the sheriff', 'Officer Ruiz'), (n, who) => {
        const s = `${who} said ${n} deputies were moved to the northern stations in April.`.replace(/^./, (c) => c.toUpperCase());
        const k = s.toLowerCase();
        return !chrome.recordField(k) && !chrome.citeLine(k) && !chrome.caseCaption(k) && !chrome.emojiCount(k) && !chrome.tabBar(k) && !chrome.sectionChip(s);
      }),
    );
  });
});

describe("a channel's description under its header", () => {
  const header = ['Chatline', 'Valley Deputies Desk · 4,210 subscribers', 'View in app | Join channel'];
  const about = 'Notes from the county jail beat, posted by two former deputies. Keep it civil.';
  const post = 'The county moved 240 deputies to the northern stations in April, Sheriff Dana Whitfield said on Tuesday, and 31 more follow in May.';
  it('drops the line between the member count and the first post\'s day, with its reason', () => {
    const r = clean([...header, about, 'March 3', post, post.replace('240', '250')].join('\n'));
    expect(ruleOf(r, about)).toBe('channel-description');
    expect(r.lines).toContain(post);
  });
  it('drops it before a pinned message too', () => {
    const r = clean([...header, about, 'Pinned message: How to send us tips · 5 rules', 'March 3', post].join('\n'));
    expect(ruleOf(r, about)).toBe('channel-description');
  });
  it('keeps a post that follows the header with no day or pinned message after it', () => {
    const r = clean([...header, post, post.replace('240', '250')].join('\n'));
    expect(r.lines).toContain(post);
  });
});

describe('the same labels and counts inside the body stay', () => {
  const HEAD = 'County Moves 240 Deputies to Northern Stations';
  const keep = [
    'Location: the east lot of the county fairgrounds, open to the public from 9 a.m.',
    'The station ran on a skeleton crew during the storm (4 agents on duty).',
    'Access through the north gate was closed for 3 hours on Monday, the sheriff said.',
    'Subject: the 2024 jail budget, which the board will vote on in May.',
  ];
  it('keeps body lines that use a record label, a presence count or "access through"', () => {
    const r = clean([HEAD, para(1), ...keep, para(2)].join('\n'));
    for (const k of keep) expect(r.lines).toContain(k);
  });
  it('a headline under a group header over its stamp is no channel description', () => {
    const r = clean(['Granite Neighbors · 4,210 members', 'Deputies Clear Flooded Roads Near Granite Falls', 'March 3', para(1), para(2)].join('\n'));
    expect(r.lines).toContain('Deputies Clear Flooded Roads Near Granite Falls');
  });
});
