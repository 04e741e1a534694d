// Text tables as claims: each cell of a row under a heading line (text/tables.ts reads the shape)
// is one figure. With period columns ("Category FY13 FY14") the row label is what is counted and
// the column heading its time; with category columns ("Detained adultsReleased adults" over
// "March1,2041,388") the column heading is what is counted and the row label its time. A "Total"
// row, a row naming a place or an agency ("Tucson Sector") and a period row count the table's own
// noun, its measure: its title's head noun, a corner label's ("Arrests FY22 FY23"), or the noun a
// lead sentence names for the table ("released the numbers of apprehensions …:").
import type { Paragraph } from '../types.ts';
import { findTextTables, isPeriod, type TableCell } from '../text/tables.ts';
import { lowerButAcronyms } from '../text/normalize.ts';

export interface TableCellClaim {
  /** The unit as written (lower case): the row label or the column heading. */
  unit: string;
  /** The period the cell stands for, as printed ("FY13", "January"), or null. */
  time: string | null;
  cell: TableCell;
  /** Index of the cell in its row (the claim id's k). */
  index: number;
  /** The table's measure ("apprehensions"), for the owner rules; null when the page names none. */
  measure: string | null;
  /** A row label naming where or whose the figures are ("Tucson Sector", "ICE"), not what they count. */
  rowName: string | null;
  /** What a percentage cell is a share of (its row or column noun), else null. */
  shareOf: string | null;
}

/** A corner label over row labels that name places or agencies ("Sector", "Field office", "Agency"). */
const NAME_CORNER = /^(?:sectors?|states?|regions?|districts?|ports?(?: of entry)?|stations?|(?:field )?offices?|countr(?:y|ies)|areas?|count(?:y|ies)|cit(?:y|ies)|locations?|agenc(?:y|ies)|components?|facilit(?:y|ies))$/i;

/** Rows that sum the others: their unit is the table's measure. */
const TOTAL_ROW = /^(?:total|totals|all|grand total|overall|sum)$/i;
/** The noun a lead sentence names for what its table lists. */
const LEAD_MEASURE = /\b(?:numbers?|totals?|counts?|figures?|statistics|data)\s+(?:on\s+|of\s+)(?:[a-z]+\s+){0,2}?([a-z]+(?:s|ies))\b/i;

/** A plural by its ending ("arrests", "agencies"; not "process", "status", "analysis"). */
const pluralWord = (w: string) => /(?:s|ies)$/i.test(w) && !/(?:ss|us|is)$/i.test(w);

/** A title's head noun, when plural: its last word before a dash or colon part naming periods ("Southwest Border Apprehensions - FY13-FY16") and before a preposition. */
function titleNoun(title: string | null): string | null {
  if (!title) return null;
  // The head of "Arrests by Year", "Apprehensions of Children in FY20": before the first preposition.
  const main = title.split(/\s+[-–—:]\s+|:\s+/)[0]!.split(/\s+(?:by|per|of|in|for|from|at|on|to|and|vs\.?)\s+/i)[0]!;
  const words = main.split(/\s+/).filter((w) => /^\p{L}+$/u.test(w) && !isPeriod(w));
  const last = words.at(-1);
  return last && pluralWord(last) ? last.toLowerCase() : null;
}

/** A label ending in a plural or collective noun ("Family members", "Staff"): what a row counts, not a name. */
function countNoun(label: string): boolean {
  const last = label.split(/\s+/).at(-1)!;
  return pluralWord(last) || /^(?:staff|personnel|people|children|men|women|police|military|youth|crew|cattle|equipment|aircraft|livestock|fentanyl|cocaine|heroin|marijuana|methamphetamine)$/i.test(last);
}

/**
 * The cells of every text table of the article, by paragraph index. Paragraphs are one line each
 * under a table (structure.ts keeps the heading and rows apart), so tables are found over the
 * paragraphs' texts. `titleOf` gives a paragraph's heading when it is the table's title; `isNamed`
 * says whether a row label is wholly an agency's name (then the row is whose, not what, is counted).
 */
export function tableCells(paragraphs: Paragraph[], titleOf: (pi: number) => string | null, isNamed: (label: string) => boolean = () => false): Map<number, TableCellClaim[]> {
  const out = new Map<number, TableCellClaim[]>();
  const texts = paragraphs.map((p) => p.text);
  for (const t of findTextTables(texts)) {
    // The title: the section heading starting at the table (structure.ts makes the line above the
    // heading one), or a paragraph right above it.
    const title = titleOf(t.heading) ?? (t.title !== null ? texts[t.title]! : null);
    const lead = t.heading > 0 ? texts[t.heading - 1]! : '';
    // The corner may name the measure itself ("Arrests FY22 FY23" over "Harbor County 1,204 1,388").
    const cornerNoun = t.head.periods && t.head.corner && !/^(?:category|categories|type|types|item|items)$/i.test(t.head.corner) ? titleNoun(t.head.corner) : null;
    const measure = titleNoun(title) ?? cornerNoun ?? (/:\s*$/.test(lead) ? (LEAD_MEASURE.exec(lead)?.[1]?.toLowerCase() ?? null) : null);
    const named = t.head.corner !== null && NAME_CORNER.test(t.head.corner);
    for (const { line, row } of t.rows) {
      const total = TOTAL_ROW.test(row.label);
      // Rows of places or agencies under period columns count the table's measure, each for its row.
      // So do rows whose label is no plural noun ("Harbor County", "North Pier"), when the table names a measure.
      const rowName = ((named || (measure !== null && !countNoun(row.label))) && !total && !isPeriod(row.label)) || isNamed(row.label) ? row.label : null;
      const cells: TableCellClaim[] = [];
      // A period row under period columns ("October" under "FY2020 FY2021") counts the measure in both.
      const periodRow = t.head.periods && isPeriod(row.label);
      row.cells.forEach((cell, index) => {
        // The change column ("% Change") restates the other cells' difference: not a figure of its own.
        if (cell.column === t.head.derived) return;
        const column = t.head.columns[cell.column]!;
        const noun = t.head.periods ? (total || rowName || periodRow ? measure : lowerButAcronyms(row.label)) : lowerButAcronyms(column);
        if (!noun) return;
        const time = periodRow ? `${row.label} ${column}` : t.head.periods ? column : isPeriod(row.label) ? row.label : null;
        // "12.5%": a share, of the noun its row or column names.
        const share = cell.text.endsWith('%');
        cells.push({ unit: share ? 'percent' : noun, time, cell, index, measure, rowName, shareOf: share ? noun : null });
      });
      out.set(line, cells);
    }
    // The heading line is the table's too: it gives no claim ("FY13" is a column name).
    out.set(t.heading, []);
  }
  return out;
}
