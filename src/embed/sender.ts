// The embed page's one script (/embed/<id>/): tells the host page how tall the
// document is in every protocol a host may bring, follows the host's theme, folds
// a tall caption and makes links work inside sandboxes. Pure helpers first (unit
// tested), then install(), the only part that touches the DOM.
//
// Protocols spoken (child → parent, posted with target '*': nothing in them is private):
//   ours          JSON string {sentinel:'surge-embed', type:'height', chart, height}   (src/embed/protocol.ts)
//   WordPress     {message:'height', value, secret}, {message:'link', value, secret}  (wp-embed.js, secret from #?secret=)
//   AMP           {sentinel:'amp', type:'embed-size', height}                          (amp-iframe)
//   Datawrapper   {'datawrapper-height': {<chart>: height}}                             (Datawrapper's responsive script)
//   Pym.js        'pymxPYMx<id>xPYMxheightxPYMx<h>', '…navigateToxPYMx<url>'           (only when ?childId= is in the URL)
//   iframe-resizer '[iFrameSizer]<id>:<h>:<w>:init|size'                               (only after its parent's init message)
// Messages read (only from window.parent): our ask and theme, WordPress's ready
// (with our secret), Pym's width, iframe-resizer's init. Nothing read is run,
// inserted as markup or navigated to.
//
// Runs inside sandbox="allow-scripts": it touches no storage, opens no window
// unless the sandbox allows popups, and needs no other file (it is inlined).
import { ASK, SENTINEL, heightMessage, messageObject } from './protocol.ts';
import { FOLDABLE, FOLD_ABOVE, foldLabel, foldPlan, type Foldable } from './fold.ts';
import { embedOptions } from './options.ts';

/** WordPress's secret from the frame's hash (`#?secret=abc123XYZ0`); null when there is none. */
export function wpSecret(hash: string): string | null {
  const m = /[#?&]secret=([A-Za-z0-9]+)/.exec(hash);
  return m ? m[1]! : null;
}

/** What the page knows of its host. */
export interface HostCtx {
  chart: string;
  /** WordPress's secret (a WordPress host). */
  secret: string | null;
  /** Pym.js child id from ?childId= (a Pym host). */
  pym: string | null;
  /** iframe-resizer frame id, once its parent said hello. */
  resizer: string | null;
  /** Sandboxed into an opaque origin (self.origin === 'null'). */
  opaque: boolean;
}

export const PYM = 'xPYMx';
export const RESIZER = '[iFrameSizer]';

/** Every message to post for a document height `h` (and width `w`), one per protocol the host may speak. */
export function heightMessages(h: number, w: number, ctx: HostCtx): unknown[] {
  const out: unknown[] = [
    heightMessage(ctx.chart, h),
    { sentinel: 'amp', type: 'embed-size', height: h },
    { 'datawrapper-height': { [ctx.chart]: h } },
  ];
  if (ctx.secret) out.push({ message: 'height', value: h, secret: ctx.secret });
  if (ctx.pym) out.push(['pym', ctx.pym, 'height', h].join(PYM));
  if (ctx.resizer) out.push(`${RESIZER}${ctx.resizer}:${h}:${w}:size`);
  return out;
}

export type ParentCommand = { kind: 'send' } | { kind: 'theme'; theme: 'light' | 'dark' } | { kind: 'resizer'; id: string } | null;

/** What a message from the parent window asks for (the caller has checked it comes from the parent). */
export function parentCommand(data: unknown, ctx: HostCtx): ParentCommand {
  if (typeof data === 'string') {
    if (data === ASK) return { kind: 'send' };
    if (ctx.pym && data.startsWith(['pym', ctx.pym, 'width'].join(PYM) + PYM)) return { kind: 'send' };
    if (data.startsWith(RESIZER)) {
      const id = data.slice(RESIZER.length).split(':')[0]!;
      return /^[\w-]+$/.test(id) ? { kind: 'resizer', id } : null;
    }
    if (data.charAt(0) !== '{') return null;
  }
  const m = messageObject(data);
  if (m === null) return null;
  if (m.sentinel === SENTINEL && m.type === 'theme' && (m.theme === 'light' || m.theme === 'dark')) return { kind: 'theme', theme: m.theme };
  if (m.message === 'ready' && ctx.secret !== null && m.secret === ctx.secret) return { kind: 'send' };
  return null;
}

export type LinkAction =
  | { kind: 'default' }
  | { kind: 'wp'; url: string }
  | { kind: 'pym'; url: string }
  | { kind: 'open'; url: string }
  | { kind: 'show'; url: string };

/**
 * How a click on a link to `href` opens, from a page at `here`:
 * - not sandboxed and no WordPress: the browser's own way (`<base target=_blank>`: a new tab);
 * - WordPress, a link on this site: WordPress's `link` message (it navigates the top window;
 *   it accepts only the frame's own host);
 * - Pym host: Pym's navigateTo (its parent navigates the top window);
 * - WordPress, another site: `show` (WordPress sandboxes without allow-popups: no way out);
 * - another sandbox: `open` (a new window when the sandbox allows popups, else `show`).
 * `show` puts the address beside the link, selected, to copy: never a dead click.
 */
export function linkAction(href: string, here: string, ctx: Pick<HostCtx, 'opaque' | 'secret' | 'pym'>): LinkAction {
  let u: URL;
  try {
    u = new URL(href, here);
  } catch {
    return { kind: 'default' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { kind: 'default' };
  if (!ctx.opaque && !ctx.secret) return { kind: 'default' };
  const url = u.href;
  if (ctx.secret && u.host === new URL(here).host) return { kind: 'wp', url };
  if (ctx.pym) return { kind: 'pym', url };
  return ctx.secret ? { kind: 'show', url } : { kind: 'open', url };
}

/** The theme to show: the page's own (URL, ?theme), else the host's word, else light in WordPress, else the reader's (null). */
export function pickTheme(fixed: 'light' | 'dark' | null, host: 'light' | 'dark' | null, wordpress: boolean): 'light' | 'dark' | null {
  return fixed ?? host ?? (wordpress ? 'light' : null);
}

/** Parts of the caption that may fold, by selector. */
const PARTS: Record<Foldable, string> = { notes: '.chart-notes', description: '.chart-description', source: '.chart-source' };

/** The embed page: wires the above to the document. */
export function install(win: Window): void {
  const doc = win.document;
  const root = doc.documentElement;
  const o = embedOptions(win.location.search);
  if (o.plain) root.dataset.plain = '';
  if (o.transparent) root.dataset.transparent = '';
  // A theme in the page itself (/embed/<id>/light/) or its URL (?theme=) is the editor's choice.
  const own = root.dataset.theme;
  const fixed = own === 'light' || own === 'dark' ? own : o.theme === 'auto' ? null : o.theme;
  const framed = win.parent !== win;
  const ctx: HostCtx = {
    chart: root.dataset.chart ?? '',
    secret: null,
    pym: new URLSearchParams(win.location.search).get('childId'),
    resizer: null,
    opaque: win.origin === 'null',
  };
  let hostSaid: 'light' | 'dark' | null = null;
  const readHost = () => {
    ctx.secret = framed ? wpSecret(win.location.hash) : null;
    const t = pickTheme(fixed, hostSaid, ctx.secret !== null);
    if (t) root.dataset.theme = t;
    else delete root.dataset.theme;
  };
  readHost();
  if (!framed) return;

  let last = -1;
  const post = (force: boolean) => {
    // The html element's own box: content height, not the viewport (html has no height set).
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (!force && h === last) return;
    last = h;
    for (const m of heightMessages(h, Math.ceil(root.getBoundingClientRect().width), ctx)) win.parent.postMessage(m, '*');
  };

  // Fold: on each width change, unfold, measure, and fold what the plan says (not while the reader has it open).
  const marks = new Map<Element, Comment>();
  let fold: HTMLDetailsElement | null = null;
  let width = -1;
  const refold = () => {
    const w = root.clientWidth;
    // Plan again on a new width, or when the page grew past the cap after it was planned.
    if (fold?.open || (w === width && (fold || root.getBoundingClientRect().height <= FOLD_ABOVE))) return;
    width = w;
    for (const [el, mark] of marks) mark.replaceWith(el);
    marks.clear();
    fold?.remove();
    fold = null;
    const els = {} as Record<Foldable, Element | null>;
    const heights: Partial<Record<Foldable, number>> = {};
    for (const k of FOLDABLE) {
      els[k] = doc.querySelector(PARTS[k]);
      heights[k] = els[k]?.getBoundingClientRect().height ?? 0;
    }
    const plan = foldPlan(root.getBoundingClientRect().height, heights, 36);
    if (!plan.length) return;
    fold = doc.createElement('details');
    fold.className = 'chart-about';
    const summary = doc.createElement('summary');
    summary.textContent = foldLabel(plan);
    fold.append(summary);
    // In document order, at the place of the first folded part.
    const moved = plan.map((k) => els[k]!).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    moved[0]!.before(fold);
    for (const el of moved) {
      const mark = doc.createComment('');
      el.replaceWith(mark);
      marks.set(el, mark);
      fold.append(el);
    }
  };

  new ResizeObserver(() => {
    refold();
    post(false);
  }).observe(root);
  win.addEventListener('hashchange', () => {
    readHost();
    post(true);
  });
  win.addEventListener('load', () => post(true));
  win.addEventListener('message', (ev) => {
    if (ev.source !== win.parent || ev.source == null) return;
    const c = parentCommand(ev.data, ctx);
    if (!c) return;
    if (c.kind === 'theme') {
      // No height reply: our host script tells the theme on every height report, so a
      // reply would ping-pong forever. A theme that changes the height is reported by
      // the ResizeObserver like any other change.
      hostSaid = c.theme;
      readHost();
      return;
    }
    if (c.kind === 'resizer') {
      ctx.resizer = c.id;
      win.parent.postMessage(`${RESIZER}${c.id}:${Math.ceil(root.getBoundingClientRect().height)}:${root.clientWidth}:init`, '*');
    }
    post(true);
  });

  // Links: capture phase, so the choice is made before the browser's default.
  doc.addEventListener(
    'click',
    (ev) => {
      if (ev.button !== 0 || ev.defaultPrevented) return;
      const a = (ev.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a) return;
      const act = linkAction(a.getAttribute('href')!, win.location.href, ctx);
      if (act.kind === 'default') return;
      ev.preventDefault();
      if (act.kind === 'wp') win.parent.postMessage({ message: 'link', value: act.url, secret: ctx.secret }, '*');
      else if (act.kind === 'pym') win.parent.postMessage(['pym', ctx.pym, 'navigateTo', act.url].join(PYM), '*');
      else if (act.kind !== 'open' || !opened(win, act.url)) showAddress(doc, a, act.url);
    },
    true,
  );
  readHost();
  post(true);
}

/** A new window when the sandbox allows popups (window.open returns null when it does not). */
function opened(win: Window, url: string): boolean {
  const w = win.open(url, '_blank');
  if (!w) return false;
  try {
    w.opener = null;
  } catch {
    /* a cross-origin window may refuse; it is already on its way */
  }
  return true;
}

/** The address beside the link, selected for copying: the host allows no way out of the frame. */
function showAddress(doc: Document, a: HTMLAnchorElement, url: string): void {
  let box = a.nextElementSibling as HTMLElement | null;
  if (!box?.classList.contains('embed-address')) {
    box = doc.createElement('span');
    box.className = 'embed-address';
    const label = doc.createElement('label');
    label.textContent = 'This page does not let the chart open links. Copy the address: ';
    const input = doc.createElement('input');
    input.readOnly = true;
    input.value = url;
    input.size = Math.min(60, url.length);
    label.append(input);
    box.append(label);
    a.after(box);
  }
  const input = box.querySelector('input')!;
  input.value = url;
  input.focus();
  input.select();
}
