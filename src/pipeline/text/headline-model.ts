// Headline choice as a scored model (issue 15). Among the title lines left above the
// article's first paragraph (the cleaner's step 8 candidates: masthead, section labels,
// tickers, dates, the headline, its standfirst), the headline is the one with the highest
// score w · x(line). The weights are a multinomial (softmax) logistic regression over each
// page's candidates, trained offline on the labelled messy pages by src/cli/headline-model.ts
// and stored in headline-weights.json, so a build is deterministic and needs no training.
// Inference is a dot product over some thirty-five numbers: hand code is shorter and clearer
// than a dependency for it. The certain rules stay rules and run before it (a sidecar headline
// wins, structure.ts; a report's section heading is never a candidate; mastheads named by the
// copyright line or spelt out beside their acronym, bulletin topics and page-title copies go first).
// Measured leave one set out (src/cli/headline-model.ts): adopted because the left-out figures beat
// the blind first runs and the all-sets weights keep every labelled set as right as the rules were.
import { foldSpaces, matchKey, titleCaseRatio, words } from './normalize.ts';
import { contentWords, stopwordDensity } from './chrome.ts';
import { reportSectionHeading } from './headline.ts';
import weightsJson from './headline-weights.json' with { type: 'json' };

/** What the cleaner knows about one candidate line where it chooses the headline. */
export interface HeadlineCandidate {
  line: string;
  /** Order among the page's candidates, top first. */
  rank: number;
  count: number;
  /** Lines of the page (as the pass sees it) between the candidate and the first body paragraph. */
  toBody: number;
  /** The cleaner's title shape (isTitleLike). */
  title: boolean;
  nwords: number;
  /** Articles of the archive carrying the same line (the outlet's template). */
  seen: number;
  /** Right above a byline in the page as given: the article's header. */
  header: boolean;
  /** A labelled line ("BREAKING: …", a ticker or teaser label) offered as a candidate. */
  labelled: boolean;
  /** Sentence-case standfirst shape. */
  dek: boolean;
  verb: boolean;
  /** A tagline's gerund phrase ("Serving the valley since 1921"). */
  gerund: boolean;
  /** The candidate right below / above names the same subject (shares a content word): a headline over its standfirst. */
  subjectBelow: boolean;
  subjectAbove: boolean;
  /** Holds another candidate's words and more ("Gmail - <title>", "<title> | Site"): a page title wrapping the headline. */
  wrapsOther: boolean;
  /** Is held whole in another candidate. */
  insideOther: boolean;
  /** The line the cleaner took for the first paragraph (a title's shape over more prose). */
  body: boolean;
  /** Quoted inside a longer line of the page that is no candidate ("You are subscribed to <topic> for …"). */
  quoted: boolean;
}

export interface HeadlineWeights {
  features: string[];
  weights: number[];
  /** Used by the cleaner by default (the leave-one-set-out test passed); false: the rules' cascade. */
  adopted?: boolean;
  /** How the weights were made (script, data, regularisation): for the reader of the JSON. */
  trained?: string;
}

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s+\d{1,2}\b/i;

/** The features, by name: each a number in [0, 1] (the weights stay comparable and readable). */
export const FEATURES: readonly [string, (c: HeadlineCandidate, lead: Lead) => number][] = [
  ['last', (c) => (c.rank === c.count - 1 ? 1 : 0)],
  ['first', (c) => (c.rank === 0 ? 1 : 0)],
  ['position', (c) => (c.count > 1 ? c.rank / (c.count - 1) : 1)],
  ['near-body', (c) => 1 / (1 + c.toBody)],
  ['words', (c) => Math.min(1, Math.log(1 + c.nwords) / Math.log(26))],
  ['short', (c) => (c.nwords <= 3 ? 1 : 0)],
  ['title-case', (c) => titleCaseRatio(c.line)],
  ['title-shape', (c) => (c.title ? 1 : 0)],
  ['stop-words', (c) => stopwordDensity(c.line)],
  ['verb', (c) => (c.verb ? 1 : 0)],
  ['gerund', (c) => (c.gerund ? 1 : 0)],
  ['ends-mark', (c) => (/[?!:]$/u.test(foldSpaces(c.line)) ? 1 : 0)],
  ['outlet-repeat', (c) => (c.seen >= 2 ? 1 : 0)],
  ['lead-overlap', (c, lead) => overlap(c.line, lead.words)],
  // (A name the lead spells out word for word, "U.S. Customs and Border Protection", is the agency's, not a headline.)
  ['in-lead-verbatim', (c, lead) => (c.nwords >= 2 && lead.key.includes(' ' + matchKey(c.line) + ' ') ? 1 : 0)],
  ['header', (c) => (c.header ? 1 : 0)],
  ['labelled', (c) => (c.labelled ? 1 : 0)],
  ['dek-shape', (c) => (c.dek ? 1 : 0)],
  ['digits', (c) => digitShare(c.line)],
  ['date', (c) => (MONTH.test(c.line) || /\b(?:19|20)\d{2}\b/.test(c.line) ? 1 : 0)],
  ['capitals', (c) => (allCaps(c.line) ? 1 : 0)],
  ['separator', (c) => (/\s[|·•›»]\s/u.test(c.line) ? 1 : 0)],
  ['bracket', (c) => (/[()[\]]/u.test(c.line) ? 1 : 0)],
  ['report-section', (c) => (c.nwords <= 6 && reportSectionHeading(c.line) ? 1 : 0)],
  ['subject-below', (c) => (c.subjectBelow ? 1 : 0)],
  ['subject-above', (c) => (c.subjectAbove ? 1 : 0)],
  ['wraps-other', (c) => (c.wrapsOther ? 1 : 0)],
  ['inside-other', (c) => (c.insideOther ? 1 : 0)],
  ['first-paragraph', (c) => (c.body ? 1 : 0)],
  ['quoted-on-page', (c) => (c.quoted ? 1 : 0)],
  ['names-organisation', (c) => (namesOrganisation(c.line) ? 1 : 0)],
  // What the article is about, past its lead: a headline's words and names recur through the body,
  // a masthead's, section label's or site notice's do not (they carry across outlets, unlike phrases).
  // (Counted, not a share: a three-word label whose words all recur says less than a title with eight that do.)
  ['body-overlap', (c, lead) => scaled([...contentWords(c.line)].filter((w) => lead.counts.has(w)).length)],
  ['body-repeat', (c, lead) => scaled([...contentWords(c.line)].filter((w) => (lead.counts.get(w) ?? 0) >= 2).length)],
  ['names-in-body', (c, lead) => scaled(namesInBody(c.line, lead))],
  // A line that speaks to the reader ("You are here", "Your browser is not supported"): the site's, rarely a story's title.
  ['second-person', (c) => (/\b(?:you|your|you're|you've)\b/i.test(c.line) ? 1 : 0)],
];

/** Share of the candidate's content words found in the article's lead paragraphs. */
function overlap(line: string, lead: Set<string>): number {
  const ws = [...contentWords(line)];
  if (ws.length === 0 || lead.size === 0) return 0;
  return ws.filter((w) => lead.has(w)).length / ws.length;
}
/**
 * An organisation's name with its initials ("CBP - U.S. Customs and Border Protection", "U.S. Customs and
 * Border Protection (CBP)"): an agency's or outlet's masthead, spelt out beside its acronym, not a headline.
 */
function namesOrganisation(line: string): boolean {
  const ws = words(line);
  const acronyms = ws.filter((w) => /^\p{Lu}{2,6}$/u.test(w));
  if (acronyms.length === 0 || ws.length > 12) return false;
  const initials = ws.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w[0]).join('');
  return acronyms.some((a) => initials.includes(a));
}
/** A count of matching words on [0, 1]: 0 → 0, 1 → .29, 3 → .58, 10 and more → 1. */
function scaled(k: number): number {
  return Math.min(1, Math.log(1 + k) / Math.log(11));
}
/**
 * How many of the candidate's names (capitalised words not opening it) the body spells the same way
 * mid-sentence: the people, places and agencies the story names.
 */
function namesInBody(line: string, lead: Lead): number {
  const ws = words(line).slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && w.length >= 3 && !STOP_CAP.has(w.toLowerCase()));
  return ws.filter((w) => lead.names.has(w.replace(/['’]s$/, ''))).length;
}
// (Title case capitalises function words too: those are no names.)
const STOP_CAP = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'over', 'under', 'after', 'before', 'about', 'are', 'was', 'were', 'has', 'have', 'had', 'its', 'their', 'this', 'that', 'new', 'more', 'than', 'will', 'not', 'but', 'out', 'off', 'how', 'what', 'who', 'why', 'when']);

function digitShare(line: string): number {
  const ws = words(line);
  return ws.length ? ws.filter((w) => /\d/.test(w)).length / ws.length : 0;
}
function allCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function featureVector(c: HeadlineCandidate, lead: Lead): number[] {
  return FEATURES.map(([, fn]) => fn(c, lead));
}

/**
 * The article's first paragraphs: their content words (what the headline is about) and their match key;
 * and the body's prose (the lead's paragraphs when none is given): its content words, how often each is
 * said, and the capitalised words it spells mid-sentence (its names).
 */
export interface Lead {
  words: Set<string>;
  key: string;
  /** The body's content words, each with the number of paragraphs that say it. */
  counts: Map<string, number>;
  names: Set<string>;
}
/** A paragraph's content words and mid-sentence names, by its text: the cleaner's passes read the same paragraphs again. */
export type ParagraphMemo = Map<string, { content: Set<string>; names: string[] }>;

export function leadOf(paragraphs: string[], body: string[] = paragraphs, memo: ParagraphMemo = new Map()): Lead {
  const text = paragraphs.join(' ');
  const counts = new Map<string, number>();
  const names = new Set<string>();
  for (const p of body) {
    let m = memo.get(p);
    if (!m) {
      // (One tokenisation a paragraph: its content words counted once each, its names mid-sentence.)
      const ws = words(p);
      const own: string[] = [];
      for (let k = 1; k < ws.length; k++) if (/^\p{Lu}\p{Ll}/u.test(ws[k]!)) own.push(ws[k]!.replace(/['’]s$/, ''));
      memo.set(p, (m = { content: contentWords(ws), names: own }));
    }
    for (const w of m.content) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const w of m.names) names.add(w);
  }
  return { words: contentWords(text), key: ` ${matchKey(text)} `, counts, names };
}

export const HEADLINE_WEIGHTS = weightsJson as HeadlineWeights;

function weightsByFeature(w: HeadlineWeights): number[] {
  // (Matched by name: a JSON written for another feature list must not be read in the wrong order.)
  return FEATURES.map(([name]) => {
    const k = w.features.indexOf(name);
    return k >= 0 ? w.weights[k]! : 0;
  });
}

export interface HeadlineChoice {
  /** Index into the candidates of the chosen headline. */
  best: number;
  scores: number[];
  /** Softmax probability of the chosen line among the candidates. */
  confidence: number;
  /** For the build report: the features that pushed a line's score most, "verb +1.2, outlet-repeat −2.0". */
  reasons: string[];
}

export function chooseHeadline(cands: HeadlineCandidate[], lead: Lead, w: HeadlineWeights = HEADLINE_WEIGHTS): HeadlineChoice {
  const ws = weightsByFeature(w);
  const xs = cands.map((c) => featureVector(c, lead));
  const scores = xs.map((x) => x.reduce((s, v, k) => s + v * ws[k]!, 0));
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  const max = scores[best]!;
  const z = scores.reduce((s, v) => s + Math.exp(v - max), 0);
  const reasons = xs.map((x, j) => {
    // Against the chosen line: what this line has or lacks that the headline has not.
    const diff = x.map((v, k) => ({ name: FEATURES[k]![0], d: (v - (j === best ? 0 : xs[best]![k]!)) * ws[k]! }));
    return diff
      .filter((e) => Math.abs(e.d) >= 0.05)
      .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))
      .slice(0, 3)
      .map((e) => `${e.name} ${e.d >= 0 ? '+' : '−'}${Math.abs(e.d).toFixed(1)}`)
      .join(', ');
  });
  return { best, scores, confidence: 1 / z, reasons };
}

/**
 * Softmax logistic regression over each page's candidates, by gradient descent with an L2
 * penalty (deterministic: fixed start, fixed steps). `pages` are feature vectors and the
 * index of the true headline among them.
 */
export function trainHeadlineModel(pages: { xs: number[][]; y: number }[], opts: { l2?: number; steps?: number; rate?: number } = {}): number[] {
  const d = FEATURES.length;
  const l2 = opts.l2 ?? 0.05;
  const steps = opts.steps ?? 3000;
  const rate = opts.rate ?? 0.5;
  const w = new Array<number>(d).fill(0);
  for (let t = 0; t < steps; t++) {
    const g = w.map((v) => l2 * v);
    for (const { xs, y } of pages) {
      const s = xs.map((x) => x.reduce((a, v, k) => a + v * w[k]!, 0));
      const m = Math.max(...s);
      const e = s.map((v) => Math.exp(v - m));
      const z = e.reduce((a, b) => a + b, 0);
      xs.forEach((x, j) => {
        const p = e[j]! / z - (j === y ? 1 : 0);
        for (let k = 0; k < d; k++) g[k]! += (p * x[k]!) / pages.length;
      });
    }
    for (let k = 0; k < d; k++) w[k]! -= rate * g[k]!;
  }
  return w;
}
