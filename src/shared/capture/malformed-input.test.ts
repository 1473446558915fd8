/**
 * Property tests: whatever the browser (or a page, through the content script) hands us, the
 * normaliser never throws, the reducer never throws, and the state stays bounded, plain JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureState } from './capture-state';
import { emptyState } from './capture-state';
import { reduce } from './capture-reducer';
import { chromeBusyPage, chromeClientRedirect, chromeHsts, chromeRedirectChain, chromeServiceWorkerPage } from './fixtures/chrome-scenarios';
import { firefoxRedirectLoop } from './fixtures/firefox-scenarios';
import { roundTrip, testContext } from './fixtures/test-context';
import { LIMITS } from './limits';
import { RAW_EVENT_NAMES } from './listeners';
import { normalizeEvent } from './normalize-event';

const ctx = testContext({ keptLoadsPerTab: 3, maxSubresourcesPerLoad: 20, maxHeaderValueLength: 16 });

const urls = fc.constantFrom(
  'https://a.example/',
  'https://a.example/x',
  'http://a.example/',
  'https://www.a.example/',
  'https://b.example/',
  'chrome://newtab/',
  'about:blank',
  'not a url',
  '',
);
const weird = fc.oneof(fc.constant(null), fc.constant(undefined), fc.double(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(Number.NaN));
const header = fc.record(
  { name: fc.oneof(fc.constantFrom('Server', 'Location', 'Non-Authoritative-Reason', 'set-cookie'), fc.string()), value: fc.oneof(fc.string(), weird) },
  { requiredKeys: [] },
);

/** Objects shaped like event details, mostly plausible and often broken. */
const details = fc.record(
  {
    tabId: fc.oneof(fc.integer({ min: -1, max: 3 }), weird),
    requestId: fc.oneof(fc.constantFrom('1', '2', '3', '4'), fc.integer({ min: 0, max: 5 }), weird),
    url: fc.oneof(urls, weird),
    redirectUrl: fc.oneof(urls, weird),
    type: fc.oneof(fc.constantFrom('main_frame', 'sub_frame', 'script', 'image'), weird),
    frameId: fc.oneof(fc.constantFrom(0, 0, 1, -1), weird),
    parentFrameId: fc.oneof(fc.constantFrom(-1, 0), weird),
    method: fc.oneof(fc.constantFrom('GET', 'POST'), weird),
    timeStamp: fc.oneof(fc.double({ min: 0, max: 1e13, noNaN: true }), weird),
    statusCode: fc.oneof(fc.constantFrom(200, 301, 302, 307, 404, 500, 0), fc.integer(), weird),
    statusLine: fc.oneof(fc.constantFrom('HTTP/1.1 200 OK', 'HTTP/1.1 307 Internal Redirect'), weird),
    ip: fc.oneof(fc.ipV4(), weird),
    fromCache: fc.oneof(fc.boolean(), weird),
    responseHeaders: fc.oneof(fc.array(fc.oneof(header, weird), { maxLength: 6 }), weird),
    error: fc.oneof(fc.constantFrom('net::ERR_ABORTED', 'net::ERR_CONNECTION_REFUSED', 'NS_BINDING_ABORTED'), weird),
    transitionType: fc.oneof(fc.constantFrom('link', 'typed', 'reload'), weird),
    transitionQualifiers: fc.oneof(fc.array(fc.oneof(fc.constantFrom('client_redirect', 'forward_back', 'server_redirect'), weird), { maxLength: 3 }), weird),
    documentLifecycle: fc.oneof(fc.constantFrom('active', 'prerender', 'cached'), weird),
    documentId: fc.oneof(fc.constantFrom('D1', 'D2'), weird),
    incognito: fc.oneof(fc.boolean(), weird),
    proxyInfo: fc.oneof(fc.constant(null), fc.record({ host: fc.string() })),
    kind: fc.oneof(fc.constantFrom('meta-refresh', 'javascript'), weird),
    fromUrl: fc.oneof(urls, weird),
    toUrl: fc.oneof(urls, weird),
    delaySeconds: fc.oneof(fc.double(), weird),
    addedTabId: fc.oneof(fc.integer({ min: -1, max: 3 }), weird),
    removedTabId: fc.oneof(fc.integer({ min: -1, max: 3 }), weird),
  },
  { requiredKeys: [] },
);

const rawEvent = fc.record({
  name: fc.constantFrom(...RAW_EVENT_NAMES),
  details: fc.oneof({ weight: 9, arbitrary: details }, { weight: 1, arbitrary: fc.anything() }),
});

/** The path of the first value JSON would not keep as is (NaN, Infinity, functions, ...), if any. */
function firstNonJson(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = value[i] === undefined ? `${path}[${i}]` : firstNonJson(value[i], `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const bad = v === undefined ? undefined : firstNonJson(v, `${path}.${k}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  return path;
}

function assertPlainJson(state: CaptureState): void {
  expect(firstNonJson(state, 'state')).toBeUndefined();
}

function assertBounded(state: CaptureState): void {
  for (const tab of Object.values(state.tabs)) {
    expect(tab.loads.length).toBeLessThanOrEqual(3);
    expect(tab.inflightCount).toBe(tab.inflight.filter((r) => r.done !== true).length);
    expect(tab.inflightCount).toBeLessThanOrEqual(LIMITS.maxInflightPerTab);
    for (const load of [...tab.loads, ...(tab.prerender ? [tab.prerender] : [])]) {
      expect(load.subresources.length).toBeLessThanOrEqual(20);
      expect(load.errors.length).toBeLessThanOrEqual(20);
      expect(load.chain.length).toBeLessThanOrEqual(LIMITS.maxChainHops);
      expect(load.counts.total).toBeGreaterThanOrEqual(load.subresources.length + load.errors.length);
      for (const hop of load.chain) for (const h of hop.headers ?? []) expect(h.value.length).toBeLessThanOrEqual(16 + 20);
    }
  }
}

describe('malformed events', () => {
  it('never make normalizeEvent throw, and what it returns is plain JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...RAW_EVENT_NAMES), fc.string()), fc.anything(), (name, anything) => {
        const event = normalizeEvent(name, anything);
        if (event !== undefined) expect(roundTrip(event)).toEqual(event);
      }),
      { numRuns: 2000 },
    );
  });

  it('never make reduce throw; the state stays bounded plain JSON', () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 60 }), (events) => {
        const state = emptyState();
        for (const raw of events) {
          const event = normalizeEvent(raw.name, raw.details);
          if (event !== undefined) reduce(state, event, ctx);
        }
        assertPlainJson(state);
        assertBounded(state);
        // Strict: a key holding undefined would vanish in storage and make this fail.
        expect(roundTrip(state)).toStrictEqual(state);
      }),
      { numRuns: 400 },
    );
  });

  it('never make reduce throw when real recordings arrive shuffled, duplicated or cut', () => {
    const recorded = [
      ...chromeRedirectChain(1),
      ...chromeHsts(1),
      ...chromeClientRedirect('meta-refresh', true, 2),
      ...chromeServiceWorkerPage(2),
      ...chromeBusyPage(30, 3),
      ...firefoxRedirectLoop(3),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(recorded, { minLength: 0 }), fc.array(fc.nat({ max: recorded.length - 1 }), { maxLength: 20 }), (subset, repeats) => {
        const state = emptyState();
        const events = [...subset, ...repeats.map((i) => recorded[i]).filter((e) => e !== undefined)];
        for (const raw of events) {
          const event = normalizeEvent(raw.name, raw.details);
          if (event !== undefined) reduce(state, event, ctx);
        }
        assertPlainJson(state);
        assertBounded(state);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('numbers JSON cannot hold', () => {
  it('a -0 time stamp is read as 0, so the state reads back from storage the same', () => {
    const event = normalizeEvent('webRequest.onBeforeRequest', {
      requestId: '1',
      url: 'https://a.example/',
      type: 'main_frame',
      tabId: 1,
      frameId: 0,
      timeStamp: -0,
    });
    expect(event).toBeDefined();
    expect(roundTrip(event)).toStrictEqual(event);
  });
});
