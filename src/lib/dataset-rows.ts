// How many rows a published dataset holds, read from the file a reader downloads
// (content/data/<name>.json), so the count beside a download link is the download's.
import { readFile } from 'node:fs/promises';
import { dataFile } from './content-dir';

/** Rows of dataset `name`; 0 when the file is missing or not a JSON array. */
export async function datasetRowCount(name: string, root?: string): Promise<number> {
  try {
    const rows: unknown = JSON.parse(await readFile(dataFile(`${name}.json`, root), 'utf8'));
    return Array.isArray(rows) ? rows.length : 0;
  } catch {
    return 0;
  }
}
