// Process measurement helpers: run a command, time it, and track the peak
// resident memory of its whole process tree (sampled from /proc) as well as the
// largest single process (GNU time's rusage, when /usr/bin/time exists).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface RunResult {
  ms: number;
  /** Peak of the summed RSS of the child and its descendants, sampled every 100 ms (MB). */
  peakTreeMb: number | null;
  /** Largest single process's max RSS from rusage (MB). */
  maxRssMb: number | null;
  code: number;
  /** stdout lines with their arrival time (ms after spawn): the build's own timeline. */
  lines: { ms: number; text: string }[];
  stdout: string;
  stderr: string;
}

const PAGE = 4096;
const TIME = '/usr/bin/time';

function procTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // process ended between readdir and read
    }
  }
  return children;
}

function treeRssBytes(root: number): number {
  const children = procTable();
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      sum += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

export async function measure(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; log?: string }): Promise<RunResult> {
  const useTime = existsSync(TIME) && os.platform() === 'linux';
  const timeFile = opts.log ? `${opts.log}.time` : path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  await mkdir(path.dirname(timeFile), { recursive: true });
  const [file, argv] = useTime ? [TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const lines: { ms: number; text: string }[] = [];
  let partial = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    const now = performance.now() - t0;
    const parts = (partial + d).split('\n');
    partial = parts.pop()!;
    for (const text of parts) lines.push({ ms: now, text });
  });
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const canSample = existsSync('/proc/self/statm');
  const timer = canSample
    ? setInterval(() => {
        if (child.pid) peak = Math.max(peak, treeRssBytes(child.pid));
      }, 100)
    : null;
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const ms = performance.now() - t0;
  if (timer) clearInterval(timer);
  let maxRssMb: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const m = (await readFile(timeFile, 'utf8')).match(/Maximum resident set size \(kbytes\): (\d+)/);
    if (m) maxRssMb = Number(m[1]) / 1024;
  }
  if (opts.log) {
    await mkdir(path.dirname(opts.log), { recursive: true });
    await writeFile(opts.log, `$ ${cmd} ${args.join(' ')}\n--- stdout\n${stdout}\n--- stderr\n${stderr}\n`);
  }
  if (partial) lines.push({ ms, text: partial });
  return { ms, lines, peakTreeMb: canSample ? peak / 1024 / 1024 : null, maxRssMb, code, stdout, stderr };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
