// dist/embed/resize.js: the host page's resize script, at a stable URL so embed
// code copied today keeps working.
import { resizeScript } from '../../embed/resize-script.ts';

export async function GET() {
  return new Response(await resizeScript(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
