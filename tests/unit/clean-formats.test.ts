// The cleaner on whole page formats of issue 15 (forum threads, e-mail newsletters, print
// replicas, member pages, bilingual papers), with lines written for these tests: each
// feature drops its furniture and keeps the article beside it.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { ruleOf, para } from './clean-helpers.ts';

const body = [para(1), para(2), para(3)];
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

describe('e-mail newsletters', () => {
  const title = 'County Moves Deputies to Northern Stations';
  const page = [
    'The County Dispatch <news@dispatch.example>\tWed, Apr 9, 2025 at 7:15 AM',
    'To: reader@mail.example',
    'Also today: 3 new road closures and a 12% rise in bridge traffic.',
    'View this email in your browser',
    'In this issue',
    '1 · Deputies head north',
    '2 · The bridge numbers',
    title,
    ...body,
    'A word from our sponsor',
    'Garza Tires fits 18-wheelers in under 40 minutes, and the first rotation is free for new fleets this spring.',
    'Learn more',
    'Quick hits',
    '• Bridge traffic rose 12% last week, the port authority said in a statement on Friday.',
    'Join 8,200 readers who get the Dispatch every weekday morning.',
  ];
  const r = clean(page.join('\n'));
  it('keeps the story and drops the mail header, preheader, contents, sponsor, briefs and pitch', () => {
    expect(r.lines).toEqual([title, ...body]);
    expect(ruleOf(r, page[0]!.replace('\t', ' '))).toBeUndefined();
    expect(r.dropped.find((d) => d.line.startsWith('The County Dispatch'))?.rule).toBe('mail-header');
    expect(ruleOf(r, 'Also today: 3 new road closures and a 12% rise in bridge traffic.')).toBe('preheader');
    expect(ruleOf(r, 'In this issue')).toBe('digest');
    expect(ruleOf(r, '• Bridge traffic rose 12% last week, the port authority said in a statement on Friday.')).toBe('digest');
    expect(ruleOf(r, 'Garza Tires fits 18-wheelers in under 40 minutes, and the first rotation is free for new fleets this spring.')).toBe('sponsor');
    expect(ruleOf(r, 'Join 8,200 readers who get the Dispatch every weekday morning.')).toBe('newsletter');
  });
  it('takes the story title as the headline, not the sender', () => {
    expect(headlineOf(page.join('\n'))).toBe(title);
  });
  it('keeps a sentence about readers and a list the article gives', () => {
    const s = 'Join 40 volunteers who clean the riverbank every Saturday, the county said in its spring notice.';
    expect(clean([title, para(1), s, para(2)].join('\n')).lines).toContain(s);
    expect(chrome.readerCount('join 12,400 readers who get the brief')).toBe(true);
    expect(chrome.readerCount('join the 400 deputies who moved north')).toBe(false);
  });
});

describe('print replicas, member pages and bilingual stamps', () => {
  it('drops jump lines and draws, and keeps both halves of the jumped paragraph', () => {
    const r = clean([para(1), 'See DEPUTIES, Page A6', 'Pick 3: 4-1-7', 'DEPUTIES', 'Continued from A1', para(2), para(3)].join('\n'));
    expect(r.lines).toEqual([para(1), para(2), para(3)]);
    expect(ruleOf(r, 'See DEPUTIES, Page A6')).toBe('jump-line');
    expect(ruleOf(r, 'Continued from A1')).toBe('jump-line');
    expect(ruleOf(r, 'Pick 3: 4-1-7')).toBe('lottery');
    expect(chrome.jumpLine('see the map on page 4 for the stations')).toBe(false);
  });
  it('drops issue tags and a labelled promotion asking the reader a question', () => {
    const tags = 'Issues: Public Safety, Rural Roads';
    const promo = 'Help desk: Need a hand with a county permit? Our staff answered more than 900 calls last year.';
    const r = clean([tags, 'County Moves Deputies North', ...body, promo].join('\n'));
    expect(r.lines).toEqual(['County Moves Deputies North', ...body]);
    expect(ruleOf(r, tags)).toBe('taxonomy');
    expect(ruleOf(r, promo)).toBe('call-to-action');
    expect(chrome.issueTags('issues: the county faced three of them this year.')).toBe(false);
  });
  it('reads a stamp given in two languages', () => {
    const stamps = ['Publicado / Published: 9 de abril de 2025 | April 9, 2025, 8:00 a.m.', 'Lectura de 4 minutos / 4 min read'];
    const r = clean([...stamps, 'County Moves Deputies North', ...body].join('\n'));
    for (const l of stamps) expect(ruleOf(r, l)).toBe('timestamp');
    const s = 'Deputies / officers moved north in April, the sheriff said in a statement on Tuesday morning.';
    expect(clean([para(1), s, para(2)].join('\n')).lines).toContain(s);
  });
});

// A headline over a column hard-wrapped at 48 characters: three paragraphs, each line naming
// its paragraph so none repeats; `opening` is what the first line starts with.
const wrappedColumn = (opening: string, firstEnd: string) =>
  [1, 2, 3].flatMap((k) => [
    `${k === 1 ? opening : ''}The county moved ${k}0 deputies to ${firstEnd}`,
    `${k} in April, Sheriff Dana Whitfield said on`,
    `Tuesday, and move ${k} will last until the end of`,
    `the summer season, her office said in statement`,
    `${k}, released to reporters that evening. She said`,
    `station ${k} had been short of staff since winter`,
    `storms closed two roads and bridge ${k} on the`,
    `county line in February, the office said then.`,
  ]);

describe('a headline over a hard-wrapped column is not joined to the column under it', () => {
  it.each([
    ['an unwrapped headline', 'County Moves Two Hundred and Forty Deputies to the Northern Stations Ahead of the Spring Season', '', 'northern station'],
    ['a dateline in capitals opening the story', 'County moves deputies to the northern stations', 'KERRVILLE — ', 'station'],
  ])('%s', (_case, head, opening, firstEnd) => {
    expect(headlineOf([head, ...wrappedColumn(opening, firstEnd)].join('\n'))).toBe(head);
  });
});

describe('print furniture inside the column', () => {
  it('drops an index teaser closed by its page and a display ad in capitals, keeps a subhead over prose', () => {
    const teaser = 'Inside: spring bridge traffic and the new toll, B2';
    const r = clean([teaser, 'County Moves Deputies North', para(1), 'GARZA TIRES', 'Oil change $29.99 · 1450 El Paseo Rd. · 575-555-0161', 'NEW STATIONS', para(2), para(3)].join('\n'));
    expect(ruleOf(r, teaser)).toBe('teaser');
    expect(ruleOf(r, 'GARZA TIRES')).toBe('advertisement');
    expect(r.lines).toContain('NEW STATIONS');
    expect(chrome.pageReference('county, a4')).toBe(false);
  });
});

describe('a print page carrying other stories and notices', () => {
  const first = [para(1), 'See DEPUTIES, Page A6'];
  const other = ['Bridge toll rises to $3 in June', 'By Lena Ortiz', 'The port board voted 4-1 Monday to raise the toll by', 'fifty cents, the first rise since'];
  const rest = ['See TOLL, Page A3', 'DEPUTIES', 'Continued from A1', para(2), 'CLASSIFIEDS', '2016 Kenworth T680, 410K mi, $52,000 OBO.', 'Copyright © 2025 The Mesa Dispatch.', para(3)];
  it('drops the other story between the article\'s jump and its own, and the classifieds up to the footer', () => {
    const r = clean(['County Moves Deputies North', ...first, ...other, ...rest].join('\n'));
    for (const l of other.slice(0, 1)) expect(ruleOf(r, l)).toBe('other-story');
    expect(ruleOf(r, '2016 Kenworth T680, 410K mi, $52,000 OBO.')).toBe('notices');
    expect(r.lines).toEqual(['County Moves Deputies North', para(1), para(2), para(3)]);
  });
  it('keeps the article when its own jump never comes back', () => {
    const r = clean(['County Moves Deputies North', para(1), 'See DEPUTIES, Page A6', 'Bridge toll rises to $3 in June', para(2), 'See TOLL, Page A3'].join('\n'));
    expect(r.lines).toContain(para(2));
  });
});

describe('forum shapes stay off the article\'s own labels', () => {
  it('a quotation label of the article is no post header', () => {
    expect(chrome.quoteHeader('quote of the day: we will hold the line')).toBe(false);
    expect(chrome.quoteHeader('quote from: mesa_mike on may 2, 2025')).toBe(true);
  });
});
