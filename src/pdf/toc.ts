// Page numbers for a printed table of contents. Chromium turns every in-document
// link target into a named destination (/Dests); a first print tells on which page
// each target landed, the runner writes the numbers into the contents
// ([data-toc-page="<id>"] elements) and prints again.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';

/** A named destination as Chromium writes it: its page and, for /XYZ targets, the raw `top`. */
export interface NamedDestination {
  /** Decoded name (PDF names escape bytes as #XX). */
  name: string;
  /** 0-based page index. */
  pageIndex: number;
  /** The page's height, pt. */
  pageHeight: number;
  /** /XYZ top, pt up from the page's bottom; null when the target has none. */
  top: number | null;
}

/** Every named destination of a PDF whose target page is one of its pages. */
export async function namedDestinations(bytes: Uint8Array): Promise<NamedDestination[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const pageOf = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  const out: NamedDestination[] = [];
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  for (const [name, value] of dests.entries()) {
    let dest = doc.context.lookup(value);
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    if (!(dest instanceof PDFArray)) continue;
    const ref = dest.get(0);
    const i = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
    if (i === undefined) continue;
    const top = dest.get(3);
    out.push({ name: decodeName(name.asString()), pageIndex: i, pageHeight: pages[i]!.getHeight(), top: top instanceof PDFNumber ? top.asNumber() : null });
  }
  return out;
}

/** Named destination → 1-based page number. */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  return new Map((await namedDestinations(bytes)).map((d) => [d.name, d.pageIndex + 1]));
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
