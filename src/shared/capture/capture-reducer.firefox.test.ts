import { describe, expect, it } from 'vitest';
import type { CaptureState, PageLoad } from './capture-state';
import {
  FIREFOX_TAB,
  firefoxConnectionRefused,
  firefoxMetaRefresh,
  firefoxMetaRefreshLateRequest,
  firefoxPrivateClick,
  firefoxRedirectChainCommittedFirst,
  firefoxRequestsAfterTwoMoreCommits,
  firefoxRedirectChain,
  firefoxRedirectLoop,
  firefoxScriptRedirectLateRequests,
  firefoxScriptRedirectRequestsAfterBothCommits,
  firefoxSpa,
} from './fixtures/firefox-scenarios';
import { chromeRedirectChain } from './fixtures/chrome-scenarios';
import { type FirefoxRequest, firefoxEvents as fe } from './fixtures/firefox-events';
import { replay, roundTrip, testContext } from './fixtures/test-context';
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
    expect(load?.errors).toEqual([expect.objectContaining({ url: 'https://tracker.example.net/pixel.gif', type: 'image', error: 'NS_ERROR_TRACKING_URI' })]);
    expect(load?.counts).toMatchObject({ total: 2, '2xx': 1, failed: 1 });
  });
});

describe('Firefox: a commit reported before its request', () => {
  it('gives the late redirect chain to the committed load, recognised by where the navigation started', () => {
    const loads = loadsOf(replay(firefoxRedirectChainCommittedFirst(), testContext()));
    expect(loads).toHaveLength(1);
    const [load] = loads;
    expect(load?.chain.map((h) => [h.url, h.statusCode])).toEqual([
      ['http://127.0.0.1:8080/cloudflare/chain', 301],
      ['http://127.0.0.1:8080/cloudflare/chain-2', 302],
      ['http://127.0.0.1:8080/cloudflare/520', 520],
    ]);
    expect(load).toMatchObject({ committed: true, url: 'http://127.0.0.1:8080/cloudflare/520', final: { statusCode: 520, vendors: [{ id: 'cloudflare' }] } });
    expect(load?.notObservedReason).toBeUndefined();
  });
});

describe('Firefox: requests reported after several later commits', () => {
  it('gives every page its own request, and brings the copied journey up to date', () => {
    const loads = loadsOf(replay(firefoxRequestsAfterTwoMoreCommits(), testContext()));
    expect(loads.map((l) => [l.url.replace('http://127.0.0.1:8080/client/', ''), l.committed, l.final?.statusCode, l.notObservedReason])).toEqual([
      ['meta-refresh', true, 200, undefined],
      ['meta-target', true, 200, undefined],
      ['js-redirect', true, 200, undefined],
      ['js-target', true, 200, undefined],
    ]);
    expect(loads[1]?.chain.map((h) => [h.url.replace('http://127.0.0.1:8080/client/', ''), h.statusCode, h.madeBy])).toEqual([
      ['meta-refresh', 200, 'client-unknown'],
      ['meta-target', 200, 'server'],
    ]);
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

  it('a refused connection whose navigation failure is reported before the request: one load, the request’s own error', () => {
    const events = firefoxConnectionRefused();
    const [navigate, request, requestError, navigationError] = events;
    const url = (navigate!.details as { url: string }).url;
    const failed = { ...navigationError!, details: { ...(navigationError!.details as object), error: 'Error code 2152398861' } };
    // Firefox may also commit its error page before the request shows up.
    const commit = fe.committed(FIREFOX_TAB, url, 1718007100005, 'typed', []);
    for (const late of [
      [navigate!, failed, request!, requestError!],
      [navigate!, failed, commit, request!, requestError!],
    ]) {
      const loads = loadsOf(replay(late, testContext()));
      expect(loads).toHaveLength(1);
      expect(loads[0]).toMatchObject({ url, state: 'error', error: 'NS_ERROR_CONNECTION_REFUSED', source: 'browser' });
      expect(loads[0]?.chain.map((h) => h.error)).toEqual(['NS_ERROR_CONNECTION_REFUSED']);
      expect(loads[0]?.notObservedReason).toBeUndefined();
    }
  });
});

describe('Firefox: a closed tab', () => {
  it('stays gone when its last requests are reported after the close', () => {
    const page = firefoxPrivateClick();
    const favicon: FirefoxRequest = { tabId: FIREFOX_TAB, requestId: '170', url: 'https://private.example/favicon.ico', t: 1718007400200, type: 'image' };
    const ok = { status: 204, text: 'No Content' };
    const state = replay(
      [...page, { name: 'tabs.onRemoved', details: { tabId: FIREFOX_TAB } }, fe.beforeRequest(favicon), fe.completed(favicon, ok)],
      testContext(),
    );
    expect(state.tabs[FIREFOX_TAB]).toBeUndefined();
    expect(roundTrip(state).closedTabs).toEqual([FIREFOX_TAB]);
  });

  it('remembers a bounded number of closed tabs', () => {
    const closes = Array.from({ length: 100 }, (_, i) => ({ name: 'tabs.onRemoved' as const, details: { tabId: i } }));
    expect(replay(closes, testContext()).closedTabs).toEqual(Array.from({ length: 64 }, (_, i) => 36 + i));
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

  it('gives a script-redirecting page its own late request, not the navigation that replaces it', () => {
    const loads = loadsOf(replay(firefoxScriptRedirectLateRequests(false), testContext()));
    expect(loads.map((l) => [l.url, l.committed, l.final?.statusCode])).toEqual([
      ['http://127.0.0.1:8080/client/js-redirect', true, 200],
      ['http://127.0.0.1:8080/client/js-target', true, 200],
    ]);
    expect(loads[0]?.notObservedReason).toBeUndefined();
    // Firefox gave no 'client_redirect' qualifier and no hint came: two separate loads.
    expect(loads[1]?.redirectedFromLoadId).toBeUndefined();
  });

  it('links a late-reported script redirect by the hint, with the status the page really had', () => {
    const [from, to] = loadsOf(replay(firefoxScriptRedirectLateRequests(true), testContext()));
    expect(to).toMatchObject({ redirectedFromLoadId: from?.id, arrivedBy: 'client-javascript' });
    expect(to?.chain.map((h) => [h.url, h.statusCode, h.madeBy, h.redirectUrl])).toEqual([
      ['http://127.0.0.1:8080/client/js-redirect', 200, 'client-javascript', 'http://127.0.0.1:8080/client/js-target'],
      ['http://127.0.0.1:8080/client/js-target', 200, 'server', undefined],
    ]);
  });

  it.each([true, false])('gives each page its own request when both committed before either was reported (hint: %s)', (withHint) => {
    const loads = loadsOf(replay(firefoxScriptRedirectRequestsAfterBothCommits(withHint), testContext()));
    expect(loads.map((l) => [l.url, l.state, l.final?.statusCode, l.notObservedReason])).toEqual([
      ['http://127.0.0.1:8080/client/js-redirect', 'complete', 200, undefined],
      ['http://127.0.0.1:8080/client/js-target', 'complete', 200, undefined],
    ]);
    const to = loads[1];
    if (!withHint) {
      expect(to?.redirectedFromLoadId).toBeUndefined();
      return;
    }
    // The journey copied at the link is brought up to date when the first page's response arrives.
    expect(to).toMatchObject({ redirectedFromLoadId: loads[0]?.id, arrivedBy: 'client-javascript' });
    expect(to?.chain.map((h) => [h.url, h.statusCode, h.madeBy, h.redirectUrl])).toEqual([
      ['http://127.0.0.1:8080/client/js-redirect', 200, 'client-javascript', 'http://127.0.0.1:8080/client/js-target'],
      ['http://127.0.0.1:8080/client/js-target', 200, 'server', undefined],
    ]);
    expect(to?.findings).toEqual([]);
  });

  it('adds a meta refresh target’s late request to the linked load instead of opening another', () => {
    const loads = loadsOf(replay(firefoxMetaRefreshLateRequest(), testContext()));
    expect(loads).toHaveLength(2);
    const [from, to] = loads;
    expect(to).toMatchObject({ redirectedFromLoadId: from?.id, arrivedBy: 'client-meta-refresh', final: { statusCode: 200 } });
    expect(to?.notObservedReason).toBeUndefined();
    expect(to?.chain.map((h) => [h.url, h.statusCode, h.madeBy, h.clientDelaySeconds])).toEqual([
      ['http://127.0.0.1:8080/client/meta-refresh', 200, 'client-meta-refresh', 0],
      ['http://127.0.0.1:8080/client/meta-target', 200, 'server', undefined],
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
