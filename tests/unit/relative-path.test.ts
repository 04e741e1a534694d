// relativePath: the same points as the absolute path, shorter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativePath } from '../../src/charts/layout/relative-path.ts';
import { absolutePoints } from '../helpers/svg-path.ts';

describe('relativePath', () => {
  it('writes offsets from the current point, and from the subpath start after a close', () => {
    expect(relativePath('M480,287L482,293L483,297ZM470,280L465,290')).toBe('M480 287l2 6 1 4zm-10-7l-5 10');
    // Hand check: after "z" the current point is 480,287; 470−480 = −10, 280−287 = −7.
    expect(relativePath('M10,10L12,8L12,8L15,13')).toBe('M10 10l2-2 0 0 3 5');
  });
  it('keeps implicit linetos after a moveto as linetos', () => {
    expect(absolutePoints(relativePath('M1,1 5,5 9,1'))).toEqual([[[1, 1], [5, 5], [9, 1]]]);
  });
  it('leaves paths with other commands alone', () => {
    for (const d of ['M0,0A5,5,0,1,1,10,0', 'M0,0C1,1,2,2,3,3', 'm1,1l2,2', '']) expect(relativePath(d)).toBe(d);
  });
  it('draws the same points for any path of moves, lines and closes (whole pixels)', () => {
    const pt = fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 }));
    const sub = fc.record({ pts: fc.array(pt, { minLength: 1, maxLength: 20 }), close: fc.boolean() });
    fc.assert(
      fc.property(fc.array(sub, { minLength: 1, maxLength: 6 }), (subs) => {
        const d = subs.map((s) => `M${s.pts.map(([x, y]) => `${x},${y}`).join('L')}${s.close ? 'Z' : ''}`).join('');
        const rel = relativePath(d);
        expect(absolutePoints(rel)).toEqual(absolutePoints(d));
      }),
    );
  });
});

describe('the basemap', () => {
  it('is drawn in relative commands', async () => {
    const { layoutMap } = await import('../../src/charts/layout/map.ts');
    const { nation, states } = layoutMap([], 600);
    for (const d of [nation, states]) {
      expect(d).toMatch(/^M\d+ \d+[lmz]/);
      expect(d).not.toMatch(/[L,]/);
      expect(absolutePoints(d).length).toBeGreaterThan(1);
    }
  });
});
