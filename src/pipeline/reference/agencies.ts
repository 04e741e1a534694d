// Agency gazetteer: content/reference/agencies.yaml → ids, names, aliases, hierarchy,
// and a matcher that finds agency mentions in a sentence with their offsets.
// Loaded synchronously once (extractClaims is a pure, synchronous stage).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { allMatches, nonOverlapping } from '../extract/re.ts';

export interface Agency {
  id: string;
  name: string;
  parent: string | null;
  aliases: string[];
  acronyms: string[];
  /** federal (default), military, guard, state, local, statistical, group. */
  kind?: AgencyKind;
  /** Web domains of the agency's own releases (publisher attribution). */
  domains?: string[];
  /** Service-member nouns that imply this agency when none is named ("soldiers" → Army). */
  nouns?: string[];
  /** Kinds of local office named "<Place> <office>" ("Sector", "Field Office"). */
  offices?: string[];
  /** Job titles that, right after the parent's name, mean this component ("CBP officers" → OFO). */
  titles?: string[];
}

export type AgencyKind = 'federal' | 'military' | 'guard' | 'state' | 'local' | 'statistical' | 'group';
const KINDS: AgencyKind[] = ['federal', 'military', 'guard', 'state', 'local', 'statistical', 'group'];

export interface Gazetteer {
  agencies: Agency[];
  byId: Map<string, Agency>;
  /** Case-insensitive alias matcher and case-sensitive acronym matcher. */
  aliasRe: RegExp;
  acronymRe: RegExp;
  /** Normalised alias/acronym text → id. */
  lookup: Map<string, string>;
  /** First word (lower case) → sticky regex of the aliases starting with it. */
  byFirstWord: Map<string, RegExp>;
  /** Acronyms, case-sensitive. */
  acronymSet: Set<string>;
  /** Normalised aliases matched only right after "U.S." ("U.S. Attorneys", not "attorneys"). */
  usOnly: Set<string>;
  /** Service-member noun (lower case, as written in the yaml) → agency id. */
  nounOwner: Map<string, string>;
  /** Web domain → agency id. */
  domainOwner: Map<string, string>;
  /** Office kind (lower case) → the agencies that have offices of that kind. */
  officeOwners: Map<string, string[]>;
  /** Matches "<Place> <office kind>" for every office kind of the yaml, or null when none. */
  officeRe: RegExp | null;
  /** Parent id → [title (lower case), component id], longest title first. */
  titlesOf: Map<string, [string, string][]>;
}

/** One agency (or group) named in a text. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  ids: string[];
  /** Followed by a possessive ('s / ’s). */
  possessive: boolean;
  /** The ids of the name as written when a job title after it made it a component ("CBP officers": CBP). */
  named?: string[];
}

export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alias text → regex source: flexible white space (NBSP too), either apostrophe. */
const aliasSource = (s: string) =>
  esc(s)
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/^(?:u\.s\.|us) /, '');

export function parseGazetteer(text: string): Gazetteer {
  const doc = parse(text) as { agencies?: unknown };
  if (!doc || !Array.isArray(doc.agencies)) throw new Error('agencies.yaml: expected a top-level "agencies" list');
  const agencies: Agency[] = doc.agencies.map((raw: Record<string, unknown>, i: number) => {
    if (typeof raw?.id !== 'string' || typeof raw.name !== 'string') throw new Error(`agencies.yaml: entry ${i + 1} needs id and name`);
    return {
      id: raw.id,
      name: raw.name,
      parent: typeof raw.parent === 'string' ? raw.parent : null,
      aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
      acronyms: Array.isArray(raw.acronyms) ? raw.acronyms.map(String) : [],
      kind: typeof raw.kind === 'string' ? (raw.kind as AgencyKind) : 'federal',
      domains: Array.isArray(raw.domains) ? raw.domains.map((d) => String(d).toLowerCase()) : [],
      nouns: Array.isArray(raw.nouns) ? raw.nouns.map((n) => String(n).toLowerCase()) : [],
      offices: Array.isArray(raw.offices) ? raw.offices.map(String) : [],
      titles: Array.isArray(raw.titles) ? raw.titles.map((t) => String(t).toLowerCase()) : [],
      usOnly: Array.isArray(raw.us_only) ? raw.us_only.map(String) : [],
    };
  });
  for (const a of agencies) if (!KINDS.includes(a.kind!)) throw new Error(`agencies.yaml: ${a.id} has unknown kind ${a.kind} (one of ${KINDS.join(', ')})`);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  for (const a of agencies) {
    if (a.parent && !byId.has(a.parent)) throw new Error(`agencies.yaml: ${a.id} has unknown parent ${a.parent}`);
  }
  const lookup = new Map<string, string>();
  const aliases: string[] = [];
  const acronyms: string[] = [];
  const usOnly = new Set<string>();
  const nounOwner = new Map<string, string>();
  const domainOwner = new Map<string, string>();
  const officeOwners = new Map<string, string[]>();
  const titlesOf = new Map<string, [string, string][]>();
  for (const a of agencies as (Agency & { usOnly: string[] })[]) {
    for (const al of [a.name, ...a.aliases, ...a.usOnly]) {
      lookup.set(norm(al), a.id);
      aliases.push(al.replace(/^U\.S\.\s+/, ''));
    }
    for (const al of a.usOnly) usOnly.add(norm(al));
    delete (a as { usOnly?: string[] }).usOnly;
    for (const n of a.nouns ?? []) if (!nounOwner.has(n)) nounOwner.set(n, a.id);
    for (const d of a.domains ?? []) domainOwner.set(d, a.id);
    for (const o of a.offices ?? []) officeOwners.set(norm(o), [...(officeOwners.get(norm(o)) ?? []), a.id]);
    if (a.parent) for (const t of a.titles ?? []) titlesOf.set(a.parent, [...(titlesOf.get(a.parent) ?? []), [t, a.id]]);
    for (const ac of a.acronyms) {
      lookup.set(ac, a.id);
      acronyms.push(ac);
    }
  }
  // Longest first so "U.S. Border Patrol Tactical Unit" wins over "Border Patrol".
  const bylen = (x: string, y: string) => y.length - x.length || (x < y ? -1 : 1);
  const aliasRe = new RegExp(
    `(?<![\\w-])(?:(?:U\\.S\\.|US)\\s+)?(?:${[...new Set(aliases)].sort(bylen).map(aliasSource).join('|')})(?![\\w-])`,
    'gi',
  );
  const acronymRe = new RegExp(`(?<![\\w-])(?:${[...new Set(acronyms)].sort(bylen).map(esc).join('|')})(?![\\w-])`, 'g');
  // Word index: one small sticky regex per first word, tried only where that word occurs
  // (a single alternation of all aliases is tried at every character: ~10× slower).
  const groups = new Map<string, string[]>();
  for (const al of new Set(aliases)) {
    const first = al.split(/[\s]+/)[0].toLowerCase().replace(/[’']/g, "'");
    groups.set(first, [...(groups.get(first) ?? []), al]);
  }
  const byFirstWord = new Map<string, RegExp>();
  for (const [w, list] of groups) byFirstWord.set(w, new RegExp(`(?:${list.sort(bylen).map(aliasSource).join('|')})(?![\\w-])`, 'iy'));
  for (const list of titlesOf.values()) list.sort((x, y) => y[0].length - x[0].length);
  // "El Centro Sector", "the Laredo Field Office": one to three capitalised place words, then the office kind.
  const kinds = [...new Set([...agencies.flatMap((a) => a.offices ?? [])])].sort(bylen).map(aliasSource);
  const officeRe = kinds.length ? new RegExp(`(?<![\\w-])((?:[A-Z][a-z]+\\s+){1,3})(${kinds.join('|')})(?![\\w-])`, 'g') : null;
  return { agencies, byId, aliasRe, acronymRe, lookup, byFirstWord, acronymSet: new Set(acronyms), usOnly, nounOwner, domainOwner, officeOwners, officeRe, titlesOf };
}

let cached: Gazetteer | null = null;

/** The project's gazetteer (content/reference/agencies.yaml), found from this module or the working directory. */
export function defaultGazetteer(): Gazetteer {
  if (cached) return cached;
  const candidates: string[] = [];
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    candidates.push(path.resolve(here, '../../../content/reference/agencies.yaml'));
  } catch {
    /* bundled without a file URL */
  }
  candidates.push(path.resolve(process.cwd(), 'content/reference/agencies.yaml'));
  const file = candidates.find((c) => existsSync(c));
  if (!file) throw new Error(`agencies gazetteer not found (looked in ${candidates.join(', ')})`);
  cached = parseGazetteer(readFileSync(file, 'utf8'));
  return cached;
}

// Territories have their own police forces, state-level ones ("Puerto Rico Police"): matched as
// state law enforcement, but not states (no state government site, no "the state has").
const TERRITORIES = ['Puerto Rico', 'Guam', 'U.S. Virgin Islands', 'Virgin Islands', 'American Samoa', 'Northern Mariana Islands'];
const STATES_RE = [...US_STATES, ...TERRITORIES].map(esc).join('|');
const STATE_LE = 'state law enforcement';
const STATE_FORCE_ID = new RegExp(`^(?:${STATES_RE}) law enforcement$`);
// "<State> law enforcement", "<State> police", "<State> Department of Public Safety", "law enforcement officials in <State>".
const STATE_LE_RE = new RegExp(
  `(?<![\\w-])(?:(${STATES_RE})(?:\\s+state)?\\s+(?:law\\s+enforcement|[Pp]olice(?:\\s+(?:Bureau|Force))?(?!\\s+Department)|troopers|sheriffs?|Department\\s+of\\s+Public\\s+Safety|Highway\\s+Patrol|State\\s+Patrol)|(?:state\\s+|local\\s+)?(?:law\\s+enforcement|police)(?:\\s+(?:officials|officers|agencies|authorities|departments))?\\s+in\\s+(${STATES_RE}))(?![\\w-])`,
  'g',
);
// "state or federal agencies", "federal, state and local agencies" → one id per level.
const LEVEL_AGENCIES_RE = /(?<![\w-])((?:state|federal|local)(?:(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*,\s*(?:and|or)\s+)(?:state|federal|local))*)\s+(?:law\s+enforcement\s+)?(?:agencies|partners|entities)(?![\w-])/gi;

// A named city or county force ("Los Angeles Police Department", "Maricopa County Sheriff's Office"):
// local law enforcement, its own kind (the gazetteer cannot list every department).
const LOCAL_FORCE_RE = /(?<![\w-])(?:[A-Z][a-z]+\s+){1,3}(?:Police\s+Department|Sheriff['’]s\s+(?:Office|Department)|Police\s+Service|Metropolitan\s+Police)(?![\w-])/g;

const LE_GATE = /law enforcement|police|trooper|sheriff|public safety|patrol/i;
const LEVEL_GATE = /agencies|partners|entities/i;
// Words as aliases begin: letters, then letters, digits, hyphens, apostrophes ("IRS-CI", "ICE’s"):
// the words of /(?<![\w-])[A-Za-z][A-Za-z0-9’'&-]*/g.
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordOrHyphen = (c: number) => isLetter(c) || isDigit(c) || c === 95 || c === 45; // [\w-]
const isTokenChar = (c: number) => isLetter(c) || isDigit(c) || c === 0x2019 || c === 39 || c === 38 || c === 45; // [A-Za-z0-9’'&-]

// The same words recur in every sentence ("the", "said", "agents"): the alias regex
// of a token is looked up once per distinct token (the lookup lower-cases and rewrites it).
const firstWordCache = new WeakMap<Gazetteer, Map<string, RegExp | null>>();
function aliasesStartingWith(gaz: Gazetteer, token: string, bare: string): RegExp | undefined {
  let cache = firstWordCache.get(gaz);
  if (!cache) firstWordCache.set(gaz, (cache = new Map()));
  let re = cache.get(token);
  if (re === undefined) {
    re = gaz.byFirstWord.get(token.toLowerCase().replace(/’/g, "'")) ?? gaz.byFirstWord.get(bare.toLowerCase()) ?? null;
    if (cache.size >= 20_000) cache.clear();
    cache.set(token, re);
  }
  return re ?? undefined;
}

/** Ends in 's or ’s (a token starts with a letter, so the ending is never the whole token). */
function isPossessive(token: string): boolean {
  const n = token.length;
  if (n < 3 || token.charCodeAt(n - 1) !== 115) return false; // "s"
  const q = token.charCodeAt(n - 2);
  return q === 39 || q === 0x2019; // ' or ’
}

/** Every agency mention in `text`, non-overlapping, longest match first, in text order. */
export function findEntities(text: string, gaz: Gazetteer = defaultGazetteer()): EntityMention[] {
  const found: EntityMention[] = [];
  const push = (start: number, end: number, ids: string[]) => {
    const after = text.slice(end, end + 2);
    found.push({ start, end, text: text.slice(start, end), ids, possessive: /^['’]s/.test(after) });
  };
  if (LE_GATE.test(text)) {
    for (const m of allMatches(STATE_LE_RE, text)) push(m.index, m.index + m[0].length, [`${m[1] ?? m[2]} law enforcement`]);
    for (const m of allMatches(LOCAL_FORCE_RE, text)) {
      // "the Los Angeles …" may start with a capitalised article or preposition: not part of the name.
      const lead = /^(?:The|A|An|In|At|From|By|Of|And|With)\s+/.exec(m[0])?.[0].length ?? 0;
      push(m.index + lead, m.index + m[0].length, ['local law enforcement']);
    }
  }
  if (LEVEL_GATE.test(text)) {
    for (const m of allMatches(LEVEL_AGENCIES_RE, text)) {
      const levels = [...new Set(m[1].toLowerCase().match(/state|federal|local/g) ?? [])];
      push(m.index, m.index + m[0].length, levels.map((l) => `${l} agencies`));
    }
  }
  // The words of WORD, found by a character loop (a regex exec per word was the
  // main cost of this function): a letter not preceded by [\w-], then [A-Za-z0-9’'&-]*.
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text.charCodeAt(i)) || (i > 0 && isWordOrHyphen(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < text.length && isTokenChar(text.charCodeAt(e))) e++;
    const token = text.slice(i, e);
    const at = i;
    i = e;
    const bare = isPossessive(token) ? token.slice(0, -2) : token;
    const re = aliasesStartingWith(gaz, token, bare);
    if (re) {
      re.lastIndex = at;
      const m = re.exec(text);
      const id = m ? gaz.lookup.get(norm(m[0])) : undefined;
      const pre = m && id ? /(?:U\.S\.|US)\s+$/.exec(text.slice(Math.max(0, at - 6), at)) : null;
      if (m && id && (pre || !gaz.usOnly.has(norm(m[0])))) {
        push(pre ? at - pre[0].length : at, at + m[0].length, [id]);
        i = at + m[0].length;
        continue;
      }
    }
    if (gaz.acronymSet.has(bare)) push(at, at + bare.length, [gaz.lookup.get(bare)!]);
  }
  found.push(...officeMentions(text, gaz, found));
  if (GUARD_GATE.test(text)) for (const m of allMatches(STATE_GUARD_RE, text)) push(m.index, m.index + m[0].length, ['National Guard']);
  for (const f of found) withTitle(text, gaz, f);
  return nonOverlapping(found);
}

// "43 other Indiana Guard members": a state's Guard named without "National".
const GUARD_GATE = /Guard/;
const STATE_GUARD_RE = new RegExp(`(?<![\\w-])(?:${STATES_RE})\\s+(?:Army\\s+|Air\\s+)?Guard(?![\\w-])`, 'g');
// Capitalised words that open a sentence or name no place: not part of an office's name.
const OFFICE_LEAD = /^(?:(?:The|A|An|In|At|From|By|Of|And|With|For|Each|Every|Its|Their|Our|This|That|Private|Public)\s+)+/;

/**
 * "Tucson Sector", "the Laredo Field Office": a local office of the agency that has that kind of
 * office; a kind several agencies have goes to the one whose family the sentence names before it.
 */
function officeMentions(text: string, gaz: Gazetteer, named: EntityMention[]): EntityMention[] {
  if (!gaz.officeRe) return [];
  const out: EntityMention[] = [];
  for (const m of allMatches(gaz.officeRe, text)) {
    const lead = OFFICE_LEAD.exec(m[1])?.[0].length ?? 0;
    if (lead >= m[1].length) continue;
    const owners = gaz.officeOwners.get(norm(m[2])) ?? [];
    const family = (id: string, cand: string) => id === cand || ancestors(cand, gaz).includes(id) || ancestors(id, gaz).includes(cand);
    let id: string | undefined = owners.length === 1 ? owners[0] : undefined;
    if (!id) {
      const before = named.filter((e) => e.end <= m.index).sort((a, b) => b.end - a.end);
      for (const e of before) {
        id = owners.find((cand) => e.ids.some((x) => family(x, cand)));
        if (id) break;
      }
    }
    if (!id) continue;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    out.push({ start, end, text: text.slice(start, end), ids: [id], possessive: /^['’]s/.test(text.slice(end, end + 2)) });
  }
  return out;
}

/** "CBP officers", "U.S. Customs and Border Protection (CBP) officers": the title makes the name its component. */
function withTitle(text: string, gaz: Gazetteer, e: EntityMention): void {
  if (e.ids.length !== 1) return;
  const titles = gaz.titlesOf.get(e.ids[0]);
  if (!titles) return;
  const near = text.slice(e.end, e.end + 60);
  // The title right after the gap, or after one adjective ("frontline officers").
  const hit = [TITLE_GAP, TITLE_GAP_ADJ].flatMap((re) => {
    const gap = re.exec(near);
    if (!gap) return [];
    const rest = near.slice(gap[0].length).toLowerCase();
    return titles.filter(([t]) => rest.startsWith(t) && !/^[\w-]/.test(rest.slice(t.length)));
  })[0];
  if (!hit) return;
  e.named = e.ids;
  e.ids = [hit[1]];
}
// Between the name and the title: its acronym in brackets, a possessive, one adjective ("frontline").
const TITLE_GAP = /^(?:\s*\([A-Z]{2,6}\)|\))?(?:['’]s)?\s+/;
const TITLE_GAP_ADJ = /^(?:\s*\([A-Z]{2,6}\)|\))?(?:['’]s)?\s+(?!and\b|or\b)[a-z]+\s+/;

/** Ancestors of an id, nearest first (USBP → CBP, DHS). */
export function ancestors(id: string, gaz: Gazetteer = defaultGazetteer()): string[] {
  const out: string[] = [];
  // A named state's own force ("Texas law enforcement", found by STATE_LE_RE, not listed in the
  // yaml) is a part of state law enforcement.
  let cur = gaz.byId.get(id)?.parent ?? (STATE_FORCE_ID.test(id) && gaz.byId.has(STATE_LE) ? STATE_LE : null);
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = gaz.byId.get(cur)?.parent ?? null;
  }
  return out;
}

/** The top of an id's hierarchy (NORTHCOM → DOD, BORTAC → DHS); the id itself at the top or when unknown. */
export function topOf(id: string, gaz: Gazetteer = defaultGazetteer()): string {
  return ancestors(id, gaz).at(-1) ?? id;
}

/**
 * The agency that publishes an article itself, from its url's domain (most specific
 * domain first: nass.usda.gov before usda.gov) or else the first agency its outlet
 * names ("U.S. Department of Defense (DOD News)"). Null for anyone else's page.
 */
export function publisherOf(article: { url: string | null; outlet: string | null }, gaz: Gazetteer = defaultGazetteer()): string | null {
  // "U.S. Northern Command Public Affairs (on army.mil)": the office that wrote the release is its
  // publisher, not the agency whose site hosts it.
  if (article.outlet && /\bPublic\s+Affairs\b/i.test(article.outlet)) {
    const m = findEntities(article.outlet, gaz).find((e) => e.ids.length === 1 && gaz.byId.has(e.ids[0]));
    if (m) return m.ids[0];
  }
  // A state's military department ("Texas Military Department", "Department of Military Affairs")
  // commands the state's Guard: its letters and releases speak of the Guard's work, not of the
  // state government's (its site is on the state's domain).
  if (article.outlet && MILITARY_DEPARTMENT.test(article.outlet) && gaz.byId.has('National Guard')) return 'National Guard';
  if (article.url) {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(article.url)?.[1]?.toLowerCase();
    if (host) {
      const parts = host.split('.');
      for (let i = 0; i < parts.length - 1; i++) {
        const id = gaz.domainOwner.get(parts.slice(i).join('.'));
        if (id) return id;
      }
      // A state government's own site (texas.gov, tmd.texas.gov, az.gov) speaks of the state's work.
      if (parts.length >= 2 && parts.at(-1) === 'gov' && STATE_DOMAINS.has(parts.at(-2)!) && gaz.byId.has(STATE_AGENCIES)) return STATE_AGENCIES;
    }
  }
  if (article.outlet) {
    const named = findEntities(article.outlet, gaz).filter((e) => e.ids.length === 1 && gaz.byId.has(e.ids[0]));
    // "U.S. Customs and Border Protection, U.S. Border Patrol Tucson Sector": an outlet naming a
    // parent and then its component is the component's release (the most specific of the chain).
    let id = named[0]?.ids[0];
    for (const e of named.slice(1)) if (id && ancestors(e.ids[0], gaz).includes(id)) id = e.ids[0];
    if (id) return id;
    // "Office of the Idaho Governor", "Governor of Arizona" (a release reposted off the state's
    // site): a state government's release, as its own domain would say.
    if (GOVERNOR_OUTLET.test(article.outlet) && US_STATES.some((st) => article.outlet!.includes(st)) && gaz.byId.has(STATE_AGENCIES)) return STATE_AGENCIES;
  }
  return null;
}

const MILITARY_DEPARTMENT = /\b(?:Military\s+Department|Department\s+of\s+Military(?:\s+and\s+Veterans)?\s+Affairs|Military\s+(?:and\s+Veterans\s+)?Affairs\s+Department|Office\s+of\s+the\s+Adjutant\s+General|Adjutant\s+General['’]s\s+(?:Department|Office))\b/i;
const GOVERNOR_OUTLET = /\b(?:Office\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}Governor|Governor\s+of\s+[A-Z]|Governor['’]s\s+Office)\b/;

export const STATE_AGENCIES = 'state agencies';
// State government domains: the state's name run together (texas.gov, newyork.gov) or its postal
// code (ca.gov, az.gov); not "va" (va.gov is the federal Department of Veterans Affairs).
const POSTAL = 'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt wa wv wi wy'.split(' ');
const STATE_DOMAINS = new Set([...US_STATES.map((s) => s.toLowerCase().replace(/\s+/g, '')), ...POSTAL]);

/** A publisher that is a state government (publisherOf gave the state-agencies group). */
export function isStatePublisher(id: string | null | undefined): boolean {
  return id === STATE_AGENCIES;
}

/** Reference data a pipeline run reads once, from its own root, and passes down the stages. */
export interface Reference {
  root: string;
  gazetteer: Gazetteer;
}

/** content/reference/ of `root` (agencies for now; issue 19 moves the other tables here). */
export function loadReference(root: string): Reference {
  const file = path.resolve(root, 'content/reference/agencies.yaml');
  if (!existsSync(file)) throw new Error(`agencies gazetteer not found: ${file}`);
  return { root, gazetteer: parseGazetteer(readFileSync(file, 'utf8')) };
}
