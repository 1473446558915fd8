import { describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../shared/registry';
import { ORIGIN, rawEntry, T0 } from './fixtures/panel-fixtures';
import { decodeBody, isNetworkUrl, toHarRecord, wantsBody } from './har-record';

describe('toHarRecord', () => {
  it('keeps what webRequest cannot see: HTTP version, cache kind, transfer size, timings, full headers', () => {
    const record = toHarRecord(
      rawEntry({ extra: { _fromCache: 'memory', _resourceType: 'image' }, status: 200, response: { status: 200, statusText: 'OK', httpVersion: 'h2' } }),
    );
    expect(record).toMatchObject({
      url: `${ORIGIN}/missing`,
      method: 'GET',
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/2',
      startedAt: T0 + 10,
      duration: 11.57,
      resourceType: 'image',
      fromCache: 'memory',
      transferSize: 812,
      serverIp: '127.0.0.1',
      mimeType: 'text/html',
      timings: { blocked: 2.1, send: 0.2, wait: 8, receive: 1.2 },
    });
    // -1 means "does not apply" in HAR: such phases are left out.
    expect(record?.timings).not.toHaveProperty('dns');
    expect(record?.headers).toEqual([
      { name: 'Server', value: 'Microsoft-IIS/10.0' },
      { name: 'X-Powered-By', value: 'ASP.NET' },
    ]);
  });

  it('marks responses a service worker served, with where it got them', () => {
    const record = toHarRecord(
      rawEntry({ status: 200, response: { status: 200, _fetchedViaServiceWorker: true, _serviceWorkerResponseSource: 'cache-storage' } }),
    );
    expect(record).toMatchObject({ serviceWorker: true, serviceWorkerSource: 'cache-storage' });
  });

  it('keeps a failed request with its error, without an HTTP version', () => {
    const record = toHarRecord(rawEntry({ response: { status: 0, statusText: '', httpVersion: '', _error: 'net::ERR_EMPTY_RESPONSE', headers: [] } }));
    expect(record).toMatchObject({ status: 0, error: 'net::ERR_EMPTY_RESPONSE' });
    expect(record).not.toHaveProperty('httpVersion');
  });

  it('drops the stub entries Chromium sometimes reports next to the real ones (no status, no error)', () => {
    expect(toHarRecord(rawEntry({ response: { status: 0, _error: null, headers: [] }, extra: { time: 0 } }))).toBeUndefined();
  });

  it('resolves a relative redirect target against the request URL', () => {
    expect(toHarRecord(rawEntry({ status: 302, response: { status: 302, redirectURL: '/next?a=1' } }))?.redirectUrl).toBe(`${ORIGIN}/next?a=1`);
  });

  it('ignores what is not a network request, and what is not a HAR entry at all', () => {
    expect(toHarRecord(rawEntry({ url: 'data:image/png;base64,AAAA' }))).toBeUndefined();
    expect(toHarRecord(rawEntry({ url: 'chrome-extension://abc/x.js' }))).toBeUndefined();
    expect(toHarRecord(rawEntry({ extra: { startedDateTime: 'yesterday' } }))).toBeUndefined();
    for (const junk of [null, undefined, 42, 'entry', [], { request: {} }, { response: {} }]) expect(toHarRecord(junk)).toBeUndefined();
  });

  it('caps what a hostile server controls: URL, header count and header values', () => {
    const headers = Array.from({ length: 500 }, (_, i) => ({ name: `x-h${i}`, value: 'v'.repeat(10_000) }));
    const record = toHarRecord(rawEntry({ url: `${ORIGIN}/${'a'.repeat(10_000)}`, response: { headers } }));
    expect(record?.url.length).toBeLessThan(4200);
    expect(record?.headers.length).toBe(200);
    expect(record?.headers[0]?.value.length).toBeLessThan(4200);
  });

  it('gives the same key to the same entry whichever way it arrives (getHAR or onRequestFinished)', () => {
    expect(toHarRecord(rawEntry())?.key).toBe(toHarRecord(JSON.parse(JSON.stringify(rawEntry())))?.key);
    expect(toHarRecord(rawEntry())?.key).not.toBe(toHarRecord(rawEntry({ extra: { startedDateTime: new Date(T0 + 11).toISOString() } }))?.key);
  });

  it('reads bodies of error responses only', () => {
    expect(wantsBody(toHarRecord(rawEntry({ status: 404 }))!)).toBe(true);
    expect(wantsBody(toHarRecord(rawEntry({ status: 200, response: { status: 200 } }))!)).toBe(false);
  });
});

describe('isNetworkUrl', () => {
  it('accepts http(s) and ws(s) only', () => {
    expect(['http://a/', 'https://a/', 'ws://a/', 'wss://a/'].every(isNetworkUrl)).toBe(true);
    expect(['data:,x', 'blob:https://a/1', 'javascript:alert(1)', 'about:blank', ''].some(isNetworkUrl)).toBe(false);
  });
});

describe('decodeBody', () => {
  it('returns text bodies up to the registry’s body limit', () => {
    expect(decodeBody('<h3>HTTP Error 404.3</h3>', '')).toEqual({ text: '<h3>HTTP Error 404.3</h3>', truncated: false });
    const long = decodeBody('x'.repeat(BODY_LIMIT + 10), undefined);
    expect(long?.text.length).toBe(BODY_LIMIT);
    expect(long?.truncated).toBe(true);
  });

  it('decodes base64 bodies as UTF-8', () => {
    const base64 = Buffer.from('Error 1020 — Access denied', 'utf8').toString('base64');
    expect(decodeBody(base64, 'base64')?.text).toBe('Error 1020 — Access denied');
  });

  it('decodes only what the limit needs of a huge base64 body', () => {
    const base64 = Buffer.from('y'.repeat(BODY_LIMIT * 2)).toString('base64');
    const body = decodeBody(base64, 'base64');
    expect(body?.text.length).toBe(BODY_LIMIT);
    expect(body?.truncated).toBe(true);
  });

  it('has nothing for no body or a broken one', () => {
    expect(decodeBody(null, '')).toBeUndefined();
    expect(decodeBody('', '')).toBeUndefined();
    expect(decodeBody('%%%not base64%%%', 'base64')).toBeUndefined();
  });
});
