// Attribution: which news organisation the article's reporting comes from.
// - "This article originally appeared in X" (a line of its own) → originally_appeared_in, and X is the outlet.
// - "… told X", "seen by X", "obtained by X" → X's own reporting (the outlet itself).
// - "X reported", "first reported by X", "according to X" → reporting by others.
// Only the outlet the article leans on is kept as `reported_by`: named in the
// first paragraphs or more than once. A passing "CNN reported Wednesday" deep in
// the text is a sentence of the story, not its attribution.
import { foldSpaces } from './normalize.ts';
import { allMatches } from '../extract/re.ts';

const KNOWN = [
  'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'The Associated Press', 'Associated Press', 'Reuters',
  'CBS News', 'NBC News', 'ABC News', 'Fox News', 'Fox News Digital', 'CNN', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'PBS NewsHour', 'BBC', 'BBC News',
  'Axios', 'Politico', 'POLITICO', 'Bloomberg', 'Bloomberg News', 'The Guardian', 'The Hill', 'ProPublica', 'The Atlantic', 'Newsweek', 'Time',
  'USA Today', 'USA TODAY', 'Los Angeles Times', 'The Los Angeles Times', 'NewsNation', 'Newsmax', 'The Daily Beast', 'The Intercept', 'Breitbart',
  'Breitbart News', 'The Washington Examiner', 'Washington Examiner', 'The Daily Caller', 'Univision', 'Telemundo', 'Al Jazeera', 'Semafor', 'NOTUS',
  'The Texas Tribune', 'Border Report', 'Business Insider', 'HuffPost', 'Vox', 'The Free Press', 'The Dispatch', 'The Economist', 'Financial Times',
];
// Words that end newspaper names. Not "Report", "Record", "Register": too often government documents.
const SUFFIX = 'News|Times|Post|Journal|Tribune|Herald|Gazette|Chronicle|Press|Wire|Magazine|Daily|Examiner|Inquirer|Observer|Telegraph|Guardian|Globe|Star|Sun|Bee|Dispatch|Courier|Monitor|Insider|Beast|Caller|Reporter|Independent|Ledger|Sentinel|Tribune|Standard|Mirror|Mail|Express|Bulletin|Leader|Voice|Statesman|Enquirer|Democrat|Republican|Advocate|Beacon';

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// An outlet: a known name, or capitalised words ending in a newspaper word ("the Journal", "the Arizona Republic" is missed: fine).
const OUTLET = `((?:[Tt]he\\s+)?(?:${[...KNOWN].sort((a, b) => b.length - a.length).map((k) => esc(k.replace(/^The /, ''))).join('|')}|(?:[A-Z][\\w&.'’-]*\\s+){0,4}(?:${SUFFIX}))(?![\\w]))`;

// Each rule with a cheap necessary condition (its keywords, case-sensitive like the rule):
// the full rules carry the long outlet alternation and are slow to run over every paragraph.
const rule = (re: RegExp, gate: RegExp) => ({ re, gate });
const FIRST_PARTY = [
  rule(new RegExp(`\\btold\\s+${OUTLET}`, 'g'), /\btold\s/),
  rule(new RegExp(`\\b(?:seen|obtained|reviewed|viewed|heard)\\s+by\\s+${OUTLET}`, 'g'), /\b(?:seen|obtained|reviewed|viewed|heard)\s+by\s/),
  rule(new RegExp(`\\b(?:confirmed|said|provided|shared|given|described)\\s+to\\s+${OUTLET}`, 'g'), /\b(?:confirmed|said|provided|shared|given|described)\s+to\s/),
  rule(new RegExp(`\\b(?:in an interview with|speaking to|spoke to|spoke with|interviewed by)\\s+${OUTLET}`, 'g'), /\b(?:in an interview with|speaking to|spoke to|spoke with|interviewed by)\s/),
  rule(new RegExp(`${OUTLET}\\s+has\\s+(?:learned|confirmed|obtained)`, 'g'), /\shas\s+(?:learned|confirmed|obtained)/),
];
const THIRD_PARTY = [
  rule(new RegExp(`${OUTLET}(?:\\s+\\w+)?\\s+(?:first\\s+)?(?:reported|reports|has reported|was first to report|broke the news)`, 'g'), /\s(?:reported|reports|has reported|was first to report|broke the news)/),
  rule(new RegExp(`\\b(?:first\\s+)?reported\\s+(?:earlier\\s+)?by\\s+${OUTLET}`, 'g'), /\breported\s+(?:earlier\s+)?by\s/),
  rule(new RegExp(`\\baccording to\\s+(?:a\\s+report\\s+(?:by|in|from)\\s+)?${OUTLET}`, 'g'), /\baccording to\s/),
  rule(new RegExp(`\\ba\\s+report\\s+(?:by|in|from)\\s+${OUTLET}`, 'g'), /\ba\s+report\s+(?:by|in|from)\s/),
];
/** Any rule's gate: one scan rules most paragraphs out at once. */
const ANY_GATE = new RegExp([...FIRST_PARTY, ...THIRD_PARTY].map((r) => `(?:${r.gate.source})`).join('|'));
/** A name that ends in a newspaper word. */
const ENDS_IN_SUFFIX = new RegExp(`(?:${SUFFIX})$`);
/** Known names without a leading "The". */
const KNOWN_BARE = new Set(KNOWN.map((k) => k.replace(/^The /, '')));

/** A standalone line crediting the original publication. */
const ORIGINAL_LINE = [
  /^(?:this|the)\s+(?:article|story|report|piece|post|column|interview)\s+(?:was\s+|is\s+)?(?:originally\s+|first\s+)?(?:appeared|published|posted|ran|produced)(?:\s+originally|\s+first)?\s+(?:in|on|by|at|for)\s+(.+?)\.?$/i,
  /^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:in|on|by|at)\s+(.+?)\.?$/i,
  /^a\s+version\s+of\s+this\s+(?:article|story|report)\s+(?:first\s+|originally\s+)?(?:appeared|was published|ran)\s+(?:in|on|by)\s+(.+?)\.?$/i,
  /^(?:this|the)\s+(?:article|story)\s+(?:is|was|has been)\s+(?:republished|reprinted|reproduced|syndicated)\s+(?:from|with permission (?:from|of))\s+(.+?)\.?$/i,
];

/** Short forms used in wire credits and datelines. */
const ALIASES: Record<string, string> = {
  ap: 'The Associated Press',
  'associated press': 'The Associated Press',
  nyt: 'The New York Times',
  wsj: 'The Wall Street Journal',
  afp: 'Agence France-Presse',
  upi: 'United Press International',
};

/** The usual name of an outlet ("AP" → "The Associated Press", "the New York Times" → "The New York Times"). */
export function canonicalOutlet(name: string): string {
  return canonical(name, name);
}

/** The outlet named by a copyright line ("© 2025 The Washington Post", "Copyright 2025 The Associated Press. All rights reserved."). */
export function copyrightOutlet(line: string): string | null {
  const m = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+?)(?:[.,]|\s+all rights reserved|$)/i.exec(foldSpaces(line));
  if (!m) return null;
  const name = m[1]!.trim();
  const bare = name.replace(/^the\s+/i, '');
  const known = KNOWN.some((k) => k.replace(/^The /, '').toLowerCase() === bare.toLowerCase()) || ALIASES[bare.toLowerCase()] !== undefined;
  if (!known && !ENDS_IN_SUFFIX.test(name)) return null;
  return canonicalOutlet(name);
}

const OUTLET_RE = new RegExp(OUTLET, 'g');
// Every outlet-like name in a text, folded. One article's mentions all resolve short
// forms against the same text: the scan is done once per text, not once per mention.
let lastOutlets: { text: string; names: string[] } | null = null;
function outletsIn(text: string): string[] {
  if (lastOutlets?.text !== text) lastOutlets = { text, names: allMatches(OUTLET_RE, text).map((m) => foldSpaces(m[1]!)) };
  return lastOutlets.names;
}

function canonical(name: string, text: string): string {
  let n = foldSpaces(name).replace(/[’']s$/, '');
  const alias = ALIASES[n.replace(/^the\s+/i, '').toLowerCase()];
  if (alias) return alias;
  const bare = n.replace(/^the\s+/i, '');
  const known = KNOWN.find((k) => k.replace(/^The /, '').toLowerCase() === bare.toLowerCase());
  if (known) return known;
  // A short form ("the Journal") stands for a longer name in the same text ("The Wall Street Journal").
  const long = outletsIn(text)
    .filter((o) => o.replace(/^the\s+/i, '').length > bare.length && o.endsWith(bare));
  if (long.length) n = long.sort((a, b) => b.length - a.length)[0]!;
  const resolved = n.replace(/^the\s+/i, '');
  const k2 = KNOWN.find((k) => k.replace(/^The /, '').toLowerCase() === resolved.toLowerCase());
  return k2 ?? n.replace(/^the\s+/, 'The ');
}

/** Outlet named by a standalone "This article originally appeared in X." line, else null. */
// Every credit pattern opens with "this", "the", "originally", "first" or "a": a line whose
// first visible letter is none of t, o, f, a is ruled out without folding it.
const CREDIT_START = /^[\s\u200B-\u200D\u2060\u00AD]*[aoftAOFT]/;

export function originalPublicationLine(line: string): string | null {
  if (!CREDIT_START.test(line)) return null;
  const l = foldSpaces(line);
  if (l.length > 200) return null;
  for (const re of ORIGINAL_LINE) {
    const m = re.exec(l);
    if (m) {
      const name = m[1]!.replace(/\s+(?:on|in)\s+\w+\s+\d{1,2},?\s+\d{4}$/i, '').replace(/[,;]\s*(?:used|reprinted|republished) with permission.*$/i, '').trim();
      if (name && name.split(/\s+/).length <= 8) return canonical(name, name);
    }
  }
  return null;
}

export interface AttributionFound {
  /** The outlet the reporting leans on, or null. */
  reportedBy: string | null;
  /** True when that outlet is only named as the one doing the reporting ("told CBS News"): it is the article's own outlet. */
  ownOutlet: boolean;
  mentions: { outlet: string; kind: 'first' | 'third'; paragraph: number; quote: string }[];
}

export function findAttribution(paragraphs: string[]): AttributionFound {
  const all = paragraphs.join('\n');
  const mentions: AttributionFound['mentions'] = [];
  paragraphs.forEach((text, paragraph) => {
    if (!ANY_GATE.test(text)) return;
    for (const [kind, rules] of [['first', FIRST_PARTY], ['third', THIRD_PARTY]] as const) {
      for (const { re, gate } of rules) {
        if (!gate.test(text)) continue;
        for (const m of allMatches(re, text)) {
          const raw = m[1]!;
          // "the sources", "the Department" are not outlets: a newspaper word or a known name is required.
          if (!ENDS_IN_SUFFIX.test(raw) && !KNOWN_BARE.has(raw.replace(/^the\s+/i, ''))) continue;
          mentions.push({ outlet: canonical(raw, all), kind, paragraph, quote: m[0] });
        }
      }
    }
  });
  const by = new Map<string, { count: number; first: number; kinds: Set<string> }>();
  for (const m of mentions) {
    const e = by.get(m.outlet) ?? { count: 0, first: m.paragraph, kinds: new Set<string>() };
    e.count++;
    e.first = Math.min(e.first, m.paragraph);
    e.kinds.add(m.kind);
    by.set(m.outlet, e);
  }
  const lead = [...by.entries()]
    .filter(([, e]) => e.count >= 2 || e.first < 3)
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first || (a[0] < b[0] ? -1 : 1))[0];
  if (!lead) return { reportedBy: null, ownOutlet: false, mentions };
  return { reportedBy: lead[0], ownOutlet: !lead[1].kinds.has('third'), mentions };
}
