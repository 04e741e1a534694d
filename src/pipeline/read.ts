// read: bytes → text. Detects the encoding (BOMs, UTF-8, Windows-1252 fallback),
// normalises line endings, refuses what is not an article (binary, too large,
// empty) with a reason, and turns saved web pages into text.
import iconv from 'iconv-lite';
import type { ReadResult } from './types.ts';
import { decodeEntities, htmlToText, looksLikeHtml } from './text/html.ts';

/** Larger files are refused: an article is tens of kilobytes; megabytes mean a dump or a wrong file. */
export const MAX_BYTES = 4 * 1024 * 1024;

const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** UTF-16 without a BOM: ASCII-range text has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > 0.7 * half && evenZero < 0.05 * half) return 'utf-16le';
  if (evenZero > 0.7 * half && oddZero < 0.05 * half) return 'utf-16be';
  return null;
}

// One decoder for every file (decode without { stream } keeps no state between calls).
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): { text: string; encoding: string; warnings: string[] } | { reason: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) return { reason: 'UTF-32 text is not supported (save it as UTF-8)' };
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  for (const [name, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) return { reason: `binary file (${name}), not text` };
  }
  const u16 = sniffUtf16(bytes);
  if (u16) {
    return {
      text: new TextDecoder(u16).decode(bytes),
      encoding: u16,
      warnings: [`no byte order mark; decoded as ${u16.toUpperCase()} from its byte pattern`],
    };
  }
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes), not text' };
  try {
    return { text: UTF8_STRICT.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not UTF-8: Windows-1252 is a superset of Latin-1 for printable text and
    // maps 0x93/0x94 to curly quotes, which is what such files usually mean.
    return {
      text: iconv.decode(Buffer.from(bytes), 'win1252'),
      encoding: 'windows-1252',
      warnings: ['not valid UTF-8; decoded as Windows-1252 (Latin-1) — check accented letters and quotes'],
    };
  }
}

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Why a file of this size is refused, or null; asked before reading so a huge file is never loaded. */
export function sizeProblem(size: number): string | null {
  if (size === 0) return 'empty file (0 bytes)';
  if (size > MAX_BYTES) return `file too large (${mb(size)}; the limit is ${mb(MAX_BYTES)}) — not read`;
  return null;
}

export function readSeed(file: string, bytes: Uint8Array): ReadResult {
  const size = bytes.length;
  const tooBig = sizeProblem(size);
  if (tooBig) return { ok: false, file, bytes: size, reason: tooBig };
  const decoded = decode(bytes);
  if ('reason' in decoded) return { ok: false, file, bytes: size, reason: decoded.reason };
  const warnings = [...decoded.warnings];
  let text = decoded.text.replace(/^\uFEFF/, '');

  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    if (controls / text.length > 0.02) {
      return { ok: false, file, bytes: size, reason: `binary file (${controls} control characters in ${text.length}), not text` };
    }
    warnings.push(`${controls} control character(s) removed`);
    text = text.replace(CONTROL, '');
  }
  if (text.includes('\uFFFD')) warnings.push('text contains replacement characters (\uFFFD): some bytes could not be decoded');

  text = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').normalize('NFC');

  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    warnings.push('HTML markup converted to plain text (tags removed, entities decoded)');
  }
  else if (/&(?:#\d{2,6}|#x[0-9a-f]{2,5}|amp|nbsp|quot|apos|rsquo|lsquo|ldquo|rdquo|mdash|ndash|hellip);/i.test(text)) {
    // Scraped text often keeps HTML entities ("&#8217;", "&amp;"); nobody writes them on purpose in an article.
    text = decodeEntities(text);
    warnings.push('HTML entities decoded (e.g. &amp; → &)');
  }
  if (text.trim().length === 0) {
    return { ok: false, file, bytes: size, reason: 'no text (only white space)' };
  }
  return { ok: true, file, text, encoding: decoded.encoding, bytes: size, warnings };
}
