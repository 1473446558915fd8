import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf, safeHref, splitUrl } from './url-parts';

describe('splitUrl', () => {
  it('emphasises the host of an ordinary URL', () => {
    expect(splitUrl('https://www.example.com/a/b?c=1#d')).toEqual({ before: 'https://', host: 'www.example.com', after: '/a/b?c=1#d' });
  });

  it('keeps the port, userinfo and IPv6 brackets where they belong', () => {
    expect(splitUrl('http://127.0.0.1:8080/x')).toEqual({ before: 'http://', host: '127.0.0.1', after: ':8080/x' });
    expect(splitUrl('https://user:pw@host.test/')).toEqual({ before: 'https://user:pw@', host: 'host.test', after: '/' });
    expect(splitUrl('http://[::1]:3000/')).toEqual({ before: 'http://', host: '[::1]', after: ':3000/' });
  });

  it('does not invent a host for text without one', () => {
    expect(splitUrl('about:blank')).toEqual({ before: '', host: '', after: 'about:blank' });
    expect(splitUrl('javascript:alert(1)')).toEqual({ before: '', host: '', after: 'javascript:alert(1)' });
    expect(splitUrl('')).toEqual({ before: '', host: '', after: '' });
  });

  it('always joins back into the original text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (url) => {
        const { before, host, after } = splitUrl(url);
        expect(before + host + after).toBe(url);
      }),
    );
  });
});

describe('safeHref', () => {
  it('accepts http and https only', () => {
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHref('HTTP://Example.com')).toBe('http://example.com/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>1</script>')).toBeUndefined();
    expect(safeHref('chrome://settings')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });

  it('reads the host of http(s) URLs only', () => {
    expect(hostOf('https://WWW.Example.com:8443/x')).toBe('www.example.com:8443');
    expect(hostOf('about:blank')).toBe('');
  });
});
