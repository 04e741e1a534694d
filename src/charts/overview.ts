// The overview's short text, generated from the chart specs: every number is a link to its
// source (the story that reports it, or the official table for reference figures).
import { claimAnchor, storyOf } from '../model/ids.ts';
import { fmtNumber } from './format.ts';
import { CHART_IDS } from './select.ts';
import type { ChartRow, ChartSpec } from './types.ts';

export type Part = string | { text: string; href: string };

/** Site-relative link for a row: its first story, else its source URL. */
function href(row: ChartRow): string {
  const slug = row.stories[0];
  if (slug) {
    const claim = row.type === 'place' ? undefined : row.claim_ids.find((id) => storyOf(id) === slug);
    return claim ? `stories/${slug}/#${claimAnchor(claim)}` : `stories/${slug}/`;
  }
  return row.source_url ?? '';
}

function num(row: ChartRow): Part {
  return { text: row.display, href: href(row) };
}

function list(parts: Part[][]): Part[] {
  const out: Part[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(i === parts.length - 1 ? (parts.length > 2 ? ', and ' : ' and ') : ', ');
    out.push(...p);
  });
  return out;
}

export function overviewText(specs: ChartSpec[]): Part[][] {
  const paras: Part[][] = [];
  const by = (id: string) => specs.find((s) => s.id === id);
  const personnel = by(CHART_IDS.personnel);
  if (personnel) {
    const rows = personnel.rows;
    paras.push([
      'The articles report ',
      { text: fmtNumber(rows.length), href: `charts/${personnel.id}/` },
      ` ${rows.length === 1 ? 'figure' : 'figures'} of people sent or asked for: `,
      ...list(rows.map((r) => [num(r), ` ${r.label} (${r.status ?? 'reported'})`])),
      '.',
    ]);
  }
  const timeline = by(CHART_IDS.timeline);
  if (timeline && timeline.rows.length) {
    const first = timeline.rows[0]!;
    const last = timeline.rows[timeline.rows.length - 1]!;
    paras.push([
      `In time order, the reports run from `,
      num(first),
      ` ${first.label} (${first.status ?? 'reported'}) to `,
      num(last),
      ` ${last.label} (${last.status ?? 'reported'}); the timeline places each at the date of its report.`,
    ]);
  }
  const enc = by(CHART_IDS.encounters);
  if (enc) {
    const ref = enc.rows.filter((r) => r.type === 'reference');
    const claims = enc.rows.filter((r) => r.type === 'claim');
    const parts: Part[] = [];
    if (ref.length && enc.series) {
      const peak = ref.reduce((m, r) => ((r.value ?? 0) > (m.value ?? 0) ? r : m));
      const last = ref[ref.length - 1]!;
      parts.push(`In the official series (${enc.series.name}), border encounters peaked at `, num(peak), ` in FY${peak.fiscal_year} and stood at `, num(last), ` in FY${last.fiscal_year}. `);
    }
    if (claims.length) {
      parts.push('The articles cite ', ...list(claims.map((r) => [num(r), ` for FY${r.fiscal_year}${r.verdict ? ` (${r.verdict.replace(/-/g, ' ')} with the series)` : ''}`])), '.');
    }
    if (parts.length) paras.push(parts);
  }
  const map = by(CHART_IDS.map);
  if (map && map.rows.length) {
    paras.push([
      { text: fmtNumber(map.rows.length), href: `charts/${map.id}/` },
      ` ${map.rows.length === 1 ? 'city is named as a destination' : 'cities are named as destinations'}: `,
      ...list(map.rows.map((r) => [{ text: r.label, href: href(r) }])),
      '.',
    ]);
  }
  return paras;
}
