import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Badge } from '../shared/capture/selectors';
import { formatMessage, type MessagesFile } from '../shared/i18n/format-message';
import { badgeTitle, type BrowserMessage } from './badge-title';

/** What `browser.i18n.getMessage` gives in a browser whose language is `dir`. */
function browserIn(dir: string): BrowserMessage {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', dir, 'messages.json'), 'utf8')) as MessagesFile;
  return (key, substitutions) => formatMessage(file, key, substitutions) ?? '';
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
    expect(badgeTitle(undefined, undefined, english)).toBe('Status Inspector');
  });

  it('says the status, the redirects and the failures, then what the status’s class means on its own line', () => {
    expect(badgeTitle(badge({}), undefined, english)).toBe('Status Inspector — 200 OK\nSuccess: the server answered the request as it was made.');
    expect(badgeTitle(badge({ redirects: 5, subresourceFailures: 1 }), undefined, english)).toBe(
      'Status Inspector — 200 OK — after 5 redirects — 1 sub-resource failed\nSuccess: the server answered the request as it was made.',
    );
    expect(badgeTitle(badge({ head: 'net::ERR_TOO_MANY_REDIRECTS', color: 'no-response', redirects: 1 }), undefined, english)).toBe(
      'Status Inspector — net::ERR_TOO_MANY_REDIRECTS — after 1 redirect\nNo response: the browser could not complete the request.',
    );
  });

  it('has a sentence for every class, and one for a class it does not know', () => {
    const classes = ['informational', 'success', 'redirection', 'client-error', 'server-error', 'no-response', 'global-failure', 'unknown'] as const;
    const sentences = classes.map((color) => badgeTitle(badge({ color }), undefined, english).split('\n')[1]);
    for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z].{20,}\.$/);
    // Seven distinct sentences: SIP's 6xx, which no browser receives, reads as a status outside HTTP's classes.
    expect(new Set(sentences).size).toBe(7);
    expect(badgeTitle(badge({ color: 'from-a-later-build' as never }), undefined, english).split('\n')[1]).toBe('A status outside HTTP’s five classes.');
  });

  it('says whose code it is when it is not the HTTP standard’s', () => {
    expect(badgeTitle(badge({ head: '520', color: 'server-error', redirects: 2 }), 'Cloudflare', english)).toBe(
      'Status Inspector — 520 — after 2 redirects\nServer error: the server, or something in front of it, failed to answer.\nThis code is Cloudflare’s own, not the HTTP standard’s.',
    );
  });

  it('in the browser’s language, each count in its own plural form and digits, and its sentences too', () => {
    expect(badgeTitle(badge({ redirects: 1, subresourceFailures: 1200 }), undefined, browserIn('de'))).toBe(
      'Status Inspector — 200 OK — nach 1 Weiterleitung — 1.200 Unterressourcen fehlgeschlagen\nErfolg: Der Server hat die Anfrage so beantwortet, wie sie gestellt wurde.',
    );
    const ru = browserIn('ru');
    expect(badgeTitle(badge({ redirects: 3 }), undefined, ru).split('\n')[0]).toBe('Status Inspector — 200 OK — после 3 перенаправлений');
    expect(badgeTitle(badge({ subresourceFailures: 5 }), undefined, ru).split('\n')[0]).toBe('Status Inspector — 200 OK — 5 подресурсов с ошибкой');
    expect(badgeTitle(badge({ subresourceFailures: 2 }), undefined, browserIn('ja')).split('\n')[0]).toBe(
      'Status Inspector — 200 OK — 2 件のサブリソースが失敗',
    );
    expect(
      badgeTitle(badge({ head: '520', color: 'server-error' }), 'Cloudflare', browserIn('ja'))
        .split('\n')
        .slice(1),
    ).toEqual(['サーバーエラーです。サーバー、またはその手前の何かが応答できませんでした。', 'このコードは HTTP 標準ではなく Cloudflare 独自のものです。']);
  });
});
