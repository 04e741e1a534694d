// Chart contracts: what a chart spec holds, what a layout returns.
// Shared by the registry, the layouts, the .astro components, the embeds (issue 6) and the PDF.
import type { AgencyRef } from './agency-rollup.ts';
import type { Check, Claim, Fact, PlaceMention, Qualifier, ReferenceSeries, Status } from '../pipeline/types.ts';
import type { City as CityRow } from '../pipeline/extract/places.ts';

/** A story as the charts need it (from content/stories/*.mdx frontmatter). */
export interface StoryMeta {
  slug: string;
  headline: string;
  outlet: string | null;
  period: { from: string; to: string; label: string; kind?: 'sidecar' | 'estimated' | 'unknown' };
}

/** One row of content/reference/cities.csv, as the map needs it (the row type is the extractor's). */
export type City = Omit<CityRow, 'population'>;

export interface ChartData {
  claims: Claim[];
  facts: Fact[];
  checks: Check[];
  places: PlaceMention[];
  series: ReferenceSeries[];
  cities: City[];
  stories: StoryMeta[];
  /** The agency reference's hierarchy (ids, names, parents); absent: figures are grouped by their own agency. */
  agencies?: AgencyRef[];
}

export type ChartKind = 'bars' | 'line' | 'timeline' | 'map' | 'factbox';

/** One data row of a chart: what it draws, the table shows and the CSV holds. */
export interface ChartRow {
  /** Stable row id (fact id, claim id, series:fy, place city). */
  key: string;
  type: 'figure' | 'reference' | 'claim' | 'event' | 'place';
  label: string;
  value: number | null;
  value_high: number | null;
  /** The value as the chart prints it ("~500", "20,000+"). */
  display: string;
  qualifier: Qualifier | null;
  status: Status | null;
  unit: string;
  entity: string[];
  /** True when one figure covers several agencies together. */
  combined: boolean;
  fiscal_year: number | null;
  /** Monthly rows: the calendar month ("2025-07"); the line chart then runs by month. */
  month?: string | null;
  from: string | null;
  to: string | null;
  period_label: string | null;
  /** How `from`/`to` are known: the text dates the figure ('stated') or the story's period ('estimated'); null: no date. */
  date_kind?: 'stated' | 'estimated' | null;
  /** The status in the readers' vocabulary (src/charts/status.ts), for tables and CSV. */
  status_label?: string | null;
  /** Personnel by agency: the top organisation the figure rolls up to (null: listed apart, not drawn). */
  group?: string | null;
  group_label?: string | null;
  /** The agency or unit the figure names inside its group. */
  component?: string | null;
  /** "latest", "largest" or "latest and largest" for its group and status, else null. */
  role?: string | null;
  /** Why a figure is listed apart instead of drawn ("no agency named", "attribution uncertain"). */
  apart?: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  claim_ids: string[];
  fact_id: string | null;
  /**
   * The first stories that report the row (sorted; at most ROW_LISTED_STORIES in the registry):
   * a figure can be reported by thousands of stories, so a row names a few and counts the rest.
   */
  stories: string[];
  /** How many stories report the row, all of them (`stories` names the first few). */
  story_count: number;
  /** The source sentence (first claim's quote), or the reference row's note. */
  quote: string;
  source_url: string | null;
  series: string | null;
  /** Claim-check verdict against the reference series, when issue 5 computed one. */
  verdict: string | null;
}

export interface ChartColumn {
  key: keyof ChartRow;
  label: string;
  numeric?: boolean;
  /** A machine column (raw number, code, id, coordinate): in the CSV download, not in the reader's table. */
  csvOnly?: boolean;
}

export interface SeriesInfo {
  id: string;
  name: string;
  definition: string;
  unit: string;
  breaks: { from_fy: number; to_fy: number; label: string }[];
}

export interface ChartSpec {
  id: string;
  kind: ChartKind;
  title: string;
  dek: string;
  /** Source line, plain text ("Source: …"). Links to the stories come from `stories`. */
  source: string;
  notes: string[];
  /** Generated text description: what the chart shows, in words (read by screen readers once). */
  description: string;
  /** Short alt text. */
  alt: string;
  rows: ChartRow[];
  columns: ChartColumn[];
  /** Bars in an archive: how many unattributed figures there are in all (only the largest are in `rows`). */
  apartTotal?: number;
  /**
   * Stories the chart names, sorted, with their headlines: its first few of all the stories its
   * rows cite (SPEC_LISTED_STORIES in the registry, for the source line) and every story a row
   * names (for the data table). Not all of them: `story_count` counts those.
   */
  stories: { slug: string; headline: string }[];
  /** How many stories the chart's rows cite, all of them. */
  story_count: number;
  /**
   * Line charts: the window stories, embeds and images draw (fiscal years, or month numbers for a
   * monthly chart, src/charts/frame.ts); the chart page draws every row.
   */
  frame?: { from: number; to: number };
  /** Line charts: the reference series drawn. */
  series?: SeriesInfo;
  /** Other views of the same chart (e.g. another reference series), shown behind a <details>. */
  alternates?: ChartSpec[];
  /** For a fact box: the kind of chart it stands in for. */
  standsFor?: Exclude<ChartKind, 'factbox'>;
}
