import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IIS_404_3_BODY, ORIGIN, rawEntry, T0 } from './fixtures/panel-fixtures';
import { watchHar, type NetworkApi } from './har-feed';
import type { HarRecord } from './har-record';

function fakeNetwork(log: unknown[] = []) {
  const listeners = new Set<(entry: unknown) => void>();
  const network: NetworkApi = {
    onRequestFinished: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    getHAR: (cb: (log: unknown) => void) => cb({ entries: log }),
  };
  return { network, finish: (entry: unknown) => listeners.forEach((l) => l(entry)), listeners };
}

function withBody(entry: Record<string, unknown>, body: string, calls: { n: number }): Record<string, unknown> {
  return {
    ...entry,
    getContent: (cb: (content: string, encoding: string) => void) => {
      calls.n++;
      setTimeout(() => cb(body, ''), 1);
    },
  };
}

describe('watchHar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over DevTools’ log so far and every finished request, in batches, each once', async () => {
    const early = rawEntry({ status: 200, response: { status: 200 }, url: `${ORIGIN}/early` });
    const { network, finish } = fakeNetwork([early]);
    const batches: HarRecord[][] = [];
    watchHar(network, (records) => batches.push(records), { flushMs: 50 });
    await vi.advanceTimersByTimeAsync(0);
    finish(rawEntry({ status: 200, response: { status: 200 }, url: `${ORIGIN}/a` }));
    finish(rawEntry({ status: 200, response: { status: 200 }, url: `${ORIGIN}/b` }));
    finish(early); // reported again by onRequestFinished: not twice
    await vi.advanceTimersByTimeAsync(60);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((r) => r.url)).toEqual([`${ORIGIN}/early`, `${ORIGIN}/a`, `${ORIGIN}/b`]);
  });

  it('reads the body of an error page, and only of error pages', async () => {
    const { network, finish } = fakeNetwork();
    const calls = { n: 0 };
    const records: HarRecord[] = [];
    watchHar(network, (batch) => records.push(...batch), { flushMs: 10 });
    finish(withBody(rawEntry({ status: 404 }), IIS_404_3_BODY, calls));
    finish(withBody(rawEntry({ status: 200, url: `${ORIGIN}/ok`, response: { status: 200 } }), 'fine', calls));
    finish(withBody(rawEntry({ status: 500, url: `${ORIGIN}/img.png`, response: { status: 500, content: { mimeType: 'image/png' } } }), 'binary', calls));
    await vi.advanceTimersByTimeAsync(50);
    expect(calls.n).toBe(1);
    expect(records.find((r) => r.status === 404)?.body).toBe(IIS_404_3_BODY);
    expect(records.find((r) => r.status === 200)?.body).toBeUndefined();
    expect(records.find((r) => r.status === 500)?.body).toBeUndefined();
  });

  it('reads a document’s body from the inspected page when its network entry gives none, and only a document’s', async () => {
    const { network, finish } = fakeNetwork();
    const calls = { n: 0 };
    const asked: string[] = [];
    const records: HarRecord[] = [];
    watchHar(network, (batch) => records.push(...batch), {
      flushMs: 10,
      documentContent: (url) => {
        asked.push(url);
        return Promise.resolve({ content: IIS_404_3_BODY });
      },
    });
    finish(withBody(rawEntry({ status: 404 }), '', calls));
    finish(withBody(rawEntry({ status: 500, url: `${ORIGIN}/api`, extra: { _resourceType: 'fetch' } }), '', calls));
    await vi.advanceTimersByTimeAsync(50);
    expect(calls.n).toBe(2);
    expect(asked).toEqual([`${ORIGIN}/missing`]);
    expect(records.find((r) => r.status === 404)?.body).toBe(IIS_404_3_BODY);
    expect(records.find((r) => r.url.endsWith('/api'))?.body).toBeUndefined();
  });

  it('does not wait long on a document entry whose body never comes', async () => {
    const { network, finish } = fakeNetwork();
    const records: HarRecord[] = [];
    watchHar(network, (batch) => records.push(...batch), { flushMs: 10, documentContent: () => Promise.resolve({ content: IIS_404_3_BODY }) });
    finish({ ...rawEntry({ status: 404 }), getContent: () => undefined });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(records).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(records.map((r) => r.body)).toEqual([IIS_404_3_BODY]);
  });

  it('reads a few bodies at a time', async () => {
    const { network, finish } = fakeNetwork();
    let active = 0;
    let peak = 0;
    const slow = (i: number) => ({
      ...rawEntry({ status: 404, url: `${ORIGIN}/m/${i}`, extra: { startedDateTime: new Date(T0 + i).toISOString() } }),
      getContent: (cb: (c: string, e: string) => void) => {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => {
          active--;
          cb('gone', '');
        }, 20);
      },
    });
    const records: HarRecord[] = [];
    watchHar(network, (batch) => records.push(...batch), { concurrency: 3, flushMs: 10 });
    for (let i = 0; i < 12; i++) finish(slow(i));
    await vi.advanceTimersByTimeAsync(500);
    expect(peak).toBe(3);
    expect(records).toHaveLength(12);
  });

  it('stops listening when stopped', async () => {
    const { network, finish, listeners } = fakeNetwork();
    const records: HarRecord[] = [];
    const stop = watchHar(network, (batch) => records.push(...batch), { flushMs: 10 });
    stop();
    expect(listeners.size).toBe(0);
    finish(rawEntry({ status: 200, response: { status: 200 } }));
    await vi.advanceTimersByTimeAsync(50);
    expect(records).toEqual([]);
  });
});
