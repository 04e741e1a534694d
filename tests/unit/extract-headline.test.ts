// Issue 14, round 3: a figure given only in the headline or dek line of the text is a claim,
// marked as from the headline; a sidecar's headline is not the text and is not read.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { extractArticle } from '../../src/pipeline/extract/index.ts';
import type { Sidecar } from '../../src/pipeline/types.ts';

const build = (text: string, sidecar: Sidecar | null = null) => structure({ file: 'h.txt', slug: 'h', cleaned: clean(text), sidecar, officeholders: [] });
const BODY = 'The agency said on Tuesday that the operation in the county had ended. Officers made 12 arrests in the first week of the operation.';

describe('headline and dek figures', () => {
  it('reads the text’s headline and dek lines as claims marked from the headline', () => {
    const a = build(`Sheriff Deputies Seize 340 Pounds of Cocaine in Harbor Raid\nThe haul is three times the county's yearly total so far\n${BODY}`);
    const { claims, quantities } = extractArticle(a);
    const head = claims.filter((c) => c.from_headline);
    expect(head.map((c) => [c.value, c.unit, c.sentence_id])).toEqual([[340, 'pounds', 'h:h1']]);
    expect(head[0].quote).toBe('Sheriff Deputies Seize 340 Pounds of Cocaine in Harbor Raid');
    expect(claims.filter((c) => !c.from_headline).map((c) => c.value)).toEqual([12]);
    expect(quantities.some((q) => q.sentence_id === 'h:h1' && q.claim_id === head[0].id)).toBe(true);
  });

  it('does not read a headline only the sidecar gives', () => {
    const a = build(BODY, { headline: 'Deputies Seize 340 Pounds of Cocaine' });
    expect(extractArticle(a).claims.filter((c) => c.from_headline)).toEqual([]);
  });

  it('never lends the headline to a body figure as an earlier sentence', () => {
    // The headline names the owner; the body's bare "officers" must not borrow it by look-back.
    const a = build(`FBI Agents Arrest 30 in Fraud Sweep Across Three States\nThe agency said on Tuesday that the sweep had ended. Another 12 agents joined the sweep in its last week.`);
    const body = extractArticle(a).claims.filter((c) => !c.from_headline);
    expect(body.map((c) => [c.value, c.entity])).toEqual([[12, []]]);
  });
});

describe('look-back from a body sentence (the control for the test above)', () => {
  it('does lend an earlier body sentence’s owner to bare agents', () => {
    const a = build(`Sweep Ends in Three States\nFBI agents arrested 30 people in the sweep on Tuesday. Another 12 agents joined the sweep in its last week.`);
    expect(extractArticle(a).claims.filter((c) => c.value === 12).map((c) => c.entity)).toEqual([['FBI']]);
  });
});
