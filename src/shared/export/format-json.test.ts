import { describe, expect, it } from 'vitest';
import { exportLoad, JSON_FORMAT_VERSION, type ExportJsonV1 } from './index';
import { bfcacheLoad, cloudflare520Load, hostileLoad, hstsLoad, redirectChainLoad } from './fixtures/page-loads';
import { entryOf } from '../registry/lookup';
import { ENGLISH } from '../i18n/english-i18n';

function parse(json: string): ExportJsonV1 {
  return JSON.parse(json) as ExportJsonV1;
}

describe('JSON export', () => {
  it('parses, carries the schema version, and round-trips to the same text', () => {
    for (const load of [redirectChainLoad(), hstsLoad(), cloudflare520Load(), bfcacheLoad(), hostileLoad()]) {
      const json = exportLoad(load, 'json', ENGLISH);
      const parsed = parse(json);
      expect(parsed.format).toBe(JSON_FORMAT_VERSION);
      expect(parsed.format).toBe('status-inspector/1');
      expect(`${JSON.stringify(parsed, null, 2)}\n`).toBe(json);
    }
  });

  it('is pretty-printed with two spaces', () => {
    const json = exportLoad(redirectChainLoad(), 'json', ENGLISH);
    expect(json.split('\n')[1]).toBe('  "format": "status-inspector/1",');
  });

  it('holds the chain, final, findings, sub-resources, errors and counts', () => {
    const parsed = parse(exportLoad(redirectChainLoad(), 'json', ENGLISH));
    expect(parsed.chain.map((h) => [h.hop, h.statusCode, h.phrase, h.madeBy, h.redirectType])).toEqual([
      [1, 301, 'Moved Permanently', 'server', 'permanent'],
      [2, 302, 'Found', 'server', 'temporary'],
      [3, 200, 'OK', 'server', null],
    ]);
    expect(parsed.final).toMatchObject({ statusCode: 200, phrase: 'OK', source: 'network' });
    expect(parsed.final?.vendors.map((v) => v.id)).toEqual(['cloudflare', 'nginx']);
    expect(parsed.findings[0]).toEqual({
      kind: 'temporary-redirect',
      severity: 'warning',
      hops: [2],
      message: '302 used for a permanent canonicalisation (https, www or trailing slash): 301 or 308 is meant.',
    });
    expect(parsed.subresources).toHaveLength(6);
    expect(parsed.subresources[1]).toMatchObject({ statusCode: 404, phrase: 'Not Found', type: 'script' });
    expect(parsed.errors.map((e) => [e.error, e.phrase])).toEqual([
      ['net::ERR_NAME_NOT_RESOLVED', 'Name not resolved'],
      ['net::ERR_BLOCKED_BY_CLIENT', 'Blocked by client'],
    ]);
    expect(parsed.counts).toEqual({ total: 8, '1xx': 0, '2xx': 3, '3xx': 0, '4xx': 2, '5xx': 1, other: 0, failed: 2, fromCache: 1 });
    expect(parsed.source).toBe('network');
    expect(parsed.notObservedReason).toBeNull();
    expect(parsed.page.startedAt).toBe('2024-05-01T10:00:00.000Z');
  });

  it('says null, not a made-up code, for an unobservable load, and keeps the reason', () => {
    const parsed = parse(exportLoad(bfcacheLoad(), 'json', ENGLISH));
    expect(parsed.final).toBeNull();
    expect(parsed.chain).toEqual([]);
    expect(parsed.source).toBe('not-observable');
    expect(parsed.notObservedReason).toBe('back-forward-cache');
  });

  it('always has every key, in a fixed order, whatever the load holds', () => {
    const full = parse(exportLoad(redirectChainLoad(), 'json', ENGLISH));
    const sparse = parse(exportLoad(bfcacheLoad(), 'json', ENGLISH));
    expect(Object.keys(sparse)).toEqual(Object.keys(full));
    expect(Object.keys(sparse.page)).toEqual(Object.keys(full.page));
    const hsts = parse(exportLoad(hstsLoad(), 'json', ENGLISH));
    expect(Object.keys(hsts.chain[1] ?? {})).toEqual(Object.keys(full.chain[0] ?? {}));
    expect(hsts.chain[0]).toMatchObject({ madeBy: 'browser-hsts', nonAuthoritativeReason: 'HSTS', redirectType: 'HSTS' });
  });

  it('gives each hop and sub-resource the HTTP version the browser reported, and null where it reported none', () => {
    const load = redirectChainLoad();
    const parsed = parse(exportLoad(load, 'json', ENGLISH));
    expect(parsed.chain.map((h) => h.httpVersion)).toEqual(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1']);
    // As Chromium's capture stores it: the made-up version dropped, nothing in its place.
    const first = load.chain[0];
    if (first) first.statusLine = '301 Moved Permanently';
    const sub = load.subresources[0];
    if (sub) sub.statusLine = 'HTTP/2.0 200 OK';
    const changed = parse(exportLoad(load, 'json', ENGLISH));
    expect(changed.chain[0]?.httpVersion).toBeNull();
    expect(changed.subresources[0]?.httpVersion).toBe('HTTP/2');
  });

  it('keeps the explanation the capture core chose, with the summary of the registry entry it names', () => {
    const parsed = parse(exportLoad(cloudflare520Load(), 'json', ENGLISH));
    // The capture stores no prose: the summary is the entry's, found again from the code and origin.
    const summary = entryOf({ code: '520', originId: 'cloudflare' })?.summary;
    expect(summary).toMatch(/^Cloudflare reached/);
    expect(parsed.final?.explanation).toEqual({
      code: '520',
      phrase: 'Web Server Returned an Unknown Error',
      summary,
      statusClass: null,
      originId: 'cloudflare',
    });
  });

  it('numbers hops as in the real journey when the front of a long chain was dropped', () => {
    const load = redirectChainLoad();
    load.droppedHops = 60;
    const parsed = parse(exportLoad(load, 'json', ENGLISH));
    expect(parsed.chain.map((h) => h.hop)).toEqual([61, 62, 63]);
    expect(parsed.findings[0]?.hops).toEqual([62]);
    expect(exportLoad(load, 'text', ENGLISH)).toContain('(60 earlier hops were not kept)');
  });
});
