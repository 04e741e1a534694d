// Lists that grow with the archive (a figure's sources, a chart's stories) name a few and
// count the rest; every item stays in the datasets.

/** "and 1,234 more", or '' when nothing is left out. */
export function andMore(left: number): string {
  return left > 0 ? `and ${left.toLocaleString('en-US')} more` : '';
}
