import { describe, expect, it } from 'vitest';
import type { SubresourceRecord } from './capture-state';
import { failingRows } from './failing-rows';

const sub = (status: number | undefined, extra: Partial<SubresourceRecord> = {}): SubresourceRecord => ({
  url: `https://cdn.test/${status ?? 'x'}`,
  type: 'image',
  frameId: 0,
  ...(status === undefined ? {} : { statusCode: status }),
  timing: {},
  ...extra,
});

type Input = Parameters<typeof failingRows>[0];
const load = (over: Partial<Input>): Input => ({ subresources: [], errors: [], droppedSubresources: 0, droppedErrors: 0, ...over });

describe('failingRows', () => {
  it('keeps 4xx, 5xx, cut-short responses and requests without a response, in that order', () => {
    const rows = failingRows(
      load({
        subresources: [sub(200), sub(404), sub(304), sub(500), sub(200, { error: 'net::ERR_ABORTED' }), sub(399), sub(600)],
        errors: [{ url: 'https://down.test/a.js', type: 'script', frameId: 0, error: 'net::ERR_CONNECTION_REFUSED', timing: {} }],
      }),
    );
    expect(rows.map((r) => r.statusCode ?? r.error)).toEqual([404, 500, 200, 'net::ERR_CONNECTION_REFUSED']);
    expect(rows[2]?.error).toBe('net::ERR_ABORTED');
  });

  it('gives rows keys that stay unique when old records were dropped', () => {
    const rows = failingRows(load({ subresources: [sub(404), sub(404)], droppedSubresources: 10, errors: [], droppedErrors: 3 }));
    expect(rows.map((r) => r.key)).toEqual(['s10', 's11']);
  });

  it('is linear: 20,000 records take well under 100 ms', () => {
    const subresources = Array.from({ length: 20_000 }, (_, i) => sub(i % 4 === 0 ? 404 : 200));
    const start = performance.now();
    const rows = failingRows(load({ subresources }));
    expect(rows).toHaveLength(5_000);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('copes with a load read back from an older store without lists', () => {
    expect(failingRows({ droppedErrors: 0, droppedSubresources: 0 })).toEqual([]);
  });
});
