// The cleaner on whole page formats of issue 15 (forum threads, e-mail newsletters, print
// replicas, member pages, bilingual papers), with lines written for these tests: each
// feature drops its furniture and keeps the article beside it.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';

const para = (k: number) => `Paragraph ${k}: the county moved 240 deputies to the northern stations in April, Sheriff Dana Whitfield said on Tuesday.`;
const body = [para(1), para(2), para(3)];
const ruleOf = (r: ReturnType<typeof clean>, line: string) => r.dropped.find((d) => d.line === line)?.rule;
const headlineOf = (text: string) => structure({ file: 't.txt', slug: 't', cleaned: clean(text), sidecar: null, officeholders: [] }).headline;

describe('forum threads', () => {
  const title = 'County Moves Deputies to Northern Stations';
  const page = [
    'Hill Country Haulers Board',
    'Welcome, Guest. Please login or register.',
    'Hill Country Haulers Board » Road Reports » Sheriff and Police » ' + title,
    `Author Topic: ${title}  (Read 912 times)`,
    '3 Members and 7 Guests are viewing this topic.',
    title,
    'gravelgus',
    'Posts: 1,250',
    'Karma: +12/-3',
    ...body,
    '“Keep the shiny side up.”',
    `Re: ${title}`,
    'Reply #1 on: April 9, 2025, 08:12:44 AM »',
    'Quote from: gravelgus on April 9, 2025, 07:55:10 AM',
    para(2),
    'Saw 12 cruisers at the Kerrville truck stop this morning, so it checks out.',
    'Page created in 0.211 seconds with 31 queries.',
  ];
  const r = clean(page.join('\n'));
  it('keeps the first post and drops the board, the signature and the replies', () => {
    expect(r.lines).toEqual([title, ...body]);
  });
  it('says why each line went', () => {
    expect(ruleOf(r, 'Welcome, Guest. Please login or register.')).toBe('account');
    expect(ruleOf(r, '3 Members and 7 Guests are viewing this topic.')).toBe('forum');
    expect(ruleOf(r, 'Posts: 1,250')).toBe('forum');
    expect(ruleOf(r, '“Keep the shiny side up.”')).toBe('signature');
    expect(ruleOf(r, 'Page created in 0.211 seconds with 31 queries.')).toBe('software-credit');
    expect(ruleOf(r, 'Saw 12 cruisers at the Kerrville truck stop this morning, so it checks out.')).toBe('comment-thread');
  });
  it('takes the topic title as the headline', () => {
    expect(headlineOf(page.join('\n'))).toBe(title);
  });
  it('reads the shapes, not sentences that mention them', () => {
    expect(chrome.replySubject('re: county moves deputies')).toBe(true);
    expect(chrome.replySubject('re: the plan was approved.')).toBe(false);
    expect(chrome.viewerCount('12 members and 3 guests are viewing this board.')).toBe(true);
    expect(chrome.viewerCount('12 members of the board are reviewing the plan.')).toBe(false);
    expect(chrome.memberStats('posts: 3,412')).toBe(true);
    expect(chrome.memberStats('posts: the agency will post the figures monthly')).toBe(false);
    expect(chrome.pageGenerated('page created in 0.14 seconds with 24 queries.')).toBe(true);
  });
  it('keeps a short closing sentence of an article that has no replies under it', () => {
    const s = 'He declined to comment.';
    expect(clean([title, ...body, s].join('\n')).lines).toContain(s);
  });
});
