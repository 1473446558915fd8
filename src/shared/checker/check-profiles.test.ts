import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../i18n/english-i18n';
import { inEnglish } from './in-english';
import { CHECK_PROFILES, CLIENT_HINT_HEADERS, checkProfile as checkProfileRaw, headerChanges, requestInitFor, type CheckProfile } from './check-profiles';

// The answers as a person reads them, in English.
const checkProfile = (...args: Parameters<typeof checkProfileRaw>) => inEnglish(checkProfileRaw(...args));

const profile = (id: CheckProfile['id'], ua?: string): CheckProfile => {
  const choice = checkProfile(id, ua);
  if (!choice.ok) throw new Error(choice.message);
  return choice.profile;
};

describe('the profile table', () => {
  it('offers the new visitor first, then cookies and the crawlers', () => {
    expect(CHECK_PROFILES.map((p) => p.id)).toEqual(['new-visitor', 'cookies', 'googlebot-smartphone', 'googlebot-desktop', 'bingbot']);
  });

  it('sends cookies only with the cookie profile', () => {
    expect(CHECK_PROFILES.filter((p) => p.credentials === 'include').map((p) => p.id)).toEqual(['cookies']);
    expect(profile('custom', 'MyBot/1.0').credentials).toBe('omit');
  });

  it('uses the crawlers’ documented strings, with a concrete Chrome version for the placeholder', () => {
    const ua = (id: CheckProfile['id']): string => profile(id).userAgent ?? '';
    expect(ua('googlebot-smartphone')).toMatch(
      /^Mozilla\/5\.0 \(Linux; Android 6\.0\.1; Nexus 5X Build\/MMB29P\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) Chrome\/\d+\.\d+\.\d+\.\d+ Mobile Safari\/537\.36 \(compatible; Googlebot\/2\.1; \+http:\/\/www\.google\.com\/bot\.html\)$/,
    );
    expect(ua('googlebot-desktop')).toMatch(
      /^Mozilla\/5\.0 AppleWebKit\/537\.36 \(KHTML, like Gecko; compatible; Googlebot\/2\.1; \+http:\/\/www\.google\.com\/bot\.html\) Chrome\/\d+\.\d+\.\d+\.\d+ Safari\/537\.36$/,
    );
    expect(ua('bingbot')).toMatch(
      /^Mozilla\/5\.0 AppleWebKit\/537\.36 \(KHTML, like Gecko; compatible; bingbot\/2\.0; \+http:\/\/www\.bing\.com\/bingbot\.htm\) Chrome\/\d+\.\d+\.\d+\.\d+ Safari\/537\.36$/,
    );
    for (const p of CHECK_PROFILES) expect(p.userAgent ?? '').not.toContain('W.X.Y.Z');
  });

  it('leaves the browser’s own User-Agent and hints alone for a visitor, and drops every hint for another User-Agent', () => {
    expect(headerChanges(profile('new-visitor'))).toEqual({ set: [], remove: [] });
    expect(headerChanges(profile('cookies'))).toEqual({ set: [], remove: [] });
    const bot = headerChanges(profile('googlebot-smartphone'));
    expect(bot.set).toEqual([{ header: 'user-agent', value: profile('googlebot-smartphone').userAgent }]);
    expect(bot.remove).toEqual([...CLIENT_HINT_HEADERS]);
    expect(bot.remove).toContain('sec-ch-ua-mobile');
  });
});

describe('checkProfile', () => {
  it('checks a custom User-Agent', () => {
    expect(profile('custom', '  MyBot/1.0 (+https://a.example/bot)  ').userAgent).toBe('MyBot/1.0 (+https://a.example/bot)');
    expect(checkProfile('custom', '')).toEqual({ ok: false, message: 'Write the User-Agent to send.' });
    expect(checkProfile('custom')).toMatchObject({ ok: false });
    expect(checkProfile('custom', 'Bot\r\nX-Injected: 1')).toMatchObject({ ok: false, message: expect.stringContaining('ASCII') as unknown });
    expect(checkProfile('custom', 'Bötchen')).toMatchObject({ ok: false });
    expect(checkProfile('custom', 'x'.repeat(513))).toMatchObject({ ok: false });
  });

  it('refuses an unknown id from storage', () => {
    expect(checkProfile('yandex' as CheckProfile['id'])).toEqual({ ok: false, message: 'Unknown profile “yandex”.' });
  });

  it('gives a copy, so a caller cannot change the table', () => {
    const copy = profile('bingbot');
    copy.label = 'checkerProfileCookies';
    expect(ENGLISH.t(profile('bingbot').label)).toBe('Bingbot');
  });
});

describe('requestInitFor', () => {
  it('follows redirects in the browser, without cache or referrer, with the profile’s credentials', () => {
    expect(requestInitFor(profile('cookies'), 'HEAD')).toEqual({
      method: 'HEAD',
      credentials: 'include',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
    });
    expect(requestInitFor(profile('new-visitor'), 'GET')).toMatchObject({ method: 'GET', credentials: 'omit' });
  });
});
