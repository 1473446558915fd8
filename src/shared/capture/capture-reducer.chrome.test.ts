import { describe, expect, it } from 'vitest';
import type { CaptureState, PageLoad } from './capture-state';
import { emptyState } from './capture-state';
import { reduce } from './capture-reducer';
import { chromeEvents as c, pageHeaders } from './fixtures/chrome-events';
import {
  CHROME_TAB,
  chromeBackForward,
  chromeBusyPage,
  chromeClickNavigation,
  chromeClientRedirect,
  chromeConnectionRefused,
  chromeHsts,
  chromePage,
  chromeRedirectChain,
  chromeRedirectLoop,
  chromeServiceWorkerPage,
  chromeSpa,
  chromeWakeReordered,
  subresource,
} from './fixtures/chrome-scenarios';
import type { RecordedEvent } from './fixtures/recorded-event';
import { replay, testContext } from './fixtures/test-context';
import { TRUNCATION_MARKER } from './limits';
import { normalizeEvent } from './normalize-event';
import { badgeFor, storyLoad } from './selectors';

function loadsOf(state: CaptureState, tabId = CHROME_TAB): PageLoad[] {
  return state.tabs[tabId]?.loads ?? [];
}

function single(state: CaptureState, tabId = CHROME_TAB): PageLoad {
  const loads = loadsOf(state, tabId);
  expect(loads).toHaveLength(1);
  const load = loads[0];
  if (load === undefined) throw new Error('no load');
  return load;
}

describe('Chrome: server redirect chain 301 -> 302 -> 303 -> 307 -> 308 -> 200', () => {
  const load = single(replay(chromeRedirectChain(), testContext()));

  it('records every hop in order with its status line, ip and who made it', () => {
    expect(load.chain.map((h) => [h.url, h.statusCode, h.madeBy])).toEqual([
      ['http://example.com/old', 301, 'server'],
      ['https://example.com/old', 302, 'server'],
      ['https://example.com/step2', 303, 'server'],
      ['https://example.com/step3', 307, 'server'],
      ['https://www.example.com/step3', 308, 'server'],
      ['https://www.example.com/final', 200, 'server'],
    ]);
    // Chrome's status line says HTTP/1.1 whatever the protocol was: its version is dropped.
    expect(load.chain[0]).toMatchObject({
      statusLine: '301 Moved Permanently',
      ip: '93.184.215.14',
      fromCache: false,
      redirectUrl: 'https://example.com/old',
      method: 'GET',
    });
    expect(load.chain[5]?.redirectUrl).toBeUndefined();
  });

  it('times each hop from its request to its redirect', () => {
    const first = load.chain[0];
    expect(first?.timing.start).toBeCloseTo(1718006400001.625, 3);
    expect(first?.timing.duration).toBeCloseTo(39.2, 3);
    for (const hop of load.chain) expect(hop.timing.end).toBeGreaterThanOrEqual(hop.timing.start ?? 0);
  });

  it('keeps only the headers that matter, and the injected vendors and explanation', () => {
    expect(load.chain[0]?.headers?.map((h) => h.name)).toEqual(['Server', 'Content-Type', 'Location']);
    expect(load.chain[5]?.headers?.map((h) => h.name.toLowerCase())).not.toContain('set-cookie');
    expect(load.chain[0]?.vendors).toEqual([{ id: 'nginx', name: 'nginx' }]);
    expect(load.chain[3]?.explanation).toEqual({ code: '307', phrase: 'Temporary Redirect', statusClass: 'redirection', originId: 'ietf' });
  });

  it('ends with the final response, observed on the network', () => {
    expect(load).toMatchObject({
      url: 'https://www.example.com/final',
      state: 'complete',
      committed: true,
      source: 'network',
      transitionType: 'typed',
      transitionQualifiers: ['server_redirect', 'from_address_bar'],
      final: { statusCode: 200, statusLine: '200 OK', source: 'network', vendors: [{ id: 'nginx', name: 'nginx' }] },
    });
    expect(load.notObservedReason).toBeUndefined();
  });

  it('finds the temporary canonicalisation, the host change and the mixed codes', () => {
    expect(load.findings.map((f) => [f.kind, f.severity, f.hops])).toEqual([
      ['temporary-redirect', 'warning', [3]],
      ['cross-origin', 'info', [3, 4]],
      ['mixed-redirects', 'info', [0, 1, 2, 3, 4]],
    ]);
  });

  it('records the sub-resources and counts them by class', () => {
    expect(load.subresources.map((s) => [s.type, s.statusCode])).toEqual([
      ['stylesheet', 200],
      ['script', 200],
      ['image', 404],
    ]);
    expect(load.subresources[2]).toMatchObject({
      url: 'https://www.example.com/missing.png',
      ip: '104.16.1.1',
      vendors: [{ id: 'cloudflare', name: 'Cloudflare' }],
    });
    expect(load.counts).toMatchObject({ total: 3, '2xx': 2, '4xx': 1, failed: 0 });
  });

  it('shows the final code on the badge, flagged as redirected and with a failure', () => {
    expect(badgeFor(load)).toEqual({
      text: '200!',
      color: 'success',
      head: '200 OK',
      redirects: 5,
      subresourceFailures: 1,
    });
  });

  it('stores nothing derived when no explain / detectVendors is injected', () => {
    const bare = single(replay(chromeRedirectChain(), testContext({}, false)));
    const json = JSON.stringify(bare);
    expect(json).not.toContain('"vendors"');
    expect(json).not.toContain('"explanation"');
    expect(bare.final).toEqual({ statusCode: 200, statusLine: '200 OK', source: 'network' });
  });

  it('cuts long header values with a marker', () => {
    const cut = single(replay(chromeRedirectChain(), testContext({ maxHeaderValueLength: 10 })));
    const location = cut.chain[1]?.headers?.find((h) => h.name === 'Location');
    expect(location?.value).toBe(`https://ex${TRUNCATION_MARKER}`);
  });
});

describe("Chrome: the page's word for its document's protocol (the optional content script)", () => {
  const protocol = (url: string, nextHopProtocol: string, frameId = 0): RecordedEvent => ({
    name: 'content.documentProtocol',
    details: { tabId: CHROME_TAB, frameId, url, nextHopProtocol },
  });

  it('goes on the hop that delivered the document, and on no other', () => {
    const state = replay([...chromeRedirectChain(), protocol('https://www.example.com/final', 'h2')], testContext());
    const load = single(state);
    expect(load.chain.map((h) => h.httpVersion)).toEqual([undefined, undefined, undefined, undefined, undefined, 'HTTP/2']);
    // Still nothing made up from Chromium's status line.
    expect(load.chain[5]?.statusLine).toBe('200 OK');
  });

  it("is ignored from a frame, for an address that is not the page's response, and when the page does not know", () => {
    for (const event of [
      protocol('https://www.example.com/final', 'h2', 3),
      protocol('https://www.example.com/step3', 'h2'),
      protocol('https://www.example.com/final', ''),
    ]) {
      expect(single(replay([...chromeRedirectChain(), event], testContext())).chain.some((h) => h.httpVersion !== undefined)).toBe(false);
    }
  });
});

describe('Chrome: browser-made redirects', () => {
  it('marks the HSTS 307 as made by the browser, not the server', () => {
    const load = single(replay(chromeHsts(), testContext()));
    expect(load.chain[0]).toMatchObject({
      url: 'http://hsts.example/',
      statusCode: 307,
      statusLine: '307 Internal Redirect',
      madeBy: 'browser-hsts',
      nonAuthoritativeReason: 'HSTS',
    });
    expect(load.chain[0]?.ip).toBeUndefined();
    expect(load.final).toMatchObject({ statusCode: 200 });
    // A 307 the server never sent is no "temporary redirect" problem of the site.
    expect(load.findings).toEqual([]);
  });

  it("records other internal reasons, such as an extension's redirect ('Delegate')", () => {
    const events = chromeHsts().map((e): RecordedEvent => JSON.parse(JSON.stringify(e).replace('"value":"HSTS"', '"value":"Delegate"')) as RecordedEvent);
    const load = single(replay(events, testContext()));
    expect(load.chain[0]).toMatchObject({ madeBy: 'browser-internal', nonAuthoritativeReason: 'Delegate' });
  });

  it("recognises Chrome's internal redirect by its status line when headers were not requested", () => {
    const events = chromeHsts().map((e): RecordedEvent => {
      const details = { ...(e.details as Record<string, unknown>) };
      delete details['responseHeaders'];
      return { name: e.name, details };
    });
    const load = single(replay(events, testContext()));
    expect(load.chain[0]?.madeBy).toBe('browser-internal');
    expect(load.chain[0]?.nonAuthoritativeReason).toBeUndefined();
  });
});

describe.each(['request', 'chromium-156'] as const)('Chrome: redirect loop ending in net::ERR_TOO_MANY_REDIRECTS (%s)', (ending) => {
  const load = single(replay(chromeRedirectLoop(undefined, undefined, ending), testContext()));

  it('keeps all 21 requests, the last one failed without a status', () => {
    expect(load.chain).toHaveLength(21);
    expect(load.chain[20]).toMatchObject({ url: 'https://loop.example/a', error: 'net::ERR_TOO_MANY_REDIRECTS' });
    expect(load.chain[20]?.statusCode).toBeUndefined();
    expect(load.chain[20]?.madeBy).toBeUndefined();
    expect(load).toMatchObject({ state: 'error', error: 'net::ERR_TOO_MANY_REDIRECTS', source: 'browser' });
    expect(load.final).toBeUndefined();
    // The browser showed its error page: this is not a cancelled navigation.
    expect(load.noDocument).toBeUndefined();
  });

  it('reports the loop, the length and the failed ending', () => {
    expect(load.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['loop', 'error'],
      ['long-chain', 'error'],
      ['final-not-2xx', 'error'],
    ]);
  });

  it('shows ERR on the badge', () => {
    expect(badgeFor(load)).toMatchObject({ text: 'ERR', color: 'no-response', redirects: 20 });
  });
});

describe('Chrome: client-side redirects', () => {
  it('links a meta refresh told by the content script, and shows it as a hop', () => {
    const [from, to] = loadsOf(replay(chromeClientRedirect('meta-refresh'), testContext()));
    expect(from?.redirectedToLoadId).toBe(to?.id);
    expect(to).toMatchObject({ redirectedFromLoadId: from?.id, arrivedBy: 'client-meta-refresh', url: 'https://meta.example/new' });
    expect(to?.chain.map((h) => [h.url, h.statusCode, h.madeBy])).toEqual([
      ['https://meta.example/', 200, 'client-meta-refresh'],
      ['https://meta.example/new', 200, 'server'],
    ]);
    expect(to?.chain[0]).toMatchObject({ redirectUrl: 'https://meta.example/new', clientDelaySeconds: 0 });
    // The previous load keeps its own story unchanged.
    expect(from?.chain.map((h) => h.madeBy)).toEqual(['server']);
  });

  it('tells a JavaScript redirect from a meta refresh by the hint', () => {
    const to = loadsOf(replay(chromeClientRedirect('javascript'), testContext()))[1];
    expect(to?.arrivedBy).toBe('client-javascript');
    expect(to?.chain[0]?.madeBy).toBe('client-javascript');
  });

  it("says 'kind unknown' when only the browser's client_redirect qualifier tells", () => {
    const to = loadsOf(replay(chromeClientRedirect('none'), testContext()))[1];
    expect(to?.arrivedBy).toBe('client-unknown');
    expect(to?.chain[0]?.madeBy).toBe('client-unknown');
  });

  it('applies a hint that arrives after the commit', () => {
    const events = chromeClientRedirect('javascript');
    const hintIndex = events.findIndex((e) => e.name === 'content.clientRedirectHint');
    const [hint] = events.splice(hintIndex, 1);
    if (hint !== undefined) events.push(hint);
    const to = loadsOf(replay(events, testContext()))[1];
    expect(to?.arrivedBy).toBe('client-javascript');
    expect(to?.chain[0]?.madeBy).toBe('client-javascript');
  });

  it('keeps a click as a new load, not a hop', () => {
    const [first, second] = loadsOf(replay(chromeClickNavigation(), testContext()));
    expect(second?.chain).toHaveLength(1);
    expect(second?.redirectedFromLoadId).toBeUndefined();
    expect(first?.redirectedToLoadId).toBeUndefined();
    expect(second?.transitionType).toBe('link');
  });

  it('ignores a hint that the next navigation does not match (the person clicked elsewhere)', () => {
    const events = chromeClientRedirect('meta-refresh', false).map((e): RecordedEvent =>
      e.name === 'content.clientRedirectHint' ? { name: e.name, details: { ...(e.details as object), toUrl: 'https://meta.example/elsewhere' } } : e,
    );
    const to = loadsOf(replay(events, testContext()))[1];
    expect(to?.redirectedFromLoadId).toBeUndefined();
    expect(state(events).tabs[CHROME_TAB]?.hint).toBeUndefined();
  });

  it('links a self-refresh without turning it into a loop', () => {
    const t0 = 1718009000000;
    const url = 'https://live.example/scores';
    const events = [
      ...chromePage(url, { requestId: '7100', t: t0, documentId: 'L1' }),
      {
        name: 'content.clientRedirectHint' as const,
        details: { tabId: CHROME_TAB, frameId: 0, kind: 'meta-refresh', fromUrl: url, toUrl: url, delaySeconds: 60 },
      },
      ...chromePage(url, { requestId: '7101', t: t0 + 60000, documentId: 'L2', transitionType: 'link', qualifiers: ['client_redirect'] }),
    ];
    const [first, second] = loadsOf(replay(events, testContext()));
    expect(second).toMatchObject({ redirectedFromLoadId: first?.id, arrivedBy: 'client-meta-refresh' });
    expect(second?.chain).toHaveLength(1);
    expect(second?.findings).toEqual([]);
  });
});

function state(events: readonly RecordedEvent[]): CaptureState {
  return replay(events, testContext());
}

describe('Chrome: pages whose response cannot be observed', () => {
  it('does not invent a status for a page served by a service worker', () => {
    const load = single(replay(chromeServiceWorkerPage(), testContext()));
    expect(load).toMatchObject({
      url: 'https://pwa.example/inbox',
      committed: true,
      state: 'complete',
      source: 'not-observable',
      notObservedReason: 'request-not-seen',
    });
    expect(load.final).toBeUndefined();
    expect(load.chain).toEqual([]);
    // The worker's own request (tabId -1) is not counted; the page's own request is.
    expect(load.subresources.map((s) => s.url)).toEqual(['https://pwa.example/api/messages']);
    expect(badgeFor(load)).toBeUndefined();
  });

  it('marks a back/forward cache restore as not observable', () => {
    const loads = loadsOf(replay(chromeBackForward(), testContext()));
    expect(loads).toHaveLength(3);
    expect(loads[2]).toMatchObject({ url: 'https://shop.example/', source: 'not-observable', notObservedReason: 'back-forward-cache', state: 'complete' });
    expect(loads[2]?.final).toBeUndefined();
    expect(loads[2]?.redirectedFromLoadId).toBeUndefined();
  });

  it.each([
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/options.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/xyz', 'restricted-page'],
    ['https://chrome.google.com/webstore/category/extensions', 'restricted-page'],
    ['file:///home/me/report.html', 'local-file'],
  ])('says why %s is not observable', (url, reason) => {
    const events = [c.beforeNavigate(CHROME_TAB, url, 1), c.committed(CHROME_TAB, url, 2, 'typed', ['from_address_bar'], 'X1')];
    expect(single(replay(events, testContext()))).toMatchObject({ source: 'not-observable', notObservedReason: reason });
  });

  it('marks requests from a page open before capture started', () => {
    const events = subresource(CHROME_TAB, '50', 'https://old.example/poll', 'xmlhttprequest', 10, 'OLD', 200);
    const load = single(replay(events, testContext()));
    expect(load).toMatchObject({ url: 'https://old.example', source: 'not-observable', notObservedReason: 'loaded-before-extension', committed: true });
    expect(load.subresources).toHaveLength(1);
  });
});

describe('Chrome: failures', () => {
  it('records a refused connection as an error with no status', () => {
    const load = single(replay(chromeConnectionRefused(), testContext()));
    expect(load).toMatchObject({ state: 'error', error: 'net::ERR_CONNECTION_REFUSED', source: 'browser', committed: false });
    expect(load.final).toBeUndefined();
    expect(load.chain).toEqual([expect.objectContaining({ url: 'http://localhost:3000/', error: 'net::ERR_CONNECTION_REFUSED' })]);
    expect(badgeFor(load)).toMatchObject({ text: 'ERR', head: 'net::ERR_CONNECTION_REFUSED' });
  });

  it('keeps the page on screen as the latest when a navigation becomes a download', () => {
    const t = 1718009100000;
    const file = 'https://files.example/report.pdf';
    const r = { tabId: CHROME_TAB, requestId: '8800', url: file, t: t + 1 };
    const ok = { status: 200, text: 'OK', headers: [{ name: 'Content-Disposition', value: 'attachment' }], ip: '1.2.3.4' };
    const events = [
      ...chromePage('https://files.example/', { requestId: '8799', t: t - 5000, documentId: 'P1' }),
      c.beforeNavigate(CHROME_TAB, file, t),
      c.beforeRequest(r),
      c.responseStarted({ ...r, t: t + 30 }, ok),
      c.completed({ ...r, t: t + 50 }, ok),
      c.navigationError(CHROME_TAB, file, t + 51, 'net::ERR_ABORTED'),
    ];
    const s = replay(events, testContext());
    expect(loadsOf(s)).toHaveLength(2);
    expect(loadsOf(s)[1]).toMatchObject({ noDocument: true, final: { statusCode: 200 } });
    expect(storyLoad(s.tabs[CHROME_TAB]?.loads)?.url).toBe('https://files.example/');
  });
});

describe('Chrome: sub-resources', () => {
  it('records dozens of sub-resources, failures among them, with class counts', () => {
    const load = single(replay(chromeBusyPage(60), testContext()));
    // Of 60 requests: every 7th fails without response (8), every other 5th answers 404 (11), every
    // other 11th answers 500 (4), the rest 200 (37); every 3rd response comes from the cache (18).
    expect(load.counts).toEqual({ total: 60, '1xx': 0, '2xx': 37, '3xx': 0, '4xx': 11, '5xx': 4, other: 0, failed: 8, fromCache: 18 });
    expect(load.subresources).toHaveLength(52);
    expect(load.errors).toHaveLength(8);
    expect(load.errors[0]).toMatchObject({ url: 'https://cdn.busy.example/asset-7', type: 'image', error: 'net::ERR_NAME_NOT_RESOLVED' });
    // Chrome's background does not hear a sub-resource start: its end alone, never an invented duration.
    expect(load.errors[0]?.timing.start).toBeUndefined();
    expect(load.errors[0]?.timing.end).toBeGreaterThan(0);
    expect(load.errors[0]?.timing.duration).toBeUndefined();
    expect(badgeFor(load)).toMatchObject({ text: '200!', subresourceFailures: 23, redirects: 0 });
  });

  it('keeps at most maxSubresourcesPerLoad, dropping the oldest and counting them', () => {
    const load = single(replay(chromeBusyPage(60), testContext({ maxSubresourcesPerLoad: 10 })));
    expect(load.subresources).toHaveLength(10);
    expect(load.droppedSubresources).toBe(42);
    expect(load.subresources[9]?.url).toBe('https://cdn.busy.example/asset-60');
    expect(load.errors).toHaveLength(8);
    // Counts cover every response, dropped or not.
    expect(load.counts.total).toBe(60);
  });

  it('files a late response of the previous page under that page, not the new one', () => {
    const t = 1718009200000;
    const events = [
      ...chromePage('https://a.example/', { requestId: '100', t, documentId: 'DA' }),
      ...chromePage('https://b.example/', { requestId: '102', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] }),
      c.completed(
        { tabId: CHROME_TAB, requestId: '101', url: 'https://a.example/slow', t: t + 2001, type: 'xmlhttprequest', documentId: 'DA' },
        { status: 200, text: 'OK' },
      ),
    ];
    const [a, b] = loadsOf(replay(events, testContext()));
    expect(a?.subresources.map((s) => s.url)).toEqual(['https://a.example/slow']);
    expect(b?.subresources).toEqual([]);
    expect(a?.subresources[0]?.timing).toEqual({ end: t + 2001 });
  });

  it("files the new page's early requests under it even before its commit is heard of", () => {
    const t = 1718009250000;
    const next = chromePage('https://b.example/', { requestId: '202', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] });
    const commitIndex = next.findIndex((e) => e.name === 'webNavigation.onCommitted');
    const early = subresource(CHROME_TAB, '203', 'https://b.example/early.css', 'stylesheet', t + 1062, 'DB', 200);
    next.splice(commitIndex, 0, ...early);
    const [a, b] = loadsOf(replay([...chromePage('https://a.example/', { requestId: '201', t, documentId: 'DA' }), ...next], testContext()));
    expect(a?.subresources).toEqual([]);
    expect(b?.subresources.map((s) => s.url)).toEqual(['https://b.example/early.css']);
  });

  it("files the new page's early requests under it when Chrome names its frame by another id than 0 until the commit", () => {
    // Seen in Chromium 156 with DevTools open: an image of the page being committed came with
    // frameId 3, parentFrameId -1 and the new document's id, before onCommitted.
    const t = 1718009260000;
    const next = chromePage('https://b.example/', { requestId: '212', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] });
    const commitIndex = next.findIndex((e) => e.name === 'webNavigation.onCommitted');
    const early = subresource(CHROME_TAB, '213', 'https://b.example/early.png', 'image', t + 1062, 'DB', 200).map((e) => ({
      ...e,
      details: { ...(e.details as Record<string, unknown>), frameId: 3, parentFrameId: -1, frameType: 'outermost_frame' },
    }));
    next.splice(commitIndex, 0, ...early);
    const [a, b] = loadsOf(replay([...chromePage('https://a.example/', { requestId: '211', t, documentId: 'DA' }), ...next], testContext()));
    expect(a?.subresources).toEqual([]);
    expect(b?.subresources.map((s) => [s.url, s.statusCode])).toEqual([['https://b.example/early.png', 200]]);
  });

  it("files a woken worker's out-of-order events under their page: responses heard of before the page's own navigation", () => {
    const state = replay(chromeWakeReordered(), testContext());
    const [a, b] = loadsOf(state);
    expect(loadsOf(state)).toHaveLength(2);
    expect(a?.subresources).toEqual([]);
    expect(a?.counts.total).toBe(0);
    expect(b).toMatchObject({ url: 'https://b.example/', committed: true, source: 'network', final: { statusCode: 200 } });
    expect(b?.subresources.map((s) => [s.url, s.statusCode]).sort()).toEqual([
      ['https://b.example/api/0', 200],
      ['https://b.example/api/1', 404],
      ['https://b.example/api/2', 500],
      ['https://b.example/api/3', 200],
    ]);
    expect(b?.counts).toMatchObject({ total: 4, '2xx': 2, '4xx': 1, '5xx': 1 });
    expect(state.tabs[CHROME_TAB]?.earlyDocuments).toBeUndefined();
  });

  it('keeps a request redirected before its page was heard of in step after the page commits', () => {
    const t = 1718009400000;
    const r = { tabId: CHROME_TAB, requestId: '8100', url: 'https://b.example/old', type: 'xmlhttprequest', documentId: 'DB' };
    const s = { status: 503, text: 'Service Unavailable', headers: [{ name: 'server', value: 'cloudflare' }], ip: '104.16.1.1' };
    const events = [
      ...chromePage('https://a.example/', { requestId: '8098', t, documentId: 'DA' }),
      c.beforeRedirect({ ...r, t: t + 1100 }, { status: 302, text: 'Found', ip: '104.16.1.1' }, 'https://b.example/slow'),
      ...chromePage('https://b.example/', { requestId: '8099', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] }),
      c.completed({ ...r, url: 'https://b.example/slow', t: t + 1301 }, s),
    ];
    const [a, b] = loadsOf(replay(events, testContext()));
    expect(a?.subresources).toEqual([]);
    expect(b?.subresources.map((sub) => [sub.url, sub.statusCode])).toEqual([
      ['https://b.example/old', 302],
      ['https://b.example/slow', 503],
    ]);
    expect(b?.subresources[1]).toMatchObject({ vendors: [{ id: 'cloudflare' }] });
    // The second hop started at the redirect.
    expect(b?.subresources[1]?.timing.duration).toBe(201);
    expect(b?.counts.total).toBe(2);
  });

  it('moves records set aside after the page’s own, within the cap, when the page already has some', () => {
    const t = 1718009450000;
    const b = chromePage('https://b.example/', { requestId: '8201', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] });
    const commitIndex = b.findIndex((e) => e.name === 'webNavigation.onCommitted');
    // Two responses before the commit, filed under the uncommitted page; two before the navigation, set aside.
    b.splice(
      commitIndex,
      0,
      ...subresource(CHROME_TAB, '8210', 'https://b.example/in-1', 'image', t + 1070, 'DB', 200),
      ...subresource(CHROME_TAB, '8211', 'https://b.example/in-2', 'image', t + 1071, 'DB', 200),
    );
    const aside = [
      ...subresource(CHROME_TAB, '8220', 'https://b.example/aside-1', 'image', t + 1200, 'DB', 404),
      ...subresource(CHROME_TAB, '8221', 'https://b.example/aside-2', 'image', t + 1201, 'DB', 'net::ERR_CONNECTION_RESET'),
    ];
    const events = [...chromePage('https://a.example/', { requestId: '8200', t, documentId: 'DA' }), ...aside, ...b];
    const [, page] = loadsOf(replay(events, testContext({ maxSubresourcesPerLoad: 2 })));
    expect(page?.subresources.map((s) => s.url)).toEqual(['https://b.example/in-2', 'https://b.example/aside-1']);
    expect(page?.droppedSubresources).toBe(1);
    expect(page?.errors.map((f) => f.error)).toEqual(['net::ERR_CONNECTION_RESET']);
    expect(page?.counts).toMatchObject({ total: 4, '2xx': 2, '4xx': 1, failed: 1 });
  });

  it('files the first requests of a page served by a service worker under it, though they came before its commit', () => {
    const t = 1718009500000;
    const doc = 'SWSWSWSWSWSWSWSWSWSWSWSWSWSWSWSW';
    const url = 'https://pwa.example/inbox';
    const events = [
      ...chromePage('https://a.example/', { requestId: '8300', t, documentId: 'DA' }),
      c.beforeNavigate(CHROME_TAB, url, t + 1000),
      ...subresource(CHROME_TAB, '8301', 'https://pwa.example/api/messages', 'xmlhttprequest', t + 1010, doc, 200),
      c.committed(CHROME_TAB, url, t + 1025, 'link', [], doc),
      c.navigationCompleted(CHROME_TAB, url, t + 1100, doc),
    ];
    const [a, pwa] = loadsOf(replay(events, testContext()));
    expect(a?.subresources).toEqual([]);
    expect(pwa).toMatchObject({ url, source: 'not-observable', notObservedReason: 'request-not-seen' });
    expect(pwa?.subresources.map((s) => s.url)).toEqual(['https://pwa.example/api/messages']);
  });

  it('keeps requests of a page whose commit never came as a page of their own once a later page commits', () => {
    const t = 1718009600000;
    const events = [
      ...chromePage('https://a.example/', { requestId: '8400', t, documentId: 'DA' }),
      ...subresource(CHROME_TAB, '8401', 'https://b.example/orphan.js', 'script', t + 1500, 'DB', 404),
      ...chromePage('https://c.example/', { requestId: '8402', t: t + 3000, documentId: 'DC', transitionType: 'link', qualifiers: [] }),
    ];
    const state = replay(events, testContext());
    const loads = loadsOf(state);
    expect(loads.map((l) => l.url)).toEqual(['https://a.example/', 'https://b.example', 'https://c.example/']);
    expect(loads[1]).toMatchObject({ committed: true, source: 'not-observable', notObservedReason: 'request-not-seen', counts: { total: 1, '4xx': 1 } });
    expect(loads[1]?.final).toBeUndefined();
    expect(loads[1]?.subresources.map((s) => s.url)).toEqual(['https://b.example/orphan.js']);
    expect(loads[0]?.subresources).toEqual([]);
    expect(loads[2]?.subresources).toEqual([]);
    expect(state.tabs[CHROME_TAB]?.earlyDocuments).toBeUndefined();
  });

  it('waits for the commit of a page set aside while an earlier page’s commit is still to come', () => {
    // Two navigations queued while the worker slept: C's late request first, then B's events, then C's.
    const t = 1718009700000;
    const events = [
      ...chromePage('https://a.example/', { requestId: '8500', t, documentId: 'DA' }),
      ...subresource(CHROME_TAB, '8501', 'https://c.example/late.png', 'image', t + 2500, 'DC', 200),
      ...chromePage('https://b.example/', { requestId: '8502', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] }),
      ...chromePage('https://c.example/', { requestId: '8503', t: t + 2000, documentId: 'DC', transitionType: 'link', qualifiers: [] }),
    ];
    const loads = loadsOf(replay(events, testContext()));
    expect(loads.map((l) => [l.url, l.subresources.map((s) => s.url)])).toEqual([
      ['https://a.example/', []],
      ['https://b.example/', []],
      ['https://c.example/', ['https://c.example/late.png']],
    ]);
  });

  it('sets aside the requests of two pages queued while the worker slept, each for its own commit', () => {
    const t = 1718009750000;
    const events = [
      ...chromePage('https://a.example/', { requestId: '8550', t, documentId: 'DA' }),
      ...subresource(CHROME_TAB, '8551', 'https://b.example/late.css', 'stylesheet', t + 1500, 'DB', 404),
      ...subresource(CHROME_TAB, '8552', 'https://c.example/late.png', 'image', t + 2500, 'DC', 200),
      ...chromePage('https://b.example/', { requestId: '8553', t: t + 1000, documentId: 'DB', transitionType: 'link', qualifiers: [] }),
      ...chromePage('https://c.example/', { requestId: '8554', t: t + 2000, documentId: 'DC', transitionType: 'link', qualifiers: [] }),
    ];
    const state = replay(events, testContext());
    expect(loadsOf(state).map((l) => [l.url, l.subresources.map((s) => s.url)])).toEqual([
      ['https://a.example/', []],
      ['https://b.example/', ['https://b.example/late.css']],
      ['https://c.example/', ['https://c.example/late.png']],
    ]);
    expect(state.tabs[CHROME_TAB]?.earlyDocuments).toBeUndefined();
  });

  it('keeps at most four pages waiting for their commit: the oldest becomes a page of its own', () => {
    const t = 1718009780000;
    const docs = ['DB', 'DC', 'DD', 'DE', 'DF'];
    const events = [
      ...chromePage('https://a.example/', { requestId: '8560', t, documentId: 'DA' }),
      ...docs.flatMap((doc, i) => subresource(CHROME_TAB, String(8561 + i), `https://${doc.toLowerCase()}.example/x.js`, 'script', t + 1000 + i, doc, 200)),
    ];
    const tab = replay(events, testContext()).tabs[CHROME_TAB];
    expect(tab?.loads.map((l) => [l.url, l.notObservedReason, l.subresources.length])).toEqual([
      ['https://a.example/', undefined, 0],
      ['https://db.example', 'request-not-seen', 1],
    ]);
    expect(tab?.earlyDocuments?.map((l) => l.tracking.documentId)).toEqual(['DC', 'DD', 'DE', 'DF']);
  });

  it('without a known page on screen, a request of an unknown page stays with the page on screen', () => {
    const t = 1718009800000;
    const events = [
      ...subresource(CHROME_TAB, '8600', 'https://old.example/poll', 'xmlhttprequest', t, 'D0', 200),
      ...subresource(CHROME_TAB, '8601', 'https://old.example/poll?2', 'xmlhttprequest', t + 100, 'D1', 200),
    ];
    const loads = loadsOf(replay(events, testContext()));
    expect(loads).toHaveLength(1);
    expect(loads[0]).toMatchObject({ notObservedReason: 'loaded-before-extension' });
    expect(loads[0]?.subresources).toHaveLength(2);
  });

  it('records a sub-resource redirect as its own response', () => {
    const r = { tabId: CHROME_TAB, requestId: '300', url: 'http://img.example/a.png', t: 1000, type: 'image', documentId: 'D' };
    const events = [
      ...chromePage('https://page.example/', { requestId: '299', t: 0, documentId: 'D' }),
      c.beforeRedirect({ ...r, t: 1010 }, { status: 301, text: 'Moved Permanently', ip: '1.1.1.1' }, 'https://img.example/a.png'),
      c.completed({ ...r, url: 'https://img.example/a.png', t: 1060 }, { status: 200, text: 'OK' }),
    ];
    const load = single(replay(events, testContext()));
    // The first hop's start is not heard (its duration is DevTools' to tell); the second starts at the redirect.
    expect(load.subresources.map((s) => [s.url, s.statusCode, s.redirectUrl, s.timing.duration])).toEqual([
      ['http://img.example/a.png', 301, 'https://img.example/a.png', undefined],
      ['https://img.example/a.png', 200, undefined, 50],
    ]);
    expect(load.counts).toMatchObject({ '2xx': 1, '3xx': 1 });
  });
});

describe('Chrome: loads per tab, SPA, tabs', () => {
  it('keeps the last keptLoadsPerTab loads', () => {
    const events = Array.from({ length: 7 }, (_, i) =>
      chromePage(`https://site.example/${i}`, { requestId: String(200 + i), t: i * 10_000, documentId: `D${i}`, transitionType: 'link', qualifiers: [] }),
    ).flat();
    const loads = loadsOf(replay(events, testContext({ keptLoadsPerTab: 3 })));
    expect(loads.map((l) => l.url)).toEqual(['https://site.example/4', 'https://site.example/5', 'https://site.example/6']);
    expect(new Set(loads.map((l) => l.id)).size).toBe(3);
  });

  it('records pushState navigations on the load instead of starting new loads', () => {
    const load = single(replay(chromeSpa(), testContext()));
    expect(load.url).toBe('https://spa.example/');
    expect(load.spaNavigations).toEqual([
      { url: 'https://spa.example/settings', at: 1718007302000, transitionType: 'link' },
      { url: 'https://spa.example/settings/profile', at: 1718007304000, transitionType: 'link' },
    ]);
  });

  it('forgets a closed tab and only that tab', () => {
    const s = replay(
      [...chromeSpa(7), ...chromeSpa(8), { name: 'tabs.onRemoved', details: { tabId: 7, removeInfo: { windowId: 1, isWindowClosing: false } } }],
      testContext(),
    );
    expect(s.tabs[7]).toBeUndefined();
    expect(loadsOf(s, 8)).toHaveLength(1);
  });

  it('moves a replaced tab to its new id', () => {
    const s = replay([...chromeSpa(7), { name: 'tabs.onReplaced', details: { addedTabId: 9, removedTabId: 7 } }], testContext());
    expect(s.tabs[7]).toBeUndefined();
    expect(loadsOf(s, 9).map((l) => l.tabId)).toEqual([9]);
  });

  it('puts the old tab history before the prerendered tab loads on replacement', () => {
    const s = replay(
      [
        ...chromePage('https://one.example/', { tabId: 7, requestId: '1', t: 0, documentId: 'A' }),
        ...chromePage('https://two.example/', { tabId: 9, requestId: '2', t: 10, documentId: 'B' }),
        { name: 'tabs.onReplaced', details: { addedTabId: 9, removedTabId: 7 } },
      ],
      testContext(),
    );
    expect(loadsOf(s, 9).map((l) => l.url)).toEqual(['https://one.example/', 'https://two.example/']);
  });
});

describe('Chrome: event ordering and prerendering', () => {
  it('makes one load when the request arrives before onBeforeNavigate', () => {
    const events = chromePage('https://a.example/', { requestId: '11', t: 0, documentId: 'D' });
    const [navigate, request] = events;
    if (navigate === undefined || request === undefined) throw new Error('fixture');
    const reordered = [request, navigate, ...events.slice(2)];
    const load = single(replay(reordered, testContext()));
    expect(load.final?.statusCode).toBe(200);
  });

  it('adopts a main-frame request that arrives after its commit', () => {
    const events = chromePage('https://a.example/', { requestId: '11', t: 0, documentId: 'D' });
    const commitIndex = events.findIndex((e) => e.name === 'webNavigation.onCommitted');
    const [commit] = events.splice(commitIndex, 1);
    if (commit === undefined) throw new Error('fixture');
    events.splice(1, 0, commit);
    const load = single(replay(events, testContext()));
    expect(load).toMatchObject({ source: 'network', committed: true, final: { statusCode: 200 } });
    expect(load.notObservedReason).toBeUndefined();
  });

  it('keeps a prerendering page aside until it is shown', () => {
    const t = 1718009300000;
    const url = 'https://next.example/';
    const r = { tabId: CHROME_TAB, requestId: '900', url, t: t + 1, documentLifecycle: 'prerender' };
    const ok = { status: 200, text: 'OK', headers: pageHeaders(), ip: '5.6.7.8' };
    const events = [
      ...chromePage('https://search.example/', { requestId: '899', t: t - 5000, documentId: 'S' }),
      c.beforeRequest(r),
      c.responseStarted({ ...r, t: t + 40 }, ok),
      c.completed({ ...r, t: t + 60 }, ok),
    ];
    const s = replay(events, testContext());
    expect(loadsOf(s).map((l) => l.url)).toEqual(['https://search.example/']);
    expect(s.tabs[CHROME_TAB]?.prerender?.url).toBe(url);

    replay([c.beforeNavigate(CHROME_TAB, url, t + 9000), c.committed(CHROME_TAB, url, t + 9001, 'link', [], 'P')], testContext(), s);
    const shown = storyLoad(s.tabs[CHROME_TAB]?.loads);
    expect(shown).toMatchObject({ url, prerendered: true, committed: true, source: 'network', final: { statusCode: 200 } });
    expect(s.tabs[CHROME_TAB]?.prerender).toBeUndefined();
  });
});

describe('reduce', () => {
  it('updates the state in place and returns it', () => {
    const s = emptyState();
    const event = normalizeEvent('webNavigation.onBeforeNavigate', { tabId: 1, frameId: 0, url: 'https://a/', timeStamp: 1 });
    if (event === undefined) throw new Error('fixture');
    expect(reduce(s, event, testContext())).toBe(s);
    expect(loadsOf(s, 1)).toHaveLength(1);
  });

  it('ignores frames other than the main frame for navigation and hints', () => {
    const s = replay(
      [
        { name: 'webNavigation.onBeforeNavigate', details: { tabId: 1, frameId: 3, parentFrameId: 0, url: 'https://ad.example/', timeStamp: 1 } },
        {
          name: 'content.clientRedirectHint',
          details: { tabId: 1, frameId: 3, kind: 'meta-refresh', fromUrl: 'https://ad.example/', toUrl: 'https://ad.example/2' },
        },
      ],
      testContext(),
    );
    expect(s.tabs[1]).toBeUndefined();
  });
});
