// src/lib/csv.ts: what csvText writes, csvRecords reads back, with the line each record starts on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, csvText } from '../../src/lib/csv.ts';

describe('csv', () => {
  it('reads quoted fields, skips blank lines and a BOM, and numbers records by their first line', () => {
    const text = '\uFEFFid,name\r\n\r\na,"Doe, Jane"\n"b","two\nlines"\nc, "x""y" \n';
    expect(csvRecords(text)).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 3, fields: ['a', 'Doe, Jane'] },
      { line: 4, fields: ['b', 'two\nlines'] },
      // Line 6: the record before spans lines 4 and 5.
      { line: 6, fields: ['c', '"x""y"'] },
    ]);
  });
  it('writes RFC 4180: quotes only where needed, CRLF line ends', () => {
    expect(csvText([['a', 'b,c'], ['say "hi"', '']])).toBe('a,"b,c"\r\n"say ""hi""",\r\n');
  });
  it('reads back what it writes', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', 'é', '1') }).map((s) => s.trim());
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const kept = rows.filter((r) => r.some((f) => f !== ''));
        expect(csvRecords(csvText(rows)).map((r) => r.fields)).toEqual(kept);
      }),
    );
  });
});
