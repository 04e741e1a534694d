// Page numbers for a printed table of contents. Chromium turns every in-document
// link target into a named destination (/Dests); a first print tells on which page
// each target landed, the runner writes the numbers into the contents
// ([data-toc-page="<id>"] elements) and prints again.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** Named destination → 1-based page number. */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  for (const [name, value] of dests.entries()) {
    let dest = doc.context.lookup(value);
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    if (!(dest instanceof PDFArray)) continue;
    const page = dest.get(0);
    const n = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    if (n !== undefined) out.set(decodeName(name.asString()), n);
  }
  return out;
}

/** "/story-x#2D1" → "story-x-1": PDF names escape bytes as #XX. */
function decodeName(raw: string): string {
  const s = raw.startsWith('/') ? raw.slice(1) : raw;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '#' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
