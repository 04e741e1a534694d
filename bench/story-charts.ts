// `node bench/story-charts.ts CONTENT_DIR [--rounds 2]`: the chart specs of every story of a built
// content folder (a build's SURGE_CONTENT_DIR: stories and datasets), as the story pages and share
// cards ask for them (each story twice by default), timed in process CPU, with the heap after a GC
// and the story numbers `storyCount` read (countScan).
// Isolates the charts' part of route and page generation from the rest of a site build, so two
// versions of src/charts/registry.ts can be compared on one corpus on a shared machine.
// Also times `agencyPages` (src/lib/agencies.ts) on the same content, its inputs built as
// src/lib/agency-site.ts builds them (the mention scan, `storyMentions`, over the story files timed apart).
// Run with `node --expose-gc` for the heap figures.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadChartData } from '../src/charts/data.ts';
import { chartSpecs, chartWork } from '../src/charts/registry.ts';
import { agencyPages, agencyTree, figures, storyMentions } from '../src/lib/agencies.ts';
import { defaultGazetteer } from '../src/pipeline/reference/agencies.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '2' } } });
const content = path.resolve(positionals[0] ?? 'content');
const rounds = Number(values.rounds);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => (gc?.(), process.memoryUsage().heapUsed / 2 ** 20);

const data = await loadChartData({ root: process.cwd(), contentDir: content });
const base = heap();
const t0 = process.cpuUsage();
chartSpecs(data);
const archive = process.cpuUsage(t0);
const scan0 = chartWork.countScan;
const t1 = process.cpuUsage();
let rows = 0;
let named = 0;
// Held as a page render holds them until it is written: the specs of the stories in flight.
for (let r = 0; r < rounds; r++) {
  for (const s of data.stories) {
    for (const spec of chartSpecs(data, { story: s.slug })) {
      rows += spec.rows.length;
      named += spec.stories.length;
    }
  }
}
const stories = process.cpuUsage(t1);
// Story numbers read to count the story specs' distinct stories (registry.ts storyCount): the one
// part of a story's charts that still grows with the shared facts' sources.
const countScan = chartWork.countScan - scan0;
const ms = (u: NodeJS.CpuUsage) => Math.round((u.user + u.system) / 1000);

// Agency pages: the same inputs as agency-site.ts (figures from facts and claims, mentions from the bodies).
const gaz = defaultGazetteer();
const t2 = process.cpuUsage();
const dir = path.join(content, 'stories');
const bodies: [string, string][] = [];
for (const n of (await readdir(dir)).filter((x) => x.endsWith('.mdx')).sort()) {
  bodies.push([n.replace(/\.mdx$/, ''), (await readFile(path.join(dir, n), 'utf8')).replace(/^---[\s\S]*?\n---/, '')]);
}
const mentions = storyMentions(bodies, gaz);
const mentionScan = process.cpuUsage(t2);
const figs = figures(data.claims, data.facts);
const tree = agencyTree(gaz.agencies, [...figs.flatMap((f) => f.entity), ...[...mentions.values()].flat()]);
const t3 = process.cpuUsage();
const pages = agencyPages(tree, figs, mentions);
const agency = process.cpuUsage(t3);
console.log(JSON.stringify({
  content, stories: data.stories.length, facts: data.facts.length, claims: data.claims.length, rounds,
  archiveCpuMs: ms(archive), storyCpuMs: ms(stories), rows, namedStories: named, countScan,
  agencyPagesCpuMs: ms(agency), agencyPages: pages.length, mentionScanCpuMs: ms(mentionScan),
  heapBaseMb: Math.round(base), heapAfterMb: Math.round(heap()), load: (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' '),
}));
