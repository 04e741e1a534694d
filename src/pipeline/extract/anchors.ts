// HTML anchor ids for claims and facts (claim ids hold ":" and "#", unsafe in a URL fragment).
export const claimAnchor = (id: string) => `claim-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
export const factAnchor = (id: string) => `fact-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exact figure',
  approx: 'approximate',
  'more-than': 'more than',
  'less-than': 'less than',
  'up-to': 'up to',
  nearly: 'nearly',
};
export const qualifierLabel = (q: string) => QUALIFIER_WORDS[q] ?? q;
