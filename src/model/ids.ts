// Claim and fact ids as the site links to them. Claim ids hold ":" and "#" (`slug:p3s1#n1`),
// unsafe in a URL fragment, so an anchor replaces every other character run with "-".

export const claimAnchor = (id: string) => `claim-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
export const factAnchor = (id: string) => `fact-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
