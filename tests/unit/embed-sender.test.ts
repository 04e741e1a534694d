// The embed page's sender (src/embed/sender.ts) and fold plan (src/embed/fold.ts):
// pure pieces, plus the inlined script's size and the host filter's sandbox rule.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLD_ABOVE, foldLabel, foldPlan } from '../../src/embed/fold.ts';
import { ASK, SENTINEL, acceptHeight, opaqueSandbox, themeMessage, themeOfBackground } from '../../src/embed/protocol.ts';
import { heightMessages, linkAction, parentCommand, pickTheme, wpSecret, type HostCtx } from '../../src/embed/sender.ts';
import { senderScript } from '../../src/embed/sender-script.ts';

const ctx: HostCtx = { chart: 'map', secret: null, pym: null, resizer: null, opaque: false };

describe('host protocols: height messages', () => {
  it('speaks ours, AMP and Datawrapper always; WordPress, Pym and iframe-resizer only when the host is one', () => {
    const base = heightMessages(812, 600, ctx);
    expect(base).toEqual([
      JSON.stringify({ sentinel: SENTINEL, type: 'height', chart: 'map', height: 812 }),
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { 'datawrapper-height': { map: 812 } },
    ]);
    const all = heightMessages(812, 600, { ...ctx, secret: 'a1B2c3D4e5', pym: 'chart1', resizer: 'iFrameResizer0' });
    expect(all.slice(3)).toEqual([{ message: 'height', value: 812, secret: 'a1B2c3D4e5' }, 'pymxPYMxchart1xPYMxheightxPYMx812', '[iFrameSizer]iFrameResizer0:812:600:size']);
  });
  it('reads WordPress’s secret from the hash only when it is alphanumeric', () => {
    expect(wpSecret('#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
    expect(wpSecret('')).toBeNull();
    expect(wpSecret('#?secret=<x>')).toBeNull();
  });
});

describe('messages from the parent', () => {
  const wp = { ...ctx, secret: 'a1B2c3D4e5', pym: 'c1' };
  it('answers our ask, WordPress’s ready with our secret, Pym’s width and iframe-resizer’s init', () => {
    expect(parentCommand(ASK, ctx)).toEqual({ kind: 'send' });
    expect(parentCommand({ message: 'ready', secret: 'a1B2c3D4e5' }, wp)).toEqual({ kind: 'send' });
    expect(parentCommand('pymxPYMxc1xPYMxwidthxPYMx640', wp)).toEqual({ kind: 'send' });
    expect(parentCommand('[iFrameSizer]iFrameResizer0:8:false:true:32', ctx)).toEqual({ kind: 'resizer', id: 'iFrameResizer0' });
    expect(parentCommand(themeMessage('dark'), ctx)).toEqual({ kind: 'theme', theme: 'dark' });
  });
  it('ignores another secret, other shapes and junk', () => {
    for (const d of [{ message: 'ready', secret: 'other12345' }, { message: 'ready' }, 'pymxPYMxc2xPYMxwidthxPYMx640', '[iFrameSizer]<img>:1', '{bad', 'hello', 42, null, { sentinel: SENTINEL, type: 'theme', theme: 'neon' }]) {
      expect(parentCommand(d, wp), JSON.stringify(d)).toBeNull();
    }
    expect(parentCommand({ message: 'ready', secret: null }, ctx)).toBeNull();
  });
});

describe('links', () => {
  const here = 'https://g.example/embed/map/#?secret=a1B2c3D4e5';
  it('leave a plain frame the browser’s way', () => {
    expect(linkAction('/charts/map/', here, ctx)).toEqual({ kind: 'default' });
  });
  it('in WordPress: this site’s links through its link message, other sites’ as an address to copy', () => {
    const wp = { ...ctx, opaque: true, secret: 'a1B2c3D4e5' };
    expect(linkAction('/charts/map/', here, wp)).toEqual({ kind: 'wp', url: 'https://g.example/charts/map/' });
    expect(linkAction('https://news.example/a', here, wp)).toEqual({ kind: 'show', url: 'https://news.example/a' });
  });
  it('in another sandbox: a new window if it may, Pym’s navigateTo in a Pym host; never javascript:', () => {
    expect(linkAction('https://news.example/a', here, { ...ctx, opaque: true })).toEqual({ kind: 'open', url: 'https://news.example/a' });
    expect(linkAction('/x/', here, { ...ctx, opaque: true, pym: 'c1' })).toEqual({ kind: 'pym', url: 'https://g.example/x/' });
    expect(linkAction('javascript:alert(1)', here, { ...ctx, opaque: true })).toEqual({ kind: 'default' });
  });
});

describe('themes', () => {
  it('the page’s own choice wins, then the host’s word, then light in WordPress, else the reader’s', () => {
    expect(pickTheme('dark', 'light', true)).toBe('dark');
    expect(pickTheme(null, 'dark', true)).toBe('dark');
    expect(pickTheme(null, null, true)).toBe('light');
    expect(pickTheme(null, null, false)).toBeNull();
  });
  it('reads a host page’s theme from the first opaque background behind the frame', () => {
    expect(themeOfBackground(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)'])).toBe('dark');
    expect(themeOfBackground(['rgb(255, 255, 255)', 'rgb(0, 0, 0)'])).toBe('light');
    expect(themeOfBackground(['rgba(0, 0, 0, 0)'])).toBeNull();
    expect(themeOfBackground(['rgb(0 0 0 / 10%)', 'rgb(240 240 240)'])).toBe('light');
  });
});

describe('the host filter and sandboxed frames', () => {
  const win = {};
  const data = JSON.stringify({ sentinel: SENTINEL, type: 'height', chart: 'map', height: 700 });
  const frame = { win, origin: 'https://g.example', chart: 'map' };
  it('accepts origin "null" only from the iframe’s own window, and only when the iframe is sandboxed without allow-same-origin', () => {
    expect(acceptHeight({ source: win, origin: 'null', data }, { ...frame, opaque: true })).toBe(700);
    expect(acceptHeight({ source: win, origin: 'null', data }, frame)).toBeNull();
    expect(acceptHeight({ source: {}, origin: 'null', data }, { ...frame, opaque: true })).toBeNull();
    expect(opaqueSandbox('allow-scripts')).toBe(true);
    expect(opaqueSandbox('allow-scripts allow-same-origin')).toBe(false);
    expect(opaqueSandbox(null)).toBe(false);
  });
  it('never accepts a message from another window, whatever its origin and data (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('null', 'https://g.example', 'https://evil.example'), fc.boolean(), fc.integer({ min: -1e6, max: 1e6 }), (origin, opaque, height) => {
        const d = JSON.stringify({ sentinel: SENTINEL, type: 'height', chart: 'map', height });
        return acceptHeight({ source: { other: true }, origin, data: d }, { ...frame, opaque }) === null;
      }),
    );
  });
});

describe('fold plan', () => {
  it('folds nothing when it fits, notes first, the source last', () => {
    expect(foldPlan(900, { notes: 200 }, 36)).toEqual([]);
    expect(foldPlan(1100, { notes: 200, description: 150, source: 100 }, 36)).toEqual(['notes']);
    expect(foldPlan(1300, { notes: 200, description: 150, source: 100 }, 36)).toEqual(['notes', 'description']);
    expect(foldPlan(1300, { description: 150, source: 100 }, 36)).toEqual(['description', 'source']);
    expect(foldLabel(['notes', 'description'])).toBe('Description and notes');
    expect(foldLabel(['notes', 'description', 'source'])).toBe('Description, source and notes');
  });
  it('the folded height fits the cap whenever the parts allow it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3000 }), fc.nat(800), fc.nat(800), fc.nat(800), (total, notes, description, source) => {
        const plan = foldPlan(total, { notes, description, source }, 36);
        const folded = plan.length ? total + 36 - plan.reduce((s, k) => s + { notes, description, source }[k], 0) : total;
        const best = total + 36 - notes - description - source;
        return folded <= FOLD_ABOVE || (best > FOLD_ABOVE && plan.length === [notes, description, source].filter((x) => x > 0).length);
      }),
    );
  });
});

describe('the inlined script', () => {
  it('stays small (≤ 3 KB gzipped) and is a classic script', async () => {
    const code = await senderScript();
    expect(gzipSync(code).length).toBeLessThanOrEqual(3 * 1024);
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(code).not.toMatch(/localStorage|sessionStorage/);
  });
});
