// Claim and sentence ids (`slug:p3s1#n1`: story, paragraph 3, sentence 1, number 1) read in
// one place, and the anchors the site links them by. ":" and "#" are unsafe in a URL fragment,
// so an anchor replaces every run of other characters with "-".

export const claimAnchor = (id: string) => `claim-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
export const factAnchor = (id: string) => `fact-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** The story a claim or sentence id belongs to: `slug:p3s1#n1` → `slug`. */
export function storyOf(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? id : id.slice(0, i);
}

/** Claim or sentence ids in reading order: paragraph, sentence, then number within the sentence. */
export function byReadingOrder(a: string, b: string): number {
  const order = (id: string) => (id.slice(id.indexOf(':')).match(/\d+/g) ?? []).map(Number);
  const x = order(a);
  const y = order(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}
