import { describe, expect, it } from 'vitest';
import { readSidecar } from '../../src/pipeline/sidecar.ts';

describe('readSidecar', () => {
  it('reads every known key and keeps the date a string', () => {
    const r = readSidecar('headline: Agents Sent North\ndek: A short dek\noutlet: CBS News\nurl: https://www.cbsnews.com/news/x/\ndate: 2025-05-06\nbyline: Camilo Montoya-Galvez\n');
    expect(r.errors).toEqual([]);
    expect(r.sidecar).toEqual({
      headline: 'Agents Sent North',
      dek: 'A short dek',
      outlet: 'CBS News',
      url: 'https://www.cbsnews.com/news/x/',
      date: '2025-05-06',
      byline: 'Camilo Montoya-Galvez',
    });
  });
  it('reports unknown keys, wrong types, bad dates and URLs, keeping the valid rest', () => {
    const r = readSidecar('headline: Fine\ntitle: Oops\ndate: 2025-02-30\nurl: not a url\noutlet: 42\nbyline: [a, b]\n');
    expect(r.sidecar).toEqual({ headline: 'Fine' });
    expect(r.errors).toHaveLength(5);
    expect(r.errors.join('\n')).toMatch(/unknown key "title"/);
    expect(r.errors.join('\n')).toMatch(/"date" must be a calendar date/);
    expect(r.errors.join('\n')).toMatch(/"url" must be an http/);
    expect(r.errors.join('\n')).toMatch(/"outlet" must be a text value/);
    expect(r.errors.join('\n')).toMatch(/"byline" must be a text value, got a list/);
  });
  it('rejects invalid YAML and non-mappings with a message', () => {
    expect(readSidecar('headline: [unclosed').errors[0]).toMatch(/invalid YAML/);
    expect(readSidecar('- a\n- b').errors[0]).toMatch(/mapping/);
    expect(readSidecar('')).toEqual({ sidecar: null, errors: [] });
  });
});

describe('readSidecar: fields used as links or shown on pages', () => {
  it('keeps only http(s) URLs: no javascript:, data:, file:, relative paths or credentials', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/etc/passwd', '../secret.txt', 'https://user:pw@example.com/x', 'ftp://example.com/x', '//example.com/x']) {
      const r = readSidecar(`url: "${bad}"\n`);
      expect(r.sidecar, bad).toBeNull();
      expect(r.errors.join(' '), bad).toMatch(/"url" must be an http/);
    }
    expect(readSidecar('url: http://example.com/a?b=c\n').sidecar).toEqual({ url: 'http://example.com/a?b=c' });
  });
  it('ignores text values with control or text-direction characters', () => {
    const r = readSidecar('headline: "Agents \\e[2J sent"\nbyline: "Jane \\u202E Doe"\noutlet: Fine\n');
    expect(r.sidecar).toEqual({ outlet: 'Fine' });
    expect(r.errors.filter((e) => /control characters/.test(e))).toHaveLength(2);
  });
});
