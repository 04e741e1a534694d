// /data/<name>.csv|json: the pipeline's datasets (content/data, or SURGE_CONTENT_DIR/data)
// copied byte for byte into the site, plus datapackage.json.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../../lib/content-dir';

const dir = () => path.join(contentDir(), 'data');
// build-report.json has its own endpoint at the site root.
const PUBLISHED = /^(?!build-report\.json$)[a-z0-9-]+\.(?:csv|json)$/;

export function getStaticPaths() {
  let names: string[] = [];
  try {
    names = readdirSync(dir()).filter((n) => PUBLISHED.test(n)).sort();
  } catch {
    names = [];
  }
  return names.map((file) => ({ params: { file } }));
}

export async function GET({ params }: { params: { file: string } }) {
  const body = await readFile(path.join(dir(), params.file), 'utf8');
  const type = params.file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(body, { headers: { 'Content-Type': type } });
}
