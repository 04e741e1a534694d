// Optional editor metadata in seeds/<name>.yaml. What an editor writes wins
// over anything inferred, so it is validated strictly: wrong types and unknown
// keys become messages in the build report, never silent guesses.
import { parse } from 'yaml';
import type { Sidecar } from './types.ts';

const KEYS = ['headline', 'dek', 'outlet', 'url', 'date', 'byline', 'keep', 'drop'] as const;
type Key = Exclude<(typeof KEYS)[number], LineListKey>;
/** Editor overrides for the cleaner: lists of whole lines to keep or to drop. */
const LINE_LISTS = ['keep', 'drop'] as const;
type LineListKey = (typeof LINE_LISTS)[number];

/** keep:/drop: a list of lines (one line alone may be written as a plain value). */
function readLineList(key: LineListKey, raw: unknown, errors: string[]): string[] | null {
  const items = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(items)) {
    errors.push(`"${key}" must be a list of lines, got ${typeof raw}; ignored`);
    return null;
  }
  const out: string[] = [];
  items.forEach((item, i) => {
    if (typeof item !== 'string' || !item.trim()) {
      errors.push(`"${key}" item ${i + 1} must be a non-empty line of text, got ${typeof item === 'string' ? 'an empty value' : Array.isArray(item) ? 'a list' : typeof item}; ignored`);
      return;
    }
    if (/\n/.test(item.trim())) {
      errors.push(`"${key}" item ${i + 1} spans several lines; write one line per item; ignored`);
      return;
    }
    out.push(item.trim());
  });
  return out.length ? out : null;
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Only a plain http(s) address becomes a link: no javascript:, data:, file: or relative paths, no user:password@. */
function httpUrl(s: string): boolean {
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password && u.hostname.includes('.');
  } catch {
    return false;
  }
}

// Control characters (tab and line breaks aside) and bidi overrides have no place in metadata shown on pages.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function readSidecar(text: string): { sidecar: Sidecar | null; errors: string[] } {
  let data: unknown;
  try {
    // The core schema keeps 2025-06-01 a string (no YAML 1.1 timestamps).
    data = parse(text, { schema: 'core' });
  } catch (e) {
    return { sidecar: null, errors: [`invalid YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (data === null || data === undefined) return { sidecar: null, errors: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { sidecar: null, errors: [`sidecar must be a mapping of keys (${KEYS.join(', ')})`] };
  }
  const errors: string[] = [];
  const out: Sidecar = {};
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      errors.push(`unknown key "${key}" (allowed: ${KEYS.join(', ')}); ignored`);
      continue;
    }
    if (raw === null || raw === undefined) continue;
    if ((LINE_LISTS as readonly string[]).includes(key)) {
      const list = readLineList(key as LineListKey, raw, errors);
      if (list) out[key as LineListKey] = list;
      continue;
    }
    const k = key as Key;
    if (typeof raw !== 'string') {
      errors.push(`"${k}" must be a text value, got ${Array.isArray(raw) ? 'a list' : typeof raw}; ignored`);
      continue;
    }
    const value = raw.trim();
    if (!value) {
      errors.push(`"${k}" is empty; ignored`);
      continue;
    }
    if (CONTROL.test(value)) {
      errors.push(`"${k}" contains control characters; ignored`);
      continue;
    }
    if (k === 'date' && !validDate(value)) {
      errors.push(`"date" must be a calendar date written YYYY-MM-DD, got "${value}"; ignored`);
      continue;
    }
    if (k === 'url' && !httpUrl(value)) {
      errors.push(`"url" must be an http(s) address, got "${value}"; ignored`);
      continue;
    }
    out[k] = value;
  }
  return { sidecar: Object.keys(out).length ? out : null, errors };
}
