import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Badge } from '../shared/capture/selectors';
import { formatMessage, type MessagesFile } from '../shared/i18n/format-message';
import { badgeTitle, type BrowserMessage } from './badge-title';

/** What `browser.i18n.getMessage` gives in a browser whose language is `dir`. */
function browserIn(dir: string): BrowserMessage {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', dir, 'messages.json'), 'utf8')) as MessagesFile;
  return (key) => formatMessage(file, key) ?? '';
}

const badge = (patch: Partial<Badge>): Badge => ({
  text: '200',
  color: 'success',
  head: '200 OK',
  redirects: 0,
  subresourceFailures: 0,
  ...patch,
});

describe('badgeTitle', () => {
  const english = browserIn('en');

  it('names the extension alone when there is no badge', () => {
    expect(badgeTitle(undefined, '', english)).toBe('Status Inspector');
  });

  it('says the status, the redirects and the failures, then the meaning on its own line', () => {
    expect(badgeTitle(badge({}), '', english)).toBe('Status Inspector — 200 OK');
    expect(badgeTitle(badge({ redirects: 5, subresourceFailures: 1 }), 'The request succeeded.', english)).toBe(
      'Status Inspector — 200 OK — after 5 redirects — 1 sub-resource failed\nThe request succeeded.',
    );
    expect(badgeTitle(badge({ head: 'net::ERR_TOO_MANY_REDIRECTS', redirects: 1 }), '', english)).toBe(
      'Status Inspector — net::ERR_TOO_MANY_REDIRECTS — after 1 redirect',
    );
  });

  it('in the browser’s language, each count in its own plural form and digits', () => {
    expect(badgeTitle(badge({ redirects: 1, subresourceFailures: 1200 }), '', browserIn('de'))).toBe(
      'Status Inspector — 200 OK — nach 1 Weiterleitung — 1.200 Unterressourcen fehlgeschlagen',
    );
    const ru = browserIn('ru');
    expect(badgeTitle(badge({ redirects: 3 }), '', ru)).toBe('Status Inspector — 200 OK — после 3 перенаправлений');
    expect(badgeTitle(badge({ subresourceFailures: 5 }), '', ru)).toBe('Status Inspector — 200 OK — 5 подресурсов с ошибкой');
    expect(badgeTitle(badge({ subresourceFailures: 2 }), '', browserIn('ja'))).toBe('Status Inspector — 200 OK — 2 件のサブリソースが失敗');
  });

  it('marks the meaning’s sentence, the registry’s English, as English in another language', () => {
    expect(badgeTitle(badge({}), 'The request succeeded.', browserIn('de'))).toBe('Status Inspector — 200 OK\nThe request succeeded. (Englisch)');
    expect(badgeTitle(badge({}), 'The request succeeded.', browserIn('en'))).toBe('Status Inspector — 200 OK\nThe request succeeded.');
  });
});
