// SVG path data in relative commands: "M480,287L482,293L483,297" becomes "M480,287l2,6 1,4".
// d3-path writes absolute commands only; a state border is thousands of short steps, and
// writing each step as a small offset makes the basemap, the heaviest part of the map's embed,
// about a third smaller after gzip. Small enough to keep by hand: only M, L and Z occur in
// what d3-geo writes for polygons and lines.

const COMMAND = /([MLZ])([^MLZ]*)/g;
const NUMBER = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;

/** Numbers are separated by a space, or by nothing before a minus sign. */
const sep = (n: number) => (n < 0 ? '' : ' ');

function joined(nums: number[]): string {
  let s = '';
  for (const [i, n] of nums.entries()) {
    s += (i === 0 ? '' : sep(n)) + String(n);
  }
  return s;
}

/**
 * The same path in relative commands, or `d` unchanged when it holds anything but M, L and Z with
 * numbers (arcs, curves, lower-case commands). Offsets are rounded to `digits` decimals, the
 * current point follows the rounded values, so no error accumulates along a path.
 */
export function relativePath(d: string, digits = 0): string {
  if (!/^[MLZ0-9.,\s\-eE]*$/.test(d)) return d;
  const q = 10 ** digits;
  // `|| 0`: no negative zero, which prints as "0" and would run into the number before it.
  const round = (n: number) => Math.round(n * q) / q || 0;
  let out = '';
  let cx = 0, cy = 0, sx = 0, sy = 0;
  let first = true;
  /** Whether the last thing written is a lineto's pair, so more pairs can follow without a command. */
  let drawing = false;
  for (const [, cmd, args] of d.matchAll(COMMAND)) {
    if (cmd === 'Z') {
      out += 'z';
      drawing = false;
      cx = sx;
      cy = sy;
      continue;
    }
    const nums = (args!.match(NUMBER) ?? []).map(Number);
    if (nums.length === 0 || nums.length % 2 !== 0 || nums.some((n) => !Number.isFinite(n))) return d;
    const offs: number[] = [];
    for (let i = 0; i < nums.length; i += 2) {
      const x = round(nums[i]!), y = round(nums[i + 1]!);
      offs.push(first ? x : round(x - cx), first ? y : round(y - cy));
      cx = x;
      cy = y;
      if (cmd === 'M' && i === 0) {
        sx = x;
        sy = y;
      }
      first = false;
    }
    // After a moveto, further pairs are implicit linetos of the same case: write them after an
    // explicit "l". A run of linetos shares one "l".
    if (cmd === 'M') {
      out += (out === '' ? 'M' : 'm') + joined(offs.slice(0, 2));
      if (offs.length > 2) out += `l${joined(offs.slice(2))}`;
      drawing = offs.length > 2;
    } else {
      out += drawing ? sep(offs[0]!) + joined(offs) : `l${joined(offs)}`;
      drawing = true;
    }
  }
  return out;
}
