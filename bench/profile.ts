// `node bench/profile.ts [--size 1000] [--top 25]`: runs the pipeline once
// under `node --cpu-prof` on a synthetic corpus and prints the hot spots by
// self time (per function and per file), then inclusive time per pipeline stage
// (each function runPipeline calls, with what it spends its time in) and per
// function. The profile is kept in bench/work/profile/ for Chrome DevTools.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  file: string;
  line: number;
  selfMs: number;
  share: number;
}

/** Self time per function (and per file) from a V8 .cpuprofile. */
export function hotSpots(p: Profile, root: string): { functions: HotSpot[]; files: HotSpot[]; charged: HotSpot[]; totalMs: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const fn = new Map<string, HotSpot>();
  const file = new Map<string, HotSpot>();
  // Native frames (RegExp, builtins) charged to the nearest JavaScript caller's file.
  const charged = new Map<string, HotSpot>();
  for (const [id, ms] of self) {
    const cf = byId.get(id)!.callFrame;
    const url = cf.url.replace(/^file:\/\//, '');
    const rel = url.startsWith(root) ? path.relative(root, url) : url || '(native)';
    const name = cf.functionName || '(anonymous)';
    const key = `${name}@${rel}:${cf.lineNumber}`;
    const f = fn.get(key) ?? { name, file: rel, line: cf.lineNumber + 1, selfMs: 0, share: 0 };
    f.selfMs += ms;
    fn.set(key, f);
    const g = file.get(rel) ?? { name: '', file: rel, line: 0, selfMs: 0, share: 0 };
    g.selfMs += ms;
    file.set(rel, g);
    let cur: number | undefined = id;
    let owner = rel === '(native)' ? `(native) ${name}` : rel;
    while (cur !== undefined) {
      const u = byId.get(cur)!.callFrame.url.replace(/^file:\/\//, '');
      if (u) {
        owner = u.startsWith(root) ? path.relative(root, u) : u;
        break;
      }
      cur = parent.get(cur);
    }
    const h = charged.get(owner) ?? { name: '', file: owner, line: 0, selfMs: 0, share: 0 };
    h.selfMs += ms;
    charged.set(owner, h);
  }
  const finish = (m: Map<string, HotSpot>) =>
    [...m.values()].map((h) => ({ ...h, selfMs: Math.round(h.selfMs), share: Math.round((h.selfMs / total) * 1000) / 10 })).sort((a, b) => b.selfMs - a.selfMs);
  return { functions: finish(fn), files: finish(file), charged: finish(charged), totalMs: Math.round(total) };
}

export interface StageTime {
  stage: string;
  ms: number;
  share: number;
  /** Inclusive time of the functions the stage calls directly (its biggest children first). */
  parts: { name: string; ms: number; share: number }[];
}

const frameName = (cf: Node['callFrame'], root: string) => {
  const url = cf.url.replace(/^file:\/\//, '');
  const rel = url.startsWith(root) ? path.relative(root, url) : url || '(native)';
  return `${cf.functionName || '(anonymous)'} ${rel}:${cf.lineNumber + 1}`;
};

/**
 * Inclusive time: per top-level stage of `entry` (the function the pipeline runs in) and per
 * function anywhere in the stack (a function is counted once per sample, however deep it
 * recurses). A stage is the first frame under `entry` outside `entry`'s own file, so the
 * arrow callbacks of run.ts ("articles.map((a) => extractArticle(a))") are looked through.
 * Samples outside `entry` are module loading and start-up; the garbage collector has no stack.
 */
export function inclusiveTimes(p: Profile, root: string, entry = 'runPipeline'): { stages: StageTime[]; functions: { name: string; ms: number; share: number }[]; totalMs: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stage = new Map<string, number>();
  const part = new Map<string, Map<string, number>>();
  const fn = new Map<string, number>();
  let total = 0;
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const stack: Node[] = []; // leaf first
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur)!);
    for (const k of new Set(stack.map((n) => frameName(n.callFrame, root)))) if (!k.startsWith('(root)')) add(fn, k, ms);
    const e = stack.findIndex((n) => n.callFrame.functionName === entry);
    const leaf = stack[0]!.callFrame.functionName;
    if (e < 0) {
      add(stage, leaf === '(garbage collector)' || leaf === '(idle)' || leaf === '(program)' ? leaf : '(outside the pipeline: module loading, start-up)', ms);
      return;
    }
    const entryUrl = stack[e]!.callFrame.url;
    let s = e - 1;
    while (s >= 0 && stack[s]!.callFrame.url === entryUrl) s--;
    const name = s < 0 ? `${entry} (own code)` : frameName(stack[s]!.callFrame, root);
    add(stage, name, ms);
    const child = s > 0 ? frameName(stack[s - 1]!.callFrame, root) : '(self)';
    add(part.get(name) ?? part.set(name, new Map()).get(name)!, child, ms);
  });
  const share = (ms: number) => Math.round((ms / total) * 1000) / 10;
  const sorted = (m: Map<string, number>) => [...m].map(([name, ms]) => ({ name, ms: Math.round(ms), share: share(ms) })).sort((a, b) => b.ms - a.ms);
  return {
    stages: sorted(stage).map(({ name, ms, share }) => ({ stage: name, ms, share, parts: sorted(part.get(name) ?? new Map()) })),
    functions: sorted(fn),
    totalMs: Math.round(total),
  };
}

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, top: { type: 'string', default: '25' }, seed: { type: 'string', default: '1' } } });
  const root = path.resolve(import.meta.dirname, '..');
  const n = Number(values.size);
  const corpus = await ensureCorpus(path.join(root, 'bench/corpora'), Number(values.seed), n);
  const dir = path.join(root, 'bench/work/profile');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // A fresh output folder, as the bench runs it (a previous run's stories are overwritten otherwise).
  await rm(path.join(root, `bench/work/profile-out-${n}`), { recursive: true, force: true });
  const r = spawnSync(
    path.join(root, 'node_modules/.bin/node'),
    ['--cpu-prof', '--cpu-prof-dir', dir, path.join(root, 'bench/pipeline-child.ts'), corpus, path.join(root, `bench/work/profile-out-${n}`)],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`pipeline: ${r.stdout.trim()}`);
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'))!;
  const { functions, files, charged, totalMs } = hotSpots(JSON.parse(await readFile(path.join(dir, file), 'utf8')), root);
  const top = Number(values.top);
  console.log(`\nprofile: bench/work/profile/${file}, ${totalMs} ms sampled\n\nself time by function:`);
  for (const h of functions.slice(0, top)) console.log(`${String(h.share).padStart(5)} %  ${String(h.selfMs).padStart(6)} ms  ${h.name}  ${h.file}:${h.line}`);
  console.log('\nself time by file:');
  for (const h of files.slice(0, 15)) console.log(`${String(h.share).padStart(5)} %  ${String(h.selfMs).padStart(6)} ms  ${h.file}`);
  console.log('\nby file, native frames (RegExp, builtins) charged to their JavaScript caller:');
  for (const h of charged.slice(0, 25)) console.log(`${String(h.share).padStart(5)} %  ${String(h.selfMs).padStart(6)} ms  ${h.file}`);
  const inc = inclusiveTimes(JSON.parse(await readFile(path.join(dir, file), 'utf8')), root);
  const row = (share: number, ms: number, name: string, indent = '') => `${indent}${String(share).padStart(5)} %  ${String(ms).padStart(6)} ms  ${name}`;
  console.log('\ninclusive time per pipeline stage (what runPipeline calls), with its biggest callees:');
  for (const st of inc.stages) {
    console.log(row(st.share, st.ms, st.stage));
    for (const c of st.parts.slice(0, 6).filter((c) => c.share >= 0.3)) console.log(row(c.share, c.ms, c.name, '        '));
  }
  console.log('\ninclusive time by function (counted once per sample):');
  for (const f of inc.functions.slice(0, top)) console.log(row(f.share, f.ms, f.name));
}

if (import.meta.main) await main();
