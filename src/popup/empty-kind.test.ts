import { describe, expect, it } from 'vitest';
import { emptyKind } from './empty-kind';

describe('emptyKind', () => {
  it('treats a tab whose URL the browser hides as a browser page', () => {
    expect(emptyKind(undefined)).toBe('browser-page');
    expect(emptyKind('')).toBe('browser-page');
  });

  it('recognises browser pages, extension stores and local files by their URL', () => {
    expect(emptyKind('chrome://version/')).toBe('browser-page');
    expect(emptyKind('about:blank')).toBe('browser-page');
    expect(emptyKind('moz-extension://abc/page.html')).toBe('browser-page');
    expect(emptyKind('https://chromewebstore.google.com/detail/x')).toBe('restricted-page');
    expect(emptyKind('https://addons.mozilla.org/en-US/firefox/')).toBe('restricted-page');
    expect(emptyKind('file:///home/me/a.html')).toBe('local-file');
  });

  it('says an ordinary web page was not captured yet', () => {
    expect(emptyKind('https://example.com/')).toBe('not-captured');
    expect(emptyKind('http://127.0.0.1:8080/ok')).toBe('not-captured');
    expect(emptyKind('ftp://example.com/')).toBe('browser-page');
  });
});
