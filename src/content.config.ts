// Content collections: the boundary where the pipeline's output is validated
// before any page trusts it.
import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { QUALIFIERS, STATUSES, UNIT_FAMILIES } from './model/vocabulary.ts';
import { storyRoute } from './lib/story-route.ts';
import { storyTreeLoader } from './lib/story-loader.ts';

// content/ or SURGE_CONTENT_DIR (tests and the bench build from their own pipeline output).
const content = contentDir();

const period = z.object({
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

const stories = defineCollection({
  // Issue 20: the MDX route (one Vite module per story) or the parsed-tree route (data only).
  loader: storyRoute() === 'tree' ? storyTreeLoader({ base: `${content}/stories` }) : glob({ pattern: '*.mdx', base: `${content}/stories` }),
  schema: z.object({
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
    period,
    claims: z.number().int().nonnegative(),
    charts: z.array(z.string()),
    // Editorial corrections applied to this story (content/editorial/corrections.yaml).
    corrections: z.array(z.object({ date: z.string(), note: z.string() })).optional(),
    // The tree route's parsed body (src/lib/story-tree.ts TreeNode[]); absent on the MDX route.
    tree: z.array(z.unknown()).optional(),
  }),
});

const claims = defineCollection({
  loader: file(`${content}/data/claims.json`),
  schema: z.object({
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
  }),
});

// Facts, places and checks: validated here too, so pages can trust them.
const facts = defineCollection({
  loader: file(`${content}/data/facts.json`),
  schema: z.object({ id: z.string(), ...figure, claims: z.array(z.string()).min(1), sources: z.array(z.string()).min(1), conflicts: z.array(z.string()) }),
});
const places = defineCollection({
  loader: file(`${content}/data/places.json`),
  schema: z.object({ id: z.string(), article: z.string(), slug: z.string(), sentence_id: z.string(), city: z.string(), quote: z.string() }),
});
// A check has no id of its own (several may share a claim): number them in file order.
const checks = defineCollection({
  loader: file(`${content}/data/checks.json`, {
    parser: (text) => (JSON.parse(text) as Record<string, unknown>[]).map((c, i) => ({ ...c, id: `${String(c.claim_id)}~${i + 1}` })),
  }),
  schema: z.object({
    id: z.string(),
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
  }),
});

export const collections = { stories, claims, facts, places, checks };
