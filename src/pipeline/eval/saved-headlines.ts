// Headlines of pages saved as they are, without their sidecar: the government
// corpora's texts are real pages copied from agency sites (banners such as "An official
// website of the United States government", breadcrumbs, "Archived Content", e-mail
// headers), and each sidecar names the page's real headline. Cleaning a text alone,
// as a reporter's dropped-in file is cleaned, must still find that headline.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { clean } from '../clean.ts';
import { learnTemplate } from '../template.ts';
import { structure } from '../structure.ts';
import { readSidecar } from '../sidecar.ts';
import { loadOfficeholders } from '../text/period.ts';
import { matchKey } from '../text/normalize.ts';
import type { HeadlineCandidate, HeadlineWeights, Lead } from '../text/headline-model.ts';

export interface SavedHeadline {
  file: string;
  want: string;
  got: string;
  generated: boolean;
  /** The sidecar's headline is a line of the text. */
  inText: boolean;
  right: boolean;
}

export interface SavedHeadlinesResult {
  pages: SavedHeadline[];
  right: number;
  total: number;
}

/** Every `.txt` of dir whose sidecar (`.yaml` of the same name) gives a headline. */
export interface SavedHeadlinesOptions {
  /** The cleaner's headline model (clean.ts CleanOptions.headlineModel): undefined for its default. */
  headlineModel?: HeadlineWeights | null;
  /** Sees each page's headline candidates and the sidecar's headline (src/cli/headline-model.ts trains on them). */
  observeHeadline?: (file: string, want: string, cands: HeadlineCandidate[], lead: Lead, rulesChoice: number) => void;
}

export function evalSavedHeadlines(dir: string, root: string = process.cwd(), opts: SavedHeadlinesOptions = {}): SavedHeadlinesResult {
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const side = path.join(dir, file.replace(/\.txt$/, '.yaml'));
      const want = existsSync(side) ? readSidecar(readFileSync(side, 'utf8')).sidecar?.headline : undefined;
      return want ? [{ file, want, text: readFileSync(path.join(dir, file), 'utf8') }] : [];
    });
  // The texts come from many sites, so an archive template learns nothing false from them.
  const template = learnTemplate(pairs.map((p) => p.text));
  const officeholders = loadOfficeholders(root);
  const pages = pairs.map(({ file, want, text }) => {
    const article = structure({ file, slug: file.replace(/\.txt$/, ''), cleaned: clean(text, { template, headlineModel: opts.headlineModel, observeHeadline: opts.observeHeadline && ((c, l, r) => opts.observeHeadline!(file, want, c, l, r)) }), sidecar: null, officeholders });
    const key = matchKey(want);
    const inText = text.split('\n').some((line) => matchKey(line) === key);
    const same = !article.headlineGenerated && matchKey(article.headline) === key;
    // Scored only where the text carries the sidecar's headline: elsewhere the sidecar names a
    // title the page does not show, and no label says which of its lines is chrome.
    const right = inText && same;
    return { file, want, got: article.headline, generated: Boolean(article.headlineGenerated), inText, right };
  });
  return { pages, right: pages.filter((p) => p.right).length, total: pages.filter((p) => p.inText).length };
}

export function formatSavedHeadlines(label: string, r: SavedHeadlinesResult, verbose = false): string {
  const pct = r.total ? ((100 * r.right) / r.total).toFixed(1) : '100.0';
  const absent = r.pages.filter((p) => !p.inText).length;
  const lines = [`(${label}, sidecar headline hidden) headlines right ${r.right}/${r.total} (${pct} %) of the pages that carry their headline as a line; ${absent} more do not (not scored)`];
  if (verbose) for (const p of r.pages) if (p.inText && !p.right) lines.push(`  ${p.file}: headline "${p.got}"${p.generated ? ' (generated)' : ''}, want "${p.want}"`);
  return lines.join('\n');
}
