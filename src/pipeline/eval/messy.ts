// The cleaner on the messy-page corpus (tests/fixtures/messy/: public-domain
// releases wrapped in invented site chrome, labelled per page): how much chrome is
// removed, how much of the body is kept, how many headlines are the article's own,
// and whether any claim is quoted from a chrome line. The pages are cleaned as one
// archive, as the pipeline cleans seeds/, so outlet templates are learnt across them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { clean } from '../clean.ts';
import { learnTemplate } from '../template.ts';
import { structure, splitDateline } from '../structure.ts';
import { extractClaims } from '../extract/index.ts';
import { loadOfficeholders } from '../text/period.ts';
import { foldSpaces, matchKey } from '../text/normalize.ts';
import type { Article, CleanResult } from '../types.ts';
import type { HeadlineCandidate, HeadlineWeights, Lead } from '../text/headline-model.ts';

export interface MessyLabel {
  outlet: string;
  headline: string;
  dek: string | null;
  must_drop: string[];
  must_keep: string[];
  /** The page has no headline line (a channel post, a forwarded note): `headline` says so in words. */
  headline_absent?: boolean;
}

export interface MessyPage {
  file: string;
  label: MessyLabel;
  cleaned: CleanResult;
  article: Article;
  /** must_drop lines still on the page (as headline, dek, heading or paragraph). */
  survived: string[];
  /** must_keep lines missing from the article's paragraphs. */
  lost: string[];
  headlineRight: boolean;
  /** Claims whose quote comes from a must_drop line. */
  chromeClaims: { quote: string; line: string }[];
}

export interface MessyResult {
  pages: MessyPage[];
  chrome: { total: number; removed: number; rate: number };
  body: { total: number; kept: number; rate: number };
  headlines: { total: number; right: number; rate: number };
  chromeClaims: number;
}

/** Where a chrome line would show: the article's headline, dek, headings and paragraphs. */
function shown(article: Article): string[] {
  return [article.headline, article.dek ?? '', ...article.sections, ...article.paragraphs.map((p) => p.text)].map(matchKey).filter(Boolean);
}

/**
 * On a page with no headline line the right headline is one the cleaner says it generated
 * *from the article's text*: its words inside a must_keep line. A line of the page taken as
 * the headline, or one generated from a chrome line (a channel's description), is wrong.
 */
export function absentHeadlineRight(label: MessyLabel, article: Article): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const h = words(article.headline);
  return article.headlineGenerated && h !== '' && label.must_keep.some((k) => words(k).includes(h));
}

export function scorePage(file: string, label: MessyLabel, cleaned: CleanResult, article: Article): MessyPage {
  const units = shown(article);
  const survived = label.must_drop.filter((line) => {
    const k = matchKey(line);
    // Whole units, or a line of four words or more inside one (unwrapped into a paragraph).
    return units.some((u) => u === k || (k.split(' ').length >= 4 && u.includes(k)));
  });
  const body = matchKey(article.paragraphs.map((p) => p.text).join('\n'));
  const lost = label.must_keep.filter((line) => !body.includes(matchKey(splitDateline(foldSpaces(line)).rest)));
  const headlineRight = label.headline_absent ? absentHeadlineRight(label, article) : !article.headlineGenerated && matchKey(article.headline) === matchKey(label.headline);
  const dropKeys = label.must_drop.map(matchKey);
  // A headline's own figures are the headline's (scored as headlines above), not a chrome line's.
  const chromeClaims = extractClaims(article)
    .filter((c) => !c.from_headline)
    .map((c) => ({ quote: c.quote, line: dropKeys.find((d) => d.includes(matchKey(c.quote))) }))
    .filter((c): c is { quote: string; line: string } => c.line !== undefined);
  return { file, label, cleaned, article, survived, lost, headlineRight, chromeClaims };
}

export interface MessyOptions {
  /** Learn outlet templates across the pages (as the pipeline does); false cleans each page alone. */
  archive?: boolean;
  /** The cleaner's headline model (clean.ts CleanOptions.headlineModel): undefined for its default. */
  headlineModel?: HeadlineWeights | null;
  /** Sees each page's headline candidates (src/cli/headline-model.ts trains on them). */
  observeHeadline?: (file: string, cands: HeadlineCandidate[], lead: Lead, rulesChoice: number) => void;
}

export function evalMessy(dir: string, root: string = process.cwd(), opts: MessyOptions = {}): MessyResult {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, MessyLabel>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && labels[f]).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const template = opts.archive === false ? null : learnTemplate(texts.values());
  const officeholders = loadOfficeholders(root);
  const pages = files.map((file) => {
    const cleaned = clean(texts.get(file)!, { template, headlineModel: opts.headlineModel, observeHeadline: opts.observeHeadline && ((c, l, r) => opts.observeHeadline!(file, c, l, r)) });
    const article = structure({ file, slug: file.replace(/\.txt$/, ''), cleaned, sidecar: null, officeholders });
    return scorePage(file, labels[file]!, cleaned, article);
  });
  const rate = (a: number, b: number) => (b ? a / b : 1);
  const chromeTotal = pages.reduce((n, p) => n + p.label.must_drop.length, 0);
  const chromeLeft = pages.reduce((n, p) => n + p.survived.length, 0);
  const bodyTotal = pages.reduce((n, p) => n + p.label.must_keep.length, 0);
  const bodyLost = pages.reduce((n, p) => n + p.lost.length, 0);
  const right = pages.filter((p) => p.headlineRight).length;
  return {
    pages,
    chrome: { total: chromeTotal, removed: chromeTotal - chromeLeft, rate: rate(chromeTotal - chromeLeft, chromeTotal) },
    body: { total: bodyTotal, kept: bodyTotal - bodyLost, rate: rate(bodyTotal - bodyLost, bodyTotal) },
    headlines: { total: pages.length, right, rate: rate(right, pages.length) },
    chromeClaims: pages.reduce((n, p) => n + p.chromeClaims.length, 0),
  };
}

/** Targets of issue 15. */
export function messyOk(r: MessyResult): boolean {
  return r.chrome.rate >= 0.97 && r.body.rate === 1 && r.headlines.rate >= 0.95 && r.chromeClaims === 0;
}

export function formatMessy(r: MessyResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `messy pages (${r.pages.length}): chrome removed ${r.chrome.removed}/${r.chrome.total} (${pct(r.chrome.rate)}), ` +
      `body kept ${r.body.kept}/${r.body.total} (${pct(r.body.rate)}), headlines right ${r.headlines.right}/${r.headlines.total} (${pct(r.headlines.rate)}), ` +
      `claims from chrome lines ${r.chromeClaims}`,
  ];
  for (const p of r.pages) {
    for (const s of p.survived) lines.push(`  ${p.file}: chrome kept: ${s}`);
    for (const s of p.lost) lines.push(`  ${p.file}: body lost: ${s.slice(0, 100)}`);
    const want = p.label.headline_absent ? '(none on the page: one generated from the text)' : p.label.headline;
    if (!p.headlineRight) lines.push(`  ${p.file}: headline "${p.article.headline}"${p.article.headlineGenerated ? ' (generated)' : ''}, want "${want}"`);
    for (const c of p.chromeClaims) lines.push(`  ${p.file}: claim from chrome: ${c.quote}`);
  }
  return lines.join('\n');
}
