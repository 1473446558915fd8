import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';

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
