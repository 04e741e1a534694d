// seeds: which files in the seeds folder the build may read, and reading them.
// The folder is untrusted input (scrapers, wire feeds, contributors' pull
// requests), so only regular files that live in the folder itself are read:
// - symbolic links (dangling or not) are never followed: a link named like an
//   article could publish /etc/passwd or a CI credential;
// - FIFOs, sockets, devices and subfolders are never opened (a FIFO blocks the build);
// - a file with more than one hard link, or on another device than the folder
//   (a mount point), may be someone else's file: refused too. Git checkouts never
//   make hard links, so an article that arrived normally is never refused for it;
// - names that cannot be shown or used safely (control or bidi characters, bytes
//   that are not UTF-8, names whose slug would not fit a file name) are refused.
// Each refusal is a report entry with the reason. The check is lstat before open,
// then open with O_NOFOLLOW | O_NONBLOCK and fstat the open file: a file swapped
// for a link or a FIFO between the two is refused, never read or waited on.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { slugify } from './slug.ts';

/** Longest name (UTF-8 bytes) and slug accepted: `<slug>-NN.mdx`, `<slug>.pdf` must stay under 255 bytes. */
export const MAX_NAME_BYTES = 200;

export interface SeedFile {
  name: string;
  size: number;
  /** Identity seen by lstat; the opened file must be the same one. */
  dev: number;
  ino: number;
}

export interface Refusal {
  /** The name as it can be printed (control characters escaped). */
  name: string;
  reason: string;
}

// C0 and C1 controls, DEL, and the bidi controls that can make a name read backwards ("txt.exe").
const UNSAFE_CHAR = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** A file name with its unprintable characters written as \u{…}, for the report and the terminal. */
export function printableName(name: string): string {
  return name.replace(UNSAFE_CHAR, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** Why a directory entry's name is refused, or null. Pure: the name alone decides. */
export function nameProblem(name: string): string | null {
  if (name.startsWith('.')) return 'hidden file (skipped)';
  if (name.includes('/') || name.includes('\\')) return 'file name contains a path separator (/ or \\): not read';
  if (new RegExp(UNSAFE_CHAR.source, 'u').test(name)) return 'file name contains control or text-direction characters: not read (rename it)';
  // readdir turns bytes that are not UTF-8 into U+FFFD; such a name cannot be opened by its string anyway.
  if (name.includes('\uFFFD')) return 'file name is not valid UTF-8: not read (rename it)';
  const bytes = Buffer.byteLength(name, 'utf8');
  const slug = slugify(name).length;
  if (bytes > MAX_NAME_BYTES || slug > MAX_NAME_BYTES) {
    return `file name too long (${Math.max(bytes, slug)} bytes; the limit is ${MAX_NAME_BYTES}): not read (shorten it)`;
  }
  return null;
}

function kind(st: Stats): string {
  if (st.isSymbolicLink()) return 'symbolic link';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isBlockDevice()) return 'block device';
  if (st.isCharacterDevice()) return 'character device';
  return st.isFile() ? 'regular file' : 'special file';
}

/** Why a file with this lstat result is refused, or null. `folderDev`: the seeds folder's device. */
export function statProblem(st: Stats, folderDev: number): string | null {
  if (st.isSymbolicLink()) return 'symbolic link: not followed (seeds/ takes only regular files; copy the article in instead)';
  if (st.isDirectory()) return 'directory: subfolders are not read';
  if (!st.isFile()) return `${kind(st)}: not a regular file, never opened`;
  if (st.dev !== folderDev) return 'file on another device than seeds/ (a mount point): not read';
  if (st.nlink > 1) return `hard link (${st.nlink} names for one file): not read, it may be a file from outside seeds/ (copy it in instead)`;
  return null;
}

export interface Listing {
  /** The folder's real path; every file read is a direct child of it. */
  dir: string;
  files: SeedFile[];
  refused: Refusal[];
}

/** Lists the seeds folder, sorted by name: what may be read, and what is refused and why. Opens nothing. */
export function listSeeds(seedsDir: string): Listing {
  // The folder itself is the operator's choice (SEEDS_DIR may be a link); what is inside it is not.
  const dir = realpathSync(seedsDir);
  const folderDev = lstatSync(dir).dev;
  const files: SeedFile[] = [];
  const refused: Refusal[] = [];
  for (const name of readdirSync(dir).sort()) {
    const bad = nameProblem(name);
    if (bad) {
      refused.push({ name: printableName(name), reason: bad });
      continue;
    }
    let st: Stats;
    try {
      st = lstatSync(path.join(dir, name));
    } catch (e) {
      refused.push({ name, reason: `cannot be examined (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const problem = statProblem(st, folderDev);
    if (problem) refused.push({ name, reason: problem });
    else files.push({ name, size: st.size, dev: st.dev, ino: st.ino });
  }
  return { dir, files, refused };
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0);

/**
 * Reads a listed file, at most `max` bytes (a larger file is refused before
 * reading). Refuses it if it is no longer the regular file the listing saw.
 */
export function readListed(listing: Listing, file: SeedFile, max: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  let fd: number;
  try {
    fd = openSync(path.join(listing.dir, file.name), OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ELOOP: it became a symbolic link after the listing.
    return { ok: false, reason: code === 'ELOOP' ? 'symbolic link: not followed' : `cannot be read (${code ?? 'error'})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.dev !== file.dev || st.ino !== file.ino || st.nlink > 1) {
      return { ok: false, reason: 'file changed while the build was reading seeds/ (no longer the same regular file): not read' };
    }
    if (st.size > max) return { ok: false, reason: `file too large (${st.size} bytes; the limit is ${max}): not read` };
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { ok: true, bytes: new Uint8Array(buf.buffer, buf.byteOffset, off) };
  } finally {
    closeSync(fd);
  }
}
