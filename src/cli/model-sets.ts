// The labelled messy sets the line model (line-model.ts) and the headline model (headline-model.ts)
// are trained and measured on, oldest first, with their blind first-run figures. Named, not listed
// from the folder: a blind set being written is never read by either script.
export const MESSY_SETS = ['.', 'holdout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11'];
/** Chrome removed on each blind set's first run (its FIRST-RUN.md). */
export const FIRST_RUN_CHROME: Record<string, string> = { blind8: '76 %', blind9: '78 %', blind10: '84 %', blind11: '86 %' };
/** Headlines right on each blind set's first run (its FIRST-RUN.md). */
export const FIRST_RUN_HEADLINES: Record<string, string> = { blind8: '3/10', blind9: '3/10', blind10: '5/10', blind11: '4/10' };

/** "blind10=/tmp/kept.json" (line-model.ts --first-run): the set and the file of the lines its first run kept. */
export function parseFirstRun(spec: string): { set: string; file: string } {
  // (At the first "=" only: a path may hold one, and split('=') dropped what came after it.)
  const at = spec.indexOf('=');
  const set = at > 0 ? spec.slice(0, at) : '';
  const file = at > 0 ? spec.slice(at + 1) : '';
  if (set === '' || file === '') throw new Error(`--first-run wants SET=FILE, got "${spec}"`);
  return { set, file };
}

/** The sets that existed before a set: what a backstop for its first run may be trained on. */
export function setsBefore(set: string, sets: readonly string[] = MESSY_SETS): string[] {
  const at = sets.indexOf(set);
  // (indexOf's -1 made slice(0, -1): every set but the last, a wrong training set reported as "earlier sets".)
  if (at < 0) throw new Error(`unknown messy set "${set}" (known: ${sets.join(', ')})`);
  if (at === 0) throw new Error(`"${set}" is the first set: no earlier set to train on`);
  return sets.slice(0, at);
}
