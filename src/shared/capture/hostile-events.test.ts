/**
 * Hostile input does nothing (issue 8): the capture core, with the real registry and vendor
 * detector behind it, fed the responses a broken or hostile server or browser can produce — status
 * 0, −1, 99, 1000, NaN or text; garbled status lines; thousands of headers; megabyte header values;
 * Unicode, right-to-left and NUL characters in URLs. Nothing throws, every kept string is capped,
 * and no status is ever invented: a status shown is one the browser reported, in 100..999.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectVendorsForCapture, explainForCapture } from '../../background/registry-adapter';
import type { CaptureState, PageLoad } from './capture-state';
import { emptyState } from './capture-state';
import { reduce } from './capture-reducer';
import { isReceived } from './fixtures/recorded-event';
import { DEFAULT_CAPTURE_SETTINGS, LIMITS, TRUNCATION_MARKER } from './limits';
import type { RawEventName } from './listeners';
import { normalizeEvent } from './normalize-event';
import type { ReduceContext } from './reduce-context';

/** How many generated inputs the tests below try; docs/reliability.md quotes the total. */
export const RUNS = { sequences: 300, megabyte: 20 } as const;

const ctx = (): ReduceContext => ({
  settings: { ...DEFAULT_CAPTURE_SETTINGS, keptLoadsPerTab: 3, maxSubresourcesPerLoad: 25 },
  explain: explainForCapture,
  detectVendors: detectVendorsForCapture,
});

const oddStatus = fc.oneof(
  fc.constantFrom<unknown>(0, -1, 99, 1000, Number.NaN, Infinity, -0, 99.5, 404.5, 1e308, '404', 'OK', '', null, true, {}, [404]),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
  fc.string(),
);
const realStatus = fc.constantFrom(200, 204, 301, 302, 307, 308, 404, 451, 499, 500, 520, 999, 100, 103);
const status = fc.oneof(oddStatus, realStatus);

/** Text with what breaks naive code: NUL, controls, RTL overrides, lone surrogates, emoji, markup. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u202e',
      '\u2067',
      '\u200f',
      '\r',
      '\n',
      '\ud800',
      '\udfff',
      '😀',
      'ß',
      '\u0645',
      '<',
      '>',
      '"',
      "'",
      '&',
      ' ',
      'HTTP/1.1',
      '404',
    ),
  }),
  fc.constantFrom('HTTP/1.1', 'HTTP/1.1 ', 'HTTP/9 99999 X', 'HTTP/1.1 200 OK\r\nSet-Cookie: x', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'),
);

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  nastyText.map((t) => `https://a.example/${t}`),
  nastyText.map((t) => `https://\u202egnp.example/${t}\u0000`),
  fc.constantFrom('https://例え.テスト/パス?q=\u05e9\u05dc\u05d5\u05dd', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '', 'not a url'),
  fc.nat({ max: 20_000 }).map((n) => `https://long.example/${'a'.repeat(n)}`),
);

const header = fc.record({
  name: fc.oneof(fc.constantFrom('Server', 'Location', 'Set-Cookie', 'CF-RAY', 'Via', 'X-Powered-By'), nastyText),
  value: fc.oneof(nastyText, fc.constant(undefined), fc.integer()),
});
const headers = fc.oneof(
  fc.array(header, { maxLength: 8 }),
  fc.tuple(header, fc.integer({ min: 1000, max: 5000 })).map(([h, n]) => Array.from({ length: n }, () => h)),
  fc.constant<unknown>('Server: nginx'),
  fc.constant<unknown>(null),
);

/** One request's life, main frame or not, with hostile fields, in an order a browser could use. */
const request = fc.record({
  requestId: fc.constantFrom('1', '2', '3', '4', '5'),
  main: fc.boolean(),
  url,
  redirectUrl: url,
  status,
  statusLine: fc.oneof(nastyText, fc.constant(undefined)),
  headers,
  end: fc.constantFrom('completed', 'error', 'redirect', 'none'),
});

type RequestLife = typeof request extends fc.Arbitrary<infer T> ? T : never;

interface Sent {
  name: RawEventName;
  details: Record<string, unknown>;
}

function eventsOf(r: RequestLife, tabId: number, t: number): Sent[] {
  const base = {
    tabId,
    requestId: r.requestId,
    url: r.url,
    frameId: r.main ? 0 : 1,
    parentFrameId: r.main ? -1 : 0,
    type: r.main ? 'main_frame' : 'image',
    method: 'GET',
    timeStamp: t,
  };
  const response = { ...base, statusCode: r.status, statusLine: r.statusLine, responseHeaders: r.headers, ip: '127.0.0.1', fromCache: false };
  const out: Sent[] = [{ name: 'webRequest.onBeforeRequest', details: base }];
  if (r.end === 'redirect') out.push({ name: 'webRequest.onBeforeRedirect', details: { ...response, redirectUrl: r.redirectUrl } });
  else out.push({ name: 'webRequest.onResponseStarted', details: response });
  if (r.end === 'completed') out.push({ name: 'webRequest.onCompleted', details: { ...response, timeStamp: t + 1 } });
  if (r.end === 'error') out.push({ name: 'webRequest.onErrorOccurred', details: { ...base, error: 'net::ERR_FAILED', timeStamp: t + 1 } });
  // Only what the background listens to: a sub-resource's response comes at its completion alone.
  return out.filter((sent) => isReceived('chrome', sent.name, sent.details));
}

const validStatus = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 999;

function loadsOf(state: CaptureState): PageLoad[] {
  return Object.values(state.tabs).flatMap((t) => [...t.loads, ...(t.prerender ? [t.prerender] : [])]);
}

const capped = (value: string | undefined, max: number): boolean => value === undefined || value.length <= max + TRUNCATION_MARKER.length;

describe('hostile responses through the capture core and the registry', () => {
  it('never throw; no status is invented; every list and string stays within its cap (property)', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 12 }), (requests) => {
        const state = emptyState();
        const c = ctx();
        const reported = new Set<number>();
        requests.forEach((r, i) => {
          if (validStatus(r.status)) reported.add(r.status);
          for (const sent of eventsOf(r, 7, 1_000 + i * 10)) {
            const event = normalizeEvent(sent.name, sent.details);
            if (event !== undefined) reduce(state, event, c);
          }
        });
        for (const load of loadsOf(state)) {
          // The page's final answer, and every hop's and sub-resource's status, is one the browser reported.
          if (load.final !== undefined) expect(reported.has(load.final.statusCode)).toBe(true);
          if (reported.size === 0) expect(load.final).toBeUndefined();
          for (const hop of load.chain) {
            if (hop.statusCode !== undefined) expect(reported.has(hop.statusCode)).toBe(true);
            expect(capped(hop.url, LIMITS.maxUrlLength)).toBe(true);
            expect(capped(hop.statusLine, LIMITS.maxShortTextLength)).toBe(true);
            expect(hop.headers?.length ?? 0).toBeLessThanOrEqual(LIMITS.maxKeptHeadersPerHop);
            for (const h of hop.headers ?? []) expect(capped(h.value, DEFAULT_CAPTURE_SETTINGS.maxHeaderValueLength)).toBe(true);
            if (hop.explanation) expect(typeof hop.explanation.code).toBe('string');
          }
          expect(load.chain.length).toBeLessThanOrEqual(LIMITS.maxChainHops);
          expect(load.subresources.length).toBeLessThanOrEqual(25);
          for (const sub of load.subresources) {
            if (sub.statusCode !== undefined) expect(reported.has(sub.statusCode)).toBe(true);
            expect(capped(sub.url, LIMITS.maxUrlLength)).toBe(true);
          }
          expect(load.counts.total).toBeGreaterThanOrEqual(load.subresources.length + load.errors.length);
        }
        expect(Object.keys(state.tabs).length).toBeLessThanOrEqual(1);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: RUNS.sequences },
    );
  }, 120_000);

  it('megabyte header values and status lines are cut, and the state stays small (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.constantFrom('x', '\u0000', '\u202e', '😀', '<'), realStatus, (megabytes, unit, code) => {
        const huge = unit.repeat((megabytes * 1_000_000) / unit.length);
        const state = emptyState();
        const c = ctx();
        const base = { tabId: 3, requestId: 'm', url: `https://a.example/${huge}`, frameId: 0, parentFrameId: -1, type: 'main_frame', timeStamp: 1 };
        const response = {
          ...base,
          statusCode: code,
          statusLine: `HTTP/1.1 ${code} ${huge}`,
          responseHeaders: [{ name: 'Server', value: huge }, { name: huge, value: 'x' }, ...Array.from({ length: 3000 }, () => ({ name: 'Via', value: huge }))],
        };
        for (const [name, details] of [
          ['webRequest.onBeforeRequest', base],
          ['webRequest.onResponseStarted', response],
          ['webRequest.onCompleted', response],
        ] as const) {
          const event = normalizeEvent(name, details);
          if (event !== undefined) reduce(state, event, c);
        }
        const load = loadsOf(state)[0];
        expect(load?.final?.statusCode).toBe(code);
        // Kept: the status; cut: everything the server could make enormous. (Characters are counted:
        // JSON spells a control character in six, which is why the store writes tabs one by one when over quota.)
        expect(JSON.stringify(state).replace(/\\u00[0-9a-f]{2}/g, '.').length).toBeLessThan(100_000);
      }),
      { numRuns: RUNS.megabyte },
    );
  }, 120_000);
});
