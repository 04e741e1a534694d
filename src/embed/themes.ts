// Forced themes for embeds (?theme=light|dark). The site's stylesheets switch
// colours with `@media (prefers-color-scheme: dark) { :root { --x: … } }`, which
// no attribute can force. This derives, from those same stylesheets, rules that
// apply either set of custom properties under :root[data-theme=…], so the
// colours are defined once (in global.css and the chart styles) and never copied.
import { themeProps } from '../lib/css-theme.ts';

/** CSS forcing each theme by an attribute on <html>, from the sheets' own values. */
export function forcedThemeCss(sheets: string[], attr = 'data-theme'): string {
  const { light, dark } = themeProps(sheets);
  const decls = (m: Map<string, string>) => [...m].map(([k, v]) => `${k}:${v}`).join(';');
  // :root[attr] outranks the plain :root inside the media query, so the forced
  // theme wins whatever the reader's own setting.
  return (
    `:root[${attr}='light']{color-scheme:light;${decls(light)}}\n` +
    `:root[${attr}='dark']{color-scheme:dark;${decls(dark)}}\n`
  );
}
