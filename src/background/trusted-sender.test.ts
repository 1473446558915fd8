import { describe, expect, it } from 'vitest';
import { isOwnContentScript, isTrustedSender } from './trusted-sender';

const id = 'abcdefghijklmnop';
const origin = `chrome-extension://${id}/`;

describe('isTrustedSender', () => {
  it('accepts the extension’s own pages', () => {
    expect(isTrustedSender({ id, url: `${origin}src/popup/index.html` }, id, origin)).toBe(true);
  });
  it('rejects another extension', () => {
    expect(isTrustedSender({ id: 'other', url: 'chrome-extension://other/x.html' }, id, origin)).toBe(false);
  });
  it('rejects a content script in a web page', () => {
    expect(isTrustedSender({ id, url: 'https://evil.example/' }, id, origin)).toBe(false);
  });
  it('rejects a sender without a URL', () => {
    expect(isTrustedSender({ id }, id, origin)).toBe(false);
  });
});

describe('isOwnContentScript', () => {
  const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
  it('accepts our content script in a web page', () => {
    expect(isOwnContentScript({ id, url: 'https://site.example/page', tab, frameId: 0 }, id, origin)).toBe(true);
  });
  it('rejects another extension’s content script', () => {
    expect(isOwnContentScript({ id: 'other', url: 'https://site.example/', tab }, id, origin)).toBe(false);
  });
  it('rejects the extension’s own pages, even in a tab', () => {
    expect(isOwnContentScript({ id, url: `${origin}src/options/index.html`, tab }, id, origin)).toBe(false);
  });
  it('rejects a sender without a tab (a background or a popup)', () => {
    expect(isOwnContentScript({ id, url: 'https://site.example/' }, id, origin)).toBe(false);
    expect(isOwnContentScript({ id, url: 'https://site.example/', tab: { ...tab, id: -1 } }, id, origin)).toBe(false);
  });
  it('rejects pages that are not web pages', () => {
    expect(isOwnContentScript({ id, url: 'about:blank', tab }, id, origin)).toBe(false);
    expect(isOwnContentScript({ id, tab }, id, origin)).toBe(false);
  });
});
