// Issue 14, extraction round 11: an officeholder introduced with an agency stands for it later
// ("Banks said …", a transcript's speaker turn); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { findOfficeholders } from '../../src/pipeline/extract/officeholders.ts';
import { articleOf } from './extract-helpers.ts';

const owners = (outlet: string | null, paras: string[][]) => extractClaims({ ...articleOf(paras), outlet }).map((c) => [c.value, c.entity]);

describe('an officeholder named with an agency', () => {
  it('reads "<agency> <title> <name>" and "<title> <name> of <agency>"', () => {
    const m = (text: string, name: string, id: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, ids: [id], possessive: false });
    const a = 'Coast Guard Commander Ann Reyes spoke first.';
    const b = 'Commanding General Tom Hale of U.S. Northern Command spoke next.';
    const got = findOfficeholders([{ text: a, mentions: [m(a, 'Coast Guard', 'USCG')] }, { text: b, mentions: [m(b, 'U.S. Northern Command', 'NORTHCOM')] }]);
    expect([...got]).toEqual([['Reyes', ['USCG']], ['Hale', ['NORTHCOM']]]);
  });
  it('gives a later sentence naming only the officeholder to the agency', () => {
    expect(owners(null, [['Coast Guard Commander Ann Reyes said 40 cutters were on patrol.'], ['Reyes said 300 more officers would arrive in May.']])).toEqual([
      [40, ['USCG']],
      [300, ['USCG']],
    ]);
  });
  it("gives a transcript speaker's \"we\" to the speaker's agency, not to the page's publisher", () => {
    expect(owners('U.S. Department of Defense (transcript)', [['With that, I will turn it over to Coast Guard Commander Ann Reyes.'], ['ANN REYES: Good afternoon.', 'This week we moved 120 officers to the strait.']])).toEqual([[120, ['USCG']]]);
  });
  it('keeps the publisher for a turn whose speaker the text never tied to an agency', () => {
    expect(owners('U.S. Department of Defense (transcript)', [['With that, I will turn it over to Commissioner Ann Reyes.'], ['ANN REYES: Good afternoon.', 'This week we moved 120 officers to the strait.']])).toEqual([[120, ['DOD']]]);
  });
});
