import { describe, expect, it } from 'vitest';
import type { RequestEvent } from './capture-event';
import { testContext } from './fixtures/test-context';
import { normalizeEvent } from './normalize-event';
import { emptyRequestChain, followRequest, requestEnded } from './request-chain';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

/** A Chromium webRequest event of a fetch() from the checker page (tab 7), through the real normaliser. */
function event(name: string, details: Record<string, unknown>): RequestEvent {
  const e = normalizeEvent(`webRequest.${name}`, {
    tabId: 7,
    frameId: 0,
    parentFrameId: -1,
    type: 'xmlhttprequest',
    method: 'GET',
    requestId: '42',
    initiator: ORIGIN.slice(0, -1),
    ...details,
  });
  if (e === undefined) throw new Error('dropped');
  return e as RequestEvent;
}

const redirect = (url: string, to: string, status: number, timeStamp: number): RequestEvent =>
  event('onBeforeRedirect', {
    url,
    redirectUrl: to,
    statusCode: status,
    statusLine: `HTTP/1.1 ${status}`,
    ip: '127.0.0.1',
    timeStamp,
    responseHeaders: [{ name: 'Location', value: to }],
  });

describe('followRequest', () => {
  it('builds the chain hop by hop from the browser’s events, and takes the cancel after the headers for no failure', () => {
    const rc = emptyRequestChain();
    const ctx = testContext();
    followRequest(rc, event('onBeforeRequest', { url: 'http://a.test/old', timeStamp: 1 }), ctx);
    expect(requestEnded(rc)).toBe(false);
    followRequest(rc, redirect('http://a.test/old', 'http://a.test/new', 301, 5), ctx);
    followRequest(rc, event('onBeforeRequest', { url: 'http://a.test/new', timeStamp: 6 }), ctx);
    followRequest(
      rc,
      event('onResponseStarted', {
        url: 'http://a.test/new',
        statusCode: 200,
        statusLine: 'HTTP/1.1 200 OK',
        ip: '127.0.0.1',
        timeStamp: 9,
        responseHeaders: [{ name: 'Server', value: 'nginx' }],
      }),
      ctx,
    );
    expect(requestEnded(rc)).toBe(true);
    followRequest(rc, event('onErrorOccurred', { url: 'http://a.test/new', error: 'net::ERR_ABORTED', timeStamp: 10 }), ctx);
    expect(rc.chain.map((h) => [h.url, h.statusCode, h.redirectUrl, h.madeBy, h.error])).toEqual([
      ['http://a.test/old', 301, 'http://a.test/new', 'server', undefined],
      ['http://a.test/new', 200, undefined, 'server', undefined],
    ]);
    expect(rc.chain[1]?.vendors?.[0]?.name).toBe('nginx');
    expect(rc.chain[1]?.explanation?.phrase).toBe('OK');
    expect(rc.chain[1]?.timing).toEqual({ start: 6, end: 10, duration: 4 });
  });

  it('gives a refused 21st redirect’s error to the target never requested, and explains a failure', () => {
    const rc = emptyRequestChain();
    const ctx = { ...testContext(), explain: () => ({ code: 'net::ERR_TOO_MANY_REDIRECTS', phrase: 'Too many redirects' }) };
    followRequest(rc, event('onBeforeRequest', { url: 'http://a.test/a' }), ctx);
    followRequest(rc, redirect('http://a.test/a', 'http://a.test/b', 302, 2), ctx);
    followRequest(rc, event('onBeforeRequest', { url: 'http://a.test/b' }), ctx);
    followRequest(rc, redirect('http://a.test/b', 'http://a.test/a', 302, 3), ctx);
    followRequest(rc, event('onErrorOccurred', { url: 'http://a.test/b', error: 'net::ERR_TOO_MANY_REDIRECTS', timeStamp: 4 }), ctx);
    expect(rc.chain.map((h) => [h.url, h.statusCode, h.error])).toEqual([
      ['http://a.test/a', 302, undefined],
      ['http://a.test/b', 302, undefined],
      ['http://a.test/a', undefined, 'net::ERR_TOO_MANY_REDIRECTS'],
    ]);
    expect(rc.chain[2]?.explanation?.phrase).toBe('Too many redirects');
    expect(requestEnded(rc)).toBe(true);
  });

  it('records a request that failed before any response', () => {
    const rc = emptyRequestChain();
    followRequest(rc, event('onBeforeRequest', { url: 'http://127.0.0.1:1/' }), testContext());
    followRequest(rc, event('onErrorOccurred', { url: 'http://127.0.0.1:1/', error: 'net::ERR_CONNECTION_REFUSED' }), testContext());
    expect(rc.chain).toMatchObject([{ url: 'http://127.0.0.1:1/', error: 'net::ERR_CONNECTION_REFUSED' }]);
    expect(rc.chain[0]?.statusCode).toBeUndefined();
  });
});
