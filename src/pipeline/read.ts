// read: bytes → text. STUB — to be replaced by the read stage (issue 2).
import type { ReadResult } from './types.ts';

export const MAX_BYTES = 4 * 1024 * 1024;

export function readSeed(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, file, bytes: 0, reason: 'empty file' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  return { ok: true, file, text, encoding: 'utf-8', bytes: bytes.length, warnings: [] };
}
