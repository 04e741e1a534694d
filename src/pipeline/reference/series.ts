// Reference series loader: content/reference/series/series.yaml (what each series is)
// + *.csv beside it (fiscal_year,series,value,source_url rows for yearly series;
// month,series,value,source_url rows, month as YYYY-MM, for series with frequency: monthly). Validated here, at build
// time, so a bad row stops the build with the file, line and problem named.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { ReferenceSeries } from '../types.ts';
import { csvRecords } from '../../lib/csv.ts';

export const SERIES_DIR = path.join('content', 'reference', 'series');
export const SERIES_YAML = 'series.yaml';
const CSV_HEADER = ['fiscal_year', 'series', 'value', 'source_url'];
const MONTH_HEADER = ['month', 'series', 'value', 'source_url'];
const FREQUENCIES = ['yearly', 'monthly'];
// 'ofo': the Office of Field Operations alone (ports of entry); kept so that a CBP-wide sum can be
// audited, never compared with a claim on its own (checks pick 'usbp' or 'cbp' series only).
const COMPONENTS = ['usbp', 'cbp', 'ofo'];
const ID = /^[a-z0-9_]+$/;
const SCOPES = ['southwest', 'nationwide'];
export const GROUPS = ['single_adults', 'family_units', 'unaccompanied_children'];

export interface SourceFile {
  /** Path shown in error messages (relative to the project root). */
  file: string;
  text: string;
}

function fail(file: string, line: number, problem: string): never {
  throw new Error(`${file}:${line}: ${problem}`);
}

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

type Meta = Omit<ReferenceSeries, 'rows'>;

function parseYaml(src: SourceFile): Meta[] {
  const lc = new LineCounter();
  const doc = parseDocument(src.text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    fail(src.file, lc.linePos(e.pos[0]).line, `invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const list = doc.get('series', true);
  if (!isSeq(list)) fail(src.file, 1, 'expected a top-level "series:" list');
  const metas: Meta[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((node, i) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const line = range ? lc.linePos(range[0]).line : 1;
    if (!isMap(node)) fail(src.file, line, `series #${i + 1} is not a mapping`);
    const o = node.toJSON() as Record<string, unknown>;
    const where = typeof o.id === 'string' ? `series "${o.id}"` : `series #${i + 1}`;
    const str = (k: string, required = true): string | undefined => {
      const v = o[k];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        if (required) fail(src.file, line, `${where} has no ${k}`);
        return undefined;
      }
      if (typeof v !== 'string') fail(src.file, line, `${where}: ${k} must be text`);
      return v.trim().replace(/\s+/g, ' ');
    };
    const id = str('id')!;
    if (!ID.test(id)) fail(src.file, line, `${where}: id must be lower-case letters, digits and underscores`);
    if (seen.has(id)) fail(src.file, line, `${where} is defined twice (first at line ${seen.get(id)})`);
    seen.set(id, line);
    const name = str('name')!;
    const definition = str('definition')!;
    const unit = str('unit')!;
    if (typeof o.default !== 'boolean') fail(src.file, line, `${where}: default must be true or false`);
    const scope = str('scope', false);
    if (scope !== undefined && !SCOPES.includes(scope)) fail(src.file, line, `${where}: scope must be one of ${SCOPES.join(', ')}`);
    const breaksRaw = o.breaks ?? [];
    if (!Array.isArray(breaksRaw)) fail(src.file, line, `${where}: breaks must be a list`);
    const breaks = breaksRaw.map((b: unknown, k: number) => {
      const r = (b ?? {}) as Record<string, unknown>;
      if (!Number.isInteger(r.from_fy) || !Number.isInteger(r.to_fy) || (r.from_fy as number) > (r.to_fy as number)) {
        fail(src.file, line, `${where}: break #${k + 1} needs integer from_fy ≤ to_fy`);
      }
      if (typeof r.label !== 'string' || !r.label.trim()) fail(src.file, line, `${where}: break #${k + 1} has no label`);
      return { from_fy: r.from_fy as number, to_fy: r.to_fy as number, label: r.label.trim() };
    });
    const notes = o.notes ?? [];
    if (!Array.isArray(notes) || notes.some((n) => typeof n !== 'string')) fail(src.file, line, `${where}: notes must be a list of text`);
    const rounded = o.rounded_to;
    if (rounded !== undefined && !(Number.isInteger(rounded) && (rounded as number) > 0)) fail(src.file, line, `${where}: rounded_to must be a positive integer`);
    const meta: Meta = { id, name, definition, unit, default: o.default as boolean, breaks };
    const source = str('source', false);
    if (source) meta.source = source;
    if (scope) meta.scope = scope as Meta['scope'];
    if (rounded !== undefined) meta.rounded_to = rounded as number;
    if (o.preliminary === true) meta.preliminary = true;
    const authority = str('authority', false);
    if (authority) meta.authority = authority;
    if ((notes as string[]).length) meta.notes = (notes as string[]).map((n) => n.trim());
    const frequency = str('frequency', false);
    if (frequency !== undefined && !FREQUENCIES.includes(frequency)) fail(src.file, line, `${where}: frequency must be one of ${FREQUENCIES.join(', ')}`);
    if (frequency === 'monthly') {
      meta.frequency = 'monthly';
      if (meta.default) fail(src.file, line, `${where}: the default series must be yearly`);
    }
    const vintage = str('vintage', false);
    if (vintage) meta.vintage = vintage;
    const component = str('component', false);
    if (component !== undefined && !COMPONENTS.includes(component)) fail(src.file, line, `${where}: component must be one of ${COMPONENTS.join(', ')}`);
    if (component) meta.component = component as Meta['component'];
    const group = str('group', false);
    if (group !== undefined && !GROUPS.includes(group)) fail(src.file, line, `${where}: group must be one of ${GROUPS.join(', ')}`);
    if (group) {
      if (meta.default) fail(src.file, line, `${where}: the default series counts everyone; it cannot have a group`);
      meta.group = group as Meta['group'];
    }
    if (o.spliced_from !== undefined) {
      meta.spliced_from = splicedParts(src.file, line, where, o.spliced_from, meta);
      const d = o.max_overlap_difference;
      if (!(Number.isInteger(d) && (d as number) >= 0)) fail(src.file, line, `${where}: a spliced series needs max_overlap_difference, a whole number ≥ 0`);
      meta.max_overlap_difference = d as number;
    }
    metas.push(meta);
  });
  const defaults = metas.filter((m) => m.default);
  if (defaults.length !== 1) fail(src.file, 1, `exactly one series must have default: true (found ${defaults.length})`);
  return metas;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The `spliced_from` list of a series: monthly, consecutive parts, each a span of months of another series. */
function splicedParts(file: string, line: number, where: string, raw: unknown, meta: Meta): { series: string; from: string; to: string }[] {
  if (meta.frequency !== 'monthly') fail(file, line, `${where}: only a monthly series can be spliced`);
  if (!Array.isArray(raw) || raw.length < 2) fail(file, line, `${where}: spliced_from must list at least two parts`);
  return raw.map((p: unknown, k: number) => {
    const r = (p ?? {}) as Record<string, unknown>;
    if (typeof r.series !== 'string' || typeof r.from !== 'string' || typeof r.to !== 'string' || !MONTH.test(r.from) || !MONTH.test(r.to) || r.from > r.to) {
      fail(file, line, `${where}: spliced part #${k + 1} needs series, and from ≤ to as YYYY-MM`);
    }
    return { series: r.series, from: r.from, to: r.to };
  });
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

/**
 * Builds a spliced series' months from its parts, and refuses the join unless the parts are the
 * same count (scope, component, group), follow on month after month, hold every month they lend,
 * and agree on every month both hold to within max_overlap_difference (at least 12 such months).
 */
function buildSpliced(file: string, s: ReferenceSeries, byId: Map<string, ReferenceSeries>): void {
  const where = `spliced series "${s.id}"`;
  const months: NonNullable<ReferenceSeries['months']> = [];
  let prev: ReferenceSeries | null = null;
  for (const [k, p] of s.spliced_from!.entries()) {
    const part = byId.get(p.series);
    if (!part || part.frequency !== 'monthly' || part.spliced_from) fail(file, 1, `${where}: part "${p.series}" is not a monthly series of its own`);
    if ((part.scope ?? 'southwest') !== (s.scope ?? 'southwest') || (part.component ?? 'usbp') !== (s.component ?? 'usbp') || part.group !== s.group) {
      fail(file, 1, `${where}: part "${p.series}" counts another geography, component or group`);
    }
    if (k > 0 && p.from !== nextMonth(s.spliced_from![k - 1]!.to)) fail(file, 1, `${where}: part "${p.series}" must start the month after the part before it ends`);
    const held = new Map((part.months ?? []).map((m) => [m.month, m]));
    for (let m = p.from; m <= p.to; m = nextMonth(m)) {
      const row = held.get(m);
      if (!row) fail(file, 1, `${where}: part "${p.series}" has no value for ${m}`);
      months.push({ ...row });
    }
    if (prev) {
      const other = new Map((prev.months ?? []).map((m) => [m.month, m.value]));
      const shared = (part.months ?? []).filter((m) => other.has(m.month));
      if (shared.length < 12) fail(file, 1, `${where}: "${prev.id}" and "${part.id}" share ${shared.length} months; a join needs at least 12 to compare`);
      const worst = shared.reduce((a, m) => Math.max(a, Math.abs(m.value - other.get(m.month)!)), 0);
      if (worst > s.max_overlap_difference!) fail(file, 1, `${where}: "${prev.id}" and "${part.id}" differ by ${worst} on a shared month, more than max_overlap_difference ${s.max_overlap_difference}`);
    }
    prev = part;
  }
  s.months = months;
}

/** Pure: the YAML description and CSV row files → validated series (default first, then series.yaml order). */
export function parseSeriesFiles(yaml: SourceFile, csvs: SourceFile[]): ReferenceSeries[] {
  const metas = parseYaml(yaml);
  const byId = new Map<string, ReferenceSeries>(metas.map((m) => [m.id, { ...m, rows: [] }]));
  const firstLine = new Map<string, string>(); // "series|fy" → "file:line" of the first row
  for (const csv of csvs) {
    const records = csvRecords(csv.text);
    const header = records[0]?.line === 1 ? records[0].fields : [];
    const monthly = header.join(',') === MONTH_HEADER.join(',');
    if (!monthly && header.join(',') !== CSV_HEADER.join(',')) fail(csv.file, 1, `header must be "${CSV_HEADER.join(',')}" or "${MONTH_HEADER.join(',')}" (found "${csv.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''}")`);
    for (const { line: n, fields: f } of records.slice(1)) {
      if (f.length !== 4) fail(csv.file, n, `expected 4 fields, found ${f.length}`);
      const [periodText, id, valueText, url] = f as [string, string, string, string];
      const s = byId.get(id);
      if (!s) fail(csv.file, n, `series "${id}" is not described in ${yaml.file}`);
      if (s.spliced_from) fail(csv.file, n, `series "${id}" is spliced from other series; it takes no rows of its own`);
      if (monthly) {
        const m = /^(\d{4})-(\d{2})$/.exec(periodText);
        if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) fail(csv.file, n, `month "${periodText}" is not YYYY-MM`);
        if (s.frequency !== 'monthly') fail(csv.file, n, `series "${id}" is not monthly (frequency: monthly in ${yaml.file}) but this file has month rows`);
      } else {
        if (!/^\d{4}$/.test(periodText)) fail(csv.file, n, `fiscal_year "${periodText}" is not a four-digit year`);
        if (s.frequency === 'monthly') fail(csv.file, n, `series "${id}" is monthly; its rows need a month column`);
      }
      if (!/^-?\d+(\.\d+)?$/.test(valueText)) fail(csv.file, n, `value "${valueText}" is not a number`);
      const value = Number(valueText);
      if (value < 0) fail(csv.file, n, `value ${valueText} is negative`);
      if (!Number.isInteger(value)) fail(csv.file, n, `value ${valueText} is not a whole number`);
      if (!url) fail(csv.file, n, `row has no source_url`);
      if (!isHttpUrl(url)) fail(csv.file, n, `source_url "${url}" is not an http(s) URL`);
      const key = `${id}|${periodText}`;
      const prev = firstLine.get(key);
      if (prev) fail(csv.file, n, `${monthly ? 'month' : 'fiscal year'} ${periodText} appears twice in series "${id}" (first at ${prev})`);
      firstLine.set(key, `${csv.file}:${n}`);
      if (monthly) (s.months ??= []).push({ month: periodText, value, source_url: url });
      else s.rows.push({ fiscal_year: Number(periodText), value, source_url: url });
    }
  }
  const out = [...byId.values()];
  for (const s of out) {
    if (!s.spliced_from) continue;
    s.months?.sort((a, b) => (a.month < b.month ? -1 : 1));
    for (const p of s.spliced_from) byId.get(p.series)?.months?.sort((a, b) => (a.month < b.month ? -1 : 1));
    buildSpliced(yaml.file, s, byId);
  }
  for (const s of out) {
    if (s.rows.length === 0 && !(s.months?.length)) fail(yaml.file, 1, `series "${s.id}" has no rows in any CSV file`);
    s.rows.sort((a, b) => a.fiscal_year - b.fiscal_year);
    s.months?.sort((a, b) => (a.month < b.month ? -1 : 1));
  }
  // Default first, then the curated order of series.yaml (sort is stable).
  return out.sort((a, b) => Number(b.default) - Number(a.default));
}

/** Reads and validates content/reference/series/ under `root`; throws an Error naming file, line and problem. */
export async function loadSeries(root: string): Promise<ReferenceSeries[]> {
  const dir = path.join(root, SERIES_DIR);
  const rel = (name: string) => path.join(SERIES_DIR, name);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    throw new Error(`${SERIES_DIR}: reference series folder not found under ${root}`);
  }
  if (!names.includes(SERIES_YAML)) throw new Error(`${rel(SERIES_YAML)}:1: missing (every series needs its definition there)`);
  const yaml = { file: rel(SERIES_YAML), text: await readFile(path.join(dir, SERIES_YAML), 'utf8') };
  const csvs: SourceFile[] = [];
  for (const name of names.filter((n) => /\.csv$/i.test(n))) {
    csvs.push({ file: rel(name), text: await readFile(path.join(dir, name), 'utf8') });
  }
  if (csvs.length === 0) throw new Error(`${SERIES_DIR}: no CSV file of rows`);
  return parseSeriesFiles(yaml, csvs);
}

/** Series counted by fiscal year (the charts' trend line and the yearly checks). */
export function yearlySeries(series: ReferenceSeries[]): ReferenceSeries[] {
  return series.filter((s) => s.frequency !== 'monthly' && s.rows.length > 0);
}

/** Series counted by calendar month. */
export function monthlySeries(series: ReferenceSeries[]): ReferenceSeries[] {
  return series.filter((s) => s.frequency === 'monthly' && (s.months?.length ?? 0) > 0);
}

/** The default series (charts and checks use it when a claim names no other). */
export function defaultSeries(series: ReferenceSeries[]): ReferenceSeries | undefined {
  return series.find((s) => s.default);
}
