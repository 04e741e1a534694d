// Runs in the embed page (/embed/<id>/): tells the host page how tall the
// document is, on load and whenever it changes (fonts, width, details opened).
// It reads one kind of message only: its own parent asking for the height.
import { heightMessage, isAsk } from '../embed/protocol.ts';

const root = document.documentElement;
const chart = root.dataset.chart ?? '';
let last = -1;

function post(force: boolean): void {
  if (window.parent === window) return;
  // The html element's own box: content height, not the viewport (html has no height set).
  const h = Math.ceil(root.getBoundingClientRect().height);
  if (!force && h === last) return;
  last = h;
  // '*': the message holds only the chart id and a height, nothing private.
  window.parent.postMessage(heightMessage(chart, h), '*');
}

if (window.parent !== window) {
  new ResizeObserver(() => post(false)).observe(root);
  window.addEventListener('load', () => post(true));
  window.addEventListener('message', (ev) => {
    if (isAsk(ev, window.parent)) post(true);
  });
  post(true);
}
