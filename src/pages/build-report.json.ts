// dist/build-report.json: one entry per input file (ok, warning or refused, with reasons).
import { readFile } from 'node:fs/promises';
import { dataFile } from '../lib/content-dir';

export async function GET() {
  const body = await readFile(dataFile('build-report.json'), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
