// The content schemas: what the pipeline's output must look like before any page trusts it.
// One definition for both readers of content/: Astro's content layer (src/content.config.ts:
// stories, places) and src/lib/figures-store.ts (claims, facts, checks, kept out of the content
// layer because Astro holds its data store several times over; BENCHMARKS.md, issue 20).
import { z } from 'astro/zod';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from './vocabulary.ts';

export const periodSchema = z.object({
  from: z.string(),
  to: z.string(),
  label: z.string(),
  kind: z.enum(['sidecar', 'estimated', 'unknown']),
  evidence: z.array(z.object({ kind: z.string(), text: z.string(), implies: z.string() })),
});

// The fields a claim and a fact share: one figure as the text states it.
const figure = {
  value: z.number(),
  value_high: z.number().nullable(),
  unit: z.string(),
  unit_family: z.enum(UNIT_FAMILIES),
  entity: z.array(z.string()),
  qualifier: z.enum(QUALIFIERS),
  status: z.enum(STATUSES),
  time: z.string().nullable(),
  time_resolved: z.object({ from: z.string(), to: z.string() }).nullable(),
  subject: z.string(),
};

export const storySchema = z.object({
  slug: z.string(),
  file: z.string(),
  headline: z.string().min(1),
  headline_generated: z.boolean(),
  dek: z.string().nullable(),
  dateline: z.string().nullable(),
  attribution: z.object({
    reported_by: z.string().optional(),
    originally_appeared_in: z.string().optional(),
    cited_sources: z.array(z.string()).optional(),
  }),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  sections: z.array(z.string()),
  period: periodSchema,
  claims: z.number().int().nonnegative(),
  charts: z.array(z.string()),
  // Editorial corrections applied to this story (content/editorial/corrections.yaml).
  corrections: z.array(z.object({ date: z.string(), note: z.string() })).optional(),
  // The tree route's parsed body (src/lib/story-tree.ts TreeNode[]); absent on the MDX route.
  tree: z.array(z.unknown()).optional(),
});

export const claimSchema = z.object({
  id: z.string(),
  article: z.string(),
  slug: z.string(),
  sentence_id: z.string(),
  ...figure,
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  display: z.string(),
  negated: z.boolean(),
  fact_id: z.string().nullable(),
  // Relations: present only when the sentence states them.
  change: z.enum(['up', 'down']).nullable().optional(),
  from: z.number().nullable().optional(),
  to: z.number().nullable().optional(),
  change_pct: z.number().nullable().optional(),
  per: z.string().nullable().optional(),
  share_of: z.string().nullable().optional(),
  // How the owner was found and how sure it is ('low' is not drawn as fact).
  attribution: z.enum(['modifier', 'possessive', 'prepositional', 'assigned', 'service', 'subject', 'measure', 'context', 'anaphor', 'publisher', 'source', 'nearest', 'none']).optional(),
  attribution_confidence: z.enum(['high', 'medium', 'low']).optional(),
  entity_top: z.array(z.string()).optional(),
  guard_status: z.enum(['title10', 'title32', 'state']).nullable().optional(),
  from_headline: z.boolean().optional(),
});

export const factSchema = z.object({ id: z.string(), ...figure, claims: z.array(z.string()).min(1), sources: z.array(z.string()).min(1), conflicts: z.array(z.string()) });

export const placeSchema = z.object({ id: z.string(), article: z.string(), slug: z.string(), sentence_id: z.string(), city: z.string(), quote: z.string() });

// A check has no id of its own (several may share a claim); pages find checks by claim_id.
export const checkSchema = z.object({
  claim_id: z.string(),
  article: z.string(),
  sentence_id: z.string(),
  quote: z.string(),
  verdict: z.string(),
  series: z.string().nullable(),
  fiscal_year: z.number().nullable(),
  compared_with: z.number().nullable(),
  tolerance: z.string(),
  explanation: z.string(),
  // Optional fields the checker adds: kept so badges can name the series.
  slug: z.string().optional(),
  series_name: z.string().nullable().optional(),
  kind: z.enum(['value', 'record', 'span', 'rate', 'month', 'none']).optional(),
  stated: z.string().optional(),
  period: z.string().optional(),
  vintage: z.string().optional(),
});

export type StoryData = z.infer<typeof storySchema>;
export type ClaimData = z.infer<typeof claimSchema>;
export type FactData = z.infer<typeof factSchema>;
export type CheckData = z.infer<typeof checkSchema>;
