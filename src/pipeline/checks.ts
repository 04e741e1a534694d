// checks: claims vs official reference series. STUB — to be replaced (issue 5).
import type { Check, Claim } from './types.ts';

export function checkClaims(_claims: Claim[]): Check[] {
  return [];
}
