// A figure's value as the site's tables print it: "1,200", or a range "2,000–3,000".

const fmt = new Intl.NumberFormat('en-US');

/** The value, or the range from value to high when the text gives one. */
export function figureValue(value: number, high: number | null): string {
  return high === null ? fmt.format(value) : `${fmt.format(value)}–${fmt.format(high)}`;
}
