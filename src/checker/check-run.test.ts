import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalizeEvent, type RequestEvent } from '../shared/capture';
import { testContext } from '../shared/capture/fixtures/test-context';
import { CheckRun } from './check-run';

/** A Chromium event of a request the checker page made; `id` is the browser's request id. */
function ev(name: string, id: string, details: Record<string, unknown>): RequestEvent {
  return normalizeEvent(`webRequest.${name}`, { tabId: 7, type: 'xmlhttprequest', method: 'GET', requestId: id, ...details }) as RequestEvent;
}

/** A fetch whose every call waits to be resolved or rejected by the test. */
function fakeFetch() {
  const calls: { url: string; init: RequestInit; resolve: () => void; reject: () => void }[] = [];
  const fetch = (url: string, init: RequestInit): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      calls.push({ url, init, resolve: () => resolve(new Response('')), reject: () => reject(new TypeError('Failed to fetch')) });
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { fetch, calls };
}

function newRun(urls: string[], fetch: ReturnType<typeof fakeFetch>['fetch'], settings: unknown = { delayMs: 0 }) {
  return new CheckRun(
    urls.map((url, i) => ({ url, line: i + 1 })),
    {
      fetch,
      now: () => Date.now(),
      ctx: testContext(),
      init: { method: 'GET', credentials: 'omit' },
      stopAfterHeaders: true,
      settings,
      graceMs: 500,
      onChange: () => undefined,
    },
  );
}

describe('CheckRun', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('builds each URL’s chain from the browser’s events, matched by URL in its first event and then by request id', async () => {
    const { fetch, calls } = fakeFetch();
    const run = newRun(['http://a.test/old', 'http://a.test/ok'], fetch);
    const askedAt = Date.now();
    run.start();
    expect(calls.map((c) => c.url)).toEqual(['http://a.test/old', 'http://a.test/ok']);
    expect(calls[0]?.init.credentials).toBe('omit');
    // The page does not listen to onBeforeRequest: the redirect is the first it hears of the request.
    run.onEvent(ev('onBeforeRedirect', '1', { url: 'http://a.test/old', redirectUrl: 'http://a.test/new', statusCode: 301, timeStamp: askedAt + 40 }));
    run.onEvent(ev('onResponseStarted', '1', { url: 'http://a.test/new', statusCode: 404, statusLine: 'HTTP/1.1 404 Not Found', timeStamp: askedAt + 70 }));
    // A URL the run never asked for is not the run's.
    run.onEvent(ev('onResponseStarted', '99', { url: 'http://a.test/elsewhere', statusCode: 500 }));
    calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    const [moved] = run.results;
    expect(moved).toMatchObject({ state: 'done', line: 1 });
    expect(moved?.chain.map((h) => [h.url, h.statusCode])).toEqual([
      ['http://a.test/old', 301],
      ['http://a.test/new', 404],
    ]);
    // The first hop starts when the page called fetch, the next when the browser followed the redirect.
    expect(moved?.chain.map((h) => [h.timing.start, h.timing.end])).toEqual([
      [askedAt, askedAt + 40],
      [askedAt + 40, askedAt + 70],
    ]);
    expect(moved?.chain[0]?.method).toBe('GET');
    expect(moved?.findings.map((f) => f.kind)).toContain('final-not-2xx');
    expect(run.finished).toBe(false);

    // The second is answered, but the browser's events come after the fetch settled.
    calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.results[1]?.state).toBe('running');
    run.onEvent(ev('onResponseStarted', '2', { url: 'http://a.test/ok', statusCode: 200 }));
    expect(run.results[1]).toMatchObject({ state: 'done' });
    expect(run.results[1]?.chain.map((h) => h.statusCode)).toEqual([200]);
    expect(run.finished).toBe(true);
    expect(run.progress()).toMatchObject({ total: 2, done: 2 });
  });

  it('a retried URL is followed afresh: the first request’s late events are not the retry’s', async () => {
    const { fetch, calls } = fakeFetch();
    const run = newRun(['http://a.test/busy'], fetch);
    run.start();
    run.onEvent(ev('onResponseStarted', '1', { url: 'http://a.test/busy', statusCode: 429, responseHeaders: [{ name: 'Retry-After', value: '1' }] }));
    calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.results[0]?.state).toBe('queued');
    // The first answer is kept, as the server gave it; the retry has not gone yet, so it has no time.
    expect(run.results[0]?.retried).toEqual({ firstStatus: 429, retryAfter: '1' });
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(2);
    expect(run.results[0]?.retried).toEqual({ firstStatus: 429, retryAfter: '1', retriedAt: Date.now() });
    // The cancel of the first GET, cut after its headers, comes late: it is not the retry's first event.
    run.onEvent(ev('onErrorOccurred', '1', { url: 'http://a.test/busy', error: 'net::ERR_ABORTED' }));
    expect(run.results[0]?.chain).toEqual([]);
    run.onEvent(ev('onResponseStarted', '2', { url: 'http://a.test/busy', statusCode: 200 }));
    calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.results[0]).toMatchObject({ state: 'done' });
    expect(run.results[0]?.chain.map((h) => [h.statusCode, h.error])).toEqual([[200, undefined]]);
    // The row is the second answer's, and still says what the first was.
    expect(run.results[0]?.retried).toMatchObject({ firstStatus: 429, retryAfter: '1', retriedAt: expect.any(Number) as unknown });
    expect(run.finished).toBe(true);
  });

  it('marks only what was observed: a 503 without Retry-After is not retried, and a retry the stop cut off has no time', async () => {
    const { fetch, calls } = fakeFetch();
    const run = newRun(['http://a.test/down', 'http://b.test/busy'], fetch);
    run.start();
    run.onEvent(ev('onResponseStarted', '1', { url: 'http://a.test/down', statusCode: 503 }));
    run.onEvent(ev('onResponseStarted', '2', { url: 'http://b.test/busy', statusCode: 503, responseHeaders: [{ name: 'Retry-After', value: '30' }] }));
    calls[0]?.resolve();
    calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(run.results[0]).toMatchObject({ state: 'done' });
    expect(run.results[0]?.retried).toBeUndefined();
    expect(run.results[1]).toMatchObject({ state: 'queued', retried: { firstStatus: 503, retryAfter: '30' } });
    run.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toHaveLength(2);
    expect(run.results[1]).toMatchObject({ state: 'skipped', skipped: 'stopped' });
    expect(run.results[1]?.retried).toEqual({ firstStatus: 503, retryAfter: '30' });
  });

  it('keeps a redirect map row’s expectation on its result, through a retry', async () => {
    const { fetch, calls } = fakeFetch();
    const expected = { to: 'http://a.test/new', expectedCode: 301 };
    const run = new CheckRun(
      [
        { url: 'http://a.test/old', line: 2, expected },
        { url: 'http://a.test/plain', line: 3 },
      ],
      {
        fetch,
        now: () => Date.now(),
        ctx: testContext(),
        init: { method: 'GET' },
        stopAfterHeaders: true,
        settings: { delayMs: 0 },
        graceMs: 500,
        onChange: () => undefined,
      },
    );
    expect(run.results[0]?.expected).toEqual(expected);
    expect(run.results[1]?.expected).toBeUndefined();
    run.start();
    run.onEvent(ev('onResponseStarted', '1', { url: 'http://a.test/old', statusCode: 429, responseHeaders: [{ name: 'Retry-After', value: '1' }] }));
    calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => c.url)).toEqual(['http://a.test/old', 'http://a.test/plain', 'http://a.test/old']);
    expect(run.results[0]).toMatchObject({ state: 'running', expected });
  });

  it('ends a check the browser said nothing about as not observed, and a silent server as timed out', async () => {
    const { fetch, calls } = fakeFetch();
    const run = newRun(['http://a.test/silent', 'http://b.test/slow'], fetch, { delayMs: 0, timeoutMs: 1_000 });
    run.start();
    calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(500);
    expect(run.results[0]).toMatchObject({ state: 'done', failure: 'not-observed' });
    await vi.advanceTimersByTimeAsync(1_000);
    run.onEvent(ev('onErrorOccurred', '5', { url: 'http://b.test/slow', error: 'net::ERR_ABORTED' }));
    expect(run.results[1]).toMatchObject({ state: 'done', failure: 'timeout' });
    expect(run.finished).toBe(true);
  });

  it('is polite: two at once per host, and it pauses, resumes and stops', async () => {
    const { fetch, calls } = fakeFetch();
    const urls = ['http://a.test/1', 'http://a.test/2', 'http://a.test/3', 'http://a.test/4', 'http://a.test/5'];
    const run = newRun(urls, fetch);
    run.start();
    expect(calls).toHaveLength(2);
    run.pause();
    expect(run.paused).toBe(true);
    const answer = (i: number): void => {
      const call = calls[i]!;
      run.onEvent(ev('onResponseStarted', String(i), { url: call.url, statusCode: 200 }));
      call.resolve();
    };
    answer(0);
    answer(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    run.resume();
    expect(calls).toHaveLength(4);
    run.stop();
    expect(run.results.map((r) => r.state)).toEqual(['done', 'done', 'running', 'running', 'skipped']);
    expect(run.results[4]?.skipped).toBe('stopped');
    answer(2);
    calls[3]?.reject();
    run.onEvent(ev('onErrorOccurred', '3', { url: calls[3]!.url, error: 'net::ERR_CONNECTION_RESET' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(run.results[3]?.chain[0]?.error).toBe('net::ERR_CONNECTION_RESET');
    expect(run.finished).toBe(true);
  });
});
