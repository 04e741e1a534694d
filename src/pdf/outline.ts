// Chromium builds outline titles from the laid-out text of each heading and
// drops the space where a heading wraps ("to different parts of thecountry").
// Each title is put back from the heading's DOM text, matched by its letters
// with all white space ignored; titles with no match stay as they are.
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

const squash = (s: string) => s.replace(/\s+/g, '');

export function fixOutlineTitles(doc: PDFDocument, headings: string[]): number {
  const byLetters = new Map<string, string>();
  for (const h of headings) {
    const text = h.replace(/\s+/g, ' ').trim();
    if (text && !byLetters.has(squash(text))) byLetters.set(squash(text), text);
  }
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  let fixed = 0;
  const seen = new Set<PDFDict>();
  const walk = (parent: PDFDict | undefined, depth: number) => {
    if (!parent || depth > 32) return;
    for (let item = parent.lookupMaybe(PDFName.of('First'), PDFDict); item && !seen.has(item); item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(item);
      const t = item.lookup(PDFName.of('Title'));
      if (t instanceof PDFString || t instanceof PDFHexString) {
        const title = t.decodeText();
        const key = squash(title);
        // A heading laid out in two fragments (split by a page break) is titled twice over.
        const half = key.length % 2 === 0 && key.slice(0, key.length / 2) === key.slice(key.length / 2) ? key.slice(0, key.length / 2) : null;
        const text = byLetters.get(key) ?? (half ? byLetters.get(half) : undefined);
        if (text && text !== title) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(text));
          fixed++;
        }
      }
      walk(item, depth + 1);
    }
  };
  walk(outlines, 0);
  return fixed;
}
