import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { MAX_BYTES, readSeed } from '../../src/pipeline/read.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = 'The agency said “500 agents” would move — starting next week.\nA second paragraph follows here.';

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

function ok(r: ReturnType<typeof readSeed>) {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
}

describe('readSeed: encodings', () => {
  it('reads UTF-8 and keeps typography', () => {
    const r = ok(readSeed('a.txt', enc(ARTICLE)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(ARTICLE);
    expect(r.warnings).toEqual([]);
  });
  it('strips a UTF-8 byte order mark', () => {
    const r = ok(readSeed('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc(ARTICLE)])));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.text).toBe(ARTICLE);
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = ok(readSeed('le.txt', utf16(ARTICLE, true, true)));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(ARTICLE);
    const be = ok(readSeed('be.txt', utf16(ARTICLE, false, true)));
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(ARTICLE);
  });
  it('recognises UTF-16 LE without a BOM and says so', () => {
    const r = ok(readSeed('le.txt', utf16('Plain text without any mark at all, in UTF-16.', true, false)));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe('Plain text without any mark at all, in UTF-16.');
    expect(r.warnings.join(' ')).toMatch(/byte order mark/);
  });
  it('falls back to Windows-1252 with a warning: 0x93/0x94 become curly quotes', () => {
    const bytes = new Uint8Array([...enc('He said '), 0x93, ...enc('no'), 0x94, ...enc(' in Z'), 0xfc, ...enc('rich.')]);
    const r = ok(readSeed('latin.txt', bytes));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('He said “no” in Zürich.');
    expect(r.warnings.join(' ')).toMatch(/Windows-1252/);
  });
  it('agrees with iconv on Latin-1 accented text', () => {
    const s = 'Señor Müller était là — «ok».';
    const r = ok(readSeed('l.txt', new Uint8Array(iconv.encode(s, 'win1252'))));
    expect(r.text).toBe(s);
  });
});

describe('readSeed: line endings and spaces', () => {
  it('turns CRLF and CR into LF', () => {
    const r = ok(readSeed('crlf.txt', enc('One line.\r\nTwo line.\rThree line.\r\n')));
    expect(r.text).toBe('One line.\nTwo line.\nThree line.\n');
    expect(r.text).not.toMatch(/\r/);
  });
  it('keeps no-break spaces for display', () => {
    const r = ok(readSeed('nbsp.txt', enc('2020 Democratic\u00a0race is here.')));
    expect(r.text).toContain('\u00a0');
  });
});

describe('readSeed: refusals', () => {
  it('refuses an empty file', () => {
    const r = readSeed('empty.txt', new Uint8Array());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/empty/);
  });
  it('refuses white space only, including NBSP and blank lines', () => {
    const r = readSeed('ws.txt', enc(' \n\t\r\n\u00a0  \n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/white space/);
  });
  it('refuses PNG bytes as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const r = readSeed('img.txt', png);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/binary.*PNG/);
  });
  it('refuses other bytes with NULs or many control characters', () => {
    const nul = readSeed('x.txt', new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44, 0x00, 0x00, 0x00, 0x45]));
    expect(nul.ok).toBe(false);
    const ctrl = readSeed('y.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    expect(ctrl.ok).toBe(false);
    if (!ctrl.ok) expect(ctrl.reason).toMatch(/control/);
  });
  it('refuses a 5 MB file and names the limit', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    const r = readSeed('big.txt', big);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(/too large/);
      expect(r.reason).toContain('5.0 MB');
    }
    expect(readSeed('fits.txt', new Uint8Array(MAX_BYTES).fill(0x61)).ok).toBe(true);
  });
});

describe('readSeed: HTML', () => {
  it('converts a web page to text with a warning and lets no markup through', () => {
    const html = `<!doctype html><html><head><title>Agents redeployed</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body><nav><a href="/">Home</a></nav>
      <h1>Agents redeployed</h1><p>The agency moved 500&nbsp;agents &amp; officers &#8212; &ldquo;fast&rdquo;.</p>
      <p>Second <b>paragraph</b> here.</p><!-- hidden --><footer>© Site</footer></body></html>`;
    const r = ok(readSeed('page.html', enc(html)));
    expect(r.warnings.join(' ')).toMatch(/HTML/);
    expect(r.text).not.toMatch(/<[a-z!/]/i);
    expect(r.text).not.toContain('alert');
    expect(r.text).not.toContain('color:red');
    expect(r.text).not.toContain('hidden');
    expect(r.text).toContain('The agency moved 500\u00a0agents & officers — “fast”.');
    expect(r.text).toContain('Second paragraph here.');
  });
  it('keeps a stray tag-like string in plain text as text', () => {
    const r = ok(readSeed('plain.txt', enc('The form said <script> was blocked. Also {x} and a < b.')));
    expect(r.warnings).toEqual([]);
    expect(r.text).toContain('<script>');
  });
});

describe('readSeed: stray entities', () => {
  it('decodes HTML entities left in scraped plain text, with a warning', () => {
    const r = ok(readSeed('e.txt', enc('The agency&#8217;s plan &amp; its cost were “unclear,” officials said.')));
    expect(r.text).toBe('The agency’s plan & its cost were “unclear,” officials said.');
    expect(r.warnings.join(' ')).toMatch(/entities/);
  });
});
