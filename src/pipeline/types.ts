// Shared data contracts of the pipeline. Every stage imports its input and
// output types from here so the stages can be written and tested apart.
// Plain TypeScript: no Astro imports anywhere under src/pipeline/.

/** Outcome of one input file, one entry per file in the build report. */
export type ReportStatus = 'ok' | 'warning' | 'refused';

export interface ReportEntry {
  /** File name as found in the seeds folder (not a path). */
  file: string;
  status: ReportStatus;
  /** Slug of the story built from it; null when refused. */
  slug: string | null;
  /** Human-readable reasons, each naming the problem (the file is named by `file`). */
  messages: string[];
  /** Detected encoding, e.g. "utf-8", "utf-8-bom", "utf-16le", "windows-1252". */
  encoding?: string;
  bytes: number;
  /** Counts for the summary. */
  paragraphs?: number;
  sentences?: number;
  claims?: number;
  dropped_lines?: number;
  /** Every line the cleaner dropped, with the rule or feature that dropped it (an editor overrides it with keep:/drop: in the sidecar). */
  dropped?: { line: string; rule: string; why?: string }[];
  /** Where the headline came from: the sidecar, the text, or generated from the lead. */
  headline_source?: 'sidecar' | 'text' | 'generated';
}

/** read: bytes → text. */
export type ReadResult =
  | { ok: true; file: string; text: string; encoding: string; bytes: number; warnings: string[] }
  | { ok: false; file: string; bytes: number; reason: string };

/** Editor's metadata from an optional seeds/<name>.yaml; wins over inference. */
export interface Sidecar {
  headline?: string;
  dek?: string;
  outlet?: string;
  url?: string;
  /** ISO date YYYY-MM-DD */
  date?: string;
  byline?: string;
  /** Editor overrides for the cleaner: lines never dropped, lines always dropped (matched whole, spacing and case folded). */
  keep?: string[];
  drop?: string[];
}

/** clean: text → kept lines plus what was dropped and why. */
export interface CleanResult {
  /** Lines kept, in order, typography preserved (curly quotes, dashes, NBSP kept). */
  lines: string[];
  /** Every dropped line with the rule that dropped it (for the report and the tests). */
  dropped: { line: string; rule: string; why?: string }[];
  /** Bare domain lists at the end of an article ("cbp.gov") become cited sources. */
  citedSources: string[];
}

export interface Sentence {
  /** Stable id: `${slug}:p${paragraphIndex}s${sentenceIndex}` (indices from 1). */
  id: string;
  text: string;
  /** Character offsets of the sentence inside its paragraph's text. */
  start: number;
  end: number;
}

export interface Paragraph {
  /** Stable id: `${slug}:p${index}` (from 1). */
  id: string;
  text: string;
  sentences: Sentence[];
  /** Heading text of the section this paragraph is in, or null before the first heading. */
  section: string | null;
}

export interface Attribution {
  reported_by?: string;
  originally_appeared_in?: string;
  cited_sources?: string[];
}

export interface PeriodEstimate {
  /** ISO dates bounding the estimate, inclusive. */
  from: string;
  to: string;
  /** What a reader sees: "estimated: early 2025", or the sidecar date. */
  label: string;
  /** "sidecar" when an editor gave the date, else "estimated". */
  kind: 'sidecar' | 'estimated' | 'unknown';
  /** The textual evidence used, each with the quote it came from. */
  evidence: { kind: string; text: string; implies: string }[];
}

/** structure: the article as the site shows it. */
export interface Article {
  file: string;
  slug: string;
  headline: string;
  /** True when the headline was generated from the lead (no headline in the text or sidecar). */
  headlineGenerated: boolean;
  dek: string | null;
  /** The headline and dek lines as the text itself gives them (none when only a sidecar names them). */
  textLines?: string[];
  dateline: string | null;
  attribution: Attribution;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  sections: string[];
  paragraphs: Paragraph[];
  period: PeriodEstimate;
}

// ---------------------------------------------------------------- numbers

export type NumberKind =
  | 'quantity' // chartable
  | 'year'
  | 'date'
  | 'ordinal'
  | 'source-count' // "three sources", "two U.S. officials"
  | 'duration' // "three full months"
  | 'legal' // "287(g)", "Title 42"
  | 'vague'; // "hundreds", "thousands", "billions of dollars"

// The figure vocabulary and fields are the model's (src/model), shared with the site.
import type { Figure } from '../model/figure.ts';
import type { Qualifier, Status, UnitFamily } from '../model/vocabulary.ts';
export type { Figure, Qualifier, Status, UnitFamily };
/** Families of any quantity (the claim families plus measures that are never charted as claims). */
export type QuantityFamily = UnitFamily | 'duration' | 'age' | 'measure' | 'count';

/** A number mention found in a sentence, before description. */
export interface NumberMention {
  kind: NumberKind;
  /** The matched text, e.g. "around 500", "2.2 million", "2,000 to 3,000". */
  text: string;
  value: number | null;
  /** Upper end for ranges, else null. */
  valueHigh: number | null;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
}

/** One chartable number in one sentence of one article. Field names match ../shared/fixtures/seed-claims.json. */
export interface Claim extends Figure {
  /** Stable id: `${sentenceId}#n${k}` where k counts numbers in the sentence from 1. */
  id: string;
  /** The seed's file name. */
  article: string;
  slug: string;
  sentence_id: string;
  /** Exact sentence text (a substring of the article's paragraph, or the headline/dek line when from_headline). */
  quote: string;
  /** Offsets of the number's text inside `quote`. */
  start: number;
  end: number;
  /** The number as displayed in the text ("around 500"). */
  display: string;
  negated: boolean;
  /** Fact id after reconciliation (filled by reconcile). */
  fact_id: string | null;
  // Relations (issue 14), present when the sentence states them.
  /** Direction of a stated change ("up 210 %", "fell from 48 to 312"). */
  change?: 'up' | 'down' | null;
  /** Both ends of "from A to B". */
  from?: number | null;
  to?: number | null;
  /** Percent change: from the two ends, or the stated percentage of a change. */
  change_pct?: number | null;
  /** Period of a rate ("410 a day" → day). */
  per?: string | null;
  /** What a percentage is a share of ("5% of its workforce" → workforce). */
  share_of?: string | null;
  /** How `entity` was found (issue 14): see AttributionMethod. */
  attribution?: AttributionMethod;
  /** How sure that owner is. 'low' owners must not be drawn as fact (show "unattributed" or the doubt). */
  attribution_confidence?: AttributionConfidence;
  /** Each entity rolled up to the top of its hierarchy (NORTHCOM → DOD, ERO → DHS), same order, deduplicated. */
  entity_top?: string[];
  /** National Guard duty status when the sentence states it. */
  guard_status?: GuardStatus | null;
  /** Read from the headline or dek (a figure the body does not give); its quote is that line. */
  from_headline?: boolean;
}

/**
 * What a sentence says about one of its numbers: its value, what it counts and how it relates
 * it. Shared by a quantity as the extractor finds it and as the quantities table publishes it.
 */
export interface QuantityReading {
  value: number;
  value_high: number | null;
  /** The counted noun phrase as written ("removal flights"), or null when none. */
  unit: string | null;
  /** Lower-case singular name ("removal flight", "dollar", "percentage", "year of age"); "-" when none. */
  unit_normalized: string;
  family: QuantityFamily;
  kind: NumberKind;
  qualifier: Qualifier;
  /** Direction of a change the sentence states ("up 210 %", "fell 7 %", "from 48 to 312"). */
  change: 'up' | 'down' | null;
  /** Both ends of "from A to B" (value is then A and value_high B). */
  from: number | null;
  to: number | null;
  /** Period of a rate ("an average of 410 a day" → day). */
  per: string | null;
  /** What a percentage is a share of, when the sentence says ("5% of its workforce" → workforce). */
  share_of: string | null;
}

/** One number in one sentence, chartable or not, and whether it became a claim. */
export interface QuantityRow extends QuantityReading {
  /** `${sentenceId}#q${k}`, k counting quantities in the sentence from 1. */
  id: string;
  article: string;
  slug: string;
  sentence_id: string;
  display: string;
  /** A few words either side of the number (the dataset stays small; sentence_id leads to the sentence). */
  context: string;
  start: number;
  end: number;
  promoted: boolean;
  /** Why it was or was not promoted, in words an editor reads. */
  reason: string;
  claim_id: string | null;
}

/**
 * How a claim's owner was found, strongest first:
 * modifier ("600 FBI agents"), possessive ("ICE's 25 field offices"), prepositional ("from the FBI",
 * "of the Army"), assigned ("sailors assigned to JTF-SB"), service (the noun implies it: "soldiers" → Army),
 * subject (the clause's subject: "Border Patrol agents seized 204 pounds"), measure (the publisher of the
 * measure: encounters → CBP), context (an earlier sentence names the same noun with an agency),
 * anaphor ("It will add 200 officers"), publisher (the article's own agency), source ("…, CBP said"),
 * nearest (the nearest mention in the sentence, last resort), none (unattributed).
 */
export type AttributionMethod =
  | 'modifier'
  | 'possessive'
  | 'prepositional'
  | 'assigned'
  | 'service'
  | 'subject'
  | 'measure'
  | 'context'
  | 'anaphor'
  | 'publisher'
  | 'source'
  | 'nearest'
  | 'none';
export type AttributionConfidence = 'high' | 'medium' | 'low';
/** title10: federal orders (DoD chain); title32: state control, federal pay; state: state active duty. */
export type GuardStatus = 'title10' | 'title32' | 'state';

/** One real-world figure, backed by one or more claims. */
export interface Fact extends Figure {
  id: string;
  /** Claim ids backing this fact, sorted. */
  claims: string[];
  /** Story slugs that report it, sorted. */
  sources: string[];
  /** Ids of other facts about the same thing with different figures. */
  conflicts: string[];
}

/** Verdict of a claim against an official reference series (issue 5). */
export interface Check {
  claim_id: string;
  article: string;
  sentence_id: string;
  quote: string;
  /** 'partly-consistent': the claim's direction holds but its stated span or figure is off at the edge (see checks.ts). */
  verdict: 'consistent' | 'partly-consistent' | 'inconsistent' | 'not-checkable';
  series: string | null;
  fiscal_year: number | null;
  compared_with: number | null;
  tolerance: string;
  explanation: string;
  /** Story slug of the claim's article (for links). */
  slug?: string;
  /** Human name of `series`, so pages need not load the reference data. */
  series_name?: string | null;
  /** Which rule decided: a value for a year, a record, a span ("lowest since …"), a rate, or none. */
  kind?: 'value' | 'record' | 'span' | 'rate' | 'month' | 'none';
  /** The figure or phrase as the article states it ("approximately 237,000", "lowest levels since the late 1960s"). */
  stated?: string;
  /** The period compared ("FY2025", "2025-07"), and the vintage of the series used, when one was. */
  period?: string;
  vintage?: string;
}

/** A place named as a destination of redeployed agents (map chart). */
export interface PlaceMention {
  id: string;
  article: string;
  slug: string;
  sentence_id: string;
  /** Canonical city id from content/reference/cities.csv. */
  city: string;
  quote: string;
}

// ---------------------------------------------------------------- reference data (issue 5)

/** One official series from content/reference/series/ (loaded and validated by src/pipeline/reference/series.ts). */
export interface ReferenceSeries {
  /** e.g. "usbp_swb_apprehensions_or_encounters_pew" */
  id: string;
  name: string;
  /** What the series counts, in words a reader understands. */
  definition: string;
  unit: string;
  /** True for the series charts and checks use when none is named. */
  default: boolean;
  rows: { fiscal_year: number; value: number; source_url: string; note?: string }[];
  /** Spans where the measure changes (e.g. Title 42, FY2020–FY2023). */
  breaks: { from_fy: number; to_fy: number; label: string }[];
  /** Publisher of the series ("Pew Research Center from CBP data"). */
  source?: string;
  /** Geography: the checker picks a series whose scope matches the claim's. */
  scope?: 'southwest' | 'nationwide';
  /** Values rounded to this unit by the publisher (OHSS: 10); widens check tolerances. */
  rounded_to?: number;
  /** Preliminary figures that may be revised. */
  preliminary?: boolean;
  /** Which legal authority the counts cover: "title8", "title42", "title8+title42", "mixed". */
  authority?: string;
  /** Caveats a reader must see (splicing, revisions). */
  notes?: string[];
  /** 'monthly': rows are in `months` (calendar months), `rows` is empty. Default 'yearly'. */
  frequency?: 'yearly' | 'monthly';
  /** Monthly series: one row per calendar month ("2025-07"). */
  months?: { month: string; value: number; source_url: string }[];
  /** Which release the values are from ("DHS preliminary, as announced 2025-08-01"); checks name it. */
  vintage?: string;
  /** Monthly series: whose count, 'usbp' (Border Patrol, between ports), 'cbp' (CBP-wide, ports of entry included) or 'ofo' (ports of entry alone; kept to audit a CBP-wide sum, never checked against). */
  component?: 'usbp' | 'cbp' | 'ofo';
  /** One group of those encountered ('single_adults', …); a series without it counts everyone. */
  group?: 'single_adults' | 'family_units' | 'unaccompanied_children';
  /** A monthly series joined from others: which months come from which series (built at load time, never from CSV rows). */
  spliced_from?: { series: string; from: string; to: string }[];
  /** Spliced series: the largest difference the parts may show on the months both hold. */
  max_overlap_difference?: number;
}
