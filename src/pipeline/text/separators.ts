// A line's segments at its spaced separators ("Home | News | Local", "Joe V. · 58 min · Thank 2").
// One splitter for text/chrome.ts and the chrome-*.ts modules: a leaf module, since chrome.ts
// re-exports those modules and they cannot import it back.
const SEPARATOR = /\s+(?:\||·|•|›|»|\/\/|◦|▪)\s+/u;
const SPACED_SEPARATOR = /\s(?:\||·|•|›|»|\/\/|◦|▪)\s/u;

/** Segments of a line split at spaced separators ("Home | News | Local"). */
export function separatorSegments(line: string): string[] {
  // (Most lines have no separator: then the split is the trimmed line alone.)
  if (!SPACED_SEPARATOR.test(line)) return line.trim() ? [line.trim()] : [];
  return line.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
}
