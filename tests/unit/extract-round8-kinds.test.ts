// Issue 14, extraction round 8: the kinds of misses found on the seventh government held-out set
// (now development data), one block per kind, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';

const claimsOf = (outlet: string | null, ...sentences: string[]) =>
  extractClaims({ ...articleOf(sentences), url: null, outlet }).map((c) => [c.value, c.unit, c.entity]);
const values = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => c.value);

describe("the component a release's lead names as its actor owns its later figures", () => {
  const CBP = 'U.S. Customs and Border Protection';
  const lead = 'CHARLESTON, South Carolina – U.S. Customs and Border Protection (CBP) Air and Marine Operations (AMO) intercepted a speedboat with 12 people aboard off the coast on Friday.';
  it('gives a later figure of "a CBP crew" and an unnamed breakdown to the lead component, not its parent', () => {
    const got = claimsOf(CBP, lead, 'Later that night a CBP patrol crew spotted a second boat with 8 people aboard.', 'The second boat also carried 3 children.');
    expect(got).toContainEqual([12, 'people', ['AMO']]);
    expect(got).toContainEqual([8, 'people', ['AMO']]);
    expect(got).toContainEqual([3, 'children', ['AMO']]);
  });
  it('leaves a figure tied to another name by its own noun phrase', () => {
    const got = claimsOf(CBP, lead, 'At the port, 40 Coast Guard personnel helped with the search.');
    expect(got).toContainEqual([40, 'personnel', ['USCG']]);
  });
  it('needs the names to open the lead as its subject: a lead that only mentions the component gives no such owner', () => {
    const got = claimsOf(CBP, 'The agency said on Friday that it had asked Air and Marine Operations (AMO) for help.', 'A CBP crew spotted a boat with 8 people aboard.');
    expect(got).toContainEqual([8, 'people', ['CBP']]);
  });
});

describe('the one told is not the owner of what they are told', () => {
  it('reads the clause after "notified X that" with its own subject', () => {
    const got = claimsOf(null, 'The Secretary notified the Federal Bureau of Investigation that Border Patrol agents had made 40 arrests near the river.');
    expect(got).toContainEqual([40, 'arrests', ['USBP']]);
  });
});

describe('a 24-hour clock time is not a count', () => {
  it('drops "2300 EST" and "0500 hours" and keeps the count', () => {
    expect(values('The hangar closes at 2300 EST and reopens at 0500 hours; crews flew 45 sorties from it last month.')).toEqual([45]);
  });
  it('keeps a four-digit count with no zone after it', () => {
    expect(values('The agency hired 2300 officers last year.')).toEqual([2300]);
  });
});

describe('a plural demonym right after the number is the counted noun', () => {
  it('counts "6 Cubans facing prosecution" as Cubans, not prosecutions', () => {
    const got = claimsOf(null, 'The cutter crew handed 6 Cubans facing prosecution to Border Patrol agents in Key West.');
    expect(got.map(([v, u]) => [v, String(u).toLowerCase()])).toContainEqual([6, 'cubans']);
  });
});

describe('a bare count with a verb of claiming who one is counts the people before it', () => {
  it('reads "19 claimed to be from …" as 19 of the migrants counted before', () => {
    const got = claimsOf(null, 'Agents found 31 migrants on the second boat; 19 claimed to be from Cuba and 12 said they were Haitian.');
    expect(got.map(([v, u]) => [v, u])).toContainEqual([19, 'migrants']);
  });
  it('takes the noun of the nearer part ("30 men of which 22 claimed to be …" counts men)', () => {
    const got = claimsOf(null, 'The crew embarked 40 migrants, including 30 men of which 22 claimed to be Cuban.');
    expect(got.map(([v, u]) => [v, u])).toContainEqual([22, 'men']);
  });
});

describe('a participle after a number is no counted noun', () => {
  it('takes the people a group was named of before ("groups of migrants" … "3,500 traveling")', () => {
    const got = claimsOf(null, 'Patrols are watching large groups of migrants moving north.', 'Officers now track a group of about 2,800 walking along the highway.');
    expect(got.map(([v, u]) => [v, u])).toContainEqual([2800, 'migrants']);
  });
});

describe("a governor's office is a state government's publisher", () => {
  it("gives the Guard's authorized states to the Guard, not to the bureau the Secretary notified", () => {
    const got = claimsOf(
      'Office of the Nevada Governor (state; release reposted by a wire service)',
      'Governor Jane Doe announced today she authorized the Nevada National Guard to support the state police.',
      'The Secretary notified the National Guard Bureau that governors in 12 states were authorized to activate up to 900 guardsmen.',
    );
    expect(got).toContainEqual([12, 'states', ['National Guard']]);
    expect(got.map(([v, , e]) => [v, e])).toContainEqual([900, ['National Guard']]);
  });
});

describe('cited public-health statistics naming no agency are not the publisher’s figures', () => {
  const on = (url: string, ...sentences: string[]) => extractClaims({ ...articleOf(sentences), url, outlet: null }).map((c) => [c.value, c.entity]);
  it('drops overdose deaths and their share in a sentence that names no agency', () => {
    expect(on('https://www.cbp.gov/testimony', 'In 2020, among 90,000 drug overdose deaths, 60,000 (66.7%) involved fentanyl.')).toEqual([]);
  });
  it('keeps the agency’s own figures around them', () => {
    const got = on('https://www.cbp.gov/testimony', 'In 2020 there were 90,000 drug overdose deaths.', 'Officers seized 40 pounds of fentanyl at the ports.');
    expect(got.map(([v]) => v)).toEqual([40]);
  });
});
