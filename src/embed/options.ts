// Query-string options of an embed page. Unknown values fall back to the default.
export interface EmbedOptions {
  theme: 'light' | 'dark' | 'auto';
  plain: boolean;
  transparent: boolean;
}

const on = (v: string | null) => v === '1' || v === 'true' || v === '';

export function embedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const t = q.get('theme');
  return {
    theme: t === 'light' || t === 'dark' ? t : 'auto',
    plain: q.has('plain') && on(q.get('plain')),
    transparent: q.has('transparent') && on(q.get('transparent')),
  };
}
