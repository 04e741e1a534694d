// The one status vocabulary readers see, in every chart, table, PDF and embed. Defined once:
// the type, the words, the colours (light and dark), the bar pattern and the point shape all
// derive from STAGES, and the pipeline's Status values map onto it (STAGE_OF).
// Each stage has its own colour AND its own pattern and shape, so status never rests on colour.
// Colours: ≥ 3:1 against the page background in both themes (tests/unit/charts-status.test.ts).
import type { Status } from '../pipeline/types.ts';

export const STAGES = [
  {
    id: 'requested',
    label: 'requested',
    meaning: 'asked for; not yet approved or sent',
    pattern: 'outline',
    shape: 'triangle',
    light: '#6a3d9a',
    dark: '#c8a2ff',
  },
  {
    id: 'ordered',
    label: 'ordered or planned',
    meaning: 'approved, ordered or announced; not yet there',
    pattern: 'hatch',
    shape: 'diamond',
    light: '#a34f00',
    dark: '#f5a35c',
  },
  {
    id: 'deployed',
    label: 'deployed',
    meaning: 'sent, arrived or at work',
    pattern: 'solid',
    shape: 'circle',
    light: '#005a9c',
    dark: '#6cb6ff',
  },
  {
    id: 'ended',
    label: 'ended',
    meaning: 'completed, withdrawn or sent home',
    pattern: 'stripes',
    shape: 'square',
    light: '#1d6b3a',
    dark: '#6fd08c',
  },
  {
    id: 'reported',
    label: 'status not stated',
    meaning: 'a head count with no step named',
    pattern: 'grid',
    shape: 'ring',
    light: '#4f4f4f',
    dark: '#a8a8a3',
  },
] as const;

export type Stage = (typeof STAGES)[number]['id'];
export type StagePattern = (typeof STAGES)[number]['pattern'];
export type StageShape = (typeof STAGES)[number]['shape'];

export const STAGE_IDS: readonly Stage[] = STAGES.map((s) => s.id);

/** The pipeline's statuses on the readers' stages ("completed" is ended, never "deployed"). */
export const STAGE_OF: Record<Status, Stage> = {
  requested: 'requested',
  planned: 'ordered',
  ordered: 'ordered',
  deployed: 'deployed',
  completed: 'ended',
  reported: 'reported',
};

const byId = new Map(STAGES.map((s) => [s.id as Stage, s]));

export function stageOf(s: Status | null | undefined): Stage {
  return s ? STAGE_OF[s] : 'reported';
}

export function stageInfo(stage: Stage): (typeof STAGES)[number] {
  return byId.get(stage)!;
}

/** The word a reader sees for a pipeline status ("ordered or planned", "ended"). */
export function statusLabel(s: Status | null | undefined): string {
  return stageInfo(stageOf(s)).label;
}

/** Stages in reading order, keeping only those present. */
export function stagesPresent(statuses: Iterable<Status | null>): Stage[] {
  const seen = new Set([...statuses].map(stageOf));
  return STAGE_IDS.filter((s) => seen.has(s));
}

/** CSS custom properties for the stage colours (charts.css is generated from these: see the test). */
export function stageCss(theme: 'light' | 'dark'): string {
  return STAGES.map((s) => `--stage-${s.id}: ${s[theme]};`).join(' ');
}

/** True when the stage's bars are filled with an SVG pattern (StatusDefs.astro defines one per stage). */
export function patterned(stage: Stage): boolean {
  const p = stageInfo(stage).pattern;
  return p === 'hatch' || p === 'stripes' || p === 'grid';
}
