// extract: sentences → claims. STUB — to be replaced (issue 3).
import type { Article, Claim, PlaceMention } from '../types.ts';

export function extractClaims(_article: Article): Claim[] {
  return [];
}

export function extractPlaces(_article: Article): PlaceMention[] {
  return [];
}
