import { describe, expect, it } from 'vitest';
import { applyMainFrameEvent, type MainFrameEvent } from './main-frame-record';
import type { TabView } from '../shared/tab-view';

function run(events: MainFrameEvent[]): TabView | undefined {
  return events.reduce<TabView | undefined>((view, e) => applyMainFrameEvent(view, e), undefined);
}

const at = (kind: MainFrameEvent['kind'], requestId: string, url: string, extra: Partial<MainFrameEvent> = {}): MainFrameEvent => ({
  kind,
  tabId: 7,
  requestId,
  url,
  ...extra,
});

describe('applyMainFrameEvent', () => {
  it('records a 301 → 302 → 200 chain as two hops and a final response', () => {
    const view = run([
      at('before-request', '1', 'http://a/start'),
      at('redirect', '1', 'http://a/start', { statusCode: 301, statusLine: 'HTTP/1.1 301 Moved Permanently' }),
      at('before-request', '1', 'http://a/middle'),
      at('redirect', '1', 'http://a/middle', { statusCode: 302, statusLine: 'HTTP/1.1 302 Found' }),
      at('before-request', '1', 'http://a/end'),
      at('completed', '1', 'http://a/end', { statusCode: 200, statusLine: 'HTTP/1.1 200 OK' }),
    ]);
    expect(view?.url).toBe('http://a/start');
    expect(view?.chain.map((h) => h.statusCode)).toEqual([301, 302]);
    expect(view?.final?.statusCode).toBe(200);
    expect(view?.final?.url).toBe('http://a/end');
  });

  it('starts a fresh story for a new top-level request', () => {
    const view = run([
      at('before-request', '1', 'http://a/start'),
      at('redirect', '1', 'http://a/start', { statusCode: 301 }),
      at('before-request', '2', 'http://a/missing'),
      at('completed', '2', 'http://a/missing', { statusCode: 404, statusLine: 'HTTP/1.1 404 Not Found' }),
    ]);
    expect(view?.chain).toEqual([]);
    expect(view?.final?.statusCode).toBe(404);
  });

  it('keeps an error without inventing a status', () => {
    const view = run([at('before-request', '3', 'http://a/'), at('error', '3', 'http://a/', { error: 'net::ERR_CONNECTION_REFUSED' })]);
    expect(view?.final).toBeUndefined();
    expect(view?.error?.error).toBe('net::ERR_CONNECTION_REFUSED');
  });
});
