// The cleaner on the page shapes of cleaner round 8 (issue 15, blind set 9 as development
// data): e-mail in print view and forwarded, a mailing list's digest, court-filing exhibits and
// a media-monitoring clip report, with lines written for these tests: each kind goes with its
// reason, the article's sentences beside it stay, and the headline is the article's own.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { ruleOf, articleOf, para } from './clean-helpers.ts';

const body = [para(1), para(2), para(3)];
const HEADLINE = 'County Moves 240 Deputies to Northern Stations';

const cases: [string, string][] = [
  ['Sent: Thursday, May 8, 2025 9:14 AM', 'mail-header'],
  ['Date: Mon, 4 Mar 2019 16:02:11 -0800', 'mail-header'],
  ['To: Road Crew Leads; Cc: Fleet Office', 'mail-header'],
  ['To: Volunteer Drivers (88 recipients)', 'mail-header'],
  ['FW: Fwd: deputy schedule for the fair', 'mail-header'],
  ['On Sun, Mar 3, 2019 at 6:40 PM, Ola Brandt <ola@valley-net.example> wrote:', 'quoted-reply'],
  ['> Is the north lot still closed after 5 p.m.?', 'quoted-reply'],
  ['Case 4:22-cr-00719-RGK   Document 112-3   Filed 11/02/23   Page 2 of 9   PageID #: 5521', 'filing-stamp'],
  ['PLTF-0019922', 'bates-stamp'],
  ['CTY-SHRF-004410', 'bates-stamp'],
  ['Brandt, et al. v. Granite County Sheriff, et al.', 'case-caption'],
  ['Exhibit 7 — county staffing memo, produced under subpoena (5 pages)', 'exhibit-caption'],
  ['ITEM 4 of 31 ★ Pinned', 'clip-meta'],
  ['Story text provided under license. Not for onward distribution.', 'legal'],
  ['granite-l Digest, Vol 3, Issue 77', 'masthead'],
  ['To subscribe or unsubscribe, send a message to granite-l-request@lists.example', 'list-admin'],
  ['An HTML attachment was scrubbed...', 'list-admin'],
  ['[CAUTION] This e-mail came from outside the county network.', 'mail-notice'],
  ['CONFIDENTIALITY NOTICE: This message may contain privileged material meant only for its recipient.', 'mail-notice'],
  ['Please consider the environment before printing this message.', 'mail-notice'],
  ['Thanks! 62% of readers found this article useful.', 'feedback'],
  ['-----Original Message-----', 'mail-header'],
  ['---------- Forwarded message ---------', 'mail-header'],
  ['Begin forwarded message:', 'mail-header'],
  ['Sent from my iPad', 'mail-header'],
  ['Weekly press digest for Granite Transit · Generated 07:30 MT, Mar. 4, 2019', 'report-meta'],
];

describe('mail, digest, filing and clip-report furniture', () => {
  for (const [line, rule] of cases) {
    it(`drops "${line.slice(0, 40)}" as ${rule}`, () => {
      const r = clean([line, HEADLINE, ...body, line].join('\n'));
      expect(r.lines).toEqual([HEADLINE, ...body]);
      expect(ruleOf(r, line)).toBe(rule);
    });
  }
  it('takes the headline under a filing stamp, a Bates number or a clip counter, never the stamp', () => {
    for (const line of cases.slice(7, 13).map(([l]) => l)) expect(articleOf([line, HEADLINE, ...body].join('\n')).headline).toBe(HEADLINE);
  });
  it('keeps sentences that use the same words as body', () => {
    const keep = [
      'The judge ruled in Brandt v. Granite County Sheriff that 12 deputies had to testify.',
      'On Tuesday the sheriff wrote to 14 mayors about the move, her office said.',
      'Case numbers rose 8% in a year, and 62% of residents said the stations were too far away.',
      'Date and place of the hearing were set for May 3, the clerk said.',
      'Subject: the 2024 jail budget, which the board will vote on in May.',
      'CALFIRE 2024 crews stayed on the line overnight.',
      'The case, Brandt et al. v. Granite County, concerns 12 deputies.',
    ];
    const r = clean([HEADLINE, para(1), ...keep, para(2)].join('\n'));
    for (const k of keep) expect(r.lines).toContain(k);
  });
  it('property: a prose sentence with any count and name is never a mail header, stamp or counter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999999 }), fc.constantFrom('Dana Whitfield', 'the sheriff', 'Officer Ruiz'), (n, who) => {
        const s = `${who} said ${n} deputies were moved to the northern stations in April.`.replace(/^./, (c) => c.toUpperCase());
        const k = s.toLowerCase();
        return !chrome.mailHeader(k) && !chrome.filingStamp(k) && !chrome.batesStamp(s) && !chrome.clipCounter(k) && !chrome.caseStyle(k) && !chrome.quotedLine(s) && !chrome.feedbackResult(k);
      }),
    );
  });
});

describe('mail blocks: header runs, signatures, a digest\'s other messages', () => {
  const story = ['Granite Crews Clear 40 Miles of Flooded Road', ...body];
  it('drops a forwarded header run with its reason and takes the title under it as the headline', () => {
    const hdr = ['From: Ola Brandt <ola@valley-net.example>', 'Sent: Monday, March 4, 2019 6:02 PM', 'To: Road Crew Leads', 'Subject: road story for the newsletter'];
    const text = ['-----Original Message-----', ...hdr, ...story].join('\n');
    const r = clean(text);
    for (const h of hdr) expect(ruleOf(r, h)).toBe('mail-header');
    expect(articleOf(text).headline).toBe(story[0]);
  });
  it('one "Subject:" line alone is no header block', () => {
    const line = 'Subject: the 2024 jail budget, which the board will vote on in May.';
    expect(clean([HEADLINE, para(1), line, para(2)].join('\n')).lines).toContain(line);
  });
  it('drops the signature under "-- " but not the article above it', () => {
    const sig = 'Ola Brandt · retired road crew lead, 1990-2018';
    const r = clean([...story, '--', sig].join('\n'));
    expect(ruleOf(r, sig)).toBe('signature');
    expect(r.lines).toEqual(story);
  });
  it('keeps short lines under a "--" inside a story, where prose follows them', () => {
    const r = clean([...story, '--', 'Crews return Monday.', 'Roads reopen at 6 a.m.', para(4)].join('\n'));
    expect(r.lines).toContain('Crews return Monday.');
    expect(r.lines).toContain('Roads reopen at 6 a.m.');
  });
  it('a heading with a year in capitals is no Bates number', () => {
    for (const h of ['FY 2024', 'MAY 2025', 'ISO 9001']) expect(chrome.batesStamp(h)).toBe(false);
  });
  it('in a digest, keeps the article message and drops the other members\' messages', () => {
    const msg = (n: number, subject: string, text: string[]) => [`Message: ${n}`, 'Date: Mon, 4 Mar 2019 16:02:11 -0800', `From: member${n}@valley-net.example`, `Subject: ${subject}`, ...text, '------------------------------'];
    const other = 'Anyone know if the 9 a.m. shuttle still runs on Saturdays?';
    const note = 'I am pasting the county story below because their site is down again.';
    const lines = ['granite-l Digest, Vol 3, Issue 77', ...msg(1, 'shuttle', [other]), ...msg(2, 'road story', [note, ...story]), 'End of granite-l Digest, Vol 3, Issue 77'];
    const r = clean(lines.join('\n'));
    expect(ruleOf(r, other)).toBe('digest-message');
    for (const l of [note, ...story]) expect(r.lines).toContain(l);
    const a = structure({ file: 't.txt', slug: 't', cleaned: r, sidecar: null, officeholders: [] });
    expect(a.headline).toBe(story[0]);
  });
});

describe("a re-poster's note above the title", () => {
  it('the title under a short note to the reader is the headline; the note stays in the body', () => {
    const note = 'All, sharing this for Friday; the county posted it this morning.';
    const a = articleOf([note, 'Granite Crews Clear 40 Miles of Flooded Road', ...body].join('\n'));
    expect(a.headline).toBe('Granite Crews Clear 40 Miles of Flooded Road');
    expect(a.paragraphs[0]!.text).toBe(note);
  });
  it('a lead sentence over a sub-heading is no note: no headline taken from the heading', () => {
    const a = articleOf([para(1), 'Budget and Staffing', ...body].join('\n'));
    expect(a.headline).not.toBe('Budget and Staffing');
  });
});
