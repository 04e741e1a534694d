// Issue 14: whose a figure is: the agency a figure belongs to, from its grammar, the release and its publisher.
// One block per kind of text the extractor met, with sentences written for these tests.

import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean.ts';
import { extractArticle, extractClaims } from '../../src/pipeline/extract/index.ts';
import { ancestors, defaultGazetteer, findEntities, publisherOf } from '../../src/pipeline/reference/agencies.ts';
import { structure } from '../../src/pipeline/structure.ts';
import { articleOf, build, claims, claimsOf, gaz, onSite, units } from './extract-helpers.ts';

describe('whose a border measure is, from what the text says of it', () => {
  it('gives a share the owner of the measure it is a change in, not of the one before it', () => {
    expect(claims('Border crossings eased, with a 12% decline in apprehensions over the summer.')).toEqual([[12, 'percent', ['USBP']]]);
    expect(claims('Crossings eased over the summer, down 12%.')).toEqual([[12, 'percent', ['CBP']]]);
  });

  it('puts encounters between ports of entry with the Border Patrol', () => {
    expect(claims('A 35% drop in encounters between ports of entry followed in March.')).toEqual([[35, 'percent', ['USBP']]]);
    expect(claims('There were 41,000 encounters between the ports of entry in March.')).toEqual([[41000, 'encounters', ['USBP']]]);
    expect(claims('There were 41,000 encounters in March.')).toEqual([[41000, 'encounters', ['CBP']]]);
  });

  it('puts releases at the border or into the country with the Border Patrol, not releases from detention', () => {
    expect(claims('Roughly 3,000 migrants were released into the interior in May.')).toEqual([[3000, 'migrants', ['USBP']]]);
    expect(claims('Only 40 migrants were temporarily allowed into the United States last month.')).toEqual([[40, 'migrants', ['USBP']]]);
    expect(claims('The count fell from 9,000 released along the southwest border a year before.')).toEqual([[9000, 'releases', ['USBP']]]);
    expect(claims('ICE said 3,000 detainees were released from detention.')).toEqual([[3000, 'detainees', ['ICE']]]);
  });

  it('gives the measure to the component when its department sees or reports it', () => {
    expect(claims('DHS reported a 15 percent rise in apprehensions at the border.')).toEqual([[15, 'percent', ['USBP']]]);
    expect(claims('DHS reported a 15 percent rise in removals.')).toEqual([[15, 'percent', ['DHS']]]);
  });

  it('takes the owner an earlier sentence gives the same measure', () => {
    expect(claims('Border Patrol encounters rose in May.', 'The weekly average of encounters reached 900.')).toEqual([[900, 'encounters per week', ['USBP']]]);
    expect(claims('Arrests rose in May.', 'The weekly average of encounters reached 900.')).toEqual([[900, 'encounters per week', ['CBP']]]);
  });

  it('gives a share of what people do the owner of the same people counted just before', () => {
    expect(claims('The Border Patrol had about 700 more agents than a year ago.', 'Auditors found that agents were on patrol about 60 percent of their shifts.')).toEqual([
      [700, 'agents', ['USBP']],
      [60, 'percent', ['USBP']],
    ]);
  });
});

describe('figures the grammar left without their own noun or publisher', () => {
  it('stops a forward noun at a number word that starts another count', () => {
    expect(units('The office filed seven indictments against seven defendants.')).toEqual([
      [7, 'indictments'],
      [7, 'defendants'],
    ]);
  });

  it('counts the total of extents given before it as an extent', () => {
    expect(units('The Army built 40 miles of road and 12 miles of fence, for a total of about 52 miles.').map((c) => c[0])).toEqual([40, 12, 52]);
    expect(units('The patrol base sits a total of 52 miles away.')).toEqual([]);
  });

  it('takes the public affairs office that wrote a release as its publisher, not the host site', () => {
    const gaz = defaultGazetteer();
    expect(publisherOf({ url: 'https://www.army.mil/article/1', outlet: 'U.S. Northern Command Public Affairs' }, gaz)).toBe('NORTHCOM');
    expect(publisherOf({ url: 'https://www.army.mil/article/1', outlet: 'Army News Service' }, gaz)).toBe('Army');
  });

  it('gives "the 900 authorized" the personnel noun named just before it', () => {
    expect(claims('Texas National Guard members patrolled the river in May.', 'Besides the 900 authorized for the mission, the state sent its own police.')).toEqual([[900, 'troops', ['National Guard']]]);
    expect(units('Besides the 900 authorized for the mission, the state sent its own police.')).toEqual([]);
  });
});

describe('owners of state figures', () => {
  it('takes a state government site as the publisher, for any state, not the federal VA', () => {
    expect(publisherOf({ url: 'https://gov.ohio.gov/news/1', outlet: null }, gaz)).toBe('state agencies');
    expect(publisherOf({ url: 'https://dps.az.gov/news/1', outlet: null }, gaz)).toBe('state agencies');
    expect(publisherOf({ url: 'https://www.newmexico.gov/a', outlet: null }, gaz)).toBe('state agencies');
    expect(publisherOf({ url: 'https://www.va.gov/a', outlet: null }, gaz)).toBeNull();
    expect(publisherOf({ url: 'https://www.example.com/a', outlet: null }, gaz)).toBeNull();
  });

  it('names a state police force and rolls a state force up to state law enforcement', () => {
    expect(findEntities('the Arizona Department of Public Safety said', gaz).map((e) => e.ids)).toEqual([['Arizona law enforcement']]);
    expect(findEntities('the Ohio Highway Patrol said', gaz).map((e) => e.ids)).toEqual([['Ohio law enforcement']]);
    expect(ancestors('Ohio law enforcement', gaz)).toEqual(['state law enforcement']);
    expect(ancestors('Gotham law enforcement', gaz)).toEqual([]);
  });

  it('gives a state Guard page its Guard figures, and its soldiers to the Guard, not the Army', () => {
    expect(onSite('https://tmd.ohio.gov/blog/1', 'The Ohio National Guard moved a battalion north.', 'About 300 personnel and 25 trucks arrived by Friday.')).toEqual([
      [300, 'troops', ['National Guard']],
      [25, 'trucks', ['National Guard']],
    ]);
    expect(onSite('https://tmd.ohio.gov/blog/1', 'At dawn, nine Soldiers unrolled the wire.')[0][2]).toEqual(['National Guard']);
    // Elsewhere soldiers stay the Army's.
    expect(onSite(null, 'At dawn, nine soldiers unrolled the wire.')[0][2]).toEqual(['Army']);
  });

  it('credits the state itself when the release says the state acted', () => {
    expect(onSite('https://gov.ohio.gov/n/1', 'Ohio has cut crossings into the state by 40% this year.')[0][2]).toEqual(['state agencies']);
    expect(
      onSite('https://gov.ohio.gov/n/1', 'The Ohio Highway Patrol arrested 900 people.', 'Since March, the state has bused:', '• 2,100 migrants to Boston since May 2023'),
    ).toEqual([
      [900, 'people', ['Ohio law enforcement']],
      [2100, 'migrants', ['state agencies']],
    ]);
  });

  it('gives a joint effort’s totals to every agency the sentence before names', () => {
    const got = onSite(
      null,
      'The Ohio Highway Patrol and the Ohio National Guard began the operation in May.',
      'Since then, the multi-agency effort has led to more than 7,200 arrests.',
    );
    expect(got).toEqual([[7200, 'arrests', ['Ohio law enforcement', 'National Guard']]]);
  });
});

describe("a component's figures in its parent's release", () => {
  it('takes the component an outlet names after its parent as the publisher', () => {
    expect(publisherOf({ url: null, outlet: 'U.S. Customs and Border Protection, U.S. Border Patrol El Paso Sector (as reposted)' }, gaz)).toBe('USBP');
    expect(publisherOf({ url: null, outlet: 'U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations' }, gaz)).toBe('ERO');
    // Two unrelated agencies: the first named stays the publisher.
    expect(publisherOf({ url: null, outlet: 'U.S. Coast Guard and U.S. Customs and Border Protection' }, gaz)).toBe('USCG');
    expect(claimsOf('U.S. Customs and Border Protection, U.S. Border Patrol Laredo Sector', 'Agents stopped the truck at dawn.', 'All six trucks were seized.')).toEqual([[6, 'trucks', ['USBP']]]);
  });

  it('gives inadmissibility counts to the Office of Field Operations, apprehensions to the Border Patrol', () => {
    expect(claimsOf(null, 'In May, CBP recorded 52,300 enforcement actions, including 41,000 apprehensions and 11,300 inadmissibility decisions.')).toEqual([
      [52300, 'enforcement actions', ['CBP']],
      [41000, 'apprehensions', ['USBP']],
      [11300, 'inadmissibility decisions', ['OFO']],
    ]);
  });

  it('gives encounters at the ports of entry to OFO and between them to the Border Patrol', () => {
    expect(claimsOf(null, 'CBP counted 8,200 encounters at ports of entry and 30,500 encounters between ports of entry in June.')).toEqual([
      [8200, 'encounters', ['OFO']],
      [30500, 'encounters', ['USBP']],
    ]);
  });
});

describe('territorial police and a unit named after its force', () => {
  it("names a territory's police as state-level law enforcement, not a city department", async () => {
    const { findEntities, ancestors } = await import('../../src/pipeline/reference/agencies.ts');
    expect(findEntities('the Guam Police Force said', gaz).map((e) => e.ids)).toEqual([['Guam law enforcement']]);
    expect(ancestors('Guam law enforcement', gaz)).toEqual(['state law enforcement']);
    expect(findEntities('the New York Police Department said', gaz).map((e) => e.ids)).toEqual([['local law enforcement']]);
  });

  it('reads a short form defined after a named unit of a known force, and a participle before the count', () => {
    expect(
      claimsOf(null, 'The cutter called the Puerto Rico Police Maritime Response Unit (MRU) for help.', 'As the cutter closed in, three responding MRU patrol boats blocked the channel.'),
    ).toEqual([[3, 'MRU patrol boats', ['Puerto Rico law enforcement']]]);
  });
});

describe('"this operation" is the effort named before with its owner', () => {
  it('gives the figures to the agency whose effort the sentence before named, not its subject', () => {
    const a = articleOf([
      ['On May 2, the Department of Homeland Security (DHS) sent staff to the valley as part of HSI’s efforts to stop smuggling rings.'],
      ['Two weeks into this operation, more than 140 vehicles have been seized.'],
    ]);
    expect(extractClaims({ ...a, outlet: null, url: null }).map((c) => [c.value, c.entity])).toEqual([[140, ['HSI']]]);
  });
});

describe("an agency's short form leading an open noun phrase", () => {
  it('is the owner, and the rest of the phrase is the unit', () => {
    expect(claimsOf(null, 'The sweep ran across the four ERO areas of responsibility in the region.')).toEqual([[4, 'areas', ['ERO']]]);
  });
});

describe("a headline's parent, the body's component", () => {
  it("gives the headline's figure to the component the body gives the same figure", () => {
    const a = build('Director announces 214 arrests in ongoing ICE operation on the border\nThe Department of Homeland Security said on Friday that the sweep had ended. As part of HSI’s efforts, 214 suspects were arrested on criminal charges in the first week.');
    const head = extractArticle(a).claims.filter((c) => c.from_headline);
    expect(head.map((c) => [c.value, c.entity])).toEqual([[214, ['HSI']]]);
  });
  it('keeps the headline owner when the body gives the figure to an unrelated agency', () => {
    const a = build('Director announces 214 arrests in ongoing ICE operation on the border\nThe Department of Homeland Security said on Friday that the sweep had ended. Separately, FBI agents arrested 214 suspects in the first week.');
    const head = extractArticle(a).claims.filter((c) => c.from_headline);
    expect(head.map((c) => [c.value, c.entity])).toEqual([[214, ['ICE']]]);
  });
});

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

describe("a list heading that is only an agency's name owns its items", () => {
  const DOD = 'U.S. Department of Defense';
  const underHeading = (section: string | null, ...sentences: string[]) => {
    const a = { ...articleOf(sentences), url: null, outlet: DOD };
    a.paragraphs = a.paragraphs.map((p) => ({ ...p, section }));
    return extractClaims(a).map((c) => [c.value, c.unit, c.entity]);
  };
  it('gives the first award under "NAVY" to the Navy, not the publisher', () => {
    expect(underHeading('NAVY', 'Acme Marine Inc., Norfolk, Virginia, was awarded a $41,500,000 firm-fixed-price contract for pier repairs.')).toEqual([[41500000, 'USD', ['Navy']]]);
  });
  it('leaves a heading that is not an agency name alone', () => {
    expect(underHeading('CONTRACTS', 'Acme Marine Inc., Norfolk, Virginia, was awarded a $41,500,000 firm-fixed-price contract for pier repairs.')).toEqual([[41500000, 'USD', ['DOD']]]);
  });
});

describe("an agency-name heading on a text's first line", () => {
  it('owns the first award of the list under it', () => {
    const a = { ...articleOf([['NAVY'], ['Acme Marine Inc., Norfolk, Virginia, was awarded a $41,500,000 firm-fixed-price contract for pier repairs.']]), url: null, outlet: 'U.S. Department of Defense' };
    expect(extractClaims(a).map((c) => [c.value, c.entity])).toEqual([[41500000, ['Navy']]]);
  });
});

describe('a contract list read end to end: the headings between awards own them', () => {
  it('gives the award under "NAVY" to the Navy', () => {
    const t = 'Contracts for May 2, 2019\n\nARMY\n\nAcme Builders Inc., Tucson, Arizona, was awarded a $52,000,000 firm-fixed-price contract for road repair.\n\nNAVY\n\nHarbor Works LLC, Norfolk, Virginia, was awarded a $14,200,000 contract for pier repairs.\n';
    const a = structure({ file: 'x.txt', slug: 'x', cleaned: clean(t, {}), sidecar: null, officeholders: [] } as unknown as Parameters<typeof structure>[0]);
    const got = extractClaims({ ...a, outlet: 'U.S. Department of Defense' }).map((c) => [c.value, c.entity]);
    expect(got).toContainEqual([14200000, ['Navy']]);
  });
});
