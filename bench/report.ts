// Results types, budget checks and the BENCHMARKS.md table. Pure functions of
// the results, so the Markdown can be regenerated from results.json alone.
import type { PageWeight, TypeWeight } from './weights.ts';

export interface PipelineResult {
  date?: string;
  runs: number[];
  medianMs: number;
  articles: number;
  claims: number;
  articlesPerSec: number;
  msPerArticle: number;
  peakRssMb: number;
}
export interface SiteResult {
  date?: string;
  command: string;
  runs: number[];
  medianMs: number;
  peakMb: number | null;
  peakTreeMb: number | null;
  maxSingleRssMb: number | null;
  rebuildRuns: number[];
  rebuildMedianMs: number;
  /** The PDF step's share of the build and of the rebuild (from the build log), when it ran. */
  pdfMedianMs?: number | null;
  rebuildPdfMedianMs?: number | null;
  phases: string[];
  timeline?: { tag: string; firstS: number; lastS: number; lines: number }[];
  weights: TypeWeight[];
}
export interface FloorResult {
  date?: string;
  runs: number[];
  medianMs: number;
  peakMb: number | null;
  storyMedian: PageWeight | null;
}
export interface SizeResult {
  n: number;
  date: string;
  runs: number;
  seed: number;
  pipeline: PipelineResult | null;
  site: SiteResult | null;
  /** Why the site build could not be measured at this size. */
  siteError?: string;
  floor: FloorResult | null;
  /** Same pages from one JSON data collection instead of MDX files (reference point, not the floor). */
  floorData?: FloorResult | null;
  /** The site build with SURGE_SKIP_PDF=1 (`--only site-nopdf`): everything but the print step. */
  siteNoPdf?: SiteResult | null;
  siteNoPdfError?: string;
}
export interface Budget {
  name: string;
  limit: string;
  actual: string;
  /** null: not measured in these results. */
  ok: boolean | null;
}
export interface Results {
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; loadavg: number[] };
  date: string;
  sizes: SizeResult[];
  budgets: Budget[];
}

const KB = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Marginal build cost per article between two sizes (ms), which removes the fixed start-up cost. */
export function marginal(a: { n: number; ms: number }, b: { n: number; ms: number }): number {
  return (b.ms - a.ms) / (b.n - a.n);
}

export function checkBudgets(r: Results): Budget[] {
  const out: Budget[] = [];
  const size = (n: number) => r.sizes.find((s) => s.n === n);
  const largest = r.sizes.filter((s) => s.pipeline).sort((a, b) => b.n - a.n);

  // Pipeline throughput: the largest corpus measured (start-up weighs least there).
  const p = largest[0]?.pipeline;
  out.push({
    name: 'pipeline throughput (one core)',
    limit: '≥ 1,000 articles/s',
    actual: p ? `${p.articlesPerSec} articles/s at n=${largest[0]!.n}` : 'not measured',
    ok: p ? p.articlesPerSec >= 1000 : null,
  });

  const k = size(1000);
  out.push({
    name: 'full build of 1,000 vs bare-Astro floor',
    limit: '≤ 1.3 ×',
    actual: k?.site && k.floor ? `${(k.site.medianMs / k.floor.medianMs).toFixed(2)} × (${s1(k.site.medianMs)} vs ${s1(k.floor.medianMs)})` : 'not measured',
    ok: k?.site && k.floor ? k.site.medianMs / k.floor.medianMs <= 1.3 : null,
  });

  const tenk = size(10000);
  const built = r.sizes.filter((s) => s.site).sort((a, b) => a.n - b.n);
  let flat = 'not measured';
  let flatOk: boolean | null = null;
  if (built.length >= 3 && tenk?.site) {
    const pts = built.map((s) => ({ n: s.n, ms: s.site!.medianMs }));
    const m1 = marginal(pts[0]!, pts[pts.length - 2]!);
    const m2 = marginal(pts[pts.length - 2]!, pts[pts.length - 1]!);
    flat = `marginal ${m1.toFixed(1)} → ${m2.toFixed(1)} ms/article`;
    flatOk = m2 <= 1.5 * m1;
  }
  out.push({
    name: 'build of 10,000: peak memory',
    limit: '≤ 2,048 MB',
    actual: tenk?.site?.peakMb != null ? `${tenk.site.peakMb} MB` : tenk?.pipeline ? `build not run; pipeline alone ${tenk.pipeline.peakRssMb} MB` : 'not measured',
    ok: tenk?.site?.peakMb != null ? tenk.site.peakMb <= 2048 : null,
  });
  out.push({ name: 'build cost per article flat 100 → 10,000', limit: 'marginal cost at 10k ≤ 1.5 × at 1k', actual: flat, ok: flatOk });
  const pipes = r.sizes.filter((s) => s.pipeline).sort((a, b) => a.n - b.n);
  if (pipes.length >= 2) {
    const lo = pipes.find((s) => s.n >= 1000) ?? pipes[0]!;
    const hi = pipes[pipes.length - 1]!;
    if (hi.n > lo.n && lo.pipeline && hi.pipeline) {
      out.push({
        name: 'pipeline cost per article flat',
        limit: `ms/article at ${hi.n} ≤ 1.5 × at ${lo.n}`,
        actual: `${lo.pipeline.msPerArticle} → ${hi.pipeline.msPerArticle} ms/article`,
        ok: hi.pipeline.msPerArticle <= 1.5 * lo.pipeline.msPerArticle,
      });
    }
  }

  // The same budgets for the build without its print step (SURGE_SKIP_PDF=1), reported beside
  // them: printing every story with Chromium costs more than the floor's whole build.
  const np = r.sizes.filter((s) => s.siteNoPdf).sort((a, b) => a.n - b.n);
  const npK = size(1000)?.siteNoPdf;
  const floorK = size(1000)?.floor;
  out.push({
    name: 'build of 1,000 without PDFs vs floor',
    limit: '≤ 1.3 ×',
    actual: npK && floorK ? `${(npK.medianMs / floorK.medianMs).toFixed(2)} × (${s1(npK.medianMs)} vs ${s1(floorK.medianMs)})` : 'not measured',
    ok: npK && floorK ? npK.medianMs / floorK.medianMs <= 1.3 : null,
  });
  const npTenk = size(10000)?.siteNoPdf;
  out.push({
    name: 'build of 10,000 without PDFs: peak memory',
    limit: '≤ 2,048 MB',
    actual: npTenk?.peakMb != null ? `${npTenk.peakMb} MB` : size(10000)?.siteNoPdfError ? `build failed: ${size(10000)!.siteNoPdfError!.split('\n').find((l) => /heap|memory|error/i.test(l)) ?? 'see below'}` : 'not measured',
    ok: npTenk?.peakMb != null ? npTenk.peakMb <= 2048 : size(10000)?.siteNoPdfError ? false : null,
  });
  if (np.length >= 3 && npTenk) {
    const pts = np.map((s) => ({ n: s.n, ms: s.siteNoPdf!.medianMs }));
    const m1 = marginal(pts[0]!, pts[pts.length - 2]!);
    const m2 = marginal(pts[pts.length - 2]!, pts[pts.length - 1]!);
    out.push({ name: 'build without PDFs: cost per article flat', limit: 'marginal cost at 10k ≤ 1.5 × at 1k', actual: `marginal ${m1.toFixed(1)} → ${m2.toFixed(1)} ms/article`, ok: m2 <= 1.5 * m1 });
  }
  const npLast = np[np.length - 1];
  if (npLast?.siteNoPdf) {
    const x = npLast.siteNoPdf;
    out.push({
      name: 'rebuild without PDFs',
      limit: '≤ 10 % of full build',
      actual: `${((x.rebuildMedianMs / x.medianMs) * 100).toFixed(0)} % at n=${npLast.n} (${s1(x.rebuildMedianMs)} of ${s1(x.medianMs)})`,
      ok: x.rebuildMedianMs <= 0.1 * x.medianMs,
    });
  }

  const rb = built[built.length - 1];
  out.push({
    name: 'rebuild after one seed changes',
    limit: '≤ 10 % of full build',
    actual: rb?.site ? `${((rb.site.rebuildMedianMs / rb.site.medianMs) * 100).toFixed(0)} % at n=${rb.n} (${s1(rb.site.rebuildMedianMs)} of ${s1(rb.site.medianMs)})` : 'not measured',
    ok: rb?.site ? rb.site.rebuildMedianMs <= 0.1 * rb.site.medianMs : null,
  });

  // Page weights from the newest build measured (the current code), with or without PDFs
  // (the print step does not change the pages); between builds of the same run, the largest.
  const weighed = r.sizes
    .flatMap((s) => [s.site, s.siteNoPdf].filter((x): x is SiteResult => !!x && x.weights.length > 0).map((x) => ({ n: s.n, date: x.date ?? s.date, weights: x.weights })))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || b.n - a.n)[0];
  const weights = weighed?.weights ?? [];
  const at = weighed ? ` at n=${weighed.n}` : '';
  const wt = (t: string) => weights.find((w) => w.type === t);
  const story = wt('story');
  out.push({
    name: 'story page, gzipped, fonts excluded',
    limit: '≤ 40 KB',
    actual: story ? `${KB(story.max.totalGzNoFonts)} (heaviest of ${story.sampled} sampled${at})` : 'no story pages',
    ok: story ? story.max.totalGzNoFonts <= 40 * 1024 : null,
  });
  const embed = wt('embed');
  out.push({
    name: 'embed page, gzipped, fonts excluded',
    limit: '≤ 15 KB',
    actual: embed ? `${KB(embed.max.totalGzNoFonts)} (heaviest${at})` : 'no embed pages in dist',
    ok: embed ? embed.max.totalGzNoFonts <= 15 * 1024 : null,
  });
  const js = weights.length ? Math.max(...weights.map((w) => w.max.js.gz)) : null;
  out.push({ name: 'JavaScript on any page, gzipped', limit: '≤ 5 KB', actual: js === null ? 'not measured' : KB(js), ok: js === null ? null : js <= 5 * 1024 });
  const fonts = weights.length ? Math.max(...weights.map((w) => w.max.fonts.raw)) : null;
  out.push({ name: 'fonts on any page', limit: '≤ 60 KB', actual: fonts === null ? 'not measured' : KB(fonts), ok: fonts === null ? null : fonts <= 60 * 1024 });
  return out;
}

const flag = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'ok' : '**over**');

export function renderMarkdown(r: Results, notes: string): string {
  const L: string[] = [];
  L.push('# Benchmarks', '');
  L.push('Generated by `npm run bench` (bench/run.ts) — do not edit by hand; notes come from bench/notes.md.', '');
  L.push(`- Date: ${r.date}`);
  L.push(`- Machine: ${r.machine.cpu} × ${r.machine.cores} cores, ${r.machine.memoryGb} GB RAM, ${r.machine.os}, load average ${r.machine.loadavg.join(' / ')} at the end`);
  L.push(`- Node: ${r.machine.node}`);
  L.push('- Corpus: bench/corpus.ts, deterministic (seed 1), 400–1,500 words per article with web boilerplate; timings are medians of the runs shown.', '');

  L.push('## Budgets', '', '| Budget | Limit | Measured | Status |', '|---|---|---|---|');
  for (const b of r.budgets) L.push(`| ${b.name} | ${b.limit} | ${b.actual} | ${flag(b.ok)} |`);
  L.push('');

  L.push('## Pipeline (read → emit, one process)', '', '| Articles | Runs | Median time | Articles/s | ms/article | Claims | Peak RSS | Measured |', '|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const s of r.sizes) {
    const p = s.pipeline;
    if (!p) continue;
    L.push(`| ${s.n.toLocaleString('en-US')} | ${p.runs.length} | ${s1(p.medianMs)} | ${p.articlesPerSec} | ${p.msPerArticle} | ${p.claims.toLocaleString('en-US')} | ${p.peakRssMb} MB | ${(p.date ?? s.date).slice(0, 16)} |`);
  }
  L.push('');

  L.push('## Full build vs bare-Astro floor', '', '| Articles | Build (median) | Peak memory | Floor (median) | Floor peak | Ratio | Rebuild after one seed | Rebuild share | Measured |', '|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const s of r.sizes) {
    if (!s.site) {
      const f = s.floor;
      L.push(`| ${s.n.toLocaleString('en-US')} | ${s.siteError ? 'failed (below)' : 'not run'} | | ${f ? s1(f.medianMs) : '—'} | ${f ? `${f.peakMb} MB` : '—'} | | | | ${(f?.date ?? s.date).slice(0, 16)} |`);
      continue;
    }
    const f = s.floor;
    L.push(
      `| ${s.n.toLocaleString('en-US')} | ${s1(s.site.medianMs)} | ${s.site.peakMb} MB | ${f ? s1(f.medianMs) : '—'} | ${f ? `${f.peakMb} MB` : '—'} | ${f ? (s.site.medianMs / f.medianMs).toFixed(2) + ' ×' : '—'} | ${s1(s.site.rebuildMedianMs)} | ${((s.site.rebuildMedianMs / s.site.medianMs) * 100).toFixed(0)} % | ${(s.site.date ?? s.date).slice(0, 16)} |`,
    );
  }
  const withPdf = r.sizes.filter((s) => s.site && s.site.pdfMedianMs != null);
  if (withPdf.length) {
    L.push(
      '',
      'The same builds without their PDF step (every story and the report printed by Chromium, src/integrations/pdf.ts), to show where the time goes:',
      '',
      '| Articles | PDF step | Build without PDFs | Ratio to floor without PDFs | PDF step in rebuild | Rebuild without PDFs | Share without PDFs |',
      '|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const s of withPdf) {
      const st = s.site!;
      const bare = st.medianMs - st.pdfMedianMs!;
      const rbare = st.rebuildMedianMs - (st.rebuildPdfMedianMs ?? 0);
      L.push(
        `| ${s.n.toLocaleString('en-US')} | ${s1(st.pdfMedianMs!)} | ${s1(bare)} | ${s.floor ? (bare / s.floor.medianMs).toFixed(2) + ' ×' : '—'} | ${st.rebuildPdfMedianMs != null ? s1(st.rebuildPdfMedianMs) : '—'} | ${s1(rbare)} | ${((rbare / bare) * 100).toFixed(0)} % |`,
      );
    }
  }
  const np = r.sizes.filter((s) => s.siteNoPdf).sort((a, b) => a.n - b.n);
  for (const s of r.sizes.filter((x) => x.siteNoPdfError)) {
    L.push('', `Build of ${s.n.toLocaleString('en-US')} without PDFs failed:`, '', '```', s.siteNoPdfError!, '```');
  }
  if (np.length) {
    L.push(
      '',
      'Builds without the print step (`--only site-nopdf`: SURGE_SKIP_PDF=1, everything else the same):',
      '',
      '| Articles | Build (median) | Peak memory | ms/article | Floor | Ratio | Rebuild after one seed | Rebuild share | Measured |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const s of np) {
      const x = s.siteNoPdf!;
      const f = s.floor;
      L.push(
        `| ${s.n.toLocaleString('en-US')} | ${s1(x.medianMs)} | ${x.peakMb} MB | ${(x.medianMs / s.n).toFixed(1)} | ${f ? s1(f.medianMs) : '—'} | ${f ? (x.medianMs / f.medianMs).toFixed(2) + ' ×' : '—'} | ${s1(x.rebuildMedianMs)} | ${((x.rebuildMedianMs / x.medianMs) * 100).toFixed(0)} % | ${(x.date ?? s.date).slice(0, 16)} |`,
      );
    }
  }
  const fd = r.sizes.filter((s) => s.floorData);
  if (fd.length) {
    L.push('', 'Reference point, not the floor: the same bare project rendering the pages from one JSON data collection instead of N MDX files (bench/floor.ts, variant "data"; `--only floor-data`):', '', '| Articles | MDX floor | Peak | JSON-data floor | Peak |', '|---:|---:|---:|---:|---:|');
    for (const s of fd) L.push(`| ${s.n.toLocaleString('en-US')} | ${s.floor ? s1(s.floor.medianMs) : '—'} | ${s.floor ? `${s.floor.peakMb} MB` : '—'} | ${s1(s.floorData!.medianMs)} | ${s.floorData!.peakMb} MB |`);
  }
  for (const s of r.sizes) if (s.siteError) L.push('', `Build of ${s.n.toLocaleString('en-US')} failed:`, '', '```', s.siteError.replace(/\x1b\[[0-9;]*m/g, ''), '```');
  const cmd = r.sizes.find((s) => s.site)?.site?.command;
  if (cmd) L.push('', `Build command: \`${cmd}\` (package.json "build"), with SEEDS_DIR / SURGE_CONTENT_DIR / SURGE_OUT_DIR / SURGE_CACHE_DIR pointing into bench/work. Peak memory is the larger of the summed RSS of the build's process tree (sampled every 100 ms) and the largest single process's max RSS.`);
  L.push('');

  const withW = [...r.sizes].reverse().find((s) => s.site?.weights.length);
  if (withW?.site) {
    L.push(`## Page weight (n=${withW.n.toLocaleString('en-US')}, heaviest sampled page of each type; gz = zlib gzip)`, '');
    L.push('| Page type | Pages | HTML raw / gz | CSS raw / gz | JS raw / gz | Fonts | Images gz | Total gz (no fonts) | Requests |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const w of withW.site.weights) {
      const m = w.max;
      L.push(`| ${w.type} | ${w.pages.toLocaleString('en-US')} | ${KB(m.html.raw)} / ${KB(m.html.gz)} | ${KB(m.css.raw)} / ${KB(m.css.gz)} | ${KB(m.js.raw)} / ${KB(m.js.gz)} | ${KB(m.fonts.raw)} | ${KB(m.images.gz)} | ${KB(m.totalGzNoFonts)} | ${m.requests} |`);
    }
    const fl = withW.floor?.storyMedian;
    if (fl) L.push(`| floor story (median) | | ${KB(fl.html.raw)} / ${KB(fl.html.gz)} | ${KB(fl.css.raw)} / ${KB(fl.css.gz)} | ${KB(fl.js.raw)} / ${KB(fl.js.gz)} | ${KB(fl.fonts.raw)} | ${KB(fl.images.gz)} | ${KB(fl.totalGzNoFonts)} | ${fl.requests} |`);
    L.push('', 'CSS and JS include inline `<style>`/`<script>` (also counted inside HTML); "Total gz" is HTML + external CSS/JS + images, each gzipped separately. Fonts: the @font-face files whose unicode-range covers Latin (what a browser fetches for these pages).', '');
    const ph = withW.site.phases;
    if (ph.length) L.push('### Build phases (from the build log)', '', '```', ...ph, '```', '');
    const tl = withW.site.timeline ?? [];
    if (tl.length) {
      L.push(`Timeline of the build's log output (seconds after start, full build ${s1(withW.site.medianMs)}):`, '', '| Logger | First line | Last line | Lines |', '|---|---:|---:|---:|');
      for (const t of tl) L.push(`| ${t.tag} | ${t.firstS} | ${t.lastS} | ${t.lines} |`);
      L.push('');
    }
  }
  if (notes.trim()) L.push('## Notes', '', notes.trim(), '');
  return L.join('\n');
}
