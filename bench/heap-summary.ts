// `node bench/heap-summary.ts FILE.heapsnapshot [--top 25]`: what a V8 heap snapshot holds, for
// snapshots too large for JSON.parse (a build's heap at 2,000+ stories writes 1 GB or more). The
// file is scanned as bytes: the nodes and edges arrays into typed arrays, the strings one by one.
// Prints self size by node type and constructor name, and for the largest groups who holds them
// (the retainer's type and name, and the edge's name), which is how the route-generation peak of
// issue 20 was named (bench/notes.md, heap20b).
import { openSync, readSync, fstatSync, closeSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/heap-summary.ts FILE.heapsnapshot [--top N]');
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 25;

const fd = openSync(file, 'r');
const size = fstatSync(fd).size;
const CHUNK = 1 << 24;
const buf = Buffer.alloc(CHUNK);
let bufStart = 0;
let bufLen = 0;
let pos = 0;
function byteAt(p: number): number {
  if (p < bufStart || p >= bufStart + bufLen) {
    bufStart = p;
    bufLen = readSync(fd, buf, 0, CHUNK, p);
    if (bufLen <= 0) return -1;
  }
  return buf[p - bufStart]!;
}
function seek(token: string) {
  const t = Buffer.from(token);
  outer: for (; pos < size; pos++) {
    for (let i = 0; i < t.length; i++) if (byteAt(pos + i) !== t[i]) continue outer;
    pos += t.length;
    return;
  }
  throw new Error(`${token} not found`);
}
/** Reads a JSON array of non-negative integers (nodes, edges) from pos, just after its "[". */
function readInts(count: number | null): Uint32Array | Float64Array {
  let out = new Float64Array(count ?? 1 << 20);
  let n = 0;
  let cur = -1;
  for (;;) {
    const b = byteAt(pos++);
    if (b >= 48 && b <= 57) cur = (cur < 0 ? 0 : cur * 10) + (b - 48);
    else {
      if (cur >= 0) {
        if (n === out.length) {
          const bigger = new Float64Array(out.length * 2);
          bigger.set(out);
          out = bigger;
        }
        out[n++] = cur;
        cur = -1;
      }
      if (b === 93 || b < 0) break; // ]
    }
  }
  return out.subarray(0, n);
}

// The meta block is small: read the start of the file as text.
const headLen = Math.min(size, 1 << 16);
const head = Buffer.alloc(headLen);
readSync(fd, head, 0, headLen, 0);
const headText = head.toString('utf8');
const metaStart = headText.indexOf('"meta"');
const metaJson = (() => {
  let depth = 0;
  const s = headText.indexOf('{', metaStart);
  for (let i = s; i < headText.length; i++) {
    if (headText[i] === '{') depth++;
    else if (headText[i] === '}' && --depth === 0) return headText.slice(s, i + 1);
  }
  throw new Error('meta not found');
})();
const meta = JSON.parse(metaJson) as { node_fields: string[]; node_types: (string[] | string)[]; edge_fields: string[]; edge_types: (string[] | string)[] };
const nodeCount = Number(/"node_count":(\d+)/.exec(headText)?.[1]);
const edgeCount = Number(/"edge_count":(\d+)/.exec(headText)?.[1]);
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const nTypeI = meta.node_fields.indexOf('type');
const nNameI = meta.node_fields.indexOf('name');
const nSizeI = meta.node_fields.indexOf('self_size');
const nEdgesI = meta.node_fields.indexOf('edge_count');
const eTypeI = meta.edge_fields.indexOf('type');
const eNameI = meta.edge_fields.indexOf('name_or_index');
const eToI = meta.edge_fields.indexOf('to_node');
const nodeTypes = meta.node_types[nTypeI] as string[];
const edgeTypes = meta.edge_types[eTypeI] as string[];

pos = 0;
seek('"nodes":[');
const nodes = readInts(nodeCount * NF);
seek('"edges":[');
const edges = readInts(edgeCount * EF);
seek('"strings":[');
const strings: string[] = [];
for (;;) {
  let b = byteAt(pos);
  while (b === 44 || b === 10 || b === 13 || b === 32) b = byteAt(++pos);
  if (b === 93 || b < 0) break;
  // A JSON string: find its closing quote, then decode it (long strings keep their first 200 bytes).
  const start = pos;
  pos++;
  const parts: number[] = [];
  let esc = false;
  for (;;) {
    const c = byteAt(pos++);
    if (esc) esc = false;
    else if (c === 92) esc = true;
    else if (c === 34) break;
    if (parts.length < 400) parts.push(c);
  }
  let text = Buffer.from(parts).toString('utf8');
  if (pos - start > 400) text = text.replace(/\\+$/, '') + '…';
  try {
    strings.push(JSON.parse(`"${text}"`));
  } catch {
    strings.push(text);
  }
}
closeSync(fd);

const N = nodes.length / NF;
const firstEdge = new Float64Array(N + 1);
for (let i = 0, e = 0; i < N; i++) {
  firstEdge[i] = e;
  e += nodes[i * NF + nEdgesI]! * EF;
}
firstEdge[N] = edges.length;
const label = (i: number) => {
  const t = nodeTypes[nodes[i * NF + nTypeI]!]!;
  const name = strings[nodes[i * NF + nNameI]!] ?? '?';
  return t === 'object' || t === 'closure' || t === 'native' || t === 'hidden' || t === 'synthetic' ? `${t} ${name}` : t === 'array' ? `array ${name}` : `(${t})`;
};

const mb = (x: number) => (x / 1e6).toFixed(1);
let total = 0;
const groups = new Map<string, { count: number; bytes: number }>();
for (let i = 0; i < N; i++) {
  const s = nodes[i * NF + nSizeI]!;
  total += s;
  const k = label(i);
  const g = groups.get(k) ?? { count: 0, bytes: 0 };
  g.count++;
  g.bytes += s;
  groups.set(k, g);
}
console.log(`${file}: ${N} nodes, ${edges.length / EF} edges, ${mb(total)} MB self size in all`);
const top = [...groups.entries()].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, TOP);
for (const [k, g] of top) console.log(`${mb(g.bytes).padStart(9)} MB ${String(g.count).padStart(9)}  ${k.slice(0, 90)}`);

// Who holds the largest groups: for every edge into a node of the group (weak edges aside), the
// holder's label and the edge's name, weighted by the held node's self size.
const watch = new Map(top.slice(0, 8).map(([k], i) => [k, i]));
const holders = top.slice(0, 8).map(() => new Map<string, number>());
for (let i = 0; i < N; i++) {
  for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += EF) {
    const et = edgeTypes[edges[e + eTypeI]!]!;
    if (et === 'weak' || et === 'shortcut') continue;
    const to = edges[e + eToI]! / NF;
    const w = watch.get(label(to));
    if (w === undefined) continue;
    const name = et === 'element' || et === 'hidden' ? `[${et}]` : (strings[edges[e + eNameI]!] ?? '?');
    if (name === '__proto__' || name === 'map' || name === 'constructor') continue; // shared, not holding
    const key = `${label(i).slice(0, 60)} .${String(name).slice(0, 40)}`;
    holders[w]!.set(key, (holders[w]!.get(key) ?? 0) + nodes[to * NF + nSizeI]!);
  }
}
top.slice(0, 8).forEach(([k], w) => {
  console.log(`\nheld ${k.slice(0, 80)} (by holder and edge, self size of the held nodes):`);
  for (const [h, bytes] of [...holders[w]!.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${mb(bytes).padStart(9)} MB  ${h}`);
});

// The largest single nodes, with what holds each (edge name and holder) and, for a string, its start.
const retainers = new Map<number, string[]>();
const big: number[] = [];
for (let i = 0; i < N; i++) if (nodes[i * NF + nSizeI]! > 2e6) big.push(i);
const bigSet = new Set(big);
for (let i = 0; i < N; i++) {
  for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += EF) {
    const to = edges[e + eToI]! / NF;
    if (!bigSet.has(to)) continue;
    const et = edgeTypes[edges[e + eTypeI]!]!;
    const name = et === 'element' || et === 'hidden' ? `[${et}]` : (strings[edges[e + eNameI]!] ?? '?');
    const list = retainers.get(to) ?? [];
    if (list.length < 4) list.push(`${label(i).slice(0, 50)} .${String(name).slice(0, 30)}`);
    retainers.set(to, list);
  }
}
console.log('\nlargest nodes:');
for (const i of big.sort((a, b) => nodes[b * NF + nSizeI]! - nodes[a * NF + nSizeI]!).slice(0, TOP)) {
  const t = nodeTypes[nodes[i * NF + nTypeI]!]!;
  const text = t === 'string' ? JSON.stringify((strings[nodes[i * NF + nNameI]!] ?? '').slice(0, 60)) : '';
  console.log(`${mb(nodes[i * NF + nSizeI]!).padStart(9)} MB  ${label(i).slice(0, 40)} ${text}  held by: ${(retainers.get(i) ?? []).join('; ')}`);
}
