import { describe, expect, it } from 'vitest';
import { findingLabel } from '../shared/words/finding-words';
import { notObservedClause } from '../shared/words/not-observed-words';
import { formatBytes, formatMs, formatOffset, isWebUrl, pageRelativeUrl } from './format';
import { ENGLISH } from '../shared/i18n/english-i18n';

describe('format', () => {
  it('formats durations and offsets', () => {
    expect([0.4, 12.6, 999, 1500, 12_345, 75_000].map(formatMs)).toEqual(['<1 ms', '13 ms', '999 ms', '1.50 s', '12.3 s', '1 min 15 s']);
    expect(formatMs(undefined)).toBe('');
    expect(formatOffset(1120, 1000)).toBe('+120 ms');
    expect(formatOffset(990, 1000)).toBe('−10 ms');
    expect(formatOffset(undefined, 1000)).toBe('');
  });

  it('formats sizes', () => {
    expect([512, 2048, 3 * 1024 * 1024].map(formatBytes)).toEqual(['512 B', '2.0 kB', '3.0 MB']);
  });

  it('shortens same-origin URLs to their path', () => {
    expect(pageRelativeUrl('https://a.example/x?y=1', 'https://a.example')).toBe('/x?y=1');
    expect(pageRelativeUrl('https://cdn.example/x', 'https://a.example')).toBe('cdn.example/x');
    expect(pageRelativeUrl('not a url', undefined)).toBe('not a url');
  });

  it('allows links to http(s) only', () => {
    expect(isWebUrl('https://www.rfc-editor.org/rfc/rfc9110')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:8080/x')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>',
      'file:///etc/passwd',
      'chrome://settings',
      '//evil.example',
      '',
      undefined,
    ]) {
      expect(isWebUrl(url)).toBe(false);
    }
  });

  it('words findings and unobservable loads', () => {
    expect(findingLabel('https-downgrade', ENGLISH)).toBe('HTTPS → HTTP');
    expect(findingLabel('something-new', ENGLISH)).toBe('something-new');
    expect(notObservedClause('back-forward-cache', ENGLISH)).toMatch(/back\/forward cache/);
    expect(notObservedClause(undefined, ENGLISH)).toBe('no response was observed');
  });
});
