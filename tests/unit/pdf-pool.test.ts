// The print pool's knob (SURGE_PDF_WORKERS) and the timing line the build log prints.
import { describe, expect, it } from 'vitest';
import { timingSummary, workersFromEnv, type RenderedPdf } from '../../src/pdf/render.ts';

const pdf = (ms: number, cached = false): RenderedPdf => ({ file: 'x.pdf', path: '/x.pdf', bytes: 1, ms, cached });

describe('SURGE_PDF_WORKERS', () => {
  it('takes a positive integer and ignores anything else', () => {
    expect(workersFromEnv({ SURGE_PDF_WORKERS: '3' })).toBe(3);
    expect(workersFromEnv({ SURGE_PDF_WORKERS: ' 1 ' })).toBe(1);
    for (const v of [undefined, '', '0', '-2', '1.5', 'four']) expect(workersFromEnv({ SURGE_PDF_WORKERS: v })).toBeUndefined();
  });
});

describe('timing summary', () => {
  it('gives median, mean and slowest of the printed PDFs, not of cached ones', () => {
    expect(timingSummary([pdf(100), pdf(300), pdf(200), pdf(0, true)], 2, 450)).toBe(
      'pdf timing: 3 printed with 2 worker(s) in 450 ms; per PDF median 200 ms, mean 200 ms, slowest 300 ms',
    );
    expect(timingSummary([pdf(0, true)], 1, 5)).toBe('pdf timing: nothing printed (1 from cache), 5 ms in all');
  });
});
