import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from './capture-event';
import { normalizeEvent } from './normalize-event';
import { isOwnRequest } from './own-requests';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';

/** A Chromium webRequest event of a fetch() (tab 7), initiated by the checker page unless told otherwise. */
function event(name: string, details: Record<string, unknown>): CaptureEvent | undefined {
  return normalizeEvent(`webRequest.${name}`, { tabId: 7, type: 'xmlhttprequest', requestId: '42', initiator: ORIGIN.slice(0, -1), ...details });
}

describe('isOwnRequest', () => {
  it('knows the extension’s own requests by their initiator (Chromium) or document (Firefox)', () => {
    expect(isOwnRequest(event('onBeforeRequest', { url: 'http://a.test/' }), ORIGIN)).toBe(true);
    const firefox = normalizeEvent('webRequest.onBeforeRequest', {
      tabId: 3,
      requestId: '9',
      url: 'http://a.test/',
      type: 'xmlhttprequest',
      documentUrl: 'moz-extension://0b6f-uuid/src/checker/checker.html',
    });
    expect(isOwnRequest(firefox, 'moz-extension://0b6f-uuid/')).toBe(true);
  });

  it('leaves a page’s requests, another extension’s, and events without a document to the capture', () => {
    expect(isOwnRequest(event('onBeforeRequest', { url: 'http://a.test/', initiator: 'http://a.test' }), ORIGIN)).toBe(false);
    expect(isOwnRequest(event('onBeforeRequest', { url: 'http://a.test/', initiator: 'chrome-extension://abcdefghijklmnopabcdefghijklmnopq' }), ORIGIN)).toBe(
      false,
    );
    expect(isOwnRequest(normalizeEvent('tabs.onRemoved', { tabId: 3 }), ORIGIN)).toBe(false);
    expect(isOwnRequest(undefined, ORIGIN)).toBe(false);
    expect(isOwnRequest(event('onBeforeRequest', { url: 'http://a.test/' }), '')).toBe(false);
  });

  it('leaves to the capture a page the extension opened: a window or tab it created, a link clicked in the popup', () => {
    // Firefox names the extension page that called windows.create as the new window's first request's origin.
    const opened = normalizeEvent('webRequest.onBeforeRequest', {
      tabId: 4,
      requestId: '10',
      url: 'http://a.test/chain/start',
      type: 'main_frame',
      originUrl: 'moz-extension://0b6f-uuid/src/popup/index.html',
    });
    expect(isOwnRequest(opened, 'moz-extension://0b6f-uuid/')).toBe(false);
    expect(isOwnRequest(event('onBeforeRequest', { url: 'http://a.test/', type: 'main_frame' }), ORIGIN)).toBe(false);
    expect(isOwnRequest(event('onBeforeRequest', { url: 'http://a.test/frame', type: 'sub_frame' }), ORIGIN)).toBe(false);
  });
});
