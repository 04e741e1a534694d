// Hard-wrapped text (a PDF or e-mail turned into text: a line break inside every
// sentence) grouped into paragraphs, so that the cleaner judges, and the extractor
// reads, whole sentences. One module, used by the cleaner and by structure.
import { endsLikeSentence } from './normalize.ts';

/** The column width of a hard-wrapped text, or null when its lines were not wrapped at one width. */
function columnWidth(lines: string[]): number | null {
  const lens = lines.map((l) => l.length).sort((a, b) => a - b);
  // Counted over lines of some length: menus and share bars are short either way.
  const longish = lens.filter((x) => x >= 30);
  const fits = (width: number, beyondShare: number, narrow = false) => {
    if (width < 30 || width > 100) return false;
    const near = longish.filter((x) => x >= 0.6 * width && (!narrow || x <= 1.2 * width)).length;
    const beyond = lens.filter((x) => x > 1.2 * width).length;
    return longish.length >= 5 && near >= 0.5 * longish.length && beyond <= beyondShare * lines.length;
  };
  // One column: most lines near one width of 40–100 characters and almost none beyond it
  // (scraped pages carry whole paragraphs on a line, hundreds long).
  const w95 = lens[Math.floor(lens.length * 0.95) - 1] ?? lens[lens.length - 1]!;
  if (w95 >= 40 && fits(w95, 0.05)) return w95;
  // A page laid out in columns of two widths (a report's narrow summary column beside a
  // wider body, as in GAO highlights pages): the narrow column, when it holds most of the
  // long lines, is the width; the few wider lines are left as they are.
  if (longish.length < 12) return null;
  for (const q of [0.9, 0.85, 0.8]) {
    const w = lens[Math.floor(lens.length * q) - 1]!;
    if (fits(w, 0.1, true)) return w;
  }
  return null;
}

/**
 * Lines of a hard-wrapped text grouped into paragraphs; each line alone otherwise.
 * A line continues the previous one when that one is near the width and ends no sentence.
 * Structure joins the same groups into paragraphs.
 */
export function wrappedParagraphs(lines: string[]): string[][] {
  const single = lines.map((l) => [l]);
  if (lines.length < 8) return single;
  const width = columnWidth(lines);
  if (width === null) return single;
  const out: string[][] = [];
  for (const line of lines) {
    const prev = out.at(-1)?.at(-1);
    // A wrapped line was broken because the next word did not fit; a shorter one
    // (a headline) continues only into a lower-case line.
    const firstWord = line.split(' ')[0]!.length;
    const lower = /^\p{Ll}/u.test(line);
    // (A line far wider than the column was not wrapped at it: an unwrapped headline over a wrapped column.)
    const full = prev !== undefined && prev.length <= 1.2 * width && (prev.length + 1 + firstWord > width - 3 || (lower && prev.length >= 0.6 * width));
    // A stop after an abbreviation ("U.S.", "Feb.") before a lower-case word ends no sentence.
    // (A full line ending in "U.S." goes on too: at worst two sentences share a paragraph.)
    const open = prev !== undefined && (!endsLikeSentence(prev) || (lower && /(?:\b(?:\p{Lu}\.){1,3}|\b\p{L}{1,4}\.)$/u.test(prev)) || /\b(?:\p{Lu}\.){2,3}$/u.test(prev));
    // (A dateline in capitals, "WASHINGTON — …", opens a story: nothing above continues into it.)
    const dateline = /^\p{Lu}{3,}(?:[ ,.]+\p{Lu}{2,})*\.?\s*[—–]\s/u.test(line);
    if (full && open && !dateline && !/^[•▪◦*–-]\s/u.test(line)) out.at(-1)!.push(line);
    else out.push([line]);
  }
  return out;
}
