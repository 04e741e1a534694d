// One extra build of the seeds with SITE_URL=https://example.org,
// BASE_PATH=/graphics/surge/ and a corrections file made from the shared
// build's own ids (a headline, a date, a claim excluded, a claim corrected),
// shared by every test file of a run that asks for it: the first caller builds
// (a mkdir lock next to the shared build), the others wait for its result file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stringify } from 'yaml';
import { buildSite, seedSite, type BuiltSite } from './build.ts';

export const SUBPATH = '/graphics/surge/';
export const SUBPATH_ORIGIN = 'https://example.org';

export interface SubpathSite extends BuiltSite {
  /** The corrections the build was made with. */
  corrections: Record<string, unknown>[];
}

/** Corrections naming real stories and claims of the shared build. */
export async function correctionsFor(site: BuiltSite): Promise<Record<string, unknown>[]> {
  const report = JSON.parse(await readFile(path.join(site.content, 'data', 'build-report.json'), 'utf8')) as { entries: { slug: string | null }[] };
  const slugs = report.entries.map((e) => e.slug).filter((s): s is string => Boolean(s)).sort();
  const claims = (JSON.parse(await readFile(path.join(site.content, 'data', 'claims.json'), 'utf8')) as { id: string; qualifier: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
  const list: Record<string, unknown>[] = [
    { date: '2026-01-10', action: 'headline', story: slugs[0], headline: 'Corrected headline: <agents> & “troops”', reason: 'The headline generated from the first sentence was cut off.' },
    { date: '2026-01-11', action: 'date', story: slugs[slugs.length - 1], published: '2025-04-30', reason: 'The outlet confirmed the publication date.' },
  ];
  if (claims[0]) list.push({ date: '2026-01-12', action: 'exclude', claim: claims[0].id, reason: 'This figure was misread from the text.' });
  if (claims[1]) list.push({ date: '2026-01-13', action: 'correct', claim: claims[1].id, set: { qualifier: claims[1].qualifier === 'approx' ? 'exact' : 'approx' }, reason: 'The article hedges this figure.' });
  return list;
}

export async function subpathSite(): Promise<SubpathSite> {
  const shared = await seedSite();
  const lock = `${shared.dist}-subpath.lock`;
  const result = `${lock}/result.json`;
  let owner = true;
  try {
    await mkdir(lock);
  } catch {
    owner = false;
  }
  if (owner) {
    try {
      const corrections = await correctionsFor(shared);
      const file = path.join(lock, 'corrections.yaml');
      await writeFile(file, stringify(corrections));
      // Same archive as the shared build (SURGE_TEST_SEEDS), or the corrections name stories it lacks.
      const seeds = process.env.SURGE_TEST_SEEDS ? { seedsDir: process.env.SURGE_TEST_SEEDS } : {};
      const site = await buildSite({ ...seeds, env: { BASE_PATH: SUBPATH, SITE_URL: SUBPATH_ORIGIN, SURGE_CORRECTIONS: file } });
      const out = { ...site, corrections };
      await writeFile(result, JSON.stringify({ site: out }));
      return out;
    } catch (e) {
      await writeFile(result, JSON.stringify({ error: String((e as Error).stack ?? e) }));
      throw e;
    }
  }
  for (;;) {
    try {
      const r = JSON.parse(await readFile(result, 'utf8')) as { site?: SubpathSite; error?: string };
      if (r.error) throw new Error(`subpath build failed in another test file: ${r.error}`);
      return r.site!;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && !(e instanceof SyntaxError)) throw e;
      await sleep(500);
    }
  }
}
