import { describe, expect, it } from 'vitest';
import { comparableUrl, differsOnlyBySlash, sameTarget } from './same-target';

describe('sameTarget', () => {
  it('ignores the case of scheme and host, the default port, the fragment and an empty path', () => {
    expect(sameTarget('HTTPS://WWW.A.example:443/new#x', 'https://www.a.example/new')).toBe(true);
    expect(sameTarget('http://a.example:80', 'http://a.example/')).toBe(true);
    expect(sameTarget('https://bücher.example/', 'https://xn--bcher-kva.example/')).toBe(true);
    expect(sameTarget('https://a.example/a/../b', 'https://a.example/b')).toBe(true);
    expect(sameTarget('https://a.example/caf%c3%a9', 'https://a.example/caf%C3%A9')).toBe(true);
  });

  it('keeps the scheme, www, path case, query, a non-default port and the trailing slash significant', () => {
    expect(sameTarget('http://a.example/', 'https://a.example/')).toBe(false);
    expect(sameTarget('https://www.a.example/', 'https://a.example/')).toBe(false);
    expect(sameTarget('https://a.example/New', 'https://a.example/new')).toBe(false);
    expect(sameTarget('https://a.example/?a=1&b=2', 'https://a.example/?b=2&a=1')).toBe(false);
    expect(sameTarget('https://a.example:8443/', 'https://a.example/')).toBe(false);
    expect(sameTarget('https://a.example/new/', 'https://a.example/new')).toBe(false);
  });

  it('is never true for something that is not a URL', () => {
    expect(sameTarget('nope', 'nope')).toBe(false);
    expect(comparableUrl('/x', 'https://a.example/y')).toBe('https://a.example/x');
  });
});

describe('differsOnlyBySlash', () => {
  it('says when the trailing slash is the only difference', () => {
    expect(differsOnlyBySlash('https://a.example/new/', 'https://A.example/new')).toBe(true);
    expect(differsOnlyBySlash('https://a.example/new/?q=1', 'https://a.example/new?q=1')).toBe(true);
    expect(differsOnlyBySlash('https://a.example/new', 'https://a.example/new')).toBe(false);
    expect(differsOnlyBySlash('https://a.example/new/', 'https://a.example/old')).toBe(false);
    expect(differsOnlyBySlash('http://a.example/new/', 'https://a.example/new')).toBe(false);
  });
});
