// All matches of a global regex, without String.prototype.matchAll: matchAll clones
// the regex on every call, and a fresh clone runs in V8's regexp interpreter instead of
// the compiled code the shared module-level regex has tiered up to (3× slower here).
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Spans in text order, each kept only if it starts after the last kept one ends (the longest wins at a start). */
export function nonOverlapping<T extends { start: number; end: number }>(found: T[]): T[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let pos = -1;
  for (const f of found) {
    if (f.start < pos) continue;
    out.push(f);
    pos = f.end;
  }
  return out;
}
