// Embed page options from the query string (?theme=light|dark|auto, ?plain=1,
// ?transparent=1), set as attributes on <html> that the embed's CSS reads.
// Without JavaScript the embed shows its complete default view (auto theme).
import { embedOptions } from '../embed/options.ts';

const o = embedOptions(location.search);
const root = document.documentElement;
if (o.theme !== 'auto') root.dataset.theme = o.theme;
if (o.plain) root.dataset.plain = '';
if (o.transparent) root.dataset.transparent = '';
