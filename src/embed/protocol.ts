// The embed resize protocol, shared by the embed page (child) and the host
// page's resize script (parent). Self-contained on purpose: no imports, because
// /embed/resize.js is compiled from this file alone (src/pages/embed/resize.js.ts).
//
// Message (child → parent), posted as a JSON string:
//   { "sentinel": "surge-embed", "type": "height", "chart": "<chart-id>", "height": 812 }
// Message (parent → child), sent once when the resize script starts, for embeds
// that loaded before it and whose first height message went unheard:
//   { "sentinel": "surge-embed", "type": "ask" }
// The child answers an ask from its own parent window with a height message.
// The parent trusts a message only when it comes from the window of the iframe
// that shows that chart, from that iframe's origin. Messages can only set a
// height: nothing in them is navigated to, inserted as markup or run.

export const SENTINEL = 'surge-embed';
/** Bounds of a height the parent applies (px). Larger values are clamped. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;

export interface HeightMessage {
  sentinel: typeof SENTINEL;
  type: 'height';
  chart: string;
  height: number;
}

/** The child's message for its chart and document height. */
export function heightMessage(chart: string, height: number): string {
  const m: HeightMessage = { sentinel: SENTINEL, type: 'height', chart, height: Math.ceil(height) };
  return JSON.stringify(m);
}

/** The parent's request for a height message. */
export const ASK = JSON.stringify({ sentinel: SENTINEL, type: 'ask' });

/** Child side: is this message its parent asking for the height? */
export function isAsk(ev: MessageLike, parentWin: unknown): boolean {
  return ev.source === parentWin && ev.source != null && ev.data === ASK;
}

/** A finite height clamped to [MIN_HEIGHT, MAX_HEIGHT], rounded up; null when not a number. */
export function clampHeight(h: unknown): number | null {
  if (typeof h !== 'number' || !Number.isFinite(h)) return null;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
}

/** Origin of an iframe's src, resolved against the host page; null when not http(s). */
export function srcOrigin(src: string, base: string): string | null {
  try {
    const u = new URL(src, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** What the parent knows about one embed iframe. */
export interface FrameInfo {
  /** The iframe's contentWindow (compared by identity). */
  win: unknown;
  /** Origin of the iframe's src. */
  origin: string | null;
  /** Chart id from the iframe's data-surge-embed attribute. */
  chart: string;
}

/** The parts of a MessageEvent the filter reads. */
export interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

/**
 * The filter: the height to apply to `frame`, or null to ignore the message.
 * Pure: no DOM access, so it is unit-tested directly.
 */
export function acceptHeight(ev: MessageLike, frame: FrameInfo): number | null {
  if (ev.source == null || ev.source !== frame.win) return null;
  if (frame.origin === null || ev.origin !== frame.origin) return null;
  let d = ev.data;
  if (typeof d === 'string') {
    // Other scripts on the host page post their own strings: not ours, not an error.
    try {
      d = JSON.parse(d);
    } catch {
      return null;
    }
  }
  if (d === null || typeof d !== 'object') return null;
  const m = d as Record<string, unknown>;
  if (m.sentinel !== SENTINEL || m.type !== 'height' || m.chart !== frame.chart) return null;
  return clampHeight(m.height);
}

/** Minimal DOM surface the parent script needs (typed loosely so tests can fake it). */
interface FrameEl {
  contentWindow: { postMessage(msg: string, origin: string): void } | null;
  src: string;
  getAttribute(name: string): string | null;
  style: { height: string };
}
interface HostWindow {
  addEventListener(type: 'message', fn: (ev: MessageLike) => void): void;
  location: { href: string };
  document: { querySelectorAll(sel: string): ArrayLike<FrameEl> };
}

/**
 * Parent side: listen for height messages and size the matching iframe.
 * Iframes are looked up on every message, so embeds added later work too.
 */
export function install(w: HostWindow): void {
  w.addEventListener('message', (ev) => {
    const frames = w.document.querySelectorAll('iframe[data-surge-embed]');
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i]!;
      if (f.contentWindow !== ev.source) continue;
      const h = acceptHeight(ev, {
        win: f.contentWindow,
        origin: srcOrigin(f.src, w.location.href),
        chart: f.getAttribute('data-surge-embed') ?? '',
      });
      if (h !== null) f.style.height = h + 'px';
      return;
    }
  });
  // Ask embeds that loaded before this script for their height. Target '*': the
  // ask carries nothing, and a named origin makes Chromium log an error for a
  // lazy frame still showing about:blank.
  const frames = w.document.querySelectorAll('iframe[data-surge-embed]');
  for (let i = 0; i < frames.length; i++) frames[i]!.contentWindow?.postMessage(ASK, '*');
}
