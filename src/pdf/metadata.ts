// Post-processing of Chromium's PDF: document metadata, and the bytes made
// reproducible. Chromium's output differs between runs in its clock dates
// (CreationDate/ModDate; it writes no trailer /ID and no XMP) and in the
// structure elements' ids (struct-ids.ts). pdf-lib rewrites the Info dictionary
// with dates from the content and fixed Creator/Producer strings, and keeps
// every other object (structure tree, outline, fonts) as it is.
import { PDFDocument } from 'pdf-lib';
import { fixOutlineTitles } from './outline.ts';
import { normalizeStructIds } from './struct-ids.ts';

export const PDF_CREATOR = 'Surge Desk';
export const PDF_PRODUCER = 'Surge Desk print run (Chromium, pdf-lib)';
/** Used when a document has no date from its content: fixed, never the clock. */
export const FALLBACK_DATE = '2000-01-01';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** ISO date YYYY-MM-DD, or null for FALLBACK_DATE. */
  date: string | null;
  lang?: string;
  /** The page's heading texts in DOM order, to repair the outline's titles. */
  headings?: string[];
}

export function metadataDate(date: string | null): Date {
  const iso = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : FALLBACK_DATE;
  return new Date(`${iso}T00:00:00Z`);
}

export async function finalizePdf(bytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const when = metadataDate(meta.date);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  if (meta.lang) doc.setLanguage(meta.lang);
  normalizeStructIds(doc);
  if (meta.headings) fixOutlineTitles(doc, meta.headings);
  // No object streams: the file stays PDF 1.4 as Chromium wrote it.
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
