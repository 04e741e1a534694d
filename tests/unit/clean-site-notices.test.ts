// Cleaner round 16 (issue 15, saved government pages): a site's notices about itself and the
// reader's browser, with lines written for these tests; and the prose that must stay.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { browserNotice, maintenanceNotice, noticesCandidate, officialSiteBanner, siteCounter } from '../../src/pipeline/text/chrome.ts';
import { matchKey } from '../../src/pipeline/text/normalize.ts';
import { para } from './clean-helpers.ts';

const cases: [string, string][] = [
  ['IE 10 Not Supported', 'player-notice'],
  ['Internet Explorer is no longer supported on this portal.', 'player-notice'],
  ['For the best viewing experience, we recommend Firefox, Edge or Chrome.', 'player-notice'],
  ['Your browser is out of date and some features may not work.', 'player-notice'],
  ['An official website of the Commonwealth of Kentucky', 'gov-banner'],
  ['Here is how you know', 'gov-banner'],
  ['.mil website belongs to an official U.S. Department of Defense organization.', 'gov-banner'],
  ['Secure .mil websites use HTTPS', 'gov-banner'],
  ['Maintenance window scheduled from March 3rd 2100 CST until 0100 CST March 4th', 'status-tile'],
  ['This portal will be unavailable Saturday from 1 a.m. to 5 a.m. for maintenance.', 'status-tile'],
  ['There were 41 news releases posted in the last 24 hours and 12,305 in the last 365 days.', 'site-counter'],
  ['You have accessed part of a historical collection of the Port Authority site.', 'archive-notice'],
  ['To keep this site current, the archive contains outdated information that may not reflect policy.', 'archive-notice'],
  ['Release Date: March 9, 2019', 'timestamp'],
  ['Date issued: 04/11/2022', 'timestamp'],
];
describe('round 16 site notices', () => {
  it.each(cases)('%s goes as %s, the body stays', (line, rule) => {
    const r = clean([line, 'Harbor Dredging Plan Advances', para(1), para(2), para(3)].join('\n\n'));
    expect(r.dropped.find((d) => d.line === line)?.rule).toBe(rule);
    for (const k of [1, 2, 3]) expect(r.lines).toContain(para(k));
  });
  it('keeps sentences that mention browsers, official sites, maintenance and counts', () => {
    const s = [
      'Internet Explorer is no longer supported by the county, which moved its 4,000 computers to Edge in May, the clerk said.',
      'An official website of the state listed 312 closures, according to the agency.',
      'Maintenance will cost the city $3 million over five years, the engineer said.',
      'There were 41 arrests in the last 24 hours, police said.',
      'The site will be down for hours, the contractor warned the council on Tuesday.',
      'The release date of March 9, 2019 was moved twice, the studio said.',
    ];
    const r = clean([...s, para(1)].join('\n\n'));
    for (const l of s) expect(r.lines).toContain(l);
  });
  it('opens every notice of this round past the module gate', () => {
    for (const [line, rule] of cases) if (rule !== 'archive-notice' && rule !== 'timestamp') expect(noticesCandidate(matchKey(line)), line).toBe(true);
  });
  it('tests each shape on its key alone', () => {
    expect(browserNotice('ie 9 not supported')).toBe(true);
    expect(browserNotice('chrome and firefox lead the browser market, the survey found.')).toBe(false);
    expect(officialSiteBanner('official websites use .mil')).toBe(true);
    expect(officialSiteBanner('an official website of the united states government was hacked on monday, officials said.')).toBe(false);
    expect(maintenanceNotice('maintenance window: sunday 2 a.m.–4 a.m. et')).toBe(true);
    expect(maintenanceNotice('maintenance crews worked through the night.')).toBe(false);
    expect(siteCounter('there are 9 posts published in the past 7 days')).toBe(true);
    expect(siteCounter('there were 41 arrests in the last 24 hours, police said.')).toBe(false);
  });
});

describe('a page description above the title', () => {
  const desc = 'The harbor authority will dredge the north channel this winter to let larger cargo ships reach the new terminal.';
  const full = 'The harbor authority will dredge the north channel this winter to let larger cargo ships reach the new terminal, officials said Monday.';
  it('goes when a paragraph under the title opens on its words, the paragraph stays', () => {
    const r = clean([desc, 'Harbor Dredging Plan Advances', full, para(1), para(2)].join('\n\n'));
    expect(r.dropped.find((d) => d.line === desc)?.rule).toBe('page-description');
    expect(r.lines[0]).toBe('Harbor Dredging Plan Advances');
    expect(r.lines).toContain(full);
  });
  it('stays when no title stands between it and the paragraph, or no paragraph repeats it', () => {
    const a = clean([desc, full, para(1)].join('\n\n'));
    expect(a.lines).toContain(desc);
    const b = clean([desc, 'Harbor Dredging Plan Advances', para(1), para(2)].join('\n\n'));
    expect(b.dropped.some((d) => d.rule === 'page-description')).toBe(false);
    const c = clean([desc, 'Harbor Dredging Plan Advances', para(1), desc].join('\n\n'));
    expect(c.dropped.some((d) => d.rule === 'page-description')).toBe(false);
  });
});
