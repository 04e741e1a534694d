// Deterministic synthetic news corpus for benchmarks. Every article is built
// from its own seeded PRNG stream (seed + index), so article i is the same
// bytes whatever the corpus size: the 100-article corpus is a prefix of the
// 1,000 one. Templates are written for the benchmark (not copied from seeds/);
// they imitate the seeds' shapes: datelines, navigation lines, "Related
// Articles" lists, comment forms, teasers, source domain lists, and numbers
// with agencies, qualifiers, fiscal years and source counts.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when templates change, so cached corpora on disk are regenerated. */
export const CORPUS_VERSION = 3;
export const MIN_WORDS = 400;
export const MAX_WORDS = 1500;

export type Rng = () => number;

/** mulberry32: small, fast, good enough for picking templates. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: derives per-article seeds and file-name hashes. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: Rng, p: number) => r() < p;
const fmt = (n: number) => n.toLocaleString('en-US');

// ---- vocabulary -----------------------------------------------------------

const AGENCIES: readonly [string, string][] = [
  ['U.S. Customs and Border Protection', 'CBP'],
  ['Immigration and Customs Enforcement', 'ICE'],
  ['the Drug Enforcement Administration', 'DEA'],
  ['the Federal Bureau of Investigation', 'FBI'],
  ['the Bureau of Alcohol, Tobacco, Firearms and Explosives', 'ATF'],
  ['the U.S. Marshals Service', 'Marshals'],
  ['the Internal Revenue Service', 'IRS'],
  ['the Bureau of Prisons', 'BOP'],
  ['the Department of Homeland Security', 'DHS'],
  ['the Transportation Security Administration', 'TSA'],
  ['the U.S. Coast Guard', 'Coast Guard'],
  ['the State Department', 'State'],
  ['the Federal Protective Service', 'FPS'],
  ['Homeland Security Investigations', 'HSI'],
  ['the National Guard', 'Guard'],
];
const UNITS = ['agents', 'officers', 'personnel', 'deputies', 'troops', 'analysts', 'investigators', 'employees'];
const QUALIFIERS = ['about', 'roughly', 'nearly', 'more than', 'at least', 'up to', 'some', 'around', 'fewer than', 'almost', ''];
const STATUS_VERBS = [
  'has requested', 'plans to send', 'ordered', 'has deployed', 'is expected to reassign', 'sent', 'asked for',
  'will detail', 'has already moved', 'proposed shifting', 'quietly reassigned', 'agreed to lend',
];
const CITIES = [
  'Chicago', 'New York', 'Los Angeles', 'Houston', 'Atlanta', 'Boston', 'Denver', 'Phoenix', 'Miami', 'Newark',
  'Detroit', 'San Antonio', 'Seattle', 'Philadelphia', 'Minneapolis', 'Portland', 'El Paso', 'Tucson', 'San Diego',
  'Charlotte', 'Nashville', 'Baltimore', 'New Orleans', 'Salt Lake City',
];
const STATES = ['Texas', 'Arizona', 'California', 'Florida', 'Illinois', 'New Mexico', 'Georgia', 'New Jersey', 'Colorado', 'Oregon'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['The Ledger', 'Capitol Wire', 'The Daily Courier', 'Northern Post', 'The Border Tribune', 'Metro Herald', 'Civic Record', 'The Evening Dispatch'];
const ROLES = [
  'a senior official', 'two officials familiar with the plan', 'three people briefed on the matter', 'an agency spokesperson',
  'a former deputy director', 'a union representative', 'a congressional aide', 'an internal memo', 'a person with knowledge of the discussions',
];
const FIRST = ['Maria', 'James', 'Angela', 'Robert', 'Luis', 'Karen', 'David', 'Priya', 'Thomas', 'Elena', 'Marcus', 'Grace'];
const LAST = ['Alvarez', 'Whitfield', 'Okafor', 'Brennan', 'Castillo', 'Hughes', 'Nakamura', 'Delgado', 'Foster', 'Lindqvist'];
const TOPICS = [
  'interior enforcement', 'worksite inspections', 'detention capacity', 'asylum processing', 'fugitive operations',
  'border security', 'overtime costs', 'training standards', 'local cooperation agreements', 'courthouse arrests',
];
const DOMAINS = ['cbp.gov', 'dhs.gov', 'ice.gov', 'justice.gov', 'gao.gov', 'pewresearch.org', 'migrationpolicy.org', 'congress.gov', 'oig.dhs.gov', 'trac.syr.edu', 'reuters.com', 'apnews.com'];
const TEASERS = [
  'City council delays vote on new transit levy', 'Storm knocks out power to thousands across the coast',
  'Senate panel advances budget bill after late-night session', 'Local schools brace for enrollment drop',
  'Court weighs challenge to new voting maps', 'Hospital system announces hiring freeze',
  'Governor signs water rights compromise', 'Farmers warn of labor shortages ahead of harvest',
  'Report finds backlog in veterans claims', 'Airport expansion clears final hurdle',
  'Wildfire season starts early in the mountain West', 'Researchers track decline in river fish stocks',
];

// ---- sentence templates ----------------------------------------------------

function agency(r: Rng): [string, string] {
  return pick(r, AGENCIES);
}
function qty(r: Rng): string {
  const scale = pick(r, [10, 100, 100, 1000, 1000, 10000]);
  const v = int(r, 1, 40) * (scale / (scale >= 1000 ? 10 : 1)) + (chance(r, 0.3) ? int(r, 1, 9) * (scale / 10) : 0);
  const q = pick(r, QUALIFIERS);
  return `${q ? q + ' ' : ''}${fmt(Math.round(v))}`;
}
function person(r: Rng): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}
function when(r: Rng): string {
  return pick(r, [
    `on ${pick(r, WEEKDAYS)}`, 'last week', 'this month', `in ${pick(r, MONTHS)}`, `in ${pick(r, MONTHS)} ${int(r, 2019, 2026)}`,
    'earlier this year', 'since October', `by the end of fiscal year ${int(r, 2024, 2027)}`, 'over the summer',
  ]);
}

const SENTENCES: ((r: Rng) => string)[] = [
  (r) => { const [a] = agency(r); return `${cap(a)} ${pick(r, STATUS_VERBS)} ${qty(r)} ${pick(r, UNITS)} to help with ${pick(r, TOPICS)} in ${pick(r, CITIES)}, according to ${pick(r, ROLES)}.`; },
  (r) => { const [, s] = agency(r); return `The ${s} effort is expected to involve ${qty(r)} ${pick(r, UNITS)} ${when(r)}, ${pick(r, ['the sources said', 'officials said', 'the memo said', 'two of the sources added'])}.`; },
  (r) => `In fiscal year ${int(r, 2019, 2026)}, border encounters ${pick(r, ['fell to', 'rose to', 'reached', 'dropped to'])} ${qty(r)}, compared with ${qty(r)} the year before.`,
  (r) => `Daily encounters averaged ${pick(r, ['below', 'about', 'above'])} ${int(r, 150, 9000)} in ${pick(r, ['some sectors', 'the Tucson sector', 'the Rio Grande Valley', 'most of ' + pick(r, STATES)])} ${when(r)}.`,
  (r) => { const [a, s] = agency(r); return `Officials at ${a} (${s}) said the request covered ${qty(r)} ${pick(r, UNITS)} and ${qty(r)} ${pick(r, ['vehicles', 'detention beds', 'support staff', 'contract guards'])}.`; },
  (r) => `${cap(pick(r, ROLES))} said ${int(r, 2, 25)} field offices would take part, up from ${int(r, 1, 12)} ${when(r)}.`,
  (r) => `The plan would cost ${pick(r, ['about', 'nearly', 'more than', 'an estimated'])} $${int(r, 2, 950)} ${pick(r, ['million', 'million', 'billion'])}, ${int(r, 10, 90)} percent of it in overtime, according to budget documents.`,
  (r) => `Arrests in ${pick(r, CITIES)} rose by ${int(r, 5, 300)} percent ${when(r)}, to ${qty(r)}, the agency said.`,
  (r) => `Late last month, officers in ${pick(r, STATES)} helped in an operation that led to the arrest of ${qty(r)} people.`,
  (r) => `${person(r)}, ${pick(r, ['a spokesperson for', 'the acting director of', 'a former official at', 'a deputy chief at'])} ${agency(r)[0]}, said in a statement that "${pick(r, ['the mission has not changed', 'we will use every tool available', 'the numbers speak for themselves', 'these assignments are temporary'])}."`,
  (r) => `Representatives for ${agency(r)[0]} did not respond to ${pick(r, ['multiple requests', 'a request', 'repeated requests'])} for comment.`,
  (r) => `It was not immediately clear how many of the ${pick(r, UNITS)} would be armed or how long the assignments would last.`,
  (r) => `Critics argue that the shift ${pick(r, ['could strain', 'will weaken', 'diverts resources from', 'undermines'])} ${pick(r, TOPICS)}, pointing to a backlog of ${qty(r)} cases.`,
  (r) => `Congress is debating a bill that would add ${qty(r)} ${pick(r, UNITS)} and ${qty(r)} detention beds over ${int(r, 2, 10)} years.`,
  (r) => `Between ${int(r, 2015, 2020)} and ${int(r, 2021, 2025)}, the ${agency(r)[1]} workforce grew from ${fmt(int(r, 2, 60) * 1000)} to ${fmt(int(r, 61, 90) * 1000)}, federal data show.`,
  (r) => `${cap(when(r))}, the department ${pick(r, ['signed', 'renewed', 'ended'])} ${int(r, 3, 120)} agreements with local police departments in ${pick(r, STATES)}.`,
  (r) => `The ${pick(r, ['union', 'inspector general', 'GAO', 'watchdog'])} said ${int(r, 2, 95)}% of the ${pick(r, UNITS)} surveyed had received less than ${int(r, 1, 8)} weeks of training.`,
  (r) => `The move comes as officials report significant changes in ${pick(r, TOPICS)}, raising concerns about moving staff away from ${pick(r, ['ports of entry', 'airports', 'field stations', 'investigations'])}.`,
  (r) => `Agents have seized some ${fmt(int(r, 20, 9000))} pounds of ${pick(r, ['fentanyl', 'methamphetamine', 'cocaine'])} since October ${int(r, 2019, 2025)}.`,
  (r) => `${person(r)}, who leads ${pick(r, ['an advocacy group', 'a legal aid clinic', 'a sheriffs association', 'a research center'])} in ${pick(r, CITIES)}, said the change was "${pick(r, ['long overdue', 'deeply troubling', 'a matter of priorities', 'hard to square with the law'])}."`,
];

// Narrative sentences without figures: the seeds carry roughly one number per
// 60–100 words, so most sentences in a paragraph come from here.
const PROSE: ((r: Rng) => string)[] = [
  (r) => `The plan would be the latest step in the administration's effort to muster ${pick(r, ['the resources', 'the personnel', 'the budget'])} of agencies across the federal government for ${pick(r, TOPICS)}.`,
  (r) => `${cap(pick(r, ['two', 'three', 'four', 'several']))} sources familiar with the plan told ${pick(r, OUTLETS)} that the details had not been announced.`,
  (r) => `Historically, the work of ${agency(r)[0]} has been limited to ${pick(r, ['the borders', 'airports and seaports', 'federal buildings', 'drug investigations'])}, ${pick(r, ['former officials said', 'records show', 'experts noted'])}.`,
  (r) => `It was not immediately clear whether the states would also have to approve the ${pick(r, ['plan', 'request', 'assignments'])}.`,
  (r) => `The shift marks a ${pick(r, ['significant', 'sharp', 'quiet', 'notable'])} pivot from ${pick(r, TOPICS)} to ${pick(r, TOPICS)}, ${pick(r, ROLES)} said.`,
  (r) => `Opponents argue that moving ${pick(r, UNITS)} into cities could ${pick(r, ['lead to racial profiling', 'spread fear in immigrant communities', 'leave ports of entry short-staffed', 'overstep statutory authority'])}.`,
  (r) => `Supporters say the ${pick(r, UNITS)} already have the legal authority to ${pick(r, ['make arrests', 'process detainees', 'execute warrants'])} and that the change is ${pick(r, ['overdue', 'temporary', 'routine', 'necessary'])}.`,
  (r) => `The department did not say how long the ${pick(r, ['assignments', 'deployments', 'details'])} would last or which ${pick(r, ['offices', 'sectors', 'cities'])} would be affected first.`,
  (r) => `Lawyers at ${agency(r)[0]} were reviewing the request, according to ${pick(r, ROLES)} who spoke on the condition of anonymity to describe internal deliberations.`,
  (r) => `${person(r)}, ${pick(r, ['a professor of law', 'a former prosecutor', 'a policy analyst', 'a retired chief'])}, said the arrangement raised questions about ${pick(r, ['oversight', 'training', 'accountability', 'cost'])}.`,
  (r) => `Advocacy groups in ${pick(r, CITIES)} said they were preparing to ${pick(r, ['challenge the policy in court', 'track arrests', 'offer legal clinics', 'monitor courthouses'])}.`,
  (r) => `The announcement came ${when(r)} amid a broader debate in Congress over ${pick(r, TOPICS)}.`,
  (r) => `A spokesperson for ${agency(r)[0]} declined to comment on ${pick(r, ['personnel matters', 'operational details', 'the memo', 'internal planning'])}.`,
  (r) => `Officials have attributed the change to ${pick(r, ['new policies', 'a drop in crossings', 'budget pressure', 'court rulings'])} put in place ${when(r)}.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function paragraph(r: Rng): string {
  const n = int(r, 1, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, chance(r, 0.4) ? SENTENCES : PROSE)(r));
  return out.join(' ');
}

function headline(r: Rng): string {
  const [, s] = agency(r);
  return pick(r, [
    `${s} to send ${qty(r)} ${pick(r, UNITS)} to help with ${pick(r, TOPICS)}`,
    `Officials weigh shifting ${pick(r, UNITS)} to ${pick(r, CITIES)} as ${pick(r, TOPICS)} expands`,
    `${cap(pick(r, TOPICS))}: what the new ${s} deployment means`,
    `${pick(r, CITIES)} braces for surge of federal ${pick(r, UNITS)}`,
  ]);
}

// ---- boilerplate blocks (dropped by a good cleaner) --------------------------

const NAV = [
  ['Connect with us', 'Hi, what are you looking for?', 'News'],
  ['Skip to content', 'Menu', 'Search', 'Subscribe'],
  ['Home', 'Politics', 'Local', 'Opinion', 'Sign in'],
];

function related(r: Rng): string[] {
  const n = int(r, 3, 6);
  const out = [pick(r, ['Related Articles', 'Related Stories', 'More from ' + pick(r, OUTLETS)])];
  for (let i = 0; i < n; i++) out.push(pick(r, TEASERS));
  return out;
}
function commentForm(): string[] {
  return ['Leave a Reply', 'Your email address will not be published. Required fields are marked *'];
}
function teasers(r: Rng): string[] {
  const out = ['You May Also Like'];
  const n = int(r, 2, 4);
  for (let i = 0; i < n; i++) {
    out.push(pick(r, TEASERS));
    out.push(`${pick(r, CITIES).toUpperCase()} — ${paragraph(r).slice(0, 180).replace(/\s+\S*$/, '')}…`);
  }
  return out;
}
function domains(r: Rng): string[] {
  const n = int(r, 3, 8);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, DOMAINS));
  return out;
}

export interface SyntheticArticle {
  name: string;
  text: string;
  words: number;
}

/** One article, a pure function of (seed, index). */
export function generateArticle(seed: number, index: number): SyntheticArticle {
  const r = mulberry32(fnv1a(`${seed}:${index}`));
  const target = int(r, 450, 1350);
  const blank = chance(r, 0.4); // some sources separate paragraphs with blank lines
  const head: string[] = [];
  const tail: string[] = [];
  if (chance(r, 0.35)) head.push(...pick(r, NAV));
  const title = headline(r);
  if (chance(r, 0.5)) head.push(title);
  const body: string[] = [];
  const first = paragraph(r);
  body.push(chance(r, 0.4) ? `${pick(r, CITIES).toUpperCase()} — ${first}` : first);
  if (chance(r, 0.3)) tail.push(...commentForm());
  if (chance(r, 0.4)) tail.push(...teasers(r));
  if (chance(r, 0.3)) tail.push(...domains(r));
  if (chance(r, 0.25)) tail.push(`This article originally appeared in ${pick(r, OUTLETS)}.`);
  if (chance(r, 0.2)) tail.push('Advertisement');
  const relatedBlock = chance(r, 0.4) ? related(r) : null;
  const fixed = wordCount([...head, ...tail, ...(relatedBlock ?? [])].join(' '));
  let words = fixed + wordCount(first);
  while (words < target) {
    const p = paragraph(r);
    const w = wordCount(p);
    if (words + w > MAX_WORDS - 20) break;
    body.push(p);
    words += w;
  }
  while (words < MIN_WORDS + 10) {
    // Short paragraphs only: guarantees the floor without overshooting the ceiling.
    const p = SENTENCES[0]!(r);
    body.push(p);
    words += wordCount(p);
  }
  if (relatedBlock) body.splice(Math.min(2, body.length), 0, ...relatedBlock);
  const lines = [...head, ...body, ...tail];
  const text = lines.join(blank ? '\n\n' : '\n') + '\n';
  const hash = fnv1a(text).toString(16).padStart(8, '0');
  const name = `${String(index).padStart(5, '0')}_${hash}.txt`;
  return { name, text, words: wordCount(text) };
}

export function generateCorpus(seed: number, count: number): SyntheticArticle[] {
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(seed, i));
  return out;
}

/** Writes (or reuses) bench/corpora/<seed>-<count>/ and returns its path. */
export async function ensureCorpus(baseDir: string, seed: number, count: number): Promise<string> {
  const dir = path.join(baseDir, `v${CORPUS_VERSION}-s${seed}-n${count}`);
  const marker = `${dir}.complete`; // beside, not inside: the pipeline reads every file in dir
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === String(count)) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const a = generateArticle(seed, i);
    await writeFile(path.join(dir, a.name), a.text);
  }
  await writeFile(marker, String(count));
  return dir;
}
