import { describe, expect, it } from 'vitest';
import type { NotObservedReason } from '../capture';
import { arrivedByText, madeByText, notObservedWords, sourceText } from './load-words';

describe('load words', () => {
  it('explains every reason a page was not observed, and what to do', () => {
    const reasons: NotObservedReason[] = [
      'back-forward-cache',
      'service-worker',
      'browser-page',
      'restricted-page',
      'local-file',
      'loaded-before-extension',
      'request-not-seen',
    ];
    const titles = new Set<string>();
    for (const reason of reasons) {
      const words = notObservedWords(reason);
      titles.add(words.title);
      expect(words.detail.length).toBeGreaterThan(40);
    }
    expect(titles.size).toBe(reasons.length);
    expect(notObservedWords('back-forward-cache').title).toMatch(/back\/forward cache/);
    expect(notObservedWords('loaded-before-extension').detail).toMatch(/Reload/);
    expect(notObservedWords('something-else').title).toBe('Not observed');
  });

  it('says where the response came from, never inventing one', () => {
    expect(sourceText({ source: 'network' })).toBe('from the network');
    expect(sourceText({ source: 'disk-cache' })).toBe('from the browser’s disk cache');
    expect(sourceText({ source: 'not-observable', notObservedReason: 'browser-page' })).toBe('not observable: a page the browser shows itself');
    expect(sourceText({ notObservedReason: 'back-forward-cache' })).toMatch(/^not observable: restored/);
    expect(sourceText({ final: { statusCode: 200, source: 'disk-cache' } })).toBe('from the browser’s disk cache');
    expect(sourceText({})).toBe('unknown');
  });

  it('names who made a hop only when it was not the server', () => {
    expect(madeByText('server')).toBe('');
    expect(madeByText(undefined)).toBe('');
    expect(madeByText('browser-hsts')).toBe('the browser (HSTS upgrade)');
    expect(madeByText('client-meta-refresh')).toBe('the page (meta refresh)');
    expect(madeByText('toString')).toBe('');
    expect(arrivedByText('client-javascript')).toMatch(/JavaScript/);
    expect(arrivedByText('server')).toBe('');
  });
});
