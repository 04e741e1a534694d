// Issue 14: who a figure belongs to, how that was found, how sure it is, and its top agency.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/pipeline/extract/index.ts';
import { ancestors, defaultGazetteer, findEntities, loadReference, publisherOf, topOf } from '../../src/pipeline/reference/agencies.ts';
import { guardStatusOf } from '../../src/pipeline/extract/entities.ts';
import { scoreCorpus, sameUnit } from '../../src/pipeline/eval/corpus.ts';
import type { Article } from '../../src/pipeline/types.ts';
import { articleOf } from './extract-helpers.ts';

const release = (url: string | null, outlet: string | null, ...sentences: string[]): Article => ({ ...articleOf(sentences), url, outlet });
const owners = (a: Article) => extractClaims(a).map((c) => [c.value, c.entity, c.attribution, c.attribution_confidence]);
const one = (...sentences: string[]) => {
  const cs = extractClaims(articleOf(sentences));
  return cs[cs.length - 1];
};

describe('knowledge base', () => {
  it('has the components and their roll-up', () => {
    expect(ancestors('JTF-SB')).toEqual(['NORTHCOM', 'DOD']);
    expect(topOf('ERO')).toBe('DHS');
    expect(topOf('USAO')).toBe('DOJ');
    expect(topOf('Navy')).toBe('DOD');
    expect(topOf('National Guard')).toBe('National Guard');
    expect(defaultGazetteer().byId.get('BLS')?.kind).toBe('statistical');
  });

  it('matches "U.S. Attorneys" only with its prefix', () => {
    const ids = (s: string) => findEntities(s).flatMap((e) => e.ids);
    expect(ids('the U.S. Attorneys for Arizona and New Mexico')).toEqual(['USAO']);
    expect(ids('defense attorneys filed motions')).toEqual([]);
    expect(ids('Joint Task Force-Southern Border and JTF-SB')).toEqual(['JTF-SB', 'JTF-SB']);
  });

  it('finds a release’s publisher from its domain or outlet', () => {
    expect(publisherOf({ url: 'https://www.cbp.gov/newsroom/x', outlet: null })).toBe('CBP');
    expect(publisherOf({ url: 'https://www.nass.usda.gov/x', outlet: null })).toBe('USDA');
    expect(publisherOf({ url: 'https://example.com/x', outlet: 'U.S. Department of Defense (DOD News)' })).toBe('DOD');
    expect(publisherOf({ url: 'https://www.nytimes.com/x', outlet: 'The New York Times' })).toBeNull();
  });

  it('reads the agencies of the root it is given, not of the checkout', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ref-'));
    mkdirSync(path.join(root, 'content/reference'), { recursive: true });
    writeFileSync(path.join(root, 'content/reference/agencies.yaml'), 'agencies:\n  - id: XPD\n    name: Example Police Department\n    aliases: [Example Police]\n    kind: local\n');
    const gaz = loadReference(root).gazetteer;
    expect(gaz.agencies.map((a) => a.id)).toEqual(['XPD']);
    const c = extractClaims(articleOf(['Example Police made 40 arrests.']), { gazetteer: gaz });
    expect(c.map((x) => x.entity)).toEqual([['XPD']]);
  });
});

describe('attribution by grammatical relation', () => {
  it.each([
    ['The bureau sent 600 FBI agents to the city.', ['FBI'], 'modifier'],
    ['Agents will assist their counterparts in ICE’s 25 field offices.', ['ICE'], 'possessive'],
    ['The mission includes 300 soldiers of the Army.', ['Army'], 'prepositional'],
    ['Some 600 sailors assigned to Joint Task Force-Southern Border are helping ICE process detainees.', ['JTF-SB'], 'assigned'],
    ['Border Patrol agents have seized some 204 pounds of fentanyl.', ['USBP'], 'subject'],
    ['About 1,600 active-duty personnel from the U.S. Army and the U.S. Marine Corps are deploying.', ['Army', 'USMC'], 'prepositional'],
  ])('%s', (s, entity, method) => {
    const c = one(s);
    expect([c.entity, c.attribution, c.attribution_confidence]).toEqual([entity, method, 'high']);
  });

  it('gives a service-member noun its service when the helped agency is the only name', () => {
    const c = one('Some 600 sailors assigned to the joint task force are helping ICE process detainees.');
    expect([c.entity, c.attribution, c.entity_top]).toEqual([['Navy'], 'service', ['DOD']]);
  });

  it('keeps the most specific of a chain of names', () => {
    const c = one('U.S. Immigration and Customs Enforcement (ICE) Enforcement and Removal Operations (ERO) arrested 119 noncitizens.');
    expect([c.entity, c.entity_top]).toEqual([['ERO'], ['DHS']]);
  });

  it('does not give the next figure a name from an earlier figure’s “from” list', () => {
    const a = release('https://www.northcom.mil/x', null, 'About 1,600 active-duty personnel from the U.S. Army and the U.S. Marine Corps are joining the 2,500 service members already deployed.');
    expect(owners(a)).toEqual([
      [1600, ['Army', 'USMC'], 'prepositional', 'high'],
      [2500, ['NORTHCOM'], 'publisher', 'medium'],
    ]);
  });

  it('credits a release’s own unnamed officers to its publisher, and nobody on another site', () => {
    const s = ['Today the agency announced the results of the operation.', 'Officers made 2,300 arrests during the week.'];
    expect(owners(release('https://www.cbp.gov/newsroom/x', null, ...s))).toEqual([[2300, ['CBP'], 'publisher', 'medium']]);
    expect(owners(release('https://www.example.com/x', 'Example Times', ...s))).toEqual([[2300, [], 'none', 'low']]);
  });

  it('marks the nearest mention as a low-confidence owner', () => {
    const c = one('More than 300 people were detained in the raid near the ICE facility.');
    expect([c.entity, c.attribution, c.attribution_confidence]).toEqual([['ICE'], 'nearest', 'low']);
  });

  it('states the Guard’s duty status and rolls a federalised Guard up to DoD', () => {
    expect(guardStatusOf('Guardsmen in Title 32 status')).toBe('title32');
    expect(guardStatusOf('on state active duty')).toBe('state');
    const c = one('Nearly 1,500 Army National Guard soldiers now serve on federal orders at the border.');
    expect([c.entity, c.guard_status, c.entity_top]).toEqual([['National Guard'], 'title10', ['DOD']]);
    const s = one('The governor sent 500 National Guard troops on state active duty.');
    expect([s.guard_status, s.entity_top]).toEqual(['state', ['National Guard']]);
  });
});

describe('corpus scoring', () => {
  it('matches units with modifiers and % as percent', () => {
    expect(sameUnit('administrative arrests', 'arrests')).toBe(true);
    expect(sameUnit('%', 'percent')).toBe(true);
    expect(sameUnit('apprehensions per day', 'apprehensions')).toBe(false);
    expect(sameUnit('agents', 'arrests')).toBe(false);
  });

  it('scores each level apart and rolls a finer id up to the labels’ vocabulary', () => {
    const [c] = extractClaims(articleOf(['Joint Task Force-Southern Border troops made 12 arrests.']));
    const label = { article: c.article, value: 12, unit: 'arrests', entity: ['NORTHCOM'], qualifier: 'exact', status: 'completed', time: null, quote: c.quote };
    const r = scoreCorpus([label], [c], { gazetteer: defaultGazetteer() });
    expect(c.entity).toEqual(['JTF-SB']);
    expect(r.levels['value'].tp).toBe(1);
    expect(r.levels['value+entity'].tp).toBe(1);
    const wrong = scoreCorpus([{ ...label, entity: ['CBP'] }], [c], { gazetteer: defaultGazetteer() });
    expect([wrong.levels['value'].tp, wrong.levels['value+entity'].tp]).toEqual([1, 0]);
  });
});

describe('publisher focus and helpers', () => {
  it('gives a release’s unnamed figure to the component it speaks of', () => {
    const a = release('https://www.ice.gov/news/x', null, 'ICE Enforcement and Removal Operations concluded a week-long operation.', 'Those arrested included 110 fugitives.');
    expect(owners(a)).toEqual([[110, ['ERO'], 'publisher', 'medium']]);
  });

  it('marks a speaker as a source and names a city force as local law enforcement', () => {
    expect(one('NORTHCOM said 2,000 troops were at the border.').attribution).toBe('source');
    const c = one('Officers from the Los Angeles Police Department detained 75 people.');
    expect([c.entity, c.entity_top]).toEqual([['local law enforcement'], ['local law enforcement']]);
  });

  it('gives "assisted X with N" to the helper, not to X', () => {
    const c = one('ICE ERO assisted CBP with 17,000 expulsions.');
    expect(c.entity).toEqual(['ERO']);
  });
});

describe('controls', () => {
  it('flags a control figure owned by an enforcement agency, not one owned by a statistical agency', () => {
    const gaz = defaultGazetteer();
    const bls = extractClaims(release('https://www.bls.gov/news.release/x', null, 'The unemployment rate changed little at 3.5 percent in March.'));
    const ice = extractClaims(articleOf(['ICE made 1,200 arrests in March.'], undefined, 'ctl'));
    const isEnforcement = (id: string) => gaz.byId.has(id) && !['statistical', 'group'].includes(gaz.byId.get(id)!.kind ?? 'federal');
    const r = scoreCorpus([], [...bls, ...ice], { gazetteer: gaz, controls: [bls[0]?.article ?? 'test.txt', 'ctl.txt'], isEnforcement });
    expect(bls.map((c) => c.entity)).toEqual([['BLS']]);
    expect(r.controlViolations.map((v) => v.entity)).toEqual([['ICE']]);
  });
});


describe('local offices and job titles of components (issue 14, round 3)', () => {
  const ids = (s: string) => findEntities(s).flatMap((e) => e.ids);
  it('gives a Border Patrol sector to USBP and a field office to the family the sentence names', () => {
    expect(ids('Agents of the Yuma Sector caught them.')).toEqual(['USBP']);
    expect(ids('CBP said the Houston Field Office screened the cargo.')).toEqual(['CBP', 'OFO']);
    expect(ids('ICE said its Newark Field Office made the arrests.')).toEqual(['ICE', 'ERO']);
    expect(ids('The FBI Denver Field Office opened a case.')).toEqual(['FBI', 'FBI']);
    // No family named: a field office is nobody's yet; a lower-case "sector" is no office.
    expect(ids('The Denver Field Office opened a case.')).toEqual([]);
    expect(ids('jobs in the private sector grew')).toEqual([]);
  });

  it('reads a state’s Guard named without "National"', () => {
    expect(ids('He and 12 other Ohio Guard members arrived.')).toEqual(['National Guard']);
    expect(ids('The Coast Guard cutter returned.')).not.toContain('National Guard');
  });

  it('makes "CBP officers" the Office of Field Operations, "ICE deportation officers" ERO', () => {
    expect(ids('U.S. Customs and Border Protection (CBP) officers at the bridge')).toEqual(['OFO', 'OFO']);
    expect(ids('ICE deportation officers and CBP agents')).toEqual(['ERO', 'CBP']);
    expect(one('Frontline CBP officers at four crossings seized 3,100 pounds of cocaine.').entity).toEqual(['OFO']);
    expect(one('The Tucson Sector spans 262 miles of the border.').entity).toEqual(['USBP']);
    expect(one('We will add 40 other Texas Guard members in March.').entity).toEqual(['National Guard']);
  });

  it('rolls agents and officers counted together up to their parent, as written', () => {
    expect(one('CBP will hire 800 more Border Patrol agents and CBP officers.').entity).toEqual(['CBP']);
  });
});

describe('units and owners of nouns counted together (issue 14, round 3)', () => {
  it('reads a plural before an "-ing" word as the counted noun, not a compound', () => {
    expect(one('Agents stopped 2,150 migrants crossing the river in June.').unit).toBe('migrants');
    expect(one('The sector recorded 410 border crossings in June.').unit).toBe('border crossings');
  });

  it('gives each service noun of a coordinated count its service', () => {
    expect(one('About 300 Marines and sailors are reinforcing the wall.').entity).toEqual(['USMC', 'Navy']);
    expect(one('The command sent 700 soldiers and airmen to Texas.').entity).toEqual(['Army', 'USAF']);
  });
});

describe('list lines whose noun is implied, and parts of a whole named again (issue 14, round 3)', () => {
  const all = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('counts a part of a whole with the whole’s noun, and does not count the whole again', () => {
    expect(all('Agents detained 320 people at the checkpoint.', '57 of those 320 people had pending warrants.')).toEqual([[320, 'people'], [57, 'people']]);
  });
  it('gives a bare number with a person’s record the people noun before it', () => {
    expect(all('Of the 57 individuals with records:', '31 had felony convictions.')).toEqual([[57, 'individuals'], [31, 'individuals']]);
  });
  it('gives a bare number with convictions the people noun counted before', () => {
    expect(all('Officers arrested 90 people in the sweep.', 'Of those, 40 have convictions for assault.')).toEqual([[90, 'people'], [40, 'people']]);
  });
});

describe('a number before an event participle, and how often (issue 14, round 3)', () => {
  const all = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('counts the event a participle names', () => {
    expect(all('Last year 4,210 released by the agency were later rearrested.')).toEqual([[4210, 'releases']]);
    expect(all('In March, 310 deported in the operation were from Honduras.')).toEqual([[310, 'deportations']]);
  });
  it('does not count "three or more times" as events', () => {
    expect(all('Officers arrested 62 people.', 'Of those, 20 had been deported three or more times.').map((x) => x[0])).toEqual([62, 20]);
  });
});

describe('an area or length a verb of extent gives (issue 14, round 3)', () => {
  const all = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit, c.unit_family]);
  it('charts "covering 12,000 square miles" with the distances, and not an area that only describes', () => {
    expect(all('Covering nearly 12,000 square miles of desert, the Yuma Sector is short of agents.')).toEqual([[12000, 'square miles', 'distance']]);
    expect(all('The ranch of 40 square miles lies north of the port.')).toEqual([]);
  });
});

describe('figures restated (issue 14, round 3)', () => {
  const all = (...sentences: string[]) => extractClaims(articleOf(sentences)).map((c) => [c.value, c.unit]);
  it('drops a conversion of the figure before it into another unit', () => {
    expect(all('Agents seized 24,000 pounds of cocaine -- that is about 12 tons.')).toEqual([[24000, 'pounds']]);
    // Two separate masses stay.
    expect(all('Agents seized 24,000 pounds of cocaine and 30 kilograms of fentanyl.')).toEqual([[24000, 'pounds'], [30, 'kilograms']]);
  });
  it('drops a second count of the same places, keeps a different one', () => {
    expect(all('Officers at five ports of entry seized the drugs.', 'The five ports of entry also reported 40 arrests.')).toEqual([[5, 'ports of entry'], [40, 'arrests']]);
    expect(all('Officers at five ports of entry seized the drugs.', 'Three ports of entry closed early.').map((x) => x[0])).toEqual([5, 3]);
  });
});

describe('a speaker’s own agency (issue 14, round 3)', () => {
  it('reads "spokesman for X" as the speaker’s agency, not one helped', () => {
    const c = one('"We seized 9,000 pounds of marijuana," said Ann Lee, spokeswoman for the Yuma Sector.');
    expect([c.entity, c.attribution]).toEqual([['USBP'], 'source']);
    // Help stays help: "for" after a verb of support.
    expect(one('The Army sent 200 soldiers to work for the Border Patrol.').entity).toEqual(['Army']);
  });
});
