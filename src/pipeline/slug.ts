// Stable, unique slugs from seed file names. File names (not headlines) are the
// key because an editor's headline fix must not move a published URL.

export function slugify(name: string): string {
  const base = name.replace(/\.[^.]*$/, '');
  const ascii = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii || 'story';
}

/** Assigns slugs to file names in sorted order; collisions get -2, -3 … deterministically. */
export function assignSlugs(files: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const file of [...files].sort()) {
    const base = slugify(file);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    out.set(file, slug);
  }
  return out;
}
