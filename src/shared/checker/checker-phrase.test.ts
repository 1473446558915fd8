import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { createI18n } from '../i18n/create-i18n';
import { ENGLISH } from '../i18n/english-i18n';
import { formatMessage } from '../i18n/format-message';
import { counted, phrase, say } from './checker-phrase';

describe('say', () => {
  it('fills a phrase in, numbers in the language’s form, a phrase inside a phrase said too', () => {
    expect(say(ENGLISH, phrase('checkerRefuseTooLong', 4096))).toBe('Longer than 4,096 characters.');
    expect(say(ENGLISH, phrase('checkerMapBadFrom', phrase('checkerRefuseMalformed')))).toBe('Old URL: Not a valid URL.');
    expect(
      say(
        createI18n('de', (_, subs) => `Länger als ${subs[0] ?? ''} Zeichen.`),
        phrase('checkerRefuseTooLong', 4096),
      ),
    ).toBe('Länger als 4.096 Zeichen.');
  });

  it('a counted phrase takes its form, and its values stay as written (a URL with # and |)', () => {
    expect(say(ENGLISH, counted('checkerSitemapNestedIndex', 1, 'https://a.test/#x|y'))).toBe(
      'https://a.test/#x|y is itself an index: its sitemap was not read.',
    );
    expect(say(ENGLISH, counted('checkerSitemapNestedIndex', 1200, 'https://a.test/'))).toBe(
      'https://a.test/ is itself an index: its 1,200 sitemaps were not read.',
    );
  });

  it('keeps a counted phrase’s values where the browser drops a substitution holding NUL, as Chromium does', () => {
    const chromiumLike = createI18n('en', (key, subs) =>
      formatMessage(
        english,
        key,
        subs.map((s) => (s.includes('\u0000') ? '' : s)),
      ),
    );
    expect(say(chromiumLike, counted('checkerMapFileSummary', 3, 'map.csv'))).toBe('map.csv: 3 rows to check.');
  });
});
