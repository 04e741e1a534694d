// Optional editor metadata in seeds/<name>.yaml. STUB — to be replaced (issue 2).
import { parse } from 'yaml';
import type { Sidecar } from './types.ts';

export function readSidecar(text: string): { sidecar: Sidecar | null; errors: string[] } {
  try {
    const data = parse(text) as Sidecar | null;
    return { sidecar: data ?? null, errors: [] };
  } catch (e) {
    return { sidecar: null, errors: [`invalid YAML: ${(e as Error).message}`] };
  }
}
