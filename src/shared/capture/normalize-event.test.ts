import { describe, expect, it } from 'vitest';
import type { BeforeRedirectEvent, ResponseEvent } from './capture-event';
import { chromeEvents } from './fixtures/chrome-events';
import { firefoxEvents } from './fixtures/firefox-events';
import { LIMITS, TRUNCATION_MARKER } from './limits';
import { normalizeEvent } from './normalize-event';

const chromeRequest = { tabId: 7, requestId: '1234', url: 'http://example.com/old', t: 1718006400001.625 };

describe('normalizeEvent: Chrome shapes', () => {
  it('reads a main-frame onBeforeRequest', () => {
    const { name, details } = chromeEvents.beforeRequest(chromeRequest);
    expect(normalizeEvent(name, details)).toEqual({
      kind: 'before-request',
      tabId: 7,
      requestId: '1234',
      url: 'http://example.com/old',
      frameId: 0,
      parentFrameId: -1,
      type: 'main_frame',
      method: 'GET',
      timeStamp: 1718006400001.625,
      documentLifecycle: 'active',
    });
  });

  it('reads a redirect with its status line, ip and headers', () => {
    const headers = [{ name: 'Location', value: 'https://example.com/old' }];
    const { name, details } = chromeEvents.beforeRedirect(
      chromeRequest,
      { status: 301, text: 'Moved Permanently', headers, ip: '93.184.215.14' },
      'https://example.com/old',
    );
    const event = normalizeEvent(name, details) as BeforeRedirectEvent;
    expect(event.kind).toBe('before-redirect');
    expect(event.statusCode).toBe(301);
    // Chrome sent 'HTTP/1.1 301 Moved Permanently'; its version is not the protocol's, so it is dropped.
    expect(event.statusLine).toBe('301 Moved Permanently');
    expect(event.redirectUrl).toBe('https://example.com/old');
    expect(event.ip).toBe('93.184.215.14');
    expect(event.fromCache).toBe(false);
    expect(event.responseHeaders).toEqual(headers);
  });

  it('uses the initiator (an origin) as documentUrl and keeps the documentId of sub-resources', () => {
    const { name, details } = chromeEvents.completed(
      {
        ...chromeRequest,
        type: 'script',
        initiator: 'https://example.com',
        documentId: 'ABCDEF',
      },
      { status: 200, text: 'OK' },
    );
    expect(normalizeEvent(name, details)).toMatchObject({ type: 'script', documentUrl: 'https://example.com', documentId: 'ABCDEF' });
  });

  it('drops requests that do not belong to a tab (tabId -1)', () => {
    const { name, details } = chromeEvents.beforeRequest({ ...chromeRequest, tabId: -1 });
    expect(normalizeEvent(name, details)).toBeUndefined();
  });

  it('decodes binaryValue headers as Latin-1', () => {
    const details = {
      ...(chromeEvents.responseStarted(chromeRequest, { status: 200, text: 'OK' }).details as object),
      responseHeaders: [{ name: 'X-Bin', binaryValue: [0x63, 0x61, 0x66, 0xe9] }],
    };
    const event = normalizeEvent('webRequest.onResponseStarted', details) as ResponseEvent;
    expect(event.responseHeaders).toEqual([{ name: 'X-Bin', value: 'café' }]);
  });

  it('reads navigation commits with their transition qualifiers and documentId', () => {
    const { name, details } = chromeEvents.committed(7, 'https://a.example/', 1, 'link', ['client_redirect', 'server_redirect'], 'DOC');
    expect(normalizeEvent(name, details)).toEqual({
      kind: 'navigation-committed',
      tabId: 7,
      url: 'https://a.example/',
      frameId: 0,
      timeStamp: 1,
      documentLifecycle: 'active',
      documentId: 'DOC',
      transitionType: 'link',
      transitionQualifiers: ['client_redirect', 'server_redirect'],
    });
  });
});

describe('normalizeEvent: Firefox shapes', () => {
  it('reads incognito, thirdParty and documentUrl', () => {
    const { name, details } = firefoxEvents.beforeRequest({
      tabId: 3,
      requestId: '42',
      url: 'https://tracker.example.net/p.gif',
      t: 1718006400000,
      type: 'image',
      documentUrl: 'https://www.example.com/final',
      thirdParty: true,
      incognito: true,
    });
    expect(normalizeEvent(name, details)).toEqual({
      kind: 'before-request',
      tabId: 3,
      requestId: '42',
      url: 'https://tracker.example.net/p.gif',
      frameId: 0,
      parentFrameId: -1,
      type: 'image',
      method: 'GET',
      timeStamp: 1718006400000,
      documentUrl: 'https://www.example.com/final',
      incognito: true,
      thirdParty: true,
    });
  });

  it('treats ip: null as no ip and proxyInfo as a proxy marker', () => {
    const { details } = firefoxEvents.responseStarted({ tabId: 3, requestId: '42', url: 'https://a.example/', t: 5 }, { status: 200, text: 'OK' });
    const plain = normalizeEvent('webRequest.onResponseStarted', details) as ResponseEvent;
    expect(plain.ip).toBeUndefined();
    expect(plain.viaProxy).toBeUndefined();
    const proxied = normalizeEvent('webRequest.onResponseStarted', {
      ...(details as object),
      proxyInfo: { host: 'proxy.corp', port: 3128, type: 'http' },
    }) as ResponseEvent;
    expect(proxied.viaProxy).toBe(true);
  });

  it('keeps the HTTP version of the status line only when the browser reports it', () => {
    const base = chromeEvents.responseStarted(chromeRequest, { status: 200, text: 'OK' }).details as Record<string, unknown>;
    const over = (statusLine: unknown) => ({ ...base, statusLine });
    // Chromium over HTTP/2 and HTTP/3: 'HTTP/1.1 200', a made-up version and no reason phrase.
    expect(normalizeEvent('webRequest.onResponseStarted', over('HTTP/1.1 200'))).toMatchObject({ statusLine: '200' });
    expect(normalizeEvent('webRequest.onResponseStarted', over('HTTP/1.1 200 OK'), 'synthesized')).toMatchObject({ statusLine: '200 OK' });
    expect(normalizeEvent('webRequest.onResponseStarted', over('HTTP/1.1'))).not.toHaveProperty('statusLine');
    expect(normalizeEvent('webRequest.onResponseStarted', over('<b>200</b>'))).toMatchObject({ statusLine: '<b>200</b>' });
    // Firefox's version is the one the response came in.
    expect(normalizeEvent('webRequest.onResponseStarted', over('HTTP/2.0 200 OK'), 'reported')).toMatchObject({ statusLine: 'HTTP/2.0 200 OK' });
    expect(normalizeEvent('webRequest.onResponseStarted', over('HTTP/1.1 200 OK'), 'reported')).toMatchObject({ statusLine: 'HTTP/1.1 200 OK' });
  });

  it('reads Firefox error names', () => {
    const { name, details } = firefoxEvents.error({ tabId: 3, requestId: '130', url: 'http://localhost:3000/', t: 1 }, 'NS_ERROR_CONNECTION_REFUSED');
    expect(normalizeEvent(name, details)).toMatchObject({ kind: 'error', error: 'NS_ERROR_CONNECTION_REFUSED', fromCache: false });
  });
});

describe('normalizeEvent: malformed input', () => {
  const base = chromeEvents.responseStarted(chromeRequest, { status: 200, text: 'OK' }).details as Record<string, unknown>;

  it.each([Number.NaN, 0, -1, 99, 1000, 200.5, '200', null])('never invents a status from %s', (statusCode) => {
    const event = normalizeEvent('webRequest.onResponseStarted', { ...base, statusCode }) as ResponseEvent;
    expect(event.kind).toBe('response-started');
    expect(event.statusCode).toBeUndefined();
  });

  it('caps huge header lists and long values', () => {
    const responseHeaders = Array.from({ length: 5000 }, (_, i) => ({ name: `X-H${i}`, value: 'v'.repeat(i === 0 ? 100_000 : 3) }));
    const event = normalizeEvent('webRequest.onResponseStarted', { ...base, responseHeaders }) as ResponseEvent;
    expect(event.responseHeaders).toHaveLength(LIMITS.maxHeadersPerResponse);
    expect(event.responseHeaders?.[0]?.value.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(event.responseHeaders?.[0]?.value.length).toBe(LIMITS.maxRawHeaderValueLength + TRUNCATION_MARKER.length);
  });

  it('skips header entries that are not headers', () => {
    const responseHeaders = [null, 5, { name: '' }, { name: 'A' }, { name: 'B', value: 7 }, { name: 'Server', value: 'nginx' }];
    const event = normalizeEvent('webRequest.onResponseStarted', { ...base, responseHeaders }) as ResponseEvent;
    expect(event.responseHeaders).toEqual([{ name: 'Server', value: 'nginx' }]);
  });

  it('reads -0 as 0 (JSON would turn it into 0 after a worker restart)', () => {
    const event = normalizeEvent('tabs.onRemoved', -0);
    expect(Object.is(event?.kind === 'tab-removed' ? event.tabId : undefined, 0)).toBe(true);
  });

  it('drops NaN and Infinity timestamps (JSON would turn them into null)', () => {
    expect(normalizeEvent('webRequest.onResponseStarted', { ...base, timeStamp: Number.NaN })).not.toHaveProperty('timeStamp');
    expect(normalizeEvent('webRequest.onResponseStarted', { ...base, timeStamp: Infinity })).not.toHaveProperty('timeStamp');
  });

  it('returns undefined for unknown names, missing fields and non-objects', () => {
    expect(normalizeEvent('webRequest.onAuthRequired', base)).toBeUndefined();
    expect(normalizeEvent('webRequest.onResponseStarted', { ...base, url: undefined })).toBeUndefined();
    expect(normalizeEvent('webRequest.onResponseStarted', { ...base, requestId: '' })).toBeUndefined();
    expect(normalizeEvent('webRequest.onBeforeRedirect', base)).toBeUndefined(); // no redirectUrl
    expect(normalizeEvent('webRequest.onErrorOccurred', base)).toBeUndefined(); // no error
    expect(normalizeEvent('webRequest.onResponseStarted', null)).toBeUndefined();
    expect(normalizeEvent('webRequest.onResponseStarted', [base])).toBeUndefined();
    expect(normalizeEvent('webNavigation.onCommitted', { tabId: 1, url: 'https://a/' })).toBeUndefined(); // no frameId
  });

  it('survives objects whose getters throw', () => {
    const hostile = Object.defineProperty({ ...base }, 'url', {
      get() {
        throw new Error('boom');
      },
    });
    expect(normalizeEvent('webRequest.onResponseStarted', hostile)).toBeUndefined();
  });

  it('accepts a numeric requestId (some polyfills) as a string', () => {
    expect(normalizeEvent('webRequest.onResponseStarted', { ...base, requestId: 99 })).toMatchObject({ requestId: '99' });
  });

  it('keeps only string transition qualifiers', () => {
    const event = normalizeEvent('webNavigation.onCommitted', { tabId: 1, frameId: 0, url: 'https://a/', transitionQualifiers: ['client_redirect', 3, null] });
    expect(event).toMatchObject({ transitionQualifiers: ['client_redirect'] });
  });
});

describe('normalizeEvent: tabs and content-script hints', () => {
  it('reads tabs.onRemoved as a bare id or an object', () => {
    expect(normalizeEvent('tabs.onRemoved', 12)).toEqual({ kind: 'tab-removed', tabId: 12 });
    expect(normalizeEvent('tabs.onRemoved', { tabId: 12, windowId: 1, isWindowClosing: false })).toEqual({ kind: 'tab-removed', tabId: 12 });
    expect(normalizeEvent('tabs.onRemoved', -1)).toBeUndefined();
  });

  it('reads tabs.onReplaced', () => {
    expect(normalizeEvent('tabs.onReplaced', { addedTabId: 20, removedTabId: 12 })).toEqual({ kind: 'tab-replaced', addedTabId: 20, removedTabId: 12 });
    expect(normalizeEvent('tabs.onReplaced', { addedTabId: 20 })).toBeUndefined();
  });

  it('reads a client-redirect hint and rejects unknown kinds', () => {
    const hint = { tabId: 7, frameId: 0, kind: 'meta-refresh', fromUrl: 'https://a/', toUrl: 'https://b/', delaySeconds: 5, timeStamp: 10 };
    expect(normalizeEvent('content.clientRedirectHint', hint)).toEqual({
      kind: 'client-redirect-hint',
      tabId: 7,
      frameId: 0,
      redirectKind: 'meta-refresh',
      fromUrl: 'https://a/',
      toUrl: 'https://b/',
      delaySeconds: 5,
      timeStamp: 10,
    });
    expect(normalizeEvent('content.clientRedirectHint', { ...hint, kind: 'form' })).toBeUndefined();
    expect(normalizeEvent('content.clientRedirectHint', { ...hint, delaySeconds: -3 })).not.toHaveProperty('delaySeconds');
  });

  it("reads the page's word for its document's protocol, named as everywhere, and drops one the page does not know", () => {
    const report = { tabId: 7, frameId: 0, url: 'https://a.example/end', nextHopProtocol: 'h2', timeStamp: 10 };
    expect(normalizeEvent('content.documentProtocol', report)).toEqual({
      kind: 'document-protocol',
      tabId: 7,
      frameId: 0,
      url: 'https://a.example/end',
      httpVersion: 'HTTP/2',
      timeStamp: 10,
    });
    expect(normalizeEvent('content.documentProtocol', { ...report, nextHopProtocol: 'http/1.1' })).toMatchObject({ httpVersion: 'HTTP/1.1' });
    expect(normalizeEvent('content.documentProtocol', { ...report, nextHopProtocol: '' })).toBeUndefined();
    expect(normalizeEvent('content.documentProtocol', { ...report, nextHopProtocol: 42 })).toBeUndefined();
    expect(normalizeEvent('content.documentProtocol', { ...report, url: '' })).toBeUndefined();
  });
});
