// The embed resize protocol: the parent's message filter as a pure function,
// and the shipped /embed/resize.js run against a fake host page.
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  ASK,
  MAX_HEIGHT,
  MIN_HEIGHT,
  SENTINEL,
  acceptHeight,
  clampHeight,
  heightMessage,
  isAsk,
  messageObject,
  srcOrigin,
  type FrameInfo,
} from '../../src/embed/protocol.ts';
import { resizeScript } from '../../src/embed/resize-script.ts';

const embedWin = { name: 'embed window' };
const otherWin = { name: 'another frame' };
const ORIGIN = 'https://graphics.example.org';
const frame: FrameInfo = { win: embedWin, origin: ORIGIN, chart: 'personnel-by-agency' };
const good = (over: Record<string, unknown> = {}) => ({
  source: embedWin,
  origin: ORIGIN,
  data: JSON.stringify({ sentinel: SENTINEL, type: 'height', chart: 'personnel-by-agency', height: 640, ...over }),
});

describe('acceptHeight', () => {
  it('accepts the embed’s own message, as a JSON string or an object', () => {
    expect(acceptHeight(good(), frame)).toBe(640);
    expect(acceptHeight({ ...good(), data: JSON.parse(good().data) }, frame)).toBe(640);
    expect(acceptHeight({ ...good(), data: heightMessage('personnel-by-agency', 321.2) }, frame)).toBe(322);
  });
  it('ignores a wrong or missing sentinel', () => {
    expect(acceptHeight(good({ sentinel: 'pym' }), frame)).toBeNull();
    expect(acceptHeight(good({ sentinel: undefined }), frame)).toBeNull();
  });
  it('ignores a message from another window, even with the right sentinel and origin', () => {
    expect(acceptHeight({ ...good(), source: otherWin }, frame)).toBeNull();
    expect(acceptHeight({ ...good(), source: null }, { ...frame, win: null })).toBeNull();
  });
  it('ignores a message from another origin', () => {
    expect(acceptHeight({ ...good(), origin: 'https://evil.example' }, frame)).toBeNull();
    expect(acceptHeight({ ...good(), origin: 'null' }, frame)).toBeNull();
    expect(acceptHeight(good(), { ...frame, origin: null })).toBeNull();
  });
  it('ignores another chart’s id and other message types', () => {
    expect(acceptHeight(good({ chart: 'map' }), frame)).toBeNull();
    expect(acceptHeight(good({ type: 'navigate', url: 'https://evil.example' }), frame)).toBeNull();
  });
  it('ignores non-numeric heights and non-JSON data', () => {
    for (const height of ['640', null, undefined, NaN, Infinity, {}, [640]]) {
      expect(acceptHeight(good({ height }), frame)).toBeNull();
    }
    expect(acceptHeight({ ...good(), data: 'not json {' }, frame)).toBeNull();
    expect(acceptHeight({ ...good(), data: 'null' }, frame)).toBeNull();
    expect(acceptHeight({ ...good(), data: 42 }, frame)).toBeNull();
  });
  it('clamps huge and tiny heights', () => {
    expect(acceptHeight(good({ height: 1e9 }), frame)).toBe(MAX_HEIGHT);
    expect(acceptHeight(good({ height: -5 }), frame)).toBe(MIN_HEIGHT);
    expect(clampHeight(MAX_HEIGHT + 1)).toBe(MAX_HEIGHT);
  });
});

describe('messageObject', () => {
  it('parses JSON strings, passes objects through and refuses everything else', () => {
    expect(messageObject('{"a":1}')).toEqual({ a: 1 });
    expect(messageObject({ b: 2 })).toEqual({ b: 2 });
    for (const d of ['not json', '"a string"', '42', 'null', null, undefined, 7]) expect(messageObject(d)).toBeNull();
  });
});

describe('srcOrigin and isAsk', () => {
  it('resolves relative src against the host page; refuses non-http schemes', () => {
    expect(srcOrigin('/embed/x/', 'http://localhost:4000/page/')).toBe('http://localhost:4000');
    expect(srcOrigin('https://a.example/embed/x/?theme=dark', 'http://h/')).toBe('https://a.example');
    expect(srcOrigin('javascript:alert(1)', 'http://h/')).toBeNull();
    expect(srcOrigin('data:text/html,hi', 'http://h/')).toBeNull();
  });
  it('answers only its own parent’s ask', () => {
    const parent = {};
    expect(isAsk({ data: ASK, origin: 'https://h', source: parent }, parent)).toBe(true);
    expect(isAsk({ data: ASK, origin: 'https://h', source: {} }, parent)).toBe(false);
    expect(isAsk({ data: JSON.stringify({ sentinel: 'x', type: 'ask' }), origin: 'https://h', source: parent }, parent)).toBe(false);
  });
});

describe('/embed/resize.js as shipped', () => {
  // A fake host page: two embeds of different charts plus an unrelated frame.
  function host() {
    type Handler = (ev: { data: unknown; origin: string; source: unknown }) => void;
    let handler: Handler | null = null;
    const asked: string[] = [];
    const mk = (chart: string, src: string) => {
      const win = { postMessage: (m: string) => asked.push(`${chart}:${m}`) };
      return { contentWindow: win, src, getAttribute: (n: string) => (n === 'data-surge-embed' ? chart : null), style: { height: '400px' } };
    };
    const frames = [mk('a', 'https://emb.example/embed/a/'), mk('b', 'https://emb.example/embed/b/?theme=dark')];
    const window = {
      addEventListener: (t: string, fn: Handler) => {
        if (t === 'message') handler = fn;
      },
      location: { href: 'https://host.example/article/' },
      document: { querySelectorAll: (sel: string) => (sel === 'iframe[data-surge-embed]' ? frames : []) },
    };
    return { window, frames, asked, send: (ev: Parameters<Handler>[0]) => handler!(ev) };
  }

  it('is at most 1.5 KB gzipped and defines no globals', async () => {
    const code = await resizeScript();
    expect(gzipSync(code).length).toBeLessThanOrEqual(1536);
    const h = host();
    const ctx = vm.createContext({ window: h.window, URL, JSON, Math, Number });
    const before = Object.keys(ctx).sort();
    vm.runInContext(code, ctx);
    expect(Object.keys(ctx).sort()).toEqual(before);
  });

  it('sizes only the frame the message came from, and ignores forgeries', async () => {
    const code = await resizeScript();
    const h = host();
    vm.runInContext(code, vm.createContext({ window: h.window, URL, JSON, Math, Number }));
    // It asked both embeds for their height once.
    expect(h.asked).toEqual([`a:${ASK}`, `b:${ASK}`]);
    const [a, b] = h.frames as [(typeof h.frames)[0], (typeof h.frames)[0]];
    const msg = (chart: string, height: unknown, sentinel = SENTINEL) => JSON.stringify({ sentinel, type: 'height', chart, height });
    h.send({ source: a.contentWindow, origin: 'https://emb.example', data: msg('a', 512) });
    expect([a.style.height, b.style.height]).toEqual(['512px', '400px']);
    h.send({ source: b.contentWindow, origin: 'https://emb.example', data: msg('b', 700.4) });
    expect(b.style.height).toBe('701px');
    // Forged: a's window claiming b's chart; a stranger window; a wrong origin; wrong sentinel.
    h.send({ source: a.contentWindow, origin: 'https://emb.example', data: msg('b', 90) });
    h.send({ source: { postMessage() {} }, origin: 'https://emb.example', data: msg('a', 90) });
    h.send({ source: a.contentWindow, origin: 'https://evil.example', data: msg('a', 90) });
    h.send({ source: a.contentWindow, origin: 'https://emb.example', data: msg('a', 90, 'pym') });
    h.send({ source: a.contentWindow, origin: 'https://emb.example', data: msg('a', 'a lot') });
    expect([a.style.height, b.style.height]).toEqual(['512px', '701px']);
    h.send({ source: a.contentWindow, origin: 'https://emb.example', data: msg('a', 1e12) });
    expect(a.style.height).toBe(`${MAX_HEIGHT}px`);
  });
});
