import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { articleOf } from './extract-helpers.ts';
import { reconcile } from '../../src/pipeline/reconcile.ts';
import { storyToMdx } from '../../src/pipeline/emit/mdx.ts';
import type { PeriodEstimate } from '../../src/pipeline/types.ts';

const claimsOf = (...sentences: string[]) => extractClaims(articleOf(sentences));
const only = (...sentences: string[]) => {
  const cs = claimsOf(...sentences);
  expect(cs).toHaveLength(1);
  return cs[0];
};

describe('unit and unit family', () => {
  it.each([
    ['The FBI reassigned 300 agents to the task force.', 'agents', 'personnel'],
    ['The governor requested 500 National Guard troops.', 'troops', 'personnel'],
    ['The sheriff added 40 deputies.', 'deputies', 'personnel'],
    ['ICE made 1,200 arrests in March.', 'arrests', 'events'],
    ['The agency carried out 3,500 deportations last year.', 'deportations', 'events'],
    ['Border Patrol recorded 8,000 apprehensions.', 'apprehensions', 'events'],
    ['CBP logged 9,000 encounters per day in December.', 'encounters per day', 'rate'],
    ['ICE operates 25 field offices.', 'field offices', 'places'],
    ['The plan adds 5,000 detention beds.', 'detention beds', 'places'],
    ['Agents seized 3,000 pounds of methamphetamine.', 'pounds', 'mass'],
    ['Congress approved $45 billion for ICE detention.', 'USD', 'money'],
    ['Arrests by ICE rose 40 percent.', 'percent', 'share'],
  ])('%s', (s, unit, family) => {
    const c = only(s);
    expect([c.unit, c.unit_family]).toEqual([unit, family]);
  });

  it('counts the head of a compound noun ("deportation officers" are officers)', () => {
    expect(only('The agency had 6,000 deportation officers as of January 2025.').unit).toBe('officers');
  });

  it('reads sizes and rates written around the number', () => {
    const force = only('A 3,000-strong force of National Guard troops was sent to Los Angeles.');
    expect([force.value, force.unit_family, force.entity, force.status]).toEqual([3000, 'personnel', ['National Guard'], 'deployed']);
    expect(only('The number of ICE arrests reached 1,200 per day in June.').unit).toBe('arrests per day');
    expect(claimsOf('Arrests fell to 900, from 1,200 a year earlier.').map((c) => c.unit_family)).toEqual(['events', 'events']);
  });

  it('turns people into the event only after "the arrest of"', () => {
    expect(only('The raid led to the arrest of 300 immigrants.').unit).toBe('arrests');
  });

  it('keeps the noun as written after or before a verb ("ICE arrested 1,100 people")', () => {
    expect(only('About 900 migrants were deported from Texas.').unit).toBe('migrants');
    expect(only('ICE arrested 1,100 people in Los Angeles last week.').unit).toBe('people');
  });

  it('gives a bare number the event of its verb ("removed more than 267,000")', () => {
    expect(only('Officers removed more than 8,400 last year.').unit).toBe('removals');
  });

  it('a bare number in a list takes the unit of the figure before it', () => {
    const cs = claimsOf('The Justice Department has reassigned about 1,800 agents, including 600 from the FBI.');
    expect(cs.map((c) => [c.value, c.unit, c.entity])).toEqual([[1800, 'agents', ['DOJ']], [600, 'agents', ['FBI']]]);
  });

  it('borrows the unit of a bare number from the noun before it', () => {
    const cs = claimsOf('Apprehensions fell to 8,000, down from 20,000 a year earlier.');
    expect(cs.map((c) => [c.value, c.unit])).toEqual([[8000, 'apprehensions'], [20000, 'apprehensions']]);
  });

  it('makes no claim of a number that counts nothing named', () => {
    expect(claimsOf('The directive follows two by the secretary on Tuesday.')).toEqual([]);
    expect(claimsOf('Trump signed nearly a dozen executive orders.')).toEqual([]);
  });
});

describe('entity', () => {
  it.each([
    ['The effort will involve around 500 personnel from U.S. Customs and Border Protection.', ['CBP']],
    ['It enlisted 2,000 agents from the Bureau of Alcohol, Tobacco, Firearms and Explosives; the U.S. Marshals Service and the Drug Enforcement Administration.', ['ATF', 'USMS', 'DEA']],
    ['It moved 1,000 agents from the FBI, HSI and the Secret Service.', ['FBI', 'HSI', 'USSS']],
    ['The Pentagon has sent 1,500 active-duty troops to the border.', ['DOD']],
    ['Hegseth ordered 700 Marines to Los Angeles.', ['USMC']],
    ['Agents will assist their counterparts in ICE’s 25 field offices.', ['ICE']],
    ['Coast Guard crews seized 40,000 pounds of cocaine.', ['USCG']],
    ['Texas state police arrested 450 migrants.', ['Texas law enforcement']],
    ['Some 300 IRS criminal investigators were reassigned.', ['IRS-CI']],
    ['Congress approved $45 billion for ICE detention.', ['ICE']],
    ['In fiscal 2024, encounters reached 2.1 million.', ['CBP']],
  ])('%s', (s, entity) => {
    expect(only(s).entity).toEqual(entity);
  });

  it('does not credit the agency that only receives help', () => {
    const cs = claimsOf('The Border Patrol is redirecting agents to the interior.', 'Some 100 agents will be sent to assist the ICE deportation force, the official said.');
    expect(cs.at(-1)!.entity).toEqual(['USBP']);
  });

  it('does not give troops to an agency that only had agents in context', () => {
    const cs = claimsOf('Two dozen ATF agents joined the operation.', 'Hegseth authorized up to 1,000 additional troops for the border.');
    expect(cs.at(-1)!.entity).toEqual([]);
  });

  it('falls back to the previous sentence when the sentence names nobody', () => {
    const c = claimsOf('The Coast Guard is expanding its fleet.', 'It will add 200 officers next year.');
    expect(c[0].entity).toEqual(['USCG']);
  });

  it('does not borrow an earlier agency without a word pointing back to it', () => {
    const c = claimsOf('The Coast Guard is expanding its fleet.', 'Congress is debating a bill that would add 2,000 deputies.');
    expect(c[0].entity).toEqual([]);
  });

  it('keeps state and federal levels apart', () => {
    expect(only('Trump asked DHS to pull in 20,000 officers from state or federal agencies.').entity).toEqual(['state agencies', 'federal agencies']);
  });
});

describe('qualifier', () => {
  it.each([
    ['ICE has 6,000 deportation officers.', 'exact'],
    ['ICE has about 6,000 deportation officers.', 'approx'],
    ['ICE has roughly 6,000 deportation officers.', 'approx'],
    ['ICE has an estimated 6,000 deportation officers.', 'approx'],
    ['ICE has some 6,000 deportation officers.', 'approx'],
    ['ICE has more than 6,000 deportation officers.', 'more-than'],
    ['ICE has over 6,000 deportation officers.', 'more-than'],
    ['ICE has upwards of 6,000 deportation officers.', 'more-than'],
    ['ICE has 6,000 or more deportation officers.', 'more-than'],
    ['ICE has fewer than 6,000 deportation officers.', 'less-than'],
    ['ICE has nearly 6,000 deportation officers.', 'nearly'],
    ['ICE has almost 6,000 deportation officers.', 'nearly'],
    ['ICE has just under 6,000 deportation officers.', 'less-than'],
    ['ICE could add up to 6,000 deportation officers.', 'up-to'],
    ['ICE could add as many as 6,000 deportation officers.', 'up-to'],
    ['ICE could add no more than 6,000 deportation officers.', 'up-to'],
  ])('%s', (s, q) => {
    expect(only(s).qualifier).toBe(q);
  });

  it('the displayed span includes the qualifier', () => {
    const c = only('The Pentagon is sending roughly 1,500 troops.');
    expect(c.display).toBe('roughly 1,500');
    expect(c.quote.slice(c.start, c.end)).toBe(c.display);
  });
});

describe('status', () => {
  it.each([
    ['The governor requested 500 National Guard troops.', 'requested'],
    ['DHS asked the Pentagon for 20,000 troops.', 'requested'],
    ['ICE plans to hire 10,000 officers.', 'planned'],
    ['The effort is expected to involve 500 agents.', 'planned'],
    ['Some 100 agents will be sent to Chicago.', 'planned'],
    ['The Pentagon is ordering 1,500 more troops to the border.', 'planned'],
    ['Hegseth ordered 700 Marines to Los Angeles.', 'ordered'],
    ['The secretary directed 200 agents to the city.', 'ordered'],
    ['The FBI sent 300 agents to the border.', 'deployed'],
    ['About 400 agents have been reassigned to ICE.', 'deployed'],
    ['The agency deployed 2,000 troops last month.', 'deployed'],
    ['Agents seized 3,000 pounds of methamphetamine.', 'completed'],
    ['The operation led to the arrest of 1,000 immigrants.', 'completed'],
    ['The agency completed 2,000 removals in May.', 'completed'],
    ['ICE has 6,000 deportation officers.', 'reported'],
    ['Encounters dropped to 237,000 last year.', 'reported'],
  ])('%s', (s, st) => {
    expect(only(s).status).toBe(st);
  });

  it('coordinated figures share the verb', () => {
    const cs = claimsOf('The administration has deployed 4,000 National Guard troops and 700 Marines to Los Angeles.');
    expect(cs.map((c) => [c.value, c.entity, c.status])).toEqual([[4000, ['National Guard'], 'deployed'], [700, ['USMC'], 'deployed']]);
  });

  it('ignores "requesting anonymity" and "requests for comment"', () => {
    expect(only('About 500 agents are in Chicago, the sources said, requesting anonymity.').status).toBe('reported');
  });

  it('places describe what exists', () => {
    expect(only('Agents are expected to assist counterparts in ICE’s 25 field offices.').status).toBe('reported');
  });
});

describe('negation', () => {
  it('"no agents were sent" makes no claim', () => {
    expect(claimsOf('No agents were sent to the city.')).toEqual([]);
  });
  it('flags a negated figure', () => {
    expect(only('The DEA did not send 500 agents.').negated).toBe(true);
    expect(only('About 500 agents were not deployed.').negated).toBe(true);
    expect(only('About 500 agents were deployed.').negated).toBe(false);
  });
});

describe('time', () => {
  const period: PeriodEstimate = { from: '2025-05-28', to: '2025-05-28', label: 'May 28, 2025', kind: 'sidecar', evidence: [] };
  const at = (s: string) => extractClaims(articleOf([s], period))[0];

  it('keeps the text’s own reference and resolves it against the article’s period', () => {
    const fy = at('In Fiscal Year 2025, encounters dropped to 237,000.');
    expect(fy.time).toBe('Fiscal Year 2025');
    expect(fy.time_resolved).toEqual({ from: '2024-10-01', to: '2025-09-30' });
    const lw = at('Trump asked DHS last week to pull in 20,000 officers.');
    expect(lw.time).toBe('last week');
    expect(lw.time_resolved).toEqual({ from: '2025-05-19', to: '2025-05-25' });
    const since = at('Agents have seized 204 pounds of fentanyl since October 2019.');
    expect(since.time).toBe('since October 2019');
    expect(since.time_resolved).toEqual({ from: '2019-10-01', to: '2025-05-28' });
    const march = at('ICE made 1,200 arrests in March.');
    expect(march.time_resolved).toEqual({ from: '2025-03-01', to: '2025-03-31' });
  });

  it('keeps no trailing punctuation in the time text', () => {
    expect(only('Arrests in Phoenix rose by 94 percent in November, the agency said.').time).toBe('November');
    expect(only('Daily encounters averaged above 8,992 since October.').time).toBe('since October');
  });

  it('leaves relative times unresolved when the period is unknown', () => {
    const c = only('Trump asked DHS last week to pull in 20,000 officers.');
    expect([c.time, c.time_resolved]).toEqual(['last week', null]);
  });

  it('does not date a figure by its report ("CNN reported Wednesday")', () => {
    expect(only('CNN reported Wednesday that the Pentagon is sending 1,500 troops.').time).toBeNull();
  });
});

describe('provenance and scale', () => {
  it('ids, quotes and offsets trace back to the sentence', () => {
    const a = articleOf([['ICE has 6,000 officers.', 'CBP sent 300 agents and 40 officers.']]);
    const cs = extractClaims(a);
    expect(cs.map((c) => c.id)).toEqual(['test:p1s1#n1', 'test:p1s2#n1', 'test:p1s2#n2']);
    for (const c of cs) {
      const s = a.paragraphs[0].sentences.find((x) => x.id === c.sentence_id)!;
      expect(c.quote).toBe(s.text);
      expect(c.quote.slice(c.start, c.end)).toBe(c.display);
      expect(c.article).toBe('test.txt');
      expect(c.fact_id).toBeNull();
    }
  });

  it('an article without numbers yields no claims', () => {
    expect(extractClaims(articleOf(['Officials declined to comment.', 'The plan was not announced.']))).toEqual([]);
  });

  it('an article with a thousand numbers is handled quickly', () => {
    const sentences = Array.from({ length: 250 }, (_, i) => `ICE sent ${i + 1},000 agents, ${i + 2} officers, ${i + 3} troops and ${i + 4} deputies to ${i % 2 ? 'Chicago' : 'Houston'}.`);
    const t0 = performance.now();
    const cs = extractClaims(articleOf(sentences));
    const ms = performance.now() - t0;
    expect(cs).toHaveLength(1000);
    expect(new Set(cs.map((c) => c.id)).size).toBe(1000);
    expect(ms).toBeLessThan(2000);
    // …and its story still builds: every figure is wrapped once in the MDX.
    const { claims } = reconcile(cs);
    const mdx = storyToMdx(articleOf(sentences), claims, []);
    expect(mdx.match(/<Claim id=/g)).toHaveLength(1000);
  });

  it('an article without numbers still builds its story', () => {
    const a = articleOf(['Officials declined to comment.']);
    expect(storyToMdx(a, reconcile(extractClaims(a)).claims, [])).toContain('Officials declined to comment.');
  });
});
