// Issue 20: a build ran the pipeline once but printed its summary twice (at config setup and
// again after the pages), which read as a second run. The hooks are called here as Astro calls
// them, with a logger that records every line and runPipeline counted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';

const calls = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../src/pipeline/run.ts', () => ({
  runPipeline: async () => {
    calls.runs++;
    return { entries: [], articles: [], claims: [], summary: 'pipeline: 2 input file(s): 2 ok, 0 with warnings, 0 refused; 2 stories, 3 claims, 1 facts' };
  },
}));
const { default: pipelineIntegration } = await import('../../src/integrations/pipeline.ts');

type Hook = (arg: unknown) => unknown;
function logger(lines: string[]) {
  return { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
}

describe('pipeline integration', () => {
  let skip: string | undefined;
  beforeEach(() => {
    calls.runs = 0;
    skip = process.env.SURGE_SKIP_PIPELINE;
    delete process.env.SURGE_SKIP_PIPELINE;
  });
  afterEach(() => {
    if (skip !== undefined) process.env.SURGE_SKIP_PIPELINE = skip;
  });

  const config = { root: pathToFileURL('/tmp/surge-twice-root/') };

  it('a build runs the pipeline once and prints its summary once, at the end', async () => {
    const integration = pipelineIntegration({ seedsDir: 'seeds', outDir: 'out' });
    const lines: string[] = [];
    await (integration.hooks['astro:config:setup'] as Hook)({ config, command: 'build', logger: logger(lines) });
    expect(lines).toEqual([]);
    await (integration.hooks['astro:build:done'] as Hook)({ logger: logger(lines) });
    expect(calls.runs).toBe(1);
    expect(lines.filter((l) => l.startsWith('pipeline:'))).toHaveLength(1);
  });

  it('dev prints the summary when the pipeline runs (no build:done follows)', async () => {
    const integration = pipelineIntegration({ seedsDir: 'seeds', outDir: 'out' });
    const lines: string[] = [];
    await (integration.hooks['astro:config:setup'] as Hook)({ config, command: 'dev', logger: logger(lines) });
    expect(calls.runs).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pipeline: 2 input file\(s\)/);
  });

  it('SURGE_SKIP_PIPELINE runs nothing and prints nothing', async () => {
    process.env.SURGE_SKIP_PIPELINE = '1';
    const integration = pipelineIntegration({ seedsDir: 'seeds', outDir: 'out' });
    const lines: string[] = [];
    await (integration.hooks['astro:config:setup'] as Hook)({ config, command: 'build', logger: logger(lines) });
    await (integration.hooks['astro:build:done'] as Hook)({ logger: logger(lines) });
    expect(calls.runs).toBe(0);
    expect(lines).toEqual([]);
  });
});
