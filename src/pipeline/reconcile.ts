// reconcile: claims across articles → facts. STUB — to be replaced (issue 3).
import type { Claim, Fact } from './types.ts';

export function reconcile(claims: Claim[]): { claims: Claim[]; facts: Fact[] } {
  return { claims, facts: [] };
}
