// Every internal link goes through url(), so the site works under a base path
// (BASE_PATH=/graphics/surge/) and when opened from a folder.
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Site-relative path ("stories/x/", "/data/") → path under the configured base. */
export function url(p = ''): string {
  return BASE + p.replace(/^\/+/, '');
}
