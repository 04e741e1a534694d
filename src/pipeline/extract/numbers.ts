// Find number mentions in a sentence and classify each one (quantity, year, date,
// ordinal, source count, duration, legal/proper name, vague).
//
// Hand rules, not a library: on the seed fixtures compromise's `.numbers()` took
// ~16 ms per article (≈60 articles/s, the budget is ≥1,000/s for the whole
// pipeline), split "2.2 million" and "2,000–3,000" inconsistently and had no notion
// of "287(g)", "three sources" or "three full months". The regexes below run in
// microseconds and every rule is tested (tests/unit/extract-numbers.test.ts).
import type { NumberKind, NumberMention } from '../types.ts';
import { allMatches } from './re.ts';

/** A mention with the facts the describers need. */
export interface Mention extends NumberMention {
  /** Currency code when the text names money ($, £, €, "dollars"). */
  currency: string | null;
  /** "%", "percent". */
  percent: boolean;
  /** Written in words ("two thousand"). */
  words: boolean;
}

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const W_ONE = Object.keys(ONES).join('|');
const W_TEN = `(?:${Object.keys(TENS).join('|')})(?:-(?:${Object.keys(ONES).slice(1, 10).join('|')}))?`;
const W_SCALE = 'hundred|thousand|million|billion|trillion|dozen';
const W_ATOM = `(?:${W_TEN}|${W_ONE}|${W_SCALE})`;
const SCALE_WORD = '(?:thousand|million|billion|trillion)';

// Vague quantities: plural scale words and indefinite multipliers.
const VAGUE = `(?:(?:tens|hundreds|dozens|scores)\\s+of\\s+(?:thousands|millions|billions)|(?:several|a\\s+few|many|some)\\s+(?:hundred|thousand|million|billion|dozen)(?!\\s*(?:\\d|${W_ONE}))|hundreds|thousands|millions|billions|trillions|dozens)`;
const CURRENCY = '(?:US\\$|\\$US|\\$|£|€)';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

// One pass over the sentence; alternatives in priority order.
const TOKEN_RE = new RegExp(
  [
    `(?<vague>\\b${VAGUE}\\b(?:\\s+of\\s+dollars)?)`,
    `(?<money>${CURRENCY}\\s?(?:${DIGITS})(?:\\s*(?:${SCALE_WORD}\\b|bn\\b|tn\\b|[mk]\\b)|b\\b)?)`,
    // "96K migrants": a thousands K glued to the figure, before a word (not "3K-9", "Y2K", nor one "a 5K race", nor a "401k plan").
    `(?<num>(?<![\\w.,]|\\d:)(?:${DIGITS})(?:\\s+${SCALE_WORD}\\b|[Kk](?=\\s+[a-z])(?<!\\b[Aa]n?\\s+\\d+[Kk]|\\b401[Kk]))?(?:\\s*%|\\s+(?:percent|per\\s+cent)\\b)?)`,
    `(?<word>\\b(?:(?:a|an)\\s+(?:${W_SCALE})|${W_ATOM})(?:[\\s-]+(?:and\\s+)?${W_ATOM})*\\b(?:\\s*%|\\s+(?:percent|per\\s+cent)\\b)?)`,
  ].join('|'),
  'gi',
);

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`);
// (Named places and stages numbered in a list too: "Regions 3 and 4", "Phases 1, 2 and 3".)
const LEGAL_LIST_BEFORE = /(?:§§?|\b(?:Sections|Secs\.|Titles|Articles|Regions|Districts|Sectors|Zones|Phases|Precincts|Wards|Tiers|Levels|Stages))\s*\d+[a-z]?(?:\(\w+\))*(?:\s*,\s*\d+[a-z]?(?:\(\w+\))*)*\s*(?:,|,?\s+and|,?\s+or|&|through)\s*$/;
const LEGAL_BEFORE = /(?:\b(?:Title|Section|Sec\.|Article|Chapter|Amendment|Proposition|Prop\.|No\.|Number|Order|Orders|Rule|Form|Route|Highway|Interstate|Flight|District|Precinct|Local|Bill|Act|Law|Resolution|Docket|Case|Room|Unit|Ward|Channel|Fox|Division|Regions?|Sectors?|Levels?|Phases?|Stages?|Tiers?|Districts|Zones?|Wards|Precincts|Class|Grade|Gate|Terminal|Pier|Exit|Station|Code|Part|Subsection|Paragraph|Clause|U\.S\.C\.|C\.F\.R\.|H\.R\.|S\.|H\.B\.|S\.B\.|A\.B\.|CFR|USC|Executive Order|Public Law|P\.\s?L\.|Pub\.\s?L\.|Directive|Memorandum|Instruction|Regulation|Publication|Manual|Notice|Bulletin)\s*|§\s*|#\s*|[A-Za-z]-?)$/;
const DURATION_AFTER = /^(?:\s+(?:full|whole|entire|consecutive|straight|more|additional|long|short|past|previous|next|calendar|fiscal|business|working|extra))*\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century)\b(?!\s+(?:old|of age))|^-(?:second|minute|hour|day|night|week|month|year|decade)s?\b|^\s+years?\s+old\b/i;
const AGE_AFTER = /^(?:-year-old|\s+years?\s+old)\b/i;
const ATTRIBUTION = /\b(?:said|says|say|told|tell|according to|familiar|knowledge|briefed|spoke|speaking|confirmed|anonymity|described|insisted|noted|added|acknowledged)\b/i;
const SOURCE_AFTER = /^\s+(?:of\s+(?:the|those|these|his|her|their)\s+)?(?:(?:U\.S\.|US|senior|current|former|and|administration|government|federal|state|local|military|defense|Defense|Department|Pentagon|White\s+House|intelligence|congressional|law|enforcement|other|knowledgeable|independent|separate|different|[A-Z]{2,5})\s+){0,4}(sources?|officials?|people|persons|individuals|aides?|insiders|officers?|employees|staffers)\b/;

export function wordsToNumber(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (w === 'a' || w === 'an') { current = current || 1; continue; }
    if (w in ONES) { current += ONES[w]; any = true; }
    else if (w in TENS) { current += TENS[w]; any = true; }
    else if (w === 'hundred') { current = (current || 1) * 100; any = true; }
    else if (w === 'dozen') { current = (current || 1) * 12; any = true; }
    else if (w in SCALES) { total += (current || 1) * SCALES[w]; current = 0; any = true; }
    else return null;
  }
  return any ? total + current : null;
}

function digitsValue(text: string): number {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|tn|m|k|b)?/i.exec(text)!;
  let v = Number(m[1].replace(/,/g, ''));
  const s = m[2]?.toLowerCase();
  if (s) v *= s === 'bn' || s === 'b' ? 1e9 : s === 'tn' ? 1e12 : s === 'm' ? 1e6 : s === 'k' ? 1e3 : SCALES[s];
  // Avoid 2.2 * 1e6 = 2200000.0000000005
  return Math.round(v * 1e6) / 1e6;
}

interface Raw {
  start: number;
  end: number;
  text: string;
  value: number | null;
  vague: boolean;
  currency: string | null;
  percent: boolean;
  words: boolean;
  hasScale: boolean;
  hasComma: boolean;
}

function scan(text: string): Raw[] {
  const out: Raw[] = [];
  for (const m of allMatches(TOKEN_RE, text)) {
    const g = m.groups!;
    const t = m[0];
    const base = { start: m.index, end: m.index + t.length, text: t };
    if (g.vague) {
      out.push({ ...base, value: null, vague: true, currency: /dollars/i.test(t) ? 'USD' : null, percent: false, words: true, hasScale: true, hasComma: false });
    } else if (g.money) {
      const cur = t.startsWith('£') ? 'GBP' : t.startsWith('€') ? 'EUR' : 'USD';
      out.push({ ...base, value: digitsValue(t.replace(/^\D+/, '')), vague: false, currency: cur, percent: false, words: false, hasScale: /[a-z]/i.test(t), hasComma: t.includes(',') });
    } else if (g.num) {
      const percent = /%|percent|per\s+cent/i.test(t);
      const core = t.replace(/\s*(?:%|percent|per\s+cent)$/i, '');
      out.push({ ...base, value: digitsValue(core), vague: false, currency: null, percent, words: false, hasScale: /[a-z]/i.test(core), hasComma: core.includes(',') });
    } else if (g.word) {
      const percent = /%|percent|per\s+cent/i.test(t);
      const core = t.replace(/\s*(?:%|percent|per\s+cent)$/i, '');
      const v = wordsToNumber(core);
      // "one" and "a"/"an" alone are articles and pronouns far more often than counts.
      // …except as the low end of a range: "one to two years", "one or two".
      if (v === null || (v < 2 && !(v === 1 && /^\s*(?:to|or|-|–)\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d)/i.test(text.slice(base.end))))) continue;
      out.push({ ...base, value: v, vague: false, currency: null, percent, words: true, hasScale: /hundred|thousand|million|billion|trillion|dozen/i.test(core), hasComma: false });
    }
  }
  // "over 1500 hundred toys": a stray "hundred" after a number of three or more digits is a slip
  // (no one writes 150,000 so); a reader sees 1,500, so the word joins the number and adds nothing.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (!a.words && !a.hasScale && !a.currency && !a.percent && a.value !== null && a.value >= 100 && Number.isInteger(a.value) && b.words && /^hundred$/i.test(b.text) && /^\s+$/.test(text.slice(a.end, b.start))) {
      out.splice(i, 2, { ...a, end: b.end, text: text.slice(a.start, b.end) });
    }
  }
  // "1.5 billion dollars", "500 million USD" → money.
  for (const r of out) {
    if (r.currency || r.vague) continue;
    const after = text.slice(r.end);
    const dm = /^\s+(?:U\.S\.\s+|US\s+)?(dollars|USD|euros|pounds sterling)\b/i.exec(after);
    if (dm) {
      r.currency = /euro/i.test(dm[1]) ? 'EUR' : /sterling/i.test(dm[1]) ? 'GBP' : 'USD';
      r.end += dm[0].length;
      r.text = text.slice(r.start, r.end);
    }
  }
  return out;
}

const CHANGE_BEFORE = /\b(?:fell|rose|dropped|declined|increased|decreased|grew|climbed|jumped|surged|plunged|slid|went|shrank|doubled|tripled)\s+(?:by\s+)?$/i;

const looksYearRaw = (r: Raw) => !r.hasComma && !r.hasScale && !r.currency && Number.isInteger(r.value) && r.value! >= 1700 && r.value! <= 2100;

/** Merge "2,000 to 3,000", "2,000–3,000", "between 2,000 and 3,000" into one mention. */
function mergeRanges(text: string, raws: Raw[]): (Raw & { high: number | null })[] {
  const out: (Raw & { high: number | null })[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i];
    const b = raws[i + 1];
    if (b && !a.vague && !b.vague && a.value !== null && b.value !== null) {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 10), a.start);
      // (Not a serial's parts: "2019-03011", a zero-led group after the hyphen.)
      const hyphen = /^\s*[-–—]\s*$/.test(gap) && !/^0\d/.test(b.text);
      const toWord = /^\s+to\s+$/.test(gap);
      const between = /^\s+and\s+$/.test(gap) && /\bbetween\s+$/i.test(before);
      // "rose from 2,000 to 3,000", "fell 95% to 8,347": a change between two values, not a range.
      // "fell by 1 to 1.5 degrees" is a range of the change, not its two ends.
      // But "increased by $43.6 billion to $419.2 billion" (a currency on both) is the change and the new level.
      const isChange = /\bfrom\s+$/i.test(before) || (CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) && (!/\bby\s+$/i.test(before) || (!!a.currency && /^\D/.test(b.text))));
      // "rose 60% in 2018 to 3.9 million": a year, then the new level.
      const yearThenCount = toWord && looksYearRaw(a) && !looksYearRaw(b);
      // A share and a count, or two currencies, are never the two ends of one range ("$2 to 3 billion" is).
      const sameKind = a.percent === b.percent && ((a.currency ?? '') === (b.currency ?? '') || (!!a.currency && !b.currency));
      const looksYear = looksYearRaw;
      if ((hyphen || between || (toWord && !isChange && !yearThenCount)) && sameKind && !(looksYear(a) && looksYear(b))) {
        let low = a.value;
        // "2 to 3 million": the scale of the upper end applies to the lower one.
        if (!a.hasScale && b.hasScale && low < b.value / 10) {
          const scale = /trillion/i.test(b.text) ? 1e12 : /billion|bn/i.test(b.text) ? 1e9 : /million|\dm\b/i.test(b.text) ? 1e6 : /thousand|\dk\b/i.test(b.text) ? 1e3 : 1;
          low = Math.round(low * scale * 1e6) / 1e6;
        }
        out.push({
          ...a,
          end: b.end,
          text: text.slice(a.start, b.end),
          value: low,
          high: b.value,
          currency: a.currency ?? b.currency,
          percent: a.percent || b.percent,
          hasScale: a.hasScale || b.hasScale,
          hasComma: a.hasComma || b.hasComma,
        });
        i++;
        continue;
      }
    }
    out.push({ ...a, high: null });
  }
  return out;
}

/** Classify one mention from its text and the sentence around it. */
export function classify(text: string, r: Raw & { high: number | null }): NumberKind {
  if (r.vague) return 'vague';
  if (r.currency) return 'quantity';
  const before = text.slice(Math.max(0, r.start - 40), r.start);
  const after = text.slice(r.end, r.end + 80);
  const plainInt = !r.hasComma && !r.hasScale && !r.percent && !r.words && Number.isInteger(r.value);
  // Fiscal years ("FY2025", "FY 25", "Fiscal Year 2025") and decades ("the 1960s", "’90s").
  // ("Fiscal Year (FY) 20191": the short form in brackets between; a footnote mark glued to the year.)
  if (plainInt && /\b(?:FY|fiscal\s+year)(?:\s*\(FY\))?\s?['’]?$/i.test(before)) return 'year';
  if (plainInt && /^['’]?s\b/.test(after) && r.value! % 10 === 0) return 'year';
  if (!r.words && /^\(\w{1,3}\)/.test(after)) return 'legal'; // 287(g)
  // A citation's numbers: pages before a bracketed document number ("4949-4950 [2019-03011]") and
  // the document number itself (a year, a hyphen and a zero-led serial).
  if (!r.words && /^\s*\[(?:FR\s+Doc\.?\s*)?\d{2,4}-\d{3,6}\]/.test(after)) return 'legal';
  if (plainInt && (/^-0\d/.test(after) || (/^0\d/.test(r.text) && /-$/.test(before)))) return 'legal';
  // An enumerator of a list, "(2) the number of …", "; (3) 79 percent": a position, never a quantity.
  // Not the digits that repeat a number word, "two (2) agents" (a legal-drafting habit).
  if (plainInt && r.value! < 100 && /(?:^|[\s;:,.—–-])\($/.test(before) && !/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|hundred|thousand)\s*\($/i.test(before) && /^\)(?:\s|$)/.test(after)) return 'ordinal';
  // A numeric date, "03/11/96", "3/11/1996": each part is a date, the year part included.
  if (plainInt && /(?<![\d/])\d{1,2}\/\d{1,2}\/$/.test(before)) return 'date';
  if (!r.words && /^\s+(?:U\.S\.C\.|C\.F\.R\.|USC|CFR)/.test(after)) return 'legal';
  if (plainInt && LEGAL_BEFORE.test(before)) return 'legal';
  // "P.L. 113‐6", "Public Law 118-47": the law's number after the Congress's, with any hyphen
  // (PDF text often has U+2010), is part of the name.
  if (plainInt && /(?:\bP\.\s?L\.|\bPub\.\s?L\.|\bPublic\s+Law)\s*\d+\s*[-‐‑–]\s*$/i.test(before)) return 'legal';
  // The next of a list of sections: "42 U.S.C. §§ 265 and 268", "Sections 212, 235 and 240".
  if (plainInt && LEGAL_LIST_BEFORE.test(before)) return 'legal';
  // "900lbs of fentanyl", "45kg": a mass unit glued to the figure is its unit, not a name's part.
  if (!r.words && !r.percent && /^-?[A-Za-z]/.test(after) && !GLUED_MASS.test(after) && !/^-(?:year|day|week|month|hour|minute|second|decade|strong|person|member|man|officer|agent|troop)/i.test(after) && !/^-?(?:st|nd|rd|th)\b/.test(after)) return 'legal'; // "F-35", "H-1B", "7th"
  if (!r.words && /^(?:st|nd|rd|th)\b/.test(after)) return 'ordinal';
  if (plainInt && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return 'date';
  if (!r.words && /^(?::\d{2}|\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\/\d)/i.test(after)) return 'date';
  // A 24-hour clock time with its zone ("until 0400 est.", "at 2200 UTC", "0600 hours"): a time, not a count.
  if (plainInt && CLOCK_TIME.test(r.text) && (CLOCK_ZONE_AFTER.test(after) || (r.text.startsWith('0') && /^\s*(?:hours|hrs)\b/i.test(after)))) return 'date';
  if (plainInt && r.value! >= 1700 && r.value! <= 2100 && r.high === null && !startsWithUnitNoun(after)) return 'year';
  if (AGE_AFTER.test(after)) return 'duration';
  if (!r.percent && DURATION_AFTER.test(after)) return 'duration';
  const src = SOURCE_AFTER.exec(after);
  if (src && r.value !== null && r.value <= 20 && !r.percent) {
    if (/^sources?$/i.test(src[1]) || ATTRIBUTION.test(text)) return 'source-count';
  }
  return 'quantity';
}

const GLUED_MASS = /^(?:lbs?|kgs?|oz|tons)\b/;
const CLOCK_TIME = /^(?:[01]\d|2[0-3])[0-5]\d$/;
const CLOCK_ZONE_AFTER = /^\s*(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|UTC|GMT|Zulu|ET|CT|MT|PT|local\s+time)\b/i;

// A count noun right after a year-like integer means "2000 agents", not the year 2000.
const COUNT_NOUN = /^\s+(?:(?:more|new|additional|extra|federal|active-duty|[A-Z][\w.-]*)\s+){0,3}(?:agents?|officers?|troops?|personnel|members|soldiers|people|migrants|immigrants|arrests|encounters|apprehensions|deportations|removals|pounds|beds|cases|workers|employees|staff|deputies|guardsmen|marines|sailors|individuals|families|children)\b/;
function startsWithUnitNoun(after: string): boolean {
  return COUNT_NOUN.test(after);
}

// "one-in-five of all persons": a word fraction, a share of a whole written as one compound (as
// "two-thirds"), is no count; its numbers are not mentions.
const WORD_FRACTION = /(?<![\w-])(?:\d+|[a-z]+)-in-(?:\d+|[a-z]+)(?![\w-])/gi;

/** Every number mention in a sentence, classified, in text order. */
export function findNumbers(text: string): Mention[] {
  let raws = scan(text);
  if (text.includes('-in-')) {
    const spans = allMatches(WORD_FRACTION, text).map((m) => [m.index, m.index + m[0].length] as const);
    raws = raws.filter((r) => !spans.some(([a, b]) => r.start >= a && r.end <= b));
  }
  const merged = mergeRanges(text, raws);
  return merged.map((r) => ({
    kind: classify(text, r),
    text: r.text,
    value: r.value,
    valueHigh: r.high,
    start: r.start,
    end: r.end,
    currency: r.currency,
    percent: r.percent,
    words: r.words,
  }));
}
