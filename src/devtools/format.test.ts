import { describe, expect, it } from 'vitest';
import { findingLabel } from '../shared/words/finding-words';
import { notObservedClause } from '../shared/words/not-observed-words';
import english from '../../public/_locales/en/messages.json';
import german from '../../public/_locales/de/messages.json';
import russian from '../../public/_locales/ru/messages.json';
import { createI18n } from '../shared/i18n/create-i18n';
import { ENGLISH } from '../shared/i18n/english-i18n';
import { formatMessage, type MessagesFile } from '../shared/i18n/format-message';
import { formatBytes, formatClock, formatMs, formatOffset, isWebUrl, pageRelativeUrl } from './format';

const inLanguage = (locale: 'de' | 'ru', file: MessagesFile) => createI18n(locale, (key, subs) => formatMessage(file, key, subs));

describe('format', () => {
  it('formats durations and offsets', () => {
    expect([0.4, 12.6, 999, 1500, 12_345, 75_000].map((ms) => formatMs(ms, ENGLISH))).toEqual(['<1 ms', '13 ms', '999 ms', '1.50 s', '12.3 s', '1 min 15 s']);
    expect(formatMs(undefined, ENGLISH)).toBe('');
    expect(formatOffset(1120, 1000, ENGLISH)).toBe('+120 ms');
    expect(formatOffset(990, 1000, ENGLISH)).toBe('−10 ms');
    expect(formatOffset(undefined, 1000, ENGLISH)).toBe('');
  });

  it('formats sizes', () => {
    expect([512, 2048, 3 * 1024 * 1024].map((bytes) => formatBytes(bytes, ENGLISH))).toEqual(['512 B', '2.0 kB', '3.0 MB']);
  });

  it('writes numbers, units and times as the interface’s language does', () => {
    const de = inLanguage('de', german);
    expect([1500, 12_345].map((ms) => formatMs(ms, de))).toEqual(['1,50 s', '12,3 s']);
    expect(formatBytes(2048, de)).toBe('2,0 kB');
    const ru = inLanguage('ru', russian);
    expect([12.6, 75_000].map((ms) => formatMs(ms, ru))).toEqual(['13 мс', '1 мин 15 с']);
    const moment = new Date(2026, 11, 5, 9, 3, 7, 120).getTime();
    expect(formatClock(moment, ENGLISH)).toBe('09:03:07.120');
    expect(formatClock(moment, de)).toBe('09:03:07,120');
    expect(formatClock(undefined, de)).toBe('');
  });

  it('counted messages with values: the plural form of the count, the values as written', () => {
    expect(ENGLISH.count('panelCountFiltered', 1, '0')).toBe('0 of 1 request');
    expect(ENGLISH.count('panelCountFiltered', 1045, '22')).toBe('22 of 1,045 requests');
    expect(ENGLISH.count('panelChainLabel', 2, '301 → 200', 'https://a.example/x#y|z')).toBe(
      'Redirect chain of 2 responses: 301 → 200, from https://a.example/x#y|z',
    );
    const ru = inLanguage('ru', russian);
    expect([1, 3, 5].map((n) => ru.count('panelCountFiltered', n, '1'))).toEqual(['1 из 1 запроса', '1 из 3 запросов', '1 из 5 запросов']);
    // A source that loses control characters in values, as Chromium's getMessage does, still gets every value in.
    const lossy = createI18n('en', (key, subs) =>
      formatMessage(
        english,
        key,
        subs.map((v) => v.replace(/[\u0000-\u001f][\s\S]*/, '')),
      ),
    );
    expect(lossy.count('panelCountFiltered', 133, '22')).toBe('22 of 133 requests');
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
