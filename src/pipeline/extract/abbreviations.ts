// Abbreviations an article defines for itself: "U.S. Border Patrol (BP)", "the Joint Task Force
// (the Task Force)" are not in the gazetteer, but after their definition the short form names the
// same agency ("BP apprehensions rose"). Found once per article; later mentions of the short form
// are added to a sentence's gazetteer mentions.
import type { EntityMention } from '../reference/agencies.ts';
import { allMatches } from './re.ts';

/** Short form (as written, case-sensitive) → agency ids it stands for in this article. */
export type Abbreviations = Map<string, string[]>;

// "(BP)", "( OGS )": two to six capitals, optionally with a digit or ampersand, in brackets.
const DEFINED = /\(\s*([A-Z][A-Z0-9&]{1,5})\s*\)/g;
const NAME_TAIL = /^(?:\s+[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|of|and|for|the|on)){0,5}\s*$/;

/**
 * The short forms an article defines right after a known agency name: the mention must end just
 * before the bracket, and the short form must not already be a gazetteer acronym (it would be
 * found anyway) nor stand for something else in the article (defined twice, differently).
 */
export function definedAbbreviations(sentences: { text: string; mentions: EntityMention[] }[], known: Set<string>): Abbreviations {
  const out: Abbreviations = new Map();
  const clash = new Set<string>();
  for (const s of sentences) {
    for (const m of allMatches(DEFINED, s.text)) {
      const short = m[1];
      if (known.has(short)) continue;
      // "Puerto Rico Police Joint Forces of Rapid Action (FURA)": a named unit of a known agency
      // (capitalised words after the agency's name) is that agency's.
      const named = s.mentions.find((e) => e.end <= m.index && (/^\s*$/.test(s.text.slice(e.end, m.index)) || NAME_TAIL.test(s.text.slice(e.end, m.index))));
      if (!named) continue;
      const prev = out.get(short);
      if (prev && prev.join() !== named.ids.join()) clash.add(short);
      out.set(short, [...named.ids]);
    }
  }
  for (const c of clash) out.delete(c);
  return out;
}

/** The sentence's mentions with the article's own short forms added (never over a gazetteer mention). */
export function withAbbreviations(text: string, mentions: EntityMention[], abbr: Abbreviations): EntityMention[] {
  if (!abbr.size) return mentions;
  const extra: EntityMention[] = [];
  for (const [short, ids] of abbr) {
    let at = text.indexOf(short);
    while (at >= 0) {
      const end = at + short.length;
      const whole = !/[\w-]/.test(text[at - 1] ?? '') && !/[\w-]/.test(text[end] ?? '');
      // The definition itself "(BP)" restates the name before it: not a second mention.
      const defining = /\(\s*$/.test(text.slice(Math.max(0, at - 3), at));
      if (whole && !defining && !mentions.some((e) => e.start < end && e.end > at)) {
        extra.push({ start: at, end, text: short, ids: [...ids], possessive: /^['’]s/.test(text.slice(end, end + 2)) });
      }
      at = text.indexOf(short, end);
    }
  }
  if (!extra.length) return mentions;
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}
