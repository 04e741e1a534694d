// Reads SVG path data back into points, so that a test can compare what two paths draw
// (src/charts/layout/relative-path.ts writes the same points shorter).

const NUMBER = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;

/** Absolute points of SVG path data in M/L/Z commands, absolute or relative: each subpath's points in order. */
export function absolutePoints(d: string): [number, number][][] {
  const paths: [number, number][][] = [];
  let cx = 0, cy = 0, sx = 0, sy = 0;
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (cmd === 'Z' || cmd === 'z') {
      cx = sx;
      cy = sy;
      continue;
    }
    const nums = (args!.match(NUMBER) ?? []).map(Number);
    const rel = cmd === 'm' || cmd === 'l';
    for (let i = 0; i < nums.length; i += 2) {
      cx = rel ? cx + nums[i]! : nums[i]!;
      cy = rel ? cy + nums[i + 1]! : nums[i + 1]!;
      if ((cmd === 'M' || cmd === 'm') && i === 0) {
        sx = cx;
        sy = cy;
        paths.push([]);
      }
      paths[paths.length - 1]!.push([cx, cy]);
    }
  }
  return paths;
}
