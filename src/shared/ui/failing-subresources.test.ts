import { describe, expect, it } from 'vitest';
import type { PageLoad, SubresourceRecord } from '../capture';
import { countCells, failingRows, resourceTypeLabel } from './failing-subresources';

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
    expect(failingRows({ droppedErrors: 0, droppedSubresources: 0 } as unknown as Pick<PageLoad, 'subresources' | 'errors' | 'droppedSubresources' | 'droppedErrors'>)).toEqual([]);
  });
});

describe('countCells', () => {
  it('shows only the classes that have something', () => {
    const cells = countCells({ total: 9, '1xx': 0, '2xx': 5, '3xx': 1, '4xx': 2, '5xx': 0, other: 0, failed: 1, fromCache: 3 });
    expect(cells.map((c) => `${c.label}=${c.count}`)).toEqual(['2xx=5', '3xx=1', '4xx=2', 'no response=1']);
    expect(countCells(undefined)).toEqual([]);
  });
});

describe('resourceTypeLabel', () => {
  it('uses everyday words', () => {
    expect(resourceTypeLabel('xmlhttprequest')).toBe('XHR/fetch');
    expect(resourceTypeLabel('sub_frame')).toBe('frame');
    expect(resourceTypeLabel('script')).toBe('script');
    expect(resourceTypeLabel('')).toBe('request');
  });
});
