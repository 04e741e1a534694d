// Destination cities of redeployed agents (for the map): a city from
// content/reference/cities.csv named in a sentence that sends, deploys or
// assigns someone somewhere. "out of El Paso" / "from Houston" are origins, not destinations.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, PlaceMention } from '../types.ts';
import { US_STATES } from '../reference/agencies.ts';
import { allMatches } from './re.ts';

export interface City {
  id: string;
  name: string;
  state: string;
  lat: number;
  lon: number;
  population: number;
  source: string;
}

/** Parse cities.csv (header: id,name,state,lat,lon,population,source; quoted fields allowed; no comment lines: src/charts reads it too). */
export function parseCities(text: string): City[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const header = splitCsv(lines[0]);
  const need = ['id', 'name', 'state', 'lat', 'lon', 'population', 'source'];
  for (const n of need) if (!header.includes(n)) throw new Error(`cities.csv: missing column ${n}`);
  return lines.slice(1).map((l, i) => {
    const f = splitCsv(l);
    const get = (n: string) => f[header.indexOf(n)] ?? '';
    const city: City = {
      id: get('id'), name: get('name'), state: get('state'),
      lat: Number(get('lat')), lon: Number(get('lon')), population: Number(get('population')), source: get('source'),
    };
    if (!city.id || !city.name || get('lat').trim() === '' || get('lon').trim() === '' || !Number.isFinite(city.lat) || !Number.isFinite(city.lon)) {
      throw new Error(`cities.csv:${i + 2}: needs id, name, numeric lat and lon`);
    }
    return city;
  });
}

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

let cached: City[] | null = null;
export function defaultCities(): City[] {
  if (cached) return cached;
  const candidates: string[] = [];
  try {
    candidates.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content/reference/cities.csv'));
  } catch { /* bundled */ }
  candidates.push(path.resolve(process.cwd(), 'content/reference/cities.csv'));
  const file = candidates.find((c) => existsSync(c));
  if (!file) throw new Error(`cities.csv not found (looked in ${candidates.join(', ')})`);
  cached = parseCities(readFileSync(file, 'utf8'));
  return cached;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE = /\b(?:sen[dt]|sending|deploy\w*|dispatch\w*|redeploy\w*|reassign\w*|redirect\w*|surg(?:e|es|ed|ing)|assist\w*|reinforce\w*|station\w*|transferr?\w*|arriv\w*|head(?:ed|ing)\s+to|relocat\w*|moved?\s+to)\b/i;
const ORIGIN = /\b(?:out\s+of|from|based\s+in|headquartered\s+in)\s+(?:[A-Z][\w.]*\s+){0,3}$/;

let matcher: { re: RegExp; byName: Map<string, City[]> } | null = null;
function cityMatcher(cities: City[]) {
  if (matcher && cities === cached) return matcher;
  const byName = new Map<string, City[]>();
  for (const c of [...cities].sort((a, b) => b.population - a.population)) {
    const list = byName.get(c.name) ?? [];
    list.push(c);
    byName.set(c.name, list);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  // Case-sensitive: "WASHINGTON —" datelines and lower-case words are not matched.
  // "Newark, New Jersey" disambiguates; "New York Times" is a newspaper, not a place.
  const re = new RegExp(
    `(?<![\\w-])(${names.map(esc).join('|')})(?:,\\s+(${[...US_STATES, 'D.C.'].map(esc).join('|')}))?(?![\\w-])(?!\\s+(?:Times|Post|Tribune|Globe|Chronicle|Herald|Journal|Daily|Free\\s+Press|Sun|Star|Examiner|Bee|Inquirer|Magazine|Mayor|Police|Sheriff|Police\\s+Department)\\b)`,
    'g',
  );
  const m = { re, byName };
  if (cities === cached) matcher = m;
  return m;
}

export function extractPlaces(article: Article, cities: City[] = defaultCities()): PlaceMention[] {
  const { re, byName } = cityMatcher(cities);
  const out: PlaceMention[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      if (!CUE.test(s.text)) continue;
      const seen = new Set<string>();
      for (const m of allMatches(re, s.text)) {
        if (ORIGIN.test(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
        const list = byName.get(m[1]) ?? [];
        const city = (m[2] && list.find((c) => c.state === m[2] || c.state === m[2].replace(/\./g, ''))) || list[0];
        if (!city || seen.has(city.id)) continue;
        seen.add(city.id);
        out.push({ id: `${s.id}@${city.id}`, article: article.file, slug: article.slug, sentence_id: s.id, city: city.id, quote: s.text });
      }
    }
  }
  return out;
}
