import { describe, expect, it } from 'vitest';
import { extractPlaces, parseCities } from '../../src/pipeline/extract/places.ts';
import { defaultCities } from '../../src/pipeline/extract/places.ts';
import { articleOf } from './extract-helpers.ts';

const cities = (s: string) => extractPlaces(articleOf([s])).map((p) => p.city);

describe('extractPlaces', () => {
  it('finds destination cities in a sentence that sends agents somewhere', () => {
    expect(cities('Other agents are expected to be sent to San Francisco, Los Angeles, Atlanta, Houston, Boston, New Orleans, Detroit and Newark, New Jersey, an official said.')).toEqual([
      'san-francisco-ca', 'los-angeles-ca', 'atlanta-ga', 'houston-tx', 'boston-ma', 'new-orleans-la', 'detroit-mi', 'newark-nj',
    ]);
    expect(cities('Tactical teams are deploying to assist ICE officers in Chicago and New York.')).toEqual(['chicago-il', 'new-york-ny']);
  });

  it('skips origins, newspapers, datelines and sentences without a movement', () => {
    expect(cities('Troops were sent to the border as part of a mission out of El Paso, Texas.')).toEqual([]);
    expect(cities('The deployments were first reported by the New York Times.')).toEqual([]);
    expect(cities('WASHINGTON — DHS sent 500 agents.')).toEqual([]);
    expect(cities('The mayor of Chicago criticised the plan.')).toEqual([]);
  });

  it('gives every mention provenance', () => {
    const [p] = extractPlaces(articleOf(['ICE sent 200 officers to Denver.']));
    expect(p).toMatchObject({ id: 'test:p1s1@denver-co', article: 'test.txt', slug: 'test', sentence_id: 'test:p1s1', city: 'denver-co', quote: 'ICE sent 200 officers to Denver.' });
  });
});

describe('cities.csv', () => {
  it('has about a hundred sourced cities with coordinates inside the US', () => {
    const cs = defaultCities();
    expect(cs.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cs.map((c) => c.id)).size).toBe(cs.length);
    for (const c of cs) {
      expect(c.source, c.id).toMatch(/\w/);
      expect(c.lat, c.id).toBeGreaterThan(18);
      expect(c.lat, c.id).toBeLessThan(72);
      expect(c.lon, c.id).toBeGreaterThan(-170);
      expect(c.lon, c.id).toBeLessThan(-60);
    }
  });

  it('rejects a row without coordinates', () => {
    expect(() => parseCities('id,name,state,lat,lon,population,source\nx,X,Texas,,1,1,s\n')).toThrow(/cities.csv:2/);
  });
});
