import { describe, expect, it } from 'vitest';
import type { CaptureState, PageLoad } from './capture-state';
import {
  FIREFOX_TAB,
  firefoxConnectionRefused,
  firefoxMetaRefresh,
  firefoxPrivateClick,
  firefoxRedirectChain,
  firefoxRedirectLoop,
  firefoxSpa,
} from './fixtures/firefox-scenarios';
import { chromeRedirectChain } from './fixtures/chrome-scenarios';
import { replay, testContext } from './fixtures/test-context';
import { badgeFor } from './selectors';

function loadsOf(state: CaptureState, tabId = FIREFOX_TAB): PageLoad[] {
  return state.tabs[tabId]?.loads ?? [];
}

describe('Firefox: server redirect chain 301 -> 302 -> 303 -> 307 -> 308 -> 200', () => {
  const [load] = loadsOf(replay(firefoxRedirectChain(), testContext()));

  it('records the same chain as Chrome does', () => {
    expect(load?.chain.map((h) => [h.url, h.statusCode, h.statusLine, h.madeBy])).toEqual([
      ['http://example.com/old', 301, 'HTTP/1.1 301 Moved Permanently', 'server'],
      ['https://example.com/old', 302, 'HTTP/1.1 302 Found', 'server'],
      ['https://example.com/step2', 303, 'HTTP/1.1 303 See Other', 'server'],
      ['https://example.com/step3', 307, 'HTTP/1.1 307 Temporary Redirect', 'server'],
      ['https://www.example.com/step3', 308, 'HTTP/1.1 308 Permanent Redirect', 'server'],
      ['https://www.example.com/final', 200, 'HTTP/1.1 200 OK', 'server'],
    ]);
    expect(load?.final).toMatchObject({ statusCode: 200, source: 'network', vendors: [{ id: 'iis', name: 'Microsoft IIS' }] });
    expect(load?.incognito).toBe(false);
  });

  it('finds the same problems as in Chrome', () => {
    const [chromeLoad] = replay(chromeRedirectChain(), testContext()).tabs[7]?.loads ?? [];
    expect(load?.findings).toEqual(chromeLoad?.findings);
  });

  it('records a blocked tracker as a failed request without status', () => {
    expect(load?.errors).toEqual([
      expect.objectContaining({ url: 'https://tracker.example.net/pixel.gif', type: 'image', error: 'NS_ERROR_TRACKING_URI' }),
    ]);
    expect(load?.counts).toMatchObject({ total: 2, '2xx': 1, failed: 1 });
  });
});

describe('Firefox: failures', () => {
  it('records a redirect loop ending in NS_ERROR_REDIRECT_LOOP', () => {
    const [load] = loadsOf(replay(firefoxRedirectLoop(), testContext()));
    expect(load?.chain).toHaveLength(21);
    expect(load).toMatchObject({ state: 'error', error: 'NS_ERROR_REDIRECT_LOOP' });
    expect(load?.final).toBeUndefined();
    expect(load?.findings.map((f) => f.kind)).toEqual(['loop', 'long-chain', 'final-not-2xx']);
  });

  it('records a refused connection (NS_ERROR_CONNECTION_REFUSED)', () => {
    const [load] = loadsOf(replay(firefoxConnectionRefused(), testContext()));
    expect(load).toMatchObject({ state: 'error', error: 'NS_ERROR_CONNECTION_REFUSED', source: 'browser' });
    expect(badgeFor(load)).toMatchObject({ text: 'ERR', color: 'no-response' });
  });
});

describe('Firefox: client-side redirect, SPA, private window', () => {
  it.each([true, false])('links a meta refresh (client_redirect qualifier: %s) using the hint', (withQualifier) => {
    const [from, to] = loadsOf(replay(firefoxMetaRefresh(withQualifier), testContext()));
    expect(to).toMatchObject({ redirectedFromLoadId: from?.id, arrivedBy: 'client-meta-refresh' });
    expect(to?.chain.map((h) => [h.url, h.madeBy, h.clientDelaySeconds])).toEqual([
      ['https://meta.example/', 'client-meta-refresh', 3],
      ['https://meta.example/new', 'server', undefined],
    ]);
  });

  it('records pushState as an SPA navigation', () => {
    const loads = loadsOf(replay(firefoxSpa(), testContext()));
    expect(loads).toHaveLength(1);
    expect(loads[0]?.spaNavigations.map((n) => n.url)).toEqual(['https://spa.example/settings']);
  });

  it('marks a load from a private window', () => {
    const [load] = loadsOf(replay(firefoxPrivateClick(), testContext()));
    expect(load).toMatchObject({ incognito: true, transitionType: 'link', final: { statusCode: 200 } });
  });
});
