// emit (data): claims, facts, checks, places → JSON + CSV, validated against one
// field list per table, plus a Frictionless Data Package descriptor
// (datapackage.json, Table Schema) so readers can load them with standard tools.
// Output is deterministic: fixed column order, rows sorted by id, no dates.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from '../../model/vocabulary.ts';
import type { AttributionConfidence, AttributionMethod, Check, Claim, Fact, GuardStatus, PlaceMention, QuantityRow } from '../types.ts';

export interface Datasets {
  claims: Claim[];
  facts: Fact[];
  checks: Check[];
  places: PlaceMention[];
  /** Every number in the text, promoted or not (absent: an empty table). */
  quantities?: QuantityRow[];
}

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
  enum?: readonly string[];
  /** A list in JSON, joined with "; " in CSV. */
  list?: boolean;
  /** How to read the value from a JSON row (defaults to row[name]). */
  get?: (row: Record<string, unknown>) => unknown;
}

export interface Resource {
  name: keyof Datasets;
  title: string;
  description: string;
  primaryKey: string;
  /** Primary key values are unique (default true). */
  unique?: boolean;
  fields: Field[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

const timeFrom = (r: Record<string, unknown>) => (r.time_resolved as { from: string } | null)?.from ?? null;
const timeTo = (r: Record<string, unknown>) => (r.time_resolved as { to: string } | null)?.to ?? null;

const figureFields: Field[] = [
  { name: 'value', type: 'number', required: true, description: 'The figure as stated (2.2 million → 2200000); the lower end of a range.' },
  { name: 'value_high', type: 'number', description: 'Upper end of a range ("2,000 to 3,000"), else empty.' },
  { name: 'unit', type: 'string', required: true, description: 'What is counted, as a plural noun: agents, troops, encounters, pounds, USD, percent …' },
  { name: 'unit_family', type: 'string', required: true, enum: UNIT_FAMILIES, description: 'Canonical family of the unit: personnel, events, places, mass, distance (the extent of an area or mission: miles of …), money, share, rate (events per day/month), other.' },
  { name: 'entity', type: 'string', list: true, description: 'Agency or group ids from content/reference/agencies.yaml; several ids = one combined figure. Semicolon-separated in CSV.' },
  { name: 'qualifier', type: 'string', required: true, enum: QUALIFIERS, description: 'exact; approx (around, about, some, roughly, approximately); more-than (more than, over, exceeding); less-than (below, fewer than, under); up-to (up to, as many as); nearly (nearly, almost: close to and just under).' },
  { name: 'status', type: 'string', required: true, enum: STATUSES, description: 'Where the figure stands, from the verbs around it: requested, planned, ordered, deployed, completed, or reported.' },
  { name: 'time', type: 'string', description: 'The text’s own time reference ("last week", "Fiscal Year 2025"), else empty.' },
  { name: 'time_from', type: 'date', get: timeFrom, description: 'Start of the resolved period (ISO date) when the reference could be resolved against the article’s date.' },
  { name: 'time_to', type: 'date', get: timeTo, description: 'End of the resolved period (ISO date).' },
  { name: 'subject', type: 'string', required: true, description: 'Short human label of the figure.' },
];

const CHANGES = ['up', 'down'];
const ATTRIBUTION_METHODS: AttributionMethod[] = ['modifier', 'possessive', 'prepositional', 'assigned', 'service', 'subject', 'measure', 'context', 'anaphor', 'publisher', 'source', 'nearest', 'none'];
const CONFIDENCES: AttributionConfidence[] = ['high', 'medium', 'low'];
const GUARD_STATUSES: GuardStatus[] = ['title10', 'title32', 'state'];
const relationFields: Field[] = [
  { name: 'change', type: 'string', enum: CHANGES, description: 'Direction of a change the sentence states ("up 210 %", "fell from 48 to 312"), else empty.' },
  { name: 'from', type: 'number', description: 'Start of a stated change ("from 48 to 312" → 48).' },
  { name: 'to', type: 'number', description: 'End of a stated change ("from 48 to 312" → 312).' },
  { name: 'change_pct', type: 'number', description: 'Percent change: from the two ends, or the stated percentage of a change (a drop negative).' },
  { name: 'per', type: 'string', description: 'Period of a rate ("410 a day" → day).' },
  { name: 'share_of', type: 'string', description: 'What a percentage is a share of, when the sentence says ("5% of its workforce" → workforce).' },
];
/** Where a row's sentence is: the tables of numbers and places found in a sentence. */
const sentenceFields: Field[] = [
  { name: 'article', type: 'string', required: true, description: 'File name of the source article.' },
  { name: 'slug', type: 'string', required: true, description: 'Story slug.' },
  { name: 'sentence_id', type: 'string', required: true, description: 'Sentence id.' },
];
const QUANTITY_FAMILIES = [...UNIT_FAMILIES, 'duration', 'age', 'measure', 'count'];
const KINDS = ['quantity', 'year', 'date', 'ordinal', 'source-count', 'duration', 'legal', 'vague'];

export const RESOURCES: Resource[] = [
  {
    name: 'claims',
    title: 'Claims',
    description: 'Every chartable number in every sentence of every article, with its exact source sentence.',
    primaryKey: 'id',
    foreignKeys: [{ fields: 'fact_id', reference: { resource: 'facts', fields: 'id' } }],
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Stable id: sentence id + "#n" + position of the number in the sentence.' },
      { name: 'article', type: 'string', required: true, description: 'File name of the source article in seeds/.' },
      { name: 'slug', type: 'string', required: true, description: 'Story page of the article (/stories/<slug>/).' },
      { name: 'sentence_id', type: 'string', required: true, description: 'Sentence id: <slug>:p<paragraph>s<sentence>.' },
      ...figureFields,
      { name: 'quote', type: 'string', required: true, description: 'The exact sentence the figure comes from.' },
      { name: 'start', type: 'integer', required: true, description: 'Offset of the figure (with its qualifier) in the quote.' },
      { name: 'end', type: 'integer', required: true, description: 'End offset of the figure in the quote.' },
      { name: 'display', type: 'string', required: true, description: 'The figure as printed ("around 500").' },
      { name: 'negated', type: 'boolean', required: true, description: 'True when the sentence negates it ("were not sent").' },
      { name: 'fact_id', type: 'string', description: 'The fact this claim reports (facts table).' },
      ...relationFields,
      { name: 'attribution', type: 'string', enum: ATTRIBUTION_METHODS, description: 'How the owner (entity) was found: modifier ("ICE officers"), possessive ("ICE’s"), prepositional ("from CBP"), assigned ("assigned to JTF-SB"), subject (the clause’s subject), service ("soldiers" → Army), measure (the agency that publishes the measure), context (an earlier sentence or the figure a breakdown breaks down), anaphor ("it"), publisher (the release’s own agency), source ("…, CBP said"), nearest (last resort), none.' },
      { name: 'attribution_confidence', type: 'string', enum: CONFIDENCES, description: 'How sure the owner is: high, medium, low (a low owner is a guess: show it as unattributed or with the doubt).' },
      { name: 'entity_top', type: 'string', list: true, description: 'Each entity rolled up to the top of its hierarchy (NORTHCOM → DOD, ERO → DHS). Semicolon-separated in CSV.' },
      { name: 'guard_status', type: 'string', enum: GUARD_STATUSES, description: 'National Guard duty status when the sentence states it: title10 (federal orders), title32, state.' },
      { name: 'from_headline', type: 'boolean', description: 'True when read from the text’s headline or dek line (sentence_id <slug>:h1, :h2), not the body.' },
    ],
  },
  {
    name: 'facts',
    title: 'Facts',
    description: 'One row per real-world figure: claims that report the same figure across articles, with all their sources; different figures for the same thing are linked as conflicts.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Stable id built from entity, unit, value, status and time.' },
      ...figureFields,
      { name: 'claims', type: 'string', list: true, required: true, description: 'Ids of the claims that report it. Semicolon-separated in CSV.' },
      { name: 'sources', type: 'string', list: true, required: true, description: 'Story slugs that report it (each counted once). Semicolon-separated in CSV.' },
      { name: 'conflicts', type: 'string', list: true, description: 'Ids of facts about the same thing with a different figure. Semicolon-separated in CSV.' },
    ],
  },
  {
    name: 'checks',
    title: 'Checks',
    description: 'Verdicts of claims against official reference series.',
    // Not unique and not always a claim: a statement without a number ("lowest since the 1960s") is checked by its sentence id.
    primaryKey: 'claim_id',
    unique: false,
    fields: [
      { name: 'claim_id', type: 'string', required: true, description: 'The claim checked, or the sentence id for a statement without a figure ("lowest since the late 1960s").' },
      { name: 'article', type: 'string', required: true, description: 'File name of the source article.' },
      { name: 'slug', type: 'string', description: 'Story slug of the article.' },
      { name: 'sentence_id', type: 'string', required: true, description: 'Sentence id of the claim.' },
      { name: 'quote', type: 'string', required: true, description: 'The sentence checked.' },
      { name: 'stated', type: 'string', description: 'The figure or phrase as the article states it.' },
      { name: 'kind', type: 'string', description: 'Which rule decided: value, record, span, rate, none.' },
      { name: 'verdict', type: 'string', required: true, description: 'consistent, partly-consistent, inconsistent or not-checkable.' },
      { name: 'series', type: 'string', description: 'Id of the reference series compared with.' },
      { name: 'series_name', type: 'string', description: 'Name of the reference series.' },
      { name: 'fiscal_year', type: 'integer', description: 'Fiscal year compared.' },
      { name: 'compared_with', type: 'number', description: 'The reference figure.' },
      { name: 'tolerance', type: 'string', required: true, description: 'Tolerance used.' },
      { name: 'explanation', type: 'string', required: true, description: 'What the data shows, in words.' },
    ],
  },
  {
    name: 'quantities',
    title: 'Quantities',
    description: 'Every number found in every sentence, with what it counts, and whether it became a claim and why (or why not).',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Stable id: sentence id + "#q" + position of the quantity in the sentence.' },
      ...sentenceFields,
      { name: 'value', type: 'number', required: true, description: 'The number (lower end of a range, start of a change; 0 for "zero"/"no").' },
      { name: 'value_high', type: 'number', description: 'Upper end of a range, or end of a change.' },
      { name: 'unit', type: 'string', description: 'The counted noun phrase as written ("removal flights"), else empty.' },
      { name: 'unit_normalized', type: 'string', required: true, description: 'Singular lower-case name of the unit ("removal flight", "dollar", "percentage", "year of age"); "-" when nothing is counted.' },
      { name: 'family', type: 'string', required: true, enum: QUANTITY_FAMILIES, description: 'Unit family: the claim families plus distance, duration, age, measure (other units of measurement) and count (times, points).' },
      { name: 'kind', type: 'string', required: true, enum: KINDS, description: 'What the number is: quantity, duration, vague, source-count.' },
      { name: 'qualifier', type: 'string', required: true, enum: QUALIFIERS, description: 'As for claims.' },
      ...relationFields,
      { name: 'display', type: 'string', required: true, description: 'The number as printed.' },
      { name: 'context', type: 'string', required: true, description: 'The words around the number in its sentence (the whole sentence is the claims’ quote, or the story’s sentence by sentence_id).' },
      { name: 'start', type: 'integer', required: true, description: 'Offset of the number in its sentence.' },
      { name: 'end', type: 'integer', required: true, description: 'End offset in its sentence.' },
      { name: 'promoted', type: 'boolean', required: true, description: 'True when it became a claim.' },
      { name: 'reason', type: 'string', required: true, description: 'Why it was promoted, or why it was left out (duration, source count, vague, no counted noun, measurement, no owner named …).' },
      { name: 'claim_id', type: 'string', description: 'The claim it became (claims table).' },
    ],
    foreignKeys: [{ fields: 'claim_id', reference: { resource: 'claims', fields: 'id' } }],
  },
  {
    name: 'places',
    title: 'Destination places',
    description: 'Cities named as destinations of redeployed agents; coordinates in content/reference/cities.csv.',
    primaryKey: 'id',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'Sentence id + "@" + city id.' },
      ...sentenceFields,
      { name: 'city', type: 'string', required: true, description: 'City id from content/reference/cities.csv.' },
      { name: 'quote', type: 'string', required: true, description: 'The sentence that names it.' },
    ],
  },
];

const valueOf = (f: Field, row: Record<string, unknown>) => (f.get ? f.get(row) : row[f.name]) ?? null;

/** Throws when `x` (the value `v`, or one of its items) does not fit the field. */
function checkValue(f: Field, x: unknown, v: unknown, where: (field: string) => string): void {
  // (The same type test validate runs per table: one definition of what fits.)
  if (!typeTest(f)(x)) throw new Error(`${where(f.name)}: expected ${f.list ? 'a list of ' : ''}${f.type}, got ${JSON.stringify(v)}`);
  if (f.enum && !f.enum.includes(x as string)) throw new Error(`${where(f.name)}: ${JSON.stringify(x)} is not one of ${f.enum.join(', ')}`);
}

/** The type test of a field, chosen once per table rather than per cell. */
function typeTest(f: Field): (x: unknown) => boolean {
  switch (f.type) {
    case 'string': return (x) => typeof x === 'string';
    case 'number': return (x) => typeof x === 'number' && Number.isFinite(x);
    case 'integer': return (x) => Number.isInteger(x);
    case 'boolean': return (x) => typeof x === 'boolean';
    default: return (x) => typeof x === 'string' && ISO_DATE.test(x);
  }
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws on the first row that does not fit its table's schema, naming table, row and field. */
export function validate(resource: Resource, rows: object[]): void {
  // Each field's test and enum set built once: tens of thousands of rows × ~30 fields. The
  // message of a failure comes from checkValue, built only when a value fails.
  const tests = resource.fields.map((f) => ({ f, fits: typeTest(f), allowed: f.enum ? new Set<unknown>(f.enum) : null }));
  const ids = new Set<unknown>();
  const key = resource.primaryKey;
  const unique = resource.unique !== false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    const where = (f: string) => `${resource.name}[${i}] (${String(row[key])}).${f}`;
    for (const { f, fits, allowed } of tests) {
      const v = valueOf(f, row);
      if (v === null || v === undefined || v === '') {
        if (f.required) throw new Error(`${where(f.name)}: required`);
        continue;
      }
      // One check per value (a list checks each item), without a list built per cell.
      if (!f.list) {
        if (!fits(v) || (allowed && !allowed.has(v))) checkValue(f, v, v, where);
      } else if (Array.isArray(v)) {
        for (const x of v) if (!fits(x) || (allowed && !allowed.has(x))) checkValue(f, x, v, where);
      } else checkValue(f, Symbol('not a list'), v, where);
    }
    const id = row[key];
    if (unique && ids.has(id)) throw new Error(`${resource.name}: duplicate ${key} ${String(id)}`);
    ids.add(id);
  }
}

// Written here, not with d3-dsv (src/lib/csv.ts): the data package promises every value as
// written, and d3-dsv does not quote white space at either end, which many CSV readers trim.
/** A quote, comma or line break anywhere, or white space at either end (what trim() would remove). */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

const quoted = (s: string) => (NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV text of one field's cell, as a function chosen once per table. */
function csvCellOf(f: Field): (row: Record<string, unknown>) => string {
  return (row) => {
    const v = valueOf(f, row);
    if (v === null || v === undefined) return '';
    // A number's text has no quote, comma, break or space: written without the quoting test.
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') return quoted(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return quoted(f.list && Array.isArray(v) ? v.join('; ') : String(v));
  };
}

export function toCsv(resource: Resource, rows: object[]): string {
  const cells = resource.fields.map(csvCellOf);
  const n = cells.length;
  // One reused array of cells joined per line, appended to one string: half the time of
  // concatenating cell by cell and joining the lines (measured on the 1,000-article bench).
  const parts: string[] = new Array<string>(n);
  let out = resource.fields.map((f) => f.name).join(',') + '\n';
  for (const r of rows) {
    for (let i = 0; i < n; i++) parts[i] = cells[i]!(r as Record<string, unknown>);
    out += parts.join(',') + '\n';
  }
  return out;
}

export function dataPackage(): object {
  const resources: object[] = [];
  for (const r of RESOURCES) {
    resources.push({
      name: r.name,
      title: r.title,
      description: r.description,
      path: `${r.name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: r.fields.map((f) => ({
          name: f.name,
          type: f.type,
          description: f.description + (f.list ? ' (list)' : ''),
          ...(f.required || f.enum ? { constraints: { ...(f.required ? { required: true } : {}), ...(f.enum ? { enum: f.enum } : {}) } } : {}),
        })),
        ...(r.unique !== false ? { primaryKey: r.primaryKey } : {}),
        missingValues: [''],
        ...(r.foreignKeys ? { foreignKeys: r.foreignKeys } : {}),
      },
    });
    resources.push({
      name: `${r.name}-json`,
      title: `${r.title} (JSON)`,
      description: `${r.description} Same rows as ${r.name}.csv, lists as arrays and the resolved period as an object.`,
      path: `${r.name}.json`,
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
    });
  }
  return {
    profile: 'data-package',
    name: 'surge-desk',
    title: 'Surge Desk: figures reported about federal agents redeployed to immigration enforcement',
    description: 'Numbers extracted from news articles with provenance (article, sentence, offsets, quote), reconciled across articles into facts, with checks against official series.',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources,
  };
}

const byKey = (key: string) => (a: object, b: object) => {
  const x = String((a as Record<string, unknown>)[key]);
  const y = String((b as Record<string, unknown>)[key]);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Rows per piece of a table's JSON: a few MB of text at a time, not one string of the whole table. */
const JSON_CHUNK = 2000;

/** The whole text, as writeFileSync writes it (a write may take fewer bytes than given). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * JSON.stringify(rows, null, 2) + "\n", written piece by piece: the rows of a top-level array
 * are indented alike whether stringified in one array or several, so each piece is the text
 * between "[\n" and "\n]" of its own array. (A table of 27,000 rows was one 18 MB string and
 * its UTF-8 copy, allocated in the large-object space at the end of the run.)
 */
function writeJsonRows(file: string, rows: object[]): void {
  if (rows.length <= JSON_CHUNK) {
    writeFileSync(file, JSON.stringify(rows, null, 2) + '\n');
    return;
  }
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < rows.length; i += JSON_CHUNK) {
      const piece = JSON.stringify(rows.slice(i, i + JSON_CHUNK), null, 2);
      writeAll(fd, (i === 0 ? '[\n' : ',\n') + piece.slice(2, -2));
    }
    writeAll(fd, '\n]\n');
  } finally {
    closeSync(fd);
  }
}

// Synchronous writes (see run.ts); still async to callers.
export async function emitDatasets(dataDir: string, data: Datasets): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  for (const r of RESOURCES) {
    const rows = [...((data[r.name] ?? []) as object[])].sort(byKey(r.primaryKey));
    validate(r, rows);
    writeJsonRows(path.join(dataDir, `${r.name}.json`), rows);
    writeFileSync(path.join(dataDir, `${r.name}.csv`), toCsv(r, rows));
  }
  writeFileSync(path.join(dataDir, 'datapackage.json'), JSON.stringify(dataPackage(), null, 2) + '\n');
}
