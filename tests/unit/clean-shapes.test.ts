// The cleaner on page shapes of issue 15 (consent dialogs, live blogs, tickers,
// sponsors, appeals, author bios, contact lines, pull quotes), with lines written
// for these tests: each feature drops its furniture and keeps the prose beside it.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { isHeadlineLike } from '../../src/pipeline/text/headline.ts';
import { ruleOf, para } from './clean-helpers.ts';

const body = [para(1), para(2), para(3)];
const headlineOf = (text: string) => structure({ file: 't.txt', slug: 't', cleaned: clean(text), sidecar: null, officeholders: [] }).headline;

describe('consent dialogs', () => {
  const dialog = [
    'Your privacy matters to us',
    'This site and its 150 vendors use cookies and similar technologies to store information on your device and measure ad performance.',
    "Select 'Customise' to review your options.",
    'Accept all cookies',
    'Customise',
  ];
  it('drops the notice, its title and its buttons as one block', () => {
    const r = clean([...dialog, 'County Moves Deputies North', ...body].join('\n'));
    expect(r.lines).toEqual(['County Moves Deputies North', ...body]);
    for (const l of dialog) expect(ruleOf(r, l)).toBe('cookie-notice');
  });
  it('keeps a body sentence about cookies when no dialog is there', () => {
    const s = 'Regulators said the company had placed tracking cookies on 2 million phones without asking their owners first.';
    expect(clean([para(1), s, para(2)].join('\n')).lines).toContain(s);
  });
  it('counts consent vocabulary, not words of prose', () => {
    expect(chrome.consentTerms('we and our partners use cookies to process personal data for personalised ads')).toBeGreaterThanOrEqual(4);
    expect(chrome.consentTerms('the sheriff said 240 deputies were moved north in april')).toBe(0);
    expect(chrome.consentButton('reject all')).toBe(true);
    expect(chrome.consentButton('reject the plan')).toBe(false);
  });
});

describe('live blogs', () => {
  it('drops entry stamps, the summary box, "load more" and the closing notice; keeps the entries', () => {
    const lines = [
      'Election Night Live: Results From Across the County',
      'Key events',
      '• Polls close at 8 p.m.',
      '• Turnout tops 2021 levels',
      '10:05 p.m. ET, Nov. 4, 2025',
      para(1),
      '9:47 p.m. ET, Nov. 4, 2025',
      para(2),
      'Load 8 more posts',
      'This live blog has ended.',
    ];
    const r = clean(lines.join('\n'));
    expect(r.lines).toEqual([lines[0], para(1), para(2)]);
    expect(ruleOf(r, '10:05 p.m. ET, Nov. 4, 2025')).toBe('timestamp');
    expect(ruleOf(r, '• Turnout tops 2021 levels')).toBe('live-blog');
    expect(ruleOf(r, 'Load 8 more posts')).toBe('live-blog');
  });
});

describe('tickers of headlines', () => {
  const ticker = 'Road closures expected downtown this weekend • Library reopens Monday after repairs • Central High wins state title';
  it('are dropped and never taken for the headline', () => {
    const text = ['BREAKING', ticker, 'County Moves Deputies North', ...body].join('\n');
    expect(ruleOf(clean(text), ticker)).toBe('separator-bar');
    expect(headlineOf(text)).toBe('County Moves Deputies North');
    expect(isHeadlineLike(ticker)).toBe(false);
  });
  it('a sentence with one bullet-like dot is not one', () => {
    expect(chrome.headlineTicker('Deputies moved north • officials said')).toBe(false);
  });
});

describe('sponsors, appeals and newsletter pitches', () => {
  it('drops an underwriting label and the sponsor line under it', () => {
    const r = clean([para(1), 'Support for this program comes from', 'Valley Credit Union — banking for the high desert', para(2)].join('\n'));
    expect(r.lines).toEqual([para(1), para(2)]);
    expect(ruleOf(r, 'Valley Credit Union — banking for the high desert')).toBe('sponsor');
  });
  it('drops a line closed by a sponsor credit, not a sentence naming a presenter', () => {
    const prose = 'The winter concert series — presented by the city — drew more than 5,000 people to the park last year.';
    const r = clean([para(1), 'Five tips for winter driving — Sponsored by Desert Tire Co.', prose, para(2)].join('\n'));
    expect(r.lines).toEqual([para(1), prose, para(2)]);
  });
  it('drops fundraising appeals; keeps a sentence about donations', () => {
    const appeal = 'Independent reporting takes time and money. Donate today to keep our newsroom strong.';
    const news = 'The foundation said donations to the station rose 12 percent last year, its director told the board.';
    const r = clean([para(1), news, para(2), appeal, 'Give now'].join('\n'));
    expect(r.lines).toEqual([para(1), news, para(2)]);
    expect(ruleOf(r, appeal)).toBe('fundraising');
  });
  it("drops a newsletter's name and its schedule, not a schedule in the article", () => {
    const ferry = 'The ferry will run every weekday at 6 a.m. until the bridge reopens, the port authority said.';
    const r = clean([para(1), ferry, para(2), 'Sign up for The Evening Wrap', "The day's biggest stories, each evening at 7."].join('\n'));
    expect(r.lines).toEqual([para(1), ferry, para(2)]);
    expect(ruleOf(r, "The day's biggest stories, each evening at 7.")).toBe('newsletter');
  });
});

describe('author bios and links', () => {
  it('drops a bio after the article and a link to the author page', () => {
    const bio = 'Jordan Lee covers city hall for the Valley Courier. Email him at jlee@courier.example.';
    const r = clean([...body, bio, 'See more stories by Jordan Lee'].join('\n'));
    expect(r.lines).toEqual(body);
    expect(ruleOf(r, bio)).toBe('author-bio');
    expect(ruleOf(r, 'See more stories by Jordan Lee')).toBe('author-link');
  });
  it('drops a bio beside the byline', () => {
    const bio = 'Priya Shah is a staff writer at the Courier.';
    const r = clean(['County Moves Deputies North', 'By Priya Shah', bio, ...body].join('\n'));
    expect(ruleOf(r, bio)).toBe('author-bio');
  });
  it('keeps a sentence about a journalist amid the article', () => {
    const s = 'Sam Ortiz is a reporter who was detained at the border in 2023, the press freedom group said.';
    expect(clean([para(1), s, para(2)].join('\n')).lines).toEqual([para(1), s, para(2)]);
  });
});

describe('contact lines and tags', () => {
  it('drops a contact line above the body and never takes it for the headline', () => {
    const text = ['County Moves Deputies North', 'Media contact: Jane Roe, 202-555-0147', ...body].join('\n');
    expect(ruleOf(clean(text), 'Media contact: Jane Roe, 202-555-0147')).toBe('contact');
    expect(headlineOf(text)).toBe('County Moves Deputies North');
    expect(isHeadlineLike('Contact: press@county.example')).toBe(false);
  });
  it('drops the tags after a "Topics" label', () => {
    const r = clean([...body, 'Topics', 'City Hall', 'Public Safety Budget', 'Transit'].join('\n'));
    expect(r.lines).toEqual(body);
    expect(ruleOf(r, 'Public Safety Budget')).toBe('taxonomy');
  });
});

describe('pull quotes', () => {
  const quoteSrc = 'The river rose nearly four feet overnight, faster than anyone expected, Mayor Ruth Okafor said at a briefing.';
  it('drops an elided quotation of a body paragraph', () => {
    const pull = '“The river rose … faster than anyone expected”';
    const r = clean([para(1), quoteSrc, pull, para(2)].join('\n'));
    expect(r.lines).toEqual([para(1), quoteSrc, para(2)]);
    expect(ruleOf(r, pull)).toBe('pull-quote');
  });
  it('keeps a quotation the body does not carry', () => {
    const q = '“We will rebuild the levee before spring,” the mayor said on Tuesday evening after the vote.';
    expect(clean([para(1), quoteSrc, q, para(2)].join('\n')).lines).toContain(q);
  });
});

describe('headline and standfirst', () => {
  it('two title-case lines with verbs, one under the other: the upper is the headline', () => {
    const text = ['Election Night: Voters Approve Transit Tax by Wide Margin', 'Transit Measure Passes in Every Precinct Despite Heavy Opposition Spending', 'Updated 5 minutes ago', ...body].join('\n');
    expect(headlineOf(text)).toBe('Election Night: Voters Approve Transit Tax by Wide Margin');
  });
  it('a counter line above the headline is not its headline', () => {
    const text = ['35,087 Entries', '11 Added in Past 24 Hours', 'Sheriff Moves Deputies to Northern Stations Amid Staffing Review', ...body].join('\n');
    expect(headlineOf(text)).toBe('Sheriff Moves Deputies to Northern Stations Amid Staffing Review');
  });
  it('no title with a verb: the title-case line over a sentence-case one', () => {
    const text = ['Transit Funding: Budgets and Ridership in Eleven Western Counties', 'A summary from the state auditor', 'Jan 3, 2025', ...body].join('\n');
    expect(headlineOf(text)).toBe('Transit Funding: Budgets and Ridership in Eleven Western Counties');
  });
});

describe('more furniture of the same kinds', () => {
  const ruleAt = (line: string, where: 'mid' | 'end') => {
    const r = clean((where === 'mid' ? [para(1), para(2), line, para(3)] : [para(1), para(2), para(3), line]).join('\n'));
    return ruleOf(r, line) ?? 'kept';
  };
  it.each([
    ['Follow our ongoing election coverage here.', 'call-to-action'],
    ['Pinned post', 'live-blog'],
    ['3h ago', 'timestamp'],
    ['12:45 PM EDT', 'timestamp'],
    ['Advertiser content from Acme Bank', 'sponsor'],
    ['Your support makes this reporting possible.', 'fundraising'],
    ['toggle caption', 'caption'],
    ['A version of this article appears in print on Aug. 2, 2025, Section A, Page 12 with the headline: Deputies Move North.', 'print-edition'],
    ['Have a news tip? Email us at tips@station.example.', 'call-to-action'],
    ['— Jane Doe (@janedoe) August 1, 2025', 'embed'],
  ])('drops %s as %s', (line, rule) => {
    expect(ruleAt(line, 'mid')).toBe(rule);
  });
  it.each([
    'Contact Jane Doe at jdoe@courier.example or 555-555-0100.',
    'Jane Doe is a reporter for The Courier covering education.',
    'Jane Doe reports on health care for KXYZ.',
  ])('drops the bio "%s" after the article, keeps it amid the paragraphs', (line) => {
    expect(ruleAt(line, 'end')).toBe('author-bio');
    expect(ruleAt(line, 'mid')).toBe('kept');
  });
  it.each([
    'Correction: An earlier version of this story misstated the number of deputies. It was 240.',
    "Editor's note: This story has been updated with comment from the sheriff.",
    "The sheriff's office did not respond to a request for comment.",
    'Smith has covered the costs of the program since 2015, the report said.',
  ])('keeps the article line "%s" at its end', (line) => {
    expect(ruleAt(line, 'end')).toBe('kept');
  });
  it("drops a newsletter's pitch beside its sign-up button", () => {
    const pitch = "Our editors' picks, every weekday morning.";
    const r = clean([...body, 'The Morning Brief', pitch, 'Sign up'].join('\n'));
    expect(r.lines).toEqual(body);
    expect(ruleOf(r, pitch)).toBe('newsletter');
  });
});

describe('magazine, platform and portal furniture', () => {
  const ruleAt = (line: string) => ruleOf(clean([para(1), para(2), line, para(3)].join('\n')), line) ?? 'kept';
  it.each([
    ['When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Review.', 'disclosure'],
    ['Narrated by a synthetic voice using AI narration. Listen to more stories on our app.', 'audio-credit'],
    ['This article appears in the June 2025 print edition with the headline “Deputies Move North.”', 'print-edition'],
    ['Official websites use .gov', 'gov-banner'],
    ['Share this page:', 'share'],
    ['Thank you for your feedback!', 'feedback'],
  ])('drops %s as %s', (line, rule) => {
    expect(ruleAt(line)).toBe(rule);
  });
  it('keeps a sentence about commissions that is no disclosure', () => {
    expect(ruleAt('The board said sales agents receive a commission of 3 percent on every county vehicle they sell.')).toBe('kept');
  });
  it('a teaser block opens at "Related Videos" and "Most Watched"', () => {
    const r = clean([para(1), 'Related Videos', 'Deputies arrive in the north', 'Sheriff tours the stations', para(2), 'Most Watched', 'Storm damages homes'].join('\n'));
    expect(r.lines).toEqual([para(1), para(2)]);
  });
  it("drops a feedback widget's answer buttons, never a body line saying No.", () => {
    const r = clean([...body, 'Was this page helpful?', 'Yes', 'No'].join('\n'));
    expect(r.lines).toEqual(body);
    expect(clean([para(1), 'No.', para(2)].join('\n')).lines).toContain('No.');
  });
  it("drops an author box's subjectless line after the article", () => {
    const r = clean([...body, 'Written by Jordan Lee', 'Covering city hall and the county budget.'].join('\n'));
    expect(r.lines).toEqual(body);
  });
});

describe('podcast and aggregator shapes', () => {
  it('"Hosted by" is a byline and "Provided by" a credit, neither the headline', () => {
    const text = ['Episode 12', 'Sheriff shifts deputies to the northern stations', 'Hosted by Rae Quintana', 'Provided by Capital Wire Service', ...body].join('\n');
    const r = clean(text);
    expect(ruleOf(r, 'Hosted by Rae Quintana')).toBe('byline');
    expect(ruleOf(r, 'Provided by Capital Wire Service')).toBe('source-line');
    expect(headlineOf(text)).toBe('Sheriff shifts deputies to the northern stations');
  });
  it('a subscription appeal is dropped, so its price never becomes a claim', () => {
    const appeal = 'Support local journalism: subscribe to the Ledger for just $1 a week.';
    expect(ruleOf(clean([...body, appeal].join('\n')), appeal)).toBe('fundraising');
  });
  it('an edited pull quote that rewords a little is still one', () => {
    const src = 'The sheriff said the county is saving money every month because of the changes it made to secure the northern stations.';
    const pull = '“The county is saving money every month … to secure the stations”';
    const r = clean([para(1), src, pull, para(2)].join('\n'));
    expect(ruleOf(r, pull)).toBe('pull-quote');
  });
  it('a quotation right under the headline is a paragraph, not the dek', () => {
    const q = '“We moved every deputy we could spare,” - Sheriff Dana Whitfield';
    const a = structure({ file: 't.txt', slug: 't', cleaned: clean(['Sheriff Moves Deputies North', q, ...body].join('\n')), sidecar: null, officeholders: [] });
    expect(a.dek).toBeNull();
    expect(a.paragraphs[0]!.text).toBe(q);
  });
});

describe('pull quotes: never the body', () => {
  it('quotation paragraphs that share their phrasing are all kept', () => {
    const lines = Array.from({ length: 12 }, (_, k) => (k % 2 ? `“Station ${k} … moved its deputies north,” the sheriff told reporters at the briefing on Tuesday.` : para(k)));
    expect(clean(lines.join('\n')).lines).toEqual(lines);
  });
});

describe('notices and appeals: never the article reporting on them', () => {
  it.each([
    'Regulators said the site used cookies to process personal data without consent and shared it with 300 partners.',
    '“Your donations keep this station and its news service on the air,” said the station manager, Lena Ortiz.',
  ])('keeps "%s"', (line) => {
    expect(clean([para(1), line, para(2)].join('\n')).lines).toContain(line);
  });
});

describe('wire releases and broadcast transcripts', () => {
  it('drops release and transcript boilerplate, keeps the text', () => {
    const lines = [
      'Sheriff Moves Deputies North',
      'Aired March 4, 2025 - 18:00 ET',
      'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
      para(1),
      '(COMMERCIAL BREAK)',
      para(2),
      'View original content: https://county.example/release',
      'SOURCE Harlan County Sheriff',
      "Want your agency's news featured here?",
    ];
    const r = clean(lines.join('\n'));
    expect(r.lines).toEqual([lines[0], para(1), para(2)]);
    expect(ruleOf(r, '(COMMERCIAL BREAK)')).toBe('stage-direction');
    expect(ruleOf(r, 'Aired March 4, 2025 - 18:00 ET')).toBe('timestamp');
  });
  it('a question closing the article is kept', () => {
    const q = 'Whether the deputies return to the southern stations next year is still an open question for the county board?';
    expect(clean([para(1), para(2), 'Will the plan work?', q].join('\n')).lines).toContain('Will the plan work?');
  });
});
