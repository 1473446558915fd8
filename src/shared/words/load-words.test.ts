import { describe, expect, it } from 'vitest';
import type { NotObservedReason } from '../capture/capture-state';
import { arrivedByText, hopMaker } from './made-by-words';
import { notObservedClause, notObservedWords } from './not-observed-words';
import { loadSourceSentence } from './source-words';
import { ENGLISH } from '../i18n/english-i18n';

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
      const words = notObservedWords(reason, ENGLISH);
      titles.add(words.title);
      expect(words.detail.length).toBeGreaterThan(40);
    }
    expect(titles.size).toBe(reasons.length);
    expect(notObservedWords('back-forward-cache', ENGLISH).title).toMatch(/back\/forward cache/);
    expect(notObservedWords('loaded-before-extension', ENGLISH).detail).toMatch(/Reload/);
    expect(notObservedWords('something-else', ENGLISH).title).toBe('Not observed');
    // The same reasons as a clause, for reports and the panel's table.
    expect(notObservedClause('back-forward-cache', ENGLISH)).toMatch(/back\/forward cache/);
    expect(notObservedClause(undefined, ENGLISH)).toBe('no response was observed');
    expect(notObservedClause('something-new', ENGLISH)).toBe('reason: something-new');
  });

  it('says where the response came from, never inventing one', () => {
    expect(loadSourceSentence({ source: 'network' }, ENGLISH)).toBe('from the network');
    expect(loadSourceSentence({ source: 'disk-cache' }, ENGLISH)).toBe('from the browser’s disk cache');
    expect(loadSourceSentence({ source: 'not-observable', notObservedReason: 'browser-page' }, ENGLISH)).toBe(
      'not observable: a page the browser shows itself',
    );
    expect(loadSourceSentence({ notObservedReason: 'back-forward-cache' }, ENGLISH)).toMatch(/^not observable: restored/);
    expect(loadSourceSentence({ final: { statusCode: 200, source: 'disk-cache' } }, ENGLISH)).toBe('from the browser’s disk cache');
    expect(loadSourceSentence({}, ENGLISH)).toBe('unknown');
  });

  it('names who made a hop only when it was not the server', () => {
    expect(hopMaker('server', ENGLISH)).toBe('');
    expect(hopMaker(undefined, ENGLISH)).toBe('');
    expect(hopMaker('browser-hsts', ENGLISH)).toBe('the browser (HSTS upgrade)');
    expect(hopMaker('client-meta-refresh', ENGLISH)).toBe('the page (meta refresh)');
    expect(hopMaker('toString', ENGLISH)).toBe('');
    expect(arrivedByText('client-javascript', ENGLISH)).toMatch(/JavaScript/);
    expect(arrivedByText('server', ENGLISH)).toBe('');
  });
});
