import { describe, expect, it } from 'vitest';
import type { PageLoad } from '../shared/capture';
import type { TabView } from '../shared/tab-view';
import { CapturedRows, rowsOfLoad, type LoadRows } from './captured-rows';
import { failure, har, hop, ORIGIN, pageLoad, sub, T0 } from './fixtures/panel-fixtures';
import { loadAt, mergeHar, MATCH_WINDOW_MS } from './merge-har';
import { durationOf, methodOf, startOf, statusOf } from './request-row';

function loadsOf(...loads: ReturnType<typeof pageLoad>[]): LoadRows[] {
  return new CapturedRows().of({ tabId: 7, loads });
}

describe('mergeHar', () => {
  const page = pageLoad({
    id: '7-1',
    chain: [hop(`${ORIGIN}/old`, 301, T0, { redirectUrl: `${ORIGIN}/` }), hop(`${ORIGIN}/`, 200, T0 + 30)],
    subresources: [
      sub(`${ORIGIN}/app.js`, 'script', 200, T0 + 100),
      sub(`${ORIGIN}/logo.png`, 'image', 404, T0 + 110),
      sub(`${ORIGIN}/api`, 'xmlhttprequest', 200, T0 + 120, { method: 'POST' }),
    ],
    errors: [failure(`${ORIGIN}/gone.css`, 'stylesheet', 'net::ERR_CONNECTION_RESET', T0 + 130)],
  });

  it('enriches each captured row with its DevTools entry: one list, nothing doubled', () => {
    const entries = [
      har(`${ORIGIN}/old`, 301, T0 + 2, { httpVersion: 'HTTP/1.1' }),
      har(`${ORIGIN}/`, 200, T0 + 31),
      har(`${ORIGIN}/app.js`, 200, T0 + 101, { fromCache: 'disk' }),
      har(`${ORIGIN}/logo.png`, 404, T0 + 112, { body: 'nope' }),
      har(`${ORIGIN}/api`, 200, T0 + 121, { method: 'POST' }),
      har(`${ORIGIN}/gone.css`, 0, T0 + 131, { error: 'net::ERR_CONNECTION_RESET', httpVersion: undefined }),
    ];
    const rows = mergeHar(loadsOf(page), entries);
    expect(rows.map((r) => r.kind)).toEqual(['hop', 'hop', 'subresource', 'subresource', 'subresource', 'failure']);
    expect(rows.every((r) => r.har !== undefined)).toBe(true);
    expect(rows.map((r) => r.har?.url)).toEqual(rows.map((r) => r.record.url));
    expect(rows[0]?.har?.httpVersion).toBe('HTTP/1.1');
    expect(rows[2]?.har?.fromCache).toBe('disk');
  });

  it('keeps the captured row as it is when no entry matches (DevTools was closed)', () => {
    const loads = loadsOf(page);
    const rows = mergeHar(loads, []);
    expect(rows).toEqual(loads[0]?.rows);
    expect(rows.some((r) => r.har)).toBe(false);
  });

  it('does not change its inputs', () => {
    const loads = loadsOf(page);
    const before = JSON.stringify(loads);
    mergeHar(loads, [har(`${ORIGIN}/app.js`, 200, T0 + 101)]);
    expect(JSON.stringify(loads)).toBe(before);
  });

  it('needs the same method and the same status', () => {
    const rows = mergeHar(loadsOf(page), [har(`${ORIGIN}/api`, 200, T0 + 121, { method: 'GET' }), har(`${ORIGIN}/logo.png`, 200, T0 + 111)]);
    const api = rows.find((r) => r.record.url === `${ORIGIN}/api` && r.kind === 'subresource');
    expect(api?.har).toBeUndefined();
    expect(rows.filter((r) => r.kind === 'devtools-only').map((r) => `${methodOf(r)} ${String(statusOf(r))} ${r.record.url}`)).toEqual([
      `GET 200 ${ORIGIN}/logo.png`,
      `GET 200 ${ORIGIN}/api`,
    ]);
  });

  it('pairs repeated requests for one URL by nearest start time', () => {
    const load = pageLoad({
      id: '7-1',
      subresources: [
        sub(`${ORIGIN}/poll`, 'xmlhttprequest', 200, T0 + 1000),
        sub(`${ORIGIN}/poll`, 'xmlhttprequest', 200, T0 + 2000),
        sub(`${ORIGIN}/poll`, 'xmlhttprequest', 200, T0 + 3000),
      ],
    });
    // Entries arrive out of order; each should land on the row that started nearest to it.
    const entries = [
      har(`${ORIGIN}/poll`, 200, T0 + 3004, { duration: 3 }),
      har(`${ORIGIN}/poll`, 200, T0 + 1003, { duration: 1 }),
      har(`${ORIGIN}/poll`, 200, T0 + 2001, { duration: 2 }),
    ];
    const rows = mergeHar(loadsOf(load), entries);
    expect(rows.map((r) => r.har?.duration)).toEqual([1, 2, 3]);
  });

  it('pairs rows whose start the capture did not hear (Chrome’s sub-resources) by nearest end, and takes DevTools’ start', () => {
    const ended = (end: number) => sub(`${ORIGIN}/poll`, 'xmlhttprequest', 200, 0, { timing: { end } });
    const load = pageLoad({ id: '7-1', subresources: [ended(T0 + 1030), ended(T0 + 2030), ended(T0 + 3030)] });
    // Three long polls started together and ended apart: each entry's end (start + duration) names its row.
    const entries = [
      har(`${ORIGIN}/poll`, 200, T0 + 1000, { duration: 2030 }),
      har(`${ORIGIN}/poll`, 200, T0 + 1005, { duration: 25 }),
      har(`${ORIGIN}/poll`, 200, T0 + 1010, { duration: 1020 }),
    ];
    const rows = mergeHar(loadsOf(load), entries);
    expect(rows.map((r) => r.har?.duration)).toEqual([25, 1020, 2030]);
    expect(rows.map((r) => startOf(r))).toEqual([T0 + 1005, T0 + 1010, T0 + 1000]);
    expect(rows.map((r) => durationOf(r))).toEqual([25, 1020, 2030]);
    // Without DevTools' entry, the start is not known: never made up.
    expect(mergeHar(loadsOf(load), []).map((r) => startOf(r))).toEqual([undefined, undefined, undefined]);
  });

  it('does not match across more than the time window', () => {
    const rows = mergeHar(loadsOf(page), [har(`${ORIGIN}/app.js`, 200, T0 + 100 + MATCH_WINDOW_MS + 1)]);
    expect(rows.find((r) => r.record.url === `${ORIGIN}/app.js` && r.kind === 'subresource')?.har).toBeUndefined();
    expect(rows.filter((r) => r.kind === 'devtools-only')).toHaveLength(1);
  });

  it('turns an entry the background never saw into its own row, marked with its source, in the load under way', () => {
    const second = pageLoad({ id: '7-2', startedAt: T0 + 5000, chain: [hop(`${ORIGIN}/`, 200, T0 + 5000)] });
    const memory = har(`${ORIGIN}/logo.svg`, 200, T0 + 5100, {
      fromCache: 'memory',
      resourceType: 'image',
      serverIp: '10.0.0.1',
      headers: [
        { name: 'Server', value: 'cloudflare' },
        { name: 'CF-RAY', value: '8f3b2c1d4e5f6a7b-FRA' },
      ],
    });
    const worker = har(`${ORIGIN}/offline.html`, 200, T0 + 200, { serviceWorker: true, resourceType: 'document' });
    const rows = mergeHar(loadsOf(page, second), [memory, worker], {
      detectVendors: (headers) => (headers.some((h) => h.name === 'CF-RAY') ? [{ id: 'cloudflare', name: 'Cloudflare' }] : []),
    });
    const own = rows.filter((r) => r.kind === 'devtools-only');
    // In the order they started.
    expect(own.map((r) => [r.record.url, r.loadId])).toEqual([
      [`${ORIGIN}/offline.html`, '7-1'],
      [`${ORIGIN}/logo.svg`, '7-2'],
    ]);
    expect(own[1]).toMatchObject({
      record: { statusCode: 200, type: 'image', fromCache: true, ip: '10.0.0.1', vendors: [{ id: 'cloudflare', name: 'Cloudflare' }] },
      id: `har:${memory.key}`,
    });
    expect(own[0]?.har?.serviceWorker).toBe(true);
  });

  it('does not give a reload’s memory-cache hit the row of the same image in the load before, whose own entry is missing', () => {
    const second = pageLoad({ id: '7-2', startedAt: T0 + 3000, chain: [hop(`${ORIGIN}/`, 200, T0 + 3000)] });
    // The first load's logo came from the network; DevTools reported only the reload's copy, from memory.
    const memory = har(`${ORIGIN}/logo.png`, 404, T0 + 3100, { fromCache: 'memory', resourceType: 'image' });
    const rows = mergeHar(loadsOf(page, second), [memory]);
    expect(rows.find((r) => r.kind === 'subresource' && r.record.url === `${ORIGIN}/logo.png`)?.har).toBeUndefined();
    expect(rows.filter((r) => r.kind === 'devtools-only').map((r) => [r.record.url, r.loadId])).toEqual([[`${ORIGIN}/logo.png`, '7-2']]);
  });

  it('leaves a DevTools-only entry outside every kept load without a load', () => {
    const rows = mergeHar(loadsOf(page), [har(`${ORIGIN}/early.js`, 200, T0 - 60_000)]);
    expect(rows.at(-1)).toMatchObject({ kind: 'devtools-only', loadId: undefined });
  });

  it('lets a failure (which records no method) match a failed entry of any method', () => {
    const load = pageLoad({ id: '7-1', errors: [failure(`${ORIGIN}/beacon`, 'ping', 'net::ERR_FAILED', T0 + 10)] });
    const rows = mergeHar(loadsOf(load), [har(`${ORIGIN}/beacon`, 0, T0 + 11, { method: 'POST', error: 'net::ERR_FAILED' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.har?.method).toBe('POST');
  });

  it('merges thousands of rows quickly', () => {
    const subs = Array.from({ length: 5000 }, (_, i) => sub(`${ORIGIN}/img/${i % 500}.png`, 'image', 200, T0 + i));
    const loads = loadsOf(pageLoad({ id: '7-1', subresources: subs }));
    const entries = subs.map((s, i) => har(s.url, 200, T0 + i + 1));
    const started = performance.now();
    const rows = mergeHar(loads, entries);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rows).toHaveLength(5000);
    expect(rows.every((r, i) => r.har?.startedAt === T0 + i + 1)).toBe(true);
  });
});

describe('loadAt', () => {
  it('picks the last load started by then, skipping loads that replaced nothing', () => {
    const loads = loadsOf(
      pageLoad({ id: 'a', startedAt: T0 }),
      pageLoad({ id: 'b', startedAt: T0 + 100, noDocument: true }),
      pageLoad({ id: 'c', startedAt: T0 + 200 }),
    );
    expect(loadAt(loads, T0 + 120)).toBe('a');
    expect(loadAt(loads, T0 + 250)).toBe('c');
    expect(loadAt(loads, T0 - 1000)).toBeUndefined();
  });
});

describe('rowsOfLoad', () => {
  it('makes stable ids that count dropped records, and says GET where the capture stored no method', () => {
    const load = pageLoad({
      id: '7-3',
      subresources: [sub(`${ORIGIN}/a`, 'image', 200, T0)],
      errors: [failure(`${ORIGIN}/b`, 'image', 'net::ERR_FAILED', T0)],
    });
    load.droppedSubresources = 40;
    load.droppedErrors = 2;
    expect(rowsOfLoad(load).map((r) => [r.id, methodOf(r)])).toEqual([
      ['7-3:s40', 'GET'],
      ['7-3:f2', 'GET'],
    ]);
  });

  it('gives each hop the findings that concern it', () => {
    const finding = { kind: 'temporary-redirect' as const, severity: 'warning' as const, hops: [0], message: 'A 302 where a 301 was meant.' };
    const load = pageLoad({
      id: '7-1',
      chain: [hop(`${ORIGIN}/a`, 302, T0, { redirectUrl: `${ORIGIN}/b` }), hop(`${ORIGIN}/b`, 200, T0 + 10)],
      findings: [finding],
    });
    const rows = rowsOfLoad(load);
    const findings = rows.map((r) => (r.kind === 'hop' ? r.findings : undefined));
    expect(findings[0]).toEqual([finding]);
    expect(findings[1]).toBeUndefined();
  });
});

describe('CapturedRows', () => {
  it('reuses the rows of older loads that did not change, and always rebuilds the newest', () => {
    const cache = new CapturedRows();
    const old = pageLoad({ id: '7-1', subresources: [sub(`${ORIGIN}/a`, 'image', 200, T0)] });
    const current = pageLoad({ id: '7-2', startedAt: T0 + 1000, subresources: [sub(`${ORIGIN}/b`, 'image', 200, T0 + 1000)] });
    const first = cache.of({ tabId: 7, loads: [old, current] });
    // The next push is a fresh copy of the same data, as a port message would be.
    const again = cache.of(JSON.parse(JSON.stringify({ tabId: 7, loads: [old, current] })) as TabView);
    expect(again[0]?.rows).toBe(first[0]?.rows);
    expect(again[1]?.rows).not.toBe(first[1]?.rows);
    const grown = JSON.parse(JSON.stringify(old)) as PageLoad;
    grown.subresources.push(sub(`${ORIGIN}/c`, 'image', 404, T0 + 5));
    grown.counts.total++;
    const third = cache.of({ tabId: 7, loads: [grown, current] });
    expect(third[0]?.rows).not.toBe(first[0]?.rows);
    expect(third[0]?.rows).toHaveLength(2);
  });
});
