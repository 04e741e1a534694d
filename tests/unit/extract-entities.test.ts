import { describe, expect, it } from 'vitest';
import { ancestors, defaultGazetteer, findEntities, parseGazetteer } from '../../src/pipeline/reference/agencies.ts';

const ids = (s: string) => findEntities(s).map((e) => e.ids.join('+'));

describe('agency gazetteer', () => {
  it('has the hierarchy DHS > CBP > USBP > BORTAC, DHS > ICE > ERO, DOJ > ATF/DEA/USMS/FBI', () => {
    expect(ancestors('BORTAC')).toEqual(['USBP', 'CBP', 'DHS']);
    expect(ancestors('OFO')).toEqual(['CBP', 'DHS']);
    expect(ancestors('ERO')).toEqual(['ICE', 'DHS']);
    for (const a of ['ATF', 'DEA', 'USMS', 'FBI', 'BOP']) expect(ancestors(a)).toEqual(['DOJ']);
    expect(ancestors('USCG')).toEqual(['DHS']);
    expect(defaultGazetteer().byId.get('National Guard')?.name).toBe('National Guard');
  });

  it('matches names, aliases and acronyms, longest first', () => {
    expect(ids('the Bureau of Alcohol, Tobacco, Firearms and Explosives')).toEqual(['ATF']);
    expect(ids('the U.S. Marshals Service and the Marshals Service')).toEqual(['USMS', 'USMS']);
    expect(ids('green-uniformed Border Patrol agents')).toEqual(['USBP']);
    expect(ids('Members of the U.S. Border Patrol Tactical Unit')).toEqual(['BORTAC']);
    expect(ids('the Pentagon and the Defense Department')).toEqual(['DOD', 'DOD']);
    expect(ids('ICE Enforcement and Removal Operations (ERO)')).toEqual(['ICE', 'ERO', 'ERO']);
    expect(ids('Homeland Security Investigations agents')).toEqual(['HSI']);
    expect(ids('IRS-CI and the Secret Service')).toEqual(['IRS-CI', 'USSS']);
  });

  it('matches acronyms case-sensitively and marks possessives', () => {
    expect(ids('the ice melted')).toEqual([]);
    const [ice] = findEntities('in ICE’s 25 field offices');
    expect([ice.ids, ice.possessive, ice.text]).toEqual([['ICE'], true, 'ICE']);
  });

  it('names state law enforcement and levels of government', () => {
    expect(ids('law enforcement officials in Florida helped')).toEqual(['Florida law enforcement']);
    expect(ids('Texas state police arrested')).toEqual(['Texas law enforcement']);
    expect(ids('officers from state or federal agencies')).toEqual(['state agencies+federal agencies']);
    expect(ids('local police officers')).toEqual(['local law enforcement']);
  });

  it('rejects a gazetteer with an unknown parent', () => {
    expect(() => parseGazetteer('agencies:\n  - id: X\n    name: X\n    parent: Y\n')).toThrow(/unknown parent Y/);
  });
});
