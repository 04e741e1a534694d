// Text metrics without a DOM: a conservative width estimate per character class,
// enough to keep labels apart (the browser test measures the real boxes).
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;

const NARROW = /[iljtfI.,:;'’|!()\[\] ]/;
const WIDE = /[MWmw@%—–]/;
const CAPS = /[A-Z0-9#~+<>&?$]/;

/** Estimated advance width of `text` at `size` px in a common sans-serif (over-estimates slightly). */
export function textWidth(text: string, size = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.34;
    else if (WIDE.test(ch)) em += 0.92;
    else if (CAPS.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return em * size;
}

/** Greedy word wrap to `width`; a single word longer than the width is broken by characters. */
export function wrapText(text: string, width: number, size = FONT_SIZE): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (textWidth(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    if (textWidth(w, size) <= width) {
      line = w;
      continue;
    }
    let chunk = '';
    for (const ch of w) {
      if (textWidth(chunk + ch, size) > width && chunk) {
        lines.push(chunk);
        chunk = '';
      }
      chunk += ch;
    }
    line = chunk;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** Box of a text line drawn at baseline y with the given anchor. */
export function textBox(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'start', size = FONT_SIZE): Box {
  const w = textWidth(text, size);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x: left, y: y - size * 0.8, w, h: size * 1.05 };
}

/** Drop ticks whose labels would collide: keeps the first, then every tick clear of the last kept one. */
export function thinTicks<T>(ticks: { value: T; x: number; label: string }[], gap = 8, size = FONT_SIZE) {
  const kept: typeof ticks = [];
  let lastRight = -Infinity;
  for (const t of ticks) {
    const w = textWidth(t.label, size);
    if (t.x - w / 2 >= lastRight + gap) {
      kept.push(t);
      lastRight = t.x + w / 2;
    }
  }
  return kept;
}
