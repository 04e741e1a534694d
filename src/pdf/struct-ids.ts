// Chromium names tagged-PDF structure elements after DOM node ids ("node00000195"),
// a counter that keeps running across pages printed in one renderer: the same page
// prints different ids depending on what was printed before it. This renames them by
// rank ("id000001", …), everywhere they occur: the elements' /ID, table cells'
// /Headers, and the structure tree's /IDTree. The ranks keep the ids' order, so the
// name tree stays sorted and its /Limits stay valid.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const ID = PDFName.of('ID');
const A = PDFName.of('A');
const HEADERS = PDFName.of('Headers');
const TYPE = PDFName.of('Type');
const STRUCT_ELEM = PDFName.of('StructElem');
const STRUCT_TREE_ROOT = PDFName.of('StructTreeRoot');
const ID_TREE = PDFName.of('IDTree');

const text = (o: PDFObject | undefined): string | null =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : null;

/** Orders "node00000195" by its number, anything else after, by text. */
function compareIds(a: string, b: string): number {
  const na = /^node(\d+)$/.exec(a);
  const nb = /^node(\d+)$/.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function normalizeStructIds(doc: PDFDocument): number {
  const elems: PDFDict[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(TYPE) === STRUCT_ELEM) elems.push(obj);
  }
  const ids = [...new Set(elems.map((e) => text(e.get(ID))).filter((s): s is string => s !== null))].sort(compareIds);
  if (ids.length === 0) return 0;
  const renamed = new Map(ids.map((id, i) => [id, `id${String(i + 1).padStart(6, '0')}`]));
  const swap = (o: PDFObject | undefined): PDFObject | undefined => {
    const t = text(o);
    const n = t === null ? undefined : renamed.get(t);
    return n === undefined ? undefined : PDFString.of(n);
  };
  const swapArray = (arr: PDFArray) => {
    for (let i = 0; i < arr.size(); i++) {
      const n = swap(arr.get(i));
      if (n) arr.set(i, n);
    }
  };

  for (const e of elems) {
    const n = swap(e.get(ID));
    if (n) e.set(ID, n);
    const attrs = e.lookup(A);
    const list = attrs instanceof PDFArray ? attrs.asArray().map((x) => doc.context.lookup(x)) : [attrs];
    for (const attr of list) {
      if (!(attr instanceof PDFDict)) continue;
      const headers = attr.lookup(HEADERS);
      if (headers instanceof PDFArray) swapArray(headers);
    }
  }

  const root = doc.catalog.lookup(STRUCT_TREE_ROOT);
  const tree = root instanceof PDFDict ? root.lookup(ID_TREE) : undefined;
  const visit = (node: PDFObject | undefined, depth: number) => {
    if (!(node instanceof PDFDict) || depth > 64) return;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let i = 0; i < names.size(); i += 2) {
        const n = swap(names.get(i));
        if (n) names.set(i, n);
      }
    }
    const limits = node.lookup(PDFName.of('Limits'));
    if (limits instanceof PDFArray) swapArray(limits);
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (const k of kids.asArray()) visit(doc.context.lookup(k), depth + 1);
  };
  visit(tree, 0);
  return ids.length;
}
