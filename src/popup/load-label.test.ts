import { describe, expect, it } from 'vitest';
import type { PageLoad } from '../shared/capture';
import { ENGLISH } from '../shared/i18n/english-i18n';
import { loadLabel, shortUrl } from './load-label';

const base: PageLoad = {
  id: '1-1',
  tabId: 1,
  startedAt: 0,
  url: 'https://example.com/a',
  state: 'complete',
  committed: true,
  chain: [
    { url: 'http://example.com/a', method: 'GET', statusCode: 301, timing: {}, redirectUrl: 'https://example.com/a' },
    { url: 'https://example.com/a', method: 'GET', statusCode: 200, timing: {} },
  ],
  droppedHops: 0,
  findings: [],
  final: { statusCode: 200, source: 'network' },
  subresources: [],
  droppedSubresources: 0,
  errors: [],
  droppedErrors: 0,
  counts: { total: 0, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, other: 0, failed: 0, fromCache: 0 },
  spaNavigations: [],
  droppedSpaNavigations: 0,
  tracking: { navigationStarted: true },
};

describe('loadLabel', () => {
  const time = () => '10:00:00';
  it('names the time, the outcome, the URL and the redirects', () => {
    expect(loadLabel(base, true, time, ENGLISH)).toBe('10:00:00 · 200 · example.com/a (after 1 redirect) — current');
  });

  it('says when there was no response or nothing was observed', () => {
    const { final: _final, ...noFinal } = base;
    expect(loadLabel({ ...noFinal, error: 'net::ERR_FAILED', chain: [] }, false, time, ENGLISH)).toBe('10:00:00 · no response · example.com/a');
    expect(loadLabel({ ...noFinal, chain: [], notObservedReason: 'back-forward-cache' }, false, time, ENGLISH)).toBe('10:00:00 · not observed · example.com/a');
    expect(loadLabel({ ...base, chain: [], noDocument: true }, false, time, ENGLISH)).toBe('10:00:00 · 200 · example.com/a — did not replace the page');
  });

  it('shortens long URLs in the middle', () => {
    const url = `https://example.com/${'x'.repeat(200)}/end`;
    const short = shortUrl(url, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith('example.com/')).toBe(true);
    expect(short.endsWith('/end')).toBe(true);
  });
});
