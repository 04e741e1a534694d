// The cleaner's round-2 kinds of line (issue 15, blind set 3 as development data):
// forecast widgets, stamps made only of dates and times, desk credits, metered
// paywalls, comment rules, street addresses, caption credits, social embeds, alerts.
// Lines written for these tests; each kind drops its furniture and keeps the prose beside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { learnTemplate } from '../../src/pipeline/template.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { isTitledSentence } from '../../src/pipeline/text/headline.ts';
import { ruleOf, articleOf } from './clean-helpers.ts';

const para = (k: number) => `Paragraph ${k}: the water board approved 18 new wells for the valley on Monday, the district manager said after the vote.`;
const body = [para(1), para(2), para(3)];

describe('forecast widgets', () => {
  it('drops a run of short forecast sentences above the headline, which then heads the page', () => {
    const w = 'Mostly cloudy. Low 54F. Winds NW at 5 to 10 mph.';
    const r = clean([w, 'Water Board Approves New Wells', ...body].join('\n'));
    expect(ruleOf(r, w)).toBe('weather');
    expect(articleOf([w, 'Water Board Approves New Wells', ...body].join('\n')).headline).toBe('Water Board Approves New Wells');
  });
  it('keeps a weather story written in sentences', () => {
    expect(chrome.forecastLine('The high reached 104 degrees on Monday, the hottest day of the year in the valley.')).toBe(false);
    expect(chrome.forecastLine('Showers. The crews kept working through the night anyway.')).toBe(false);
    expect(chrome.forecastLine('Clear skies tonight. Low 48F.')).toBe(false);
    expect(chrome.forecastLine('Scattered thunderstorms. High 88F. 40% chance of rain.')).toBe(true);
  });
});

describe('stamps made only of dates and times', () => {
  it('drops "date Updated time" and "date Updated date" lines, keeps a sentence with a date', () => {
    for (const s of ['Mar 4, 2021 Updated 11:05 am', 'Mar 4, 2021 Updated Mar 6, 2021', 'Posted 03/04/2021 | Updated 9:15 a.m. ET']) expect(chrome.stampLine(s.toLowerCase()), s).toBe(true);
    expect(chrome.stampLine('mar 4, 2021 the board met')).toBe(false);
    const r = clean(['Water Board Approves New Wells', 'Mar 4, 2021 Updated 11:05 am', ...body].join('\n'));
    expect(ruleOf(r, 'Mar 4, 2021 Updated 11:05 am')).toBe('timestamp');
  });
  it('names a desk credit as the byline', () => {
    const r = clean(['Water Board Approves New Wells', 'Staff and wire reports', ...body].join('\n'));
    expect(ruleOf(r, 'Staff and wire reports')).toBe('byline');
    expect(chrome.desksCredit('staff reports from the field showed delays')).toBe(false);
  });
});

describe('metered paywalls and subscription pitches', () => {
  it('drops the counter and the offer, never a number of the article', () => {
    const meter = 'You have 4 free stories left this month.';
    const pitch = 'Your subscription pays for 9 reporters at city hall. Subscribe for $1 the first month.';
    const r = clean(['Water Board Approves New Wells', meter, para(1), pitch, para(2), para(3)].join('\n'));
    expect(ruleOf(r, meter)).toBe('paywall');
    expect(r.lines).not.toContain(pitch);
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(chrome.meteredPaywall('residents can subscribe for $5 a month to the alert service, the city said.')).toBe(false);
    expect(chrome.meteredPaywall('the district said you have 3 days to appeal the new rates.')).toBe(false);
  });
});

describe('house rules of a comment box', () => {
  const rules = ['Stay on topic. Comments about other stories will be removed.', 'PLEASE SWITCH OFF THE CAPS LOCK.', 'Be kind. Disagree with ideas, not with people.', 'Stay civil. Personal attacks will be deleted.'];
  it('drops three or more orders to the reader in a row', () => {
    const r = clean(['Water Board Approves New Wells', ...body, ...rules].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    for (const l of rules) expect(ruleOf(r, l)).toBe('comment-rules');
  });
  it('keeps a list of safety tips, orders too but not about commenting', () => {
    const tips = ['Stay indoors. The heat index will reach 112 degrees on Tuesday afternoon.', 'Drink water. Crews will hand out 4,000 bottles at the library.', 'Check on neighbors. Older residents are most at risk, the county said.'];
    const r = clean(['Heat Wave Hits the Valley', para(1), ...tips, para(2)].join('\n'));
    for (const t of tips) expect(r.lines).toContain(t);
  });
  it('a lead-in to a quotation is not a comment\'s author line', () => {
    expect(chrome.commentAuthor('The sheriff said:')).toBe(false);
    expect(chrome.commentAuthor('Ray T. said...')).toBe(true);
  });
  it('keeps one order in an article, and prose that is not an order', () => {
    const tip = 'Report leaks. The district takes calls at its hotline around the clock, the manager said.';
    expect(clean([para(1), tip, para(2)].join('\n')).lines).toContain(tip);
    expect(chrome.readerRule('Agents arrested 18 adults. The oldest was 53.')).toBe(false);
    expect(chrome.readerRule('Be proactive. Use the flag button on abusive posts.')).toBe(true);
  });
});

describe('postal addresses', () => {
  it('drops a street or box line of the footer, keeps a sentence naming a street', () => {
    for (const a of ['221 W. Elm St.', '1500 Commerce Blvd., Suite 210', '77 Harbor View Road', 'P.O. Box 1180']) expect(chrome.addressLine(a), a).toBe(true);
    expect(chrome.addressLine('18 wells on Main Street were approved.')).toBe(false);
    expect(chrome.addressLine('2024 Budget Plan')).toBe(false);
    const r = clean(['Water Board Approves New Wells', ...body, 'The Valley Ledger', '221 W. Elm St.'].join('\n'));
    expect(ruleOf(r, '221 W. Elm St.')).toBe('address');
  });
});

describe('captions, counters, embeds, alerts, mailings', () => {
  it('drops a caption closed by its owner\'s credit and a bare gallery counter', () => {
    const cap = 'Crews test the new pump at the Eastside station, 2022. Valley Water District photo (public domain)';
    const cap2 = 'The Eastside pump station on Ridge Road. Ledger file photo';
    const r = clean(['Water Board Approves New Wells', '2 of 7', cap, para(1), cap2, para(2), para(3)].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(ruleOf(r, cap)).toBe('caption');
    expect(ruleOf(r, '2 of 7')).toBe('caption');
    const printed = clean(['Water Board Approves New Wells', para(1), 'Page 2 of 3', para(2), '- 3 -', para(3)].join('\n'));
    expect(printed.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(ruleOf(printed, 'Page 2 of 3')).toBe('page-number');
    expect(chrome.creditLine('The board voted after the hearing. Members asked for a photo')).toBe(false);
  });
  it('keeps a long caption paragraph a post quotes as its text, closed by the credit after its stop', () => {
    const quoted =
      'Engineers inspect the intake gates at the Eastside station before the spring release of water to the valley farms, April 2, 2024. The district opens the gates each spring once the snowpack survey is in, and the crews check every seal by hand before the first release reaches the canals. (Valley Water District photo by Ana Ortiz)';
    const r = clean(['Water Board Approves New Wells', para(1), quoted, 'Tags: water'].join('\n'));
    expect(r.lines).toContain(quoted);
  });
  it('drops a social post closed by a hashtag or picture link, keeps prose', () => {
    const post = 'Eighteen wells in one vote. Proud of this board. #ValleyWater';
    const tweet = '18 wells approved tonight. Thanks to every farmer who came. pic.twitter.com/Ab12Cd';
    const r = clean(['Water Board Approves New Wells', para(1), post, para(2), tweet, para(3)].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(ruleOf(r, post)).toBe('embed');
    expect(chrome.socialPost('The district posted the plan under the tag #ValleyWater on Monday.')).toBe(false);
  });
  it('drops an institution\'s alert bar, even written as a sentence, and a mailing\'s footer', () => {
    const alert = 'District alert: Eastside offices open at 10 a.m. Thursday after the storm.';
    const footer = 'You are receiving this because you signed up for Valley Water updates.';
    const r = clean([alert, 'Water Board Approves New Wells', ...body, footer].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(ruleOf(r, alert)).toBe('ticker');
    expect(ruleOf(r, footer)).toBe('newsletter');
  });
});

describe('blog furniture after the post', () => {
  it('drops labels, the comment thread opened by its count, and the profile box', () => {
    const after = ['Labels: water, wells, board', '2 comments:', 'Ray T. said...', 'Great news for the farms on the east side, finally. 18 is a lot of wells!', 'Reply', 'Delete', 'Anonymous said...', 'About time.', 'Reply', 'Newer Post', 'Older Post', 'About Me', 'Jo Lund', 'Farmer, mother of two, and a keen angler on the lake every Sunday.', 'View my complete profile'];
    const r = clean(['Water Board Approves New Wells', ...body, ...after].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(ruleOf(r, 'Labels: water, wells, board')).toBe('taxonomy');
    expect(ruleOf(r, 'Ray T. said...')).toBe('comment-thread');
    expect(chrome.commentAuthor('The manager said the wells would be drilled in May and June this year.')).toBe(false);
  });
  it('a "related" label with any plural noun opens a block of links', () => {
    const r = clean(['Water Board Approves New Wells', ...body, 'Related permits', '$2.1M drilling permit granted to Ridge Co', 'Three wells approved in Eastside'].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
  });
});

describe('the article\'s header: the title right above its byline', () => {
  it('is the headline over a kicker above it and a subhead below it', () => {
    const page = ['WATER', 'Water Board Approves 18 New Wells for the Valley', 'By Ana Ortiz, Staff Writer', 'March 4, 2021', 'Another Six Wells May Follow Next Year in the Eastside District', ...body].join('\n');
    expect(articleOf(page).headline).toBe('Water Board Approves 18 New Wells for the Valley');
  });
  it('stops a menu item that names a block ("Watch") from swallowing the headline', () => {
    const page = ['Home', 'Local', 'Watch', 'Play', 'Valley Wire', 'Water Board Approves New Wells', 'By Wire Staff', '3 min read', ...body].join('\n');
    const a = articleOf(page);
    expect(a.headline).toBe('Water Board Approves New Wells');
    expect(a.headlineGenerated).toBe(false);
  });
  it('a "by:" desk credit is the byline, never the headline', () => {
    const page = ['Water Board Approves New Wells', 'by: Staff Report', 'Posted: Mar 4, 2021 / 07:14 PM MST', ...body].join('\n');
    const a = articleOf(page);
    expect(a.headline).toBe('Water Board Approves New Wells');
    expect(a.byline).toBe('Staff Report');
  });
});

describe('saved agency pages: date-led strips, archival notices, e-mail bulletins', () => {
  it('drops a metadata strip led by a date, glued or not, and keeps a sentence that opens on a date', () => {
    expect(chrome.dateLedStrip('March 4, 2021Denver, CO, United StatesPress Release')).toBe(true);
    expect(chrome.dateLedStrip('March 4, 2021 | News Release')).toBe(true);
    expect(chrome.dateLedStrip('March 4, 2021, the board approved 18 wells.')).toBe(false);
    const page = ['March 4, 2021Denver, CO, United StatesPress Release', 'Water Board Approves New Wells', ...body].join('\n');
    expect(articleOf(page).headline).toBe('Water Board Approves New Wells');
  });
  it('drops the archive banner and its notice, keeps the article\'s own account of an archive', () => {
    const notice = 'This page has been archived and is no longer updated; it may hold content from a previous administration.';
    const page = ['Archived Content', notice, 'Well Permits', ...body].join('\n');
    const r = clean(page);
    expect(ruleOf(r, 'Archived Content')).toBe('archive-notice');
    expect(ruleOf(r, notice)).toBe('archive-notice');
    expect(articleOf(page).headline).toBe('Well Permits');
    expect(chrome.archiveNotice('the district archive holds 40 years of well logs, the manager said.')).toBe(false);
  });
  it('drops an e-mail bulletin\'s "view it as a web page" line above the headline', () => {
    const page = ['Having trouble viewing this email? View it as a Web page.', 'Water Board Approves New Wells', ...body].join('\n');
    expect(articleOf(page).headline).toBe('Water Board Approves New Wells');
  });
});

describe('headlines of saved pages', () => {
  it('two pages of one site sharing a headline keep it; their masthead still goes', () => {
    const a = ['Valley Water District', 'Menu', 'Well Permits and Water Rights', para(1), para(2)].join('\n');
    const b = ['Valley Water District', 'Menu', 'Well Permits and Water Rights', 'Drilling starts on the Eastside wells in May, after the district signed the last of the contracts.', para(3)].join('\n');
    const t = learnTemplate([a, b]);
    const r = clean(a, { template: t });
    expect(r.lines[0]).toBe('Well Permits and Water Rights');
    expect(ruleOf(r, 'Valley Water District')).toBe('outlet-template');
  });
  it('an epigraph above the headline (a quotation and its dash attribution) is not the headline', () => {
    const page = ['"Every well we approve is a promise to the next harvest..."', '—Board Chair Ana Ortiz', 'Water Board Approves New Wells', ...body].join('\n');
    expect(articleOf(page).headline).toBe('Water Board Approves New Wells');
    expect(ruleOf(clean(page), '—Board Chair Ana Ortiz')).toBe('pull-quote');
  });
  it('a title-case headline that kept its full stop heads the page; a lead paragraph does not', () => {
    const title = 'Valley Water Board Approves 18 New Wells for Eastside Farms During the Spring Session as part of the Drought Plan.';
    const a = articleOf([title, ...body].join('\n'));
    expect(a.headline).toBe(title);
    expect(a.headlineGenerated).toBe(false);
    expect(isTitledSentence('WASHINGTON — The Valley Water Board on Monday approved 18 new wells for the Eastside farms.')).toBe(false);
    expect(isTitledSentence('Last week, the U.S. Attorneys for Arizona, New Mexico, and Western Texas charged 700 defendants.')).toBe(false);
    expect(isTitledSentence('VALLEY WATER BOARD APPROVES 18 NEW WELLS FOR EASTSIDE FARMS.')).toBe(false);
  });
  it('a subhead under its headline with only a stamp between them yields to the headline', () => {
    const page = ['Valley Board Approves 18 New Wells for Eastside Farms', 'March 4, 2021', 'Another Six New Wells May Follow for the Eastside Farms Next Year', ...body].join('\n');
    expect(articleOf(page).headline).toBe('Valley Board Approves 18 New Wells for Eastside Farms');
  });
  it('a page title "<headline> | <site>" heads the page without its site name; bars with a byline or links stay bars', () => {
    const a = articleOf(['Water Board Approves 18 New Wells | The Valley Ledger', ...body].join('\n'));
    expect(a.headline).toBe('Water Board Approves 18 New Wells');
    expect(chrome.pageTitle('By Ana Ortiz | Valley Wire')).toBe(false);
    expect(chrome.pageTitle('Terms of Use | Privacy Policy')).toBe(false);
    expect(chrome.separatorBar('Posted by Ana Ortiz | March 4, 2021')).toBe(true);
  });
  it('a title-case question over a paragraph is the headline', () => {
    const a = articleOf(['Will the Eastside Wells Run Dry?', ...body].join('\n'));
    expect(a.headline).toBe('Will the Eastside Wells Run Dry?');
    expect(a.headlineGenerated).toBe(false);
  });
  it('drops a breadcrumb trail set off by spaced colons', () => {
    expect(chrome.breadcrumb('Home : News : 2021 : Water Board Approves New Wells')).toBe(true);
    expect(chrome.breadcrumb('The board said: wells first, then canals.')).toBe(false);
  });
});

describe('controls and notices of the page inside the article', () => {
  it('drops interface controls, player notices, wire credits and print-edition lines between paragraphs', () => {
    const lines = ['Tap to enlarge', 'Follow this topic', 'Play video', 'Your browser does not support the audio element.', 'Video duration 02:10', 'Reporting by Ana Ortiz; Editing by Ray Tan', 'Print edition: March 4, 2021, Page B2', 'Already have an account? Log in'];
    const r = clean(['Water Board Approves New Wells', para(1), ...lines, para(2), para(3)].join('\n'));
    expect(r.lines).toEqual(['Water Board Approves New Wells', ...body]);
    expect(ruleOf(r, 'Follow this topic')).toBe('interface-control');
    expect(ruleOf(r, 'Video duration 02:10')).toBe('player-notice');
    expect(ruleOf(r, 'Reporting by Ana Ortiz; Editing by Ray Tan')).toBe('credits');
  });
  it('an order to the interface above the article can be its headline', () => {
    expect(articleOf(['Follow the Water Money', ...body].join('\n')).headline).toBe('Follow the Water Money');
    const watch = 'Save the Valley Aquifer Before Summer';
    expect(articleOf([watch, ...body].join('\n')).headline).toBe(watch);
    expect(chrome.interfaceControl('share your story of the drought with the board.')).toBe(false);
  });
});

describe('a whole page in two shapes (a TV station over a newsletter platform), written for this test', () => {
  const lead = 'The Valley Water Board voted 5-2 on Thursday to approve 18 new irrigation wells on the east side of the county, ending a two-year dispute over the aquifer.';
  const second = 'Board chair Ray Tan said the permits would let about 40 farms plant a second crop this year.';
  const page = [
    'Skip to content', 'KVLY 7 First Alert Weather', 'Watch Live', 'Newscasts', 'Weather', 'Mostly sunny. High 84F. Winds E at 5 to 10 mph.',
    'First Alert Weather Day: Storms possible Thursday', 'Water board approves 18 new wells for eastside farms', 'By Ana Ortiz',
    'Published: Mar. 4, 2021 at 6:02 PM CST', 'Updated: Mar. 4, 2021 at 9:15 PM CST', lead, second, 'Copyright 2021 KVLY. All rights reserved.',
    'Most Read', 'Two hurt in Route 9 crash', 'Schools delay opening', 'Latest News', 'Fair opens Friday with new rides', 'Valley Notes', 'Subscribe', 'Sign in',
    'Share this post', 'Discover more from Valley Notes', 'Weekly notes on water in the valley.', 'Over 2,000 subscribers', 'Continue reading',
    'Type your email...', 'Subscribe', 'Like', 'Comment', 'Restack', 'Ready for more?',
  ].join('\n');
  it('keeps the headline and the two paragraphs, nothing else', () => {
    const a = articleOf(page);
    expect(a.headline).toBe('Water board approves 18 new wells for eastside farms');
    expect(a.paragraphs.map((p) => p.text)).toEqual([lead, second]);
    expect(ruleOf(clean(page), 'Type your email...')).toBe('form-field');
  });
});

describe('properties of the round-2 kinds', () => {
  const word = fc.stringMatching(/^[a-z]{2,9}$/);
  const sentence = fc.array(word, { minLength: 9, maxLength: 20 }).map((ws) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
  it('no kind fires on a long sentence of plain words, whatever number it carries', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 0, max: 99999 }), (s, n) => {
        const line = s.replace(/\.$/, ` ${n}.`);
        expect(chrome.forecastLine(line)).toBe(false);
        expect(chrome.stampLine(line.toLowerCase())).toBe(false);
        expect(chrome.meteredPaywall(line.toLowerCase())).toBe(false);
        expect(chrome.readerRule(line)).toBe(false);
        expect(chrome.addressLine(line)).toBe(false);
        expect(chrome.socialPost(line)).toBe(false);
        expect(chrome.commentAuthor(line)).toBe(false);
        expect(chrome.creditLine(line)).toBe(false);
        expect(chrome.archiveNotice(line.toLowerCase())).toBe(false);
        expect(chrome.mailingFooter(line.toLowerCase())).toBe(false);
        expect(chrome.interfaceControl(line.toLowerCase())).toBe(false);
        expect(chrome.technicalNotice(line.toLowerCase())).toBe(false);
        expect(chrome.wireCredits(line.toLowerCase())).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranked teaser lists', () => {
  it('drops two or more numbered titles in a row, keeps numbered sentences and a lone numbered heading', async () => {
    const { clean } = await import('../../src/pipeline/clean.ts');
    const body = [
      'The county said on Tuesday that 40 deputies would be moved to the jail for the summer.',
      'Officials said the move would cost about $2 million, according to a budget memo.',
    ];
    const list = ['2. Storm knocks out power across the valley', '1. School board picks new superintendent'];
    expect(clean([...list, ...body].join('\n')).lines).toEqual(body);
    const points = ['1. The county will move 40 deputies to the jail.', '2. The move will cost about $2 million.'];
    expect(clean([...points, ...body].join('\n')).lines).toEqual([...points, ...body]);
    expect(clean([body[0], '1. Background', body[1]].join('\n')).lines).toEqual([body[0], '1. Background', body[1]]);
  });
});
