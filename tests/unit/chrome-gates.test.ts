// The line shapes of text/chrome*.ts test a cheap necessary condition before their patterns
// (perf14). Each must answer exactly as the ungated test, written out here as it was, on
// random lines built from the characters and words the shapes look for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as chrome from '../../src/pipeline/text/chrome.ts';
import { words } from '../../src/pipeline/text/normalize.ts';

const SEPARATOR = /\s+(?:\||·|•|›|»|\/\/|◦|▪)\s+/u;
const ref = {
  separatorSegments: (line: string) => line.split(SEPARATOR).map((s) => s.trim()).filter(Boolean),
  breadcrumb(line: string): boolean {
    const segs = line.split(/\s+(?:›|»|>|\/|:)\s+/u).map((s) => s.trim()).filter(Boolean);
    if (segs.length >= 3 && line.length <= 300 && segs.slice(0, -1).every((s) => words(s).length <= 3)) return true;
    const arrows = line.split(/\s+[›»]\s+/u).map((s) => s.trim()).filter(Boolean);
    return arrows.length >= 3 && line.length <= 300 && arrows.slice(0, -1).every((s) => words(s).length <= 6 && !/[.!?]$/.test(s));
  },
  postNavigation: (line: string) => line.length <= 200 && (/^(?:«|‹|←)\s*\S/u.test(line) || /\S\s*(?:»|›|→)$/u.test(line)),
  fieldStrip(folded: string): boolean {
    if (folded.length > 200) return false;
    const fields = folded.split(/(?<=[.;])\s+|\s+[|·•]\s+/u).map((s) => s.trim()).filter(Boolean);
    return fields.length >= 3 && fields.every((s) => /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}:\s+[^:]{1,40}$/u.test(s) && words(s).length <= 8);
  },
  sponsorCredit(key: string): boolean {
    if (key.length <= 120 && /^(?:advertiser|partner|sponsor|branded|paid) content (?:from|by)\s+\S/.test(key)) return true;
    return key.length <= 200 && /(?:^|\s[—–|-]\s*|:\s*)(?:presented|sponsored|underwritten|brought to you|paid for|powered) by\s+(?:(?!\s[-—–]\s)[^.!?|]){1,60}\.?$/.test(key);
  },
  consentTerms(key: string): number {
    if (key.length > 600) return 0;
    const terms = [/\bcookies?\b/, /\bprivacy\b/, /\bconsent\b/, /\bpersonal (?:data|information)\b/, /\bpersonali[sz](?:e|ed|ing|ation)\b/, /\b(?:our|\d[\d,]*) (?:partners|vendors)\b/, /\b(?:your|a|the) device\b/, /\blegitimate interests?\b/, /\b(?:manage|review|change) (?:your )?(?:choices|options|preferences|settings)\b/, /\b(?:accept|reject|decline|opt[- ]out|opt[- ]in)\b/, /\b(?:ad|content) measurement\b|\baudience (?:research|insights)\b/, /\btracking technologies\b|\bsimilar technologies\b/];
    return terms.filter((re) => re.test(key)).length;
  },
};

const pieces = ['Home', 'News', 'Rights', 'Embargo', 'none', 'Kill', 'presented', 'sponsored', 'by', 'the City', 'cookies', 'privacy', 'consent', 'our partners', 'accept', 'your device', 'Local', 'a', '1,200', '›', '»', '>', '/', ':', '|', '·', '•', '//', '→', '«', '←', '.', ';', '!', '?', '-', '—', ' ', ' ', ' ', '  ', '\t', 'x'.repeat(120)];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((xs) => xs.join(''));

describe('gated line shapes', () => {
  it('answer as the ungated tests', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(chrome.separatorSegments(l)).toEqual(ref.separatorSegments(l));
        expect(chrome.breadcrumb(l)).toBe(ref.breadcrumb(l));
        expect(chrome.postNavigation(l)).toBe(ref.postNavigation(l));
        expect(chrome.fieldStrip(l)).toBe(ref.fieldStrip(l));
        expect(chrome.sponsorCredit(l.toLowerCase())).toBe(ref.sponsorCredit(l.toLowerCase()));
        expect(chrome.consentTerms(l.toLowerCase())).toBe(ref.consentTerms(l.toLowerCase()));
      }),
      { numRuns: 5000 },
    );
  });
  it('keep their examples', () => {
    expect(chrome.breadcrumb('Home › Policy › Homeland Security › Agents head north')).toBe(true);
    expect(chrome.fieldStrip('Rights: Subscriber use only. Embargo: none. Kill: none.')).toBe(true);
    expect(chrome.postNavigation('Older posts »')).toBe(true);
    expect(chrome.sponsorCredit('the morning report — presented by the valley bank')).toBe(true);
    expect(chrome.consentTerms('we and our partners use cookies to personalise content and measure your device')).toBeGreaterThanOrEqual(4);
  });
});
