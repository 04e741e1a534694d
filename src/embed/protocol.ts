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
// Message (parent → child), whenever the host knows its own theme (its page's
// background behind the frame); the embed follows it unless its URL picks one:
//   { "sentinel": "surge-embed", "type": "theme", "theme": "light" | "dark" }
// The parent trusts a message only when it comes from the window of the iframe
// that shows that chart, from that iframe's origin, or from origin "null" when
// the iframe is sandboxed without allow-same-origin (an opaque origin: window
// identity is then the only proof, and it is enough). Messages can only set a
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

/** The parent's theme message. */
export const themeMessage = (theme: 'light' | 'dark'): string => JSON.stringify({ sentinel: SENTINEL, type: 'theme', theme });

/** Child side: is this message its parent asking for the height? */
export function isAsk(ev: MessageLike, parentWin: unknown): boolean {
  return ev.source === parentWin && ev.source != null && ev.data === ASK;
}

/** Is this iframe sandboxed into an opaque origin (sandbox attribute without allow-same-origin)? */
export function opaqueSandbox(sandbox: string | null): boolean {
  return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
}

/**
 * The theme a host page shows behind a frame, from the first opaque CSS
 * background colour found walking up from the frame ("rgb(r, g, b)" or
 * "rgba(r, g, b, a)"); null when none of them is an opaque colour.
 */
export function themeOfBackground(colors: string[]): 'light' | 'dark' | null {
  for (const c of colors) {
    const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(c);
    if (!m) continue;
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    if (a < 0.5) continue;
    // Relative luminance (sRGB, WCAG): below 0.18 reads as a dark page (mid-grey's contrast point).
    const lin = (v: string) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    const L = 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
    return L < 0.18 ? 'dark' : 'light';
  }
  return null;
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
  /** The iframe is sandboxed into an opaque origin: its messages come from origin "null". */
  opaque?: boolean;
}

/** The parts of a MessageEvent the filter reads. */
export interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

/**
 * A posted message's data as an object: a JSON string is parsed; anything else that is not an
 * object is null. Other scripts on a page post their own strings: not ours, not an error.
 */
export function messageObject(data: unknown): Record<string, unknown> | null {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      return null;
    }
  }
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : null;
}

/**
 * The filter: the height to apply to `frame`, or null to ignore the message.
 * Pure: no DOM access, so it is unit-tested directly.
 */
export function acceptHeight(ev: MessageLike, frame: FrameInfo): number | null {
  if (ev.source == null || ev.source !== frame.win) return null;
  // A sandboxed frame's origin is opaque ("null"): then window identity alone decides.
  const originOk = frame.origin !== null && (ev.origin === frame.origin || (frame.opaque === true && ev.origin === 'null'));
  if (!originOk) return null;
  const m = messageObject(ev.data);
  if (m === null || m.sentinel !== SENTINEL || m.type !== 'height' || m.chart !== frame.chart) return null;
  return clampHeight(m.height);
}

/** Minimal DOM surface the parent script needs (typed loosely so tests can fake it). */
interface FrameEl {
  contentWindow: { postMessage(msg: string, origin: string): void } | null;
  src: string;
  getAttribute(name: string): string | null;
  style: { height: string };
  parentElement?: StyledEl | null;
  previousElementSibling?: (StyledEl & { tagName: string }) | null;
}
interface StyledEl {
  parentElement: StyledEl | null;
  style: { display?: string };
}
interface HostWindow {
  addEventListener(type: 'message', fn: (ev: MessageLike) => void): void;
  location: { href: string };
  document: { querySelectorAll(sel: string): ArrayLike<FrameEl> };
  getComputedStyle?(el: StyledEl): { backgroundColor: string };
  matchMedia?(q: string): { addEventListener?(t: 'change', fn: () => void): void };
}

/** The host page's theme behind a frame (light when no ancestor paints a background: the canvas default). */
function hostTheme(w: HostWindow, f: FrameEl): 'light' | 'dark' {
  const colors: string[] = [];
  for (let el = f.parentElement ?? null; el && w.getComputedStyle; el = el.parentElement) colors.push(w.getComputedStyle(el).backgroundColor);
  return themeOfBackground(colors) ?? 'light';
}

/**
 * Parent side: listen for height messages and size the matching iframe.
 * Iframes are looked up on every message, so embeds added later work too.
 */
export function install(w: HostWindow): void {
  // Tell a frame the host's theme on each of its reports (a reloaded frame forgets; applying
  // the same theme twice changes nothing). Target '*': a theme is not private.
  const tell = (f: FrameEl) => f.contentWindow?.postMessage(themeMessage(hostTheme(w, f)), '*');
  w.addEventListener('message', (ev) => {
    const frames = w.document.querySelectorAll('iframe[data-surge-embed]');
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i]!;
      if (f.contentWindow !== ev.source) continue;
      const h = acceptHeight(ev, {
        win: f.contentWindow,
        origin: srcOrigin(f.src, w.location.href),
        chart: f.getAttribute('data-surge-embed') ?? '',
        opaque: opaqueSandbox(f.getAttribute('sandbox')),
      });
      if (h !== null) {
        f.style.height = h + 'px';
        // The oEmbed code's <blockquote> link stands in for a frame that never reports.
        const q = f.previousElementSibling;
        if (q && q.tagName === 'BLOCKQUOTE') q.style.display = 'none';
        tell(f);
      }
      return;
    }
  });
  // Ask embeds that loaded before this script for their height. Target '*': the
  // ask carries nothing, and a named origin makes Chromium log an error for a
  // lazy frame still showing about:blank.
  const frames = w.document.querySelectorAll('iframe[data-surge-embed]');
  for (let i = 0; i < frames.length; i++) frames[i]!.contentWindow?.postMessage(ASK, '*');
  // A host page whose colours follow the reader's setting: tell every embed again when it flips.
  w.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', () => {
    const all = w.document.querySelectorAll('iframe[data-surge-embed]');
    for (let i = 0; i < all.length; i++) tell(all[i]!);
  });
}
