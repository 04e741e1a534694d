// HTML → plain text for seeds that are saved web pages. Not a full HTML
// parser: enough to keep the words and line structure and never let markup
// through (every remaining tag is removed, entities decoded last).

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…', middot: '·',
  bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', pound: '£', euro: '€', yen: '¥', cent: '¢',
  sect: '§', para: '¶', laquo: '«', raquo: '»', times: '×', divide: '÷', frac12: '½', frac14: '¼',
  frac34: '¾', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', szlig: 'ß',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '', zwnj: '', shy: '\u00AD',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? m;
  });
}

/** Heuristic: the document is HTML (a doctype, an <html>/<body> element, or several distinct block tags). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  if (/^\s*<!doctype\s+html/i.test(head) || /<html[\s>]/i.test(head) || /<body[\s>]/i.test(text)) return true;
  const tags = new Set<string>();
  for (const m of text.matchAll(/<\/?(p|div|br|span|a|h[1-6]|li|ul|ol|article|section|header|footer|nav|strong|em|b|i|img|meta|link|table|tr|td)\b[^<>]*>/gi)) {
    tags.add(m[1]!.toLowerCase());
  }
  return tags.size >= 3;
}

const DROP_WITH_CONTENT = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'nav', 'footer', 'aside', 'form', 'button', 'select'];
const BLOCK = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|main|blockquote|figure|figcaption|pre|hr|dd|dt|dl|title)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  s = s.replace(/<!doctype[^>]*>/gi, '');
  s = s.replace(/<head\b[^>]*>([\s\S]*?)<\/head>/gi, (_m, head: string) => {
    const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head);
    return title ? `\n${title[1]}\n` : '\n';
  });
  for (const tag of DROP_WITH_CONTENT) {
    s = s.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), '\n');
  }
  s = s.replace(BLOCK, '\n');
  // Any other tag (and any unterminated tag at the end) goes; text between stays.
  s = s.replace(/<\/?[a-zA-Z][^<>]*>/g, '').replace(/<\/?[a-zA-Z][^<>]*$/g, '');
  s = s.replace(/[ \t]+/g, ' ');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
