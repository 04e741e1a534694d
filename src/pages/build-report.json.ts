// dist/build-report.json: one entry per input file (ok, warning or refused, with reasons).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export async function GET() {
  const dir = process.env.SURGE_CONTENT_DIR ?? 'content';
  const body = await readFile(path.resolve(dir, 'data', 'build-report.json'), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
