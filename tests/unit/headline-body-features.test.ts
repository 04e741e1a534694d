// The headline model's body features (text/headline-model.ts): a headline's words and names recur
// through the article's body, a section label's, masthead's or site notice's do not; counted, so a
// short label whose two words both recur says less than a title with six that do. Our own lines.
import { describe, expect, it } from 'vitest';
import { FEATURES, chooseHeadline, featureVector, leadOf } from '../../src/pipeline/text/headline-model.ts';
import { articleOf, candidate as cand } from './clean-helpers.ts';


const body = [
  'The harbour authority closed the Pelican Quay ferry landing on Monday after inspectors found cracks in two of its pilings.',
  'Commuters were sent to the Marsh Street landing, where the ferry will stop every 20 minutes until the pilings are replaced.',
  'Harbour master Iris Okafor said the repairs at Pelican Quay would take about six weeks and cost some $1.2 million.',
  'The ferry carried 3,400 riders a day through the quay last year, the authority said.',
];
// (The lead alone, then the lead and the rest of the body.)
const leadOnly = leadOf(body.slice(0, 2));
const withBody = leadOf(body.slice(0, 2), body);
const named = (line: string, l = withBody) => {
  const x = featureVector(cand(line, 0, 2), l);
  return Object.fromEntries(FEATURES.map(([n], k) => [n, x[k]!]));
};

describe('headline model: the body’s words and names', () => {
  it('counts the title’s words the body says, and those it says twice or more', () => {
    const f = named('Harbour Authority Shuts Pelican Quay Ferry Landing for Pile Repairs');
    expect(f['body-overlap']).toBeGreaterThan(0.6);
    expect(f['body-repeat']).toBeGreaterThan(0.5);
    // Pelican and Quay: names the body spells the same way mid-sentence (its "ferry", "landing" are common nouns).
    expect(f['names-in-body']).toBeCloseTo(Math.log(3) / Math.log(11), 5);
  });

  it('gives a short label whose words all recur less than a title with many that do', () => {
    const label = named('FERRY NEWS');
    const title = named('Harbour Authority Shuts Pelican Quay Ferry Landing for Pile Repairs');
    expect(label['body-overlap']).toBeLessThan(title['body-overlap']!);
    expect(label['names-in-body']).toBe(0);
  });

  it('reads the lead as the body when no body is given (the features stay defined)', () => {
    const f = named('Harbour Authority Shuts Pelican Quay Ferry Landing', leadOnly);
    expect(f['body-overlap']).toBeGreaterThan(0);
    for (const v of Object.values(f)) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('marks a line that speaks to the reader', () => {
    expect(named('You are here')['second-person']).toBe(1);
    expect(named('Your Browser Is Out of Date')['second-person']).toBe(1);
    expect(named('Harbour Authority Shuts Pelican Quay Ferry Landing')['second-person']).toBe(0);
  });

  it('prefers the title on the body’s subject to a section label in capitals and to a site notice', () => {
    const cands = [
      cand('FERRY NEWS', 0, 3, { nwords: 2, subjectBelow: true }),
      cand('You are here', 1, 3, { verb: true }),
      cand('Harbour Authority Shuts Pelican Quay Ferry Landing for Pile Repairs', 2, 3, { verb: true, subjectAbove: true }),
    ];
    expect(chooseHeadline(cands, withBody).best).toBe(2);
  });
});

describe('the cleaner: a section label above the headline on first sight', () => {
  it('takes the title the body is about, not the capitals label over it', () => {
    const text = ['WATERFRONT', 'Harbour Authority Shuts Pelican Quay Ferry Landing for Pile Repairs', ...body].join('\n');
    expect(articleOf(text).headline).toBe('Harbour Authority Shuts Pelican Quay Ferry Landing for Pile Repairs');
  });
});
