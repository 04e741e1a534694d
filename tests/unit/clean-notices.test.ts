// Cleaner round 9 (issue 15, blind set 10 as development data): an alert bulletin's subscription
// notices, a live score line, intranet tiles, a school's notices, with lines written for these tests.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { para } from './clean-helpers.ts';

const cases: [string, string][] = [
  ['You are subscribed to Harbor Patrol News for the Port Authority.', 'subscription-notice'],
  ['You received this alert because you follow 3 topics.', 'subscription-notice'],
  ['This service is provided to you at no charge by the Port Authority.', 'subscription-notice'],
  ['Q2 7:45  Riverton 21  Lakeside 10', 'score-line'],
  ['HR STATUS: All systems operational', 'status-tile'],
  ['Was this page helpful?  👍 4  👎 2', 'feedback'],
  ['BUS NOTES: Route 9 leaves 5 minutes early on Monday.', 'transport-note'],
  ['Pine Hills USD does not discriminate on the basis of race, color, sex, disability or age in its programs.', 'legal'],
];
describe('round 9 notices', () => {
  it.each(cases)('%s goes as %s, the body stays', (line, rule) => {
    const r = clean([line, para(1), para(2), para(3)].join('\n\n'));
    expect(r.dropped.find((d) => d.line === line)?.rule).toBe(rule);
    expect(r.lines).toContain(para(2));
  });
  it('keeps a sentence about a score and a discrimination case', () => {
    const s = ['Riverton led Lakeside 21 to 10 at 7:45 of the second quarter, the coach said.', 'The board said the district does not discriminate on the basis of race, a claim the families dispute.'];
    const r = clean([...s, para(1)].join('\n\n'));
    for (const l of s) expect(r.lines).toContain(l);
  });
});
