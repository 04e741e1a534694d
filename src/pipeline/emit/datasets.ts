// emit (data): claims, facts, checks → JSON/CSV + datapackage.json. STUB — to be replaced (issue 3).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Check, Claim, Fact, PlaceMention } from '../types.ts';

export interface Datasets {
  claims: Claim[];
  facts: Fact[];
  checks: Check[];
  places: PlaceMention[];
}

export async function emitDatasets(dataDir: string, data: Datasets): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  for (const [name, rows] of Object.entries(data)) {
    await writeFile(path.join(dataDir, `${name}.json`), JSON.stringify(rows, null, 2) + '\n');
  }
}
