// dist/embed/themes.css: forced light/dark themes for embeds (?theme=…), derived
// from the site's own stylesheets so no colour is defined twice.
import globalCss from '../../styles/global.css?raw';
import chartsCss from '../../styles/charts.css?raw';
import { forcedThemeCss } from '../../embed/themes.ts';

export function GET() {
  return new Response(forcedThemeCss([globalCss, chartsCss]), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
