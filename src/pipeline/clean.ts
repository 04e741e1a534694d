// clean: text → kept lines. STUB — to be replaced by the clean stage (issue 2).
import type { CleanResult } from './types.ts';

export function clean(text: string): CleanResult {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  return { lines, dropped: [], citedSources: [] };
}
