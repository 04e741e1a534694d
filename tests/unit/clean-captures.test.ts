// The cleaner on the page formats of round 5 of issue 15 (a browser's print-to-PDF copy, a
// document-sharing viewer, a search engine's cached copy, a municipal CMS, a podcast page),
// with lines written for these tests: each feature drops its furniture, keeps the article
// and finds the article's own headline.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/pipeline/clean.ts';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { ruleOf, articleOf } from './clean-helpers.ts';

const para = (k: number) => `Paragraph ${k}: the irrigation board opened 9 new pumping stations along the canal in June, the board's engineer said on Monday.`;

describe("a browser's print copy", () => {
  const title = 'Irrigation board opens 9 pumping stations along the canal';
  const header = `6/2/24, 3:15 PM    ${title} – Canal Ledger`;
  const footer = 'https://canalledger.example/water/irrigation-board-opens-9-stations/    1/2';
  const page = [
    header,
    'Canal Ledger',
    'Subscribe | Sign In',
    title,
    'Print-friendly version · Printed from canalledger.example on 6/2/24',
    para(1),
    footer,
    header,
    para(2),
    para(3),
    'Canal Ledger is published by Willow Bend Media, Fresno, California.',
    '© 2024 Canal Ledger. All rights reserved.',
    'https://canalledger.example/water/irrigation-board-opens-9-stations/    2/2',
  ].join('\n');
  const r = clean(page);

  it('drops every copy of the running header and footer, the print notice and the publisher line', () => {
    expect(r.dropped.filter((d) => d.line === header).map((d) => d.rule)).toEqual(['print-header', 'print-header']);
    expect(ruleOf(r, footer)).toBe('print-footer');
    expect(ruleOf(r, 'Print-friendly version · Printed from canalledger.example on 6/2/24')).toBe('print-notice');
    expect(ruleOf(r, 'Canal Ledger is published by Willow Bend Media, Fresno, California.')).toBe('publisher');
  });
  it('keeps the paragraphs across the page break and takes the title, not the header, as headline', () => {
    for (const k of [1, 2, 3]) expect(r.lines).toContain(para(k));
    expect(articleOf(page).headline).toBe(title);
  });
  it("takes a print copy's title from its running header when the page lost its title line", () => {
    const bare = [header, 'Canal Ledger', 'Subscribe | Sign In', para(1), footer, header, para(2)].join('\n');
    const a = articleOf(bare);
    expect(a.headline).toBe(title);
    expect(a.headlineGenerated).toBe(false);
    expect(chrome.printedTitle('6/2/24, 3:15 PM Board opens 9 pumping stations | Canal Ledger')).toBe('Board opens 9 pumping stations');
    expect(chrome.printedTitle('6/2/24, 3:15 PM – Canal Ledger')).toBe(null);
  });
  it('keeps a sentence opening on a date and time, and a publication sentence of no copyright owner', () => {
    expect(chrome.printHeader('6/2/24, 3:15 pm the board met and approved the new rates.')).toBe(false);
    const other = clean([para(1), 'The guide is published by the state water office, Sacramento.', '© 2024 Canal Ledger'].join('\n'));
    expect(other.lines).toContain('The guide is published by the state water office, Sacramento.');
  });
});

describe('a running header repeated through the article', () => {
  const title = 'Irrigation board opens 9 pumping stations along the canal';
  const running = 'Canal Ledger — Water and Farms Desk';
  it('drops every copy of a non-sentence line that repeats three times and cuts through the body', () => {
    const page = [running, title, para(1), running, para(2), running, para(3)].join('\n');
    const r = clean(page);
    expect(r.dropped.filter((d) => d.line === running).map((d) => d.rule)).toEqual(['running-header', 'running-header', 'running-header']);
    expect(articleOf(page).headline).toBe(title);
    for (const k of [1, 2, 3]) expect(r.lines).toContain(para(k));
  });
  it('keeps a sentence the page repeats, and a title repeated only twice keeps its first copy', () => {
    const refrain = 'The board said the pumps would run through the dry season without a break.';
    const r = clean([title, para(1), refrain, para(2), refrain, para(3), refrain].join('\n'));
    expect(r.lines.filter((l) => l === refrain)).toHaveLength(3);
    const twice = clean([title, para(1), title, para(2)].join('\n'));
    expect(twice.lines[0]).toBe(title);
  });
});

describe("a document-sharing site's viewer", () => {
  const title = 'Canal Pumping Capacity: Review of Station Siting and Maintenance (WB-24-07)';
  const page = [
    'PaperStack',
    'Upload | Read free for 14 days | Sign in',
    title,
    'Uploaded by canal_watch on Jun 3, 2024',
    '1,022 views · 6 pages',
    'AI-generated summary: An audit of where the board sited its pumping stations and how it maintains them.',
    'Save WB-24-07 for later',
    'You are on page 1 / 6',
    'CANAL PUMPING CAPACITY Review of Station Siting and Maintenance',
    para(1),
    'Pages 2 to 6 are not shown in this preview.',
    'Read the full document with a free trial',
  ].join('\n');
  const r = clean(page);

  it('drops the uploader line, machine summary, bookmark, page counter, cut-off and offer', () => {
    expect(ruleOf(r, 'Uploaded by canal_watch on Jun 3, 2024')).toBe('post-meta');
    expect(ruleOf(r, 'AI-generated summary: An audit of where the board sited its pumping stations and how it maintains them.')).toBe('viewer');
    expect(ruleOf(r, 'Save WB-24-07 for later')).toBe('share');
    expect(ruleOf(r, 'You are on page 1 / 6')).toBe('page-number');
    expect(ruleOf(r, 'Pages 2 to 6 are not shown in this preview.')).toBe('viewer');
    expect(ruleOf(r, 'Read the full document with a free trial')).toBe('paywall');
  });
  it("takes the viewer's fuller title over the document's own repeat of it", () => {
    expect(ruleOf(r, 'CANAL PUMPING CAPACITY Review of Station Siting and Maintenance')).toBe('repeated-headline');
    expect(articleOf(page).headline).toBe(title);
    expect(r.lines).toContain(para(1));
  });
  it('keeps prose that names an upload or a preview', () => {
    expect(chrome.uploaderLine('uploaded by the county clerk on monday, the records show the pumps failed twice')).toBe(false);
    expect(chrome.previewCutoff('the engineer said the designs are not shown in this preview of the plan.')).toBe(false);
    expect(chrome.fullDocumentOffer('read the full report on the board\'s website.')).toBe(false);
  });
});

describe('a cached copy, a county CMS and a podcast page', () => {
  const title = 'Board approves 9 canal pumping stations';
  it("drops a cache notice and its find tip, a county site's account prompt and a download link, and finds the headline", () => {
    const page = [
      "This is Bing's cache of http://canalledger.example/water/stations.html. It is a snapshot of the page as it appeared on 2 Jun 2024 10:02:11 GMT.",
      'Tip: To find your search term on this page quickly, press Ctrl+F and use the find bar.',
      'Create an Online Account - Track service requests, pay bills and more.',
      'Download episode (18.4 MB)',
      title,
      para(1),
      para(2),
    ].join('\n');
    const r = clean(page);
    expect(ruleOf(r, page.split('\n')[0]!)).toBe('archive-notice');
    expect(ruleOf(r, page.split('\n')[1]!)).toBe('navigation');
    expect(ruleOf(r, page.split('\n')[2]!)).toBe('account');
    expect(ruleOf(r, 'Download episode (18.4 MB)')).toBe('player');
    expect(articleOf(page).headline).toBe(title);
  });
  it('keeps sentences that mention accounts, key strokes or file sizes', () => {
    expect(chrome.accountPrompt('create an account of the flood for the county archive, the clerk asked residents.')).toBe(false);
    expect(chrome.browserTip('operators press ctrl+f to search the log for failed pumps.')).toBe(false);
    expect(chrome.downloadLink('the board released a 40-page report on the stations (2.1 mb).')).toBe(false);
  });
});

describe('other browsers, viewers and archives', () => {
  it('knows the stamp after the title, a blank page address, a bare download button, a named uploader, an account wall and a capture line', () => {
    expect(chrome.printHeader('board opens 9 pumping stations | canal ledger 6/2/24, 3:15 pm')).toBe(true);
    expect(chrome.printFooter('about:blank 1/2')).toBe(true);
    expect(chrome.downloadLink('download mp3')).toBe(true);
    expect(chrome.uploaderLine('uploaded by jane roe')).toBe(true);
    expect(chrome.accountPrompt('create an account to continue reading')).toBe(true);
    expect(chrome.cacheNotice('this page was captured on 2 jun 2024 by the wayback machine.')).toBe(true);
    expect(chrome.ratingStrip('0 ratings · 0% found this document useful (0 votes)')).toBe(true);
    expect(chrome.toggleHint('document information: click to expand document information')).toBe(true);
  });
  it('leaves a release strip with its own dates to the separator rule, and prose to the article', () => {
    expect(chrome.printHeader('10/07/2025 | press release | distributed by public on 10/07/2025 14:10')).toBe(false);
    expect(chrome.uploaderLine("uploaded by the county clerk's office on monday after the vote, officials said.")).toBe(false);
    expect(chrome.accountPrompt('register voters before the deadline to continue the program, the clerk said.')).toBe(false);
    expect(chrome.ratingStrip('a survey found 64% found this document useful, the board said.')).toBe(false);
    expect(chrome.toggleHint('operators click to expand the valve log before each shift.')).toBe(false);
  });
});

describe('properties of the round-5 kinds', () => {
  const word = fc.stringMatching(/^[a-z]{2,9}$/);
  const sentence = fc.array(word, { minLength: 9, maxLength: 20 }).map((ws) => ws.join(' ') + '.');
  it('no kind fires on a long sentence of plain words, whatever number or print stamp opens it', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 0, max: 99999 }), fc.boolean(), (s, n, stamped) => {
        const key = (stamped ? '6/2/24, 3:15 pm ' : '') + s.replace(/\.$/, ` ${n}.`);
        const kinds = [chrome.printHeader, chrome.printFooter, chrome.printNotice, chrome.uploaderLine, chrome.machineSummary, chrome.saveForLater, chrome.previewCutoff, chrome.fullDocumentOffer, chrome.accountPrompt, chrome.cacheNotice, chrome.browserTip, chrome.downloadLink, chrome.viewerPage, chrome.ratingStrip, chrome.toggleHint];
        for (const kind of kinds) expect(kind(key)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
