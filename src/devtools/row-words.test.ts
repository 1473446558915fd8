import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../shared/i18n/english-i18n';
import { CLOUDFLARE_1020 } from '../shared/registry/fixtures/error-pages';
import { vendorsFor } from '../shared/capture/derived-info';
import { detectVendors } from '../shared/fingerprints';
import type { SubresourceRecord } from '../shared/capture/capture-state';
import type { HarRecord } from './har-record';
import { har, hop, IIS_404_3_BODY, ORIGIN, T0 } from './fixtures/panel-fixtures';
import { explainRow, Memo, statusLineOf, wordsFor } from './row-words';
import type { RequestRow } from './request-row';

/** A sub-resource row around a record with these fields (an image of the page, as the capture stores it). */
function row(fields: Partial<SubresourceRecord>, extra: { id?: string; har?: HarRecord } = {}): RequestRow {
  const r: RequestRow = {
    id: extra.id ?? `r${Math.random()}`,
    loadId: '7-1',
    kind: 'subresource',
    seq: 0,
    record: { url: `${ORIGIN}/x`, type: 'image', frameId: 0, timing: {}, ...fields },
  };
  if (extra.har) r.har = extra.har;
  return r;
}

const IIS_HEADERS = [
  { name: 'Content-Type', value: 'text/html' },
  { name: 'Server', value: 'Microsoft-IIS/10.0' },
  { name: 'X-Powered-By', value: 'ASP.NET' },
];

describe('wordsFor', () => {
  it('takes the phrase from the registry, not from the server’s reason phrase', () => {
    expect(wordsFor(row({ statusCode: 404, statusLine: 'HTTP/1.1 404 Nope' }), ENGLISH)).toEqual({ code: '404', phrase: 'Not Found' });
    expect(wordsFor(row({ statusCode: 413 }), ENGLISH)).toMatchObject({ phrase: 'Content Too Large' });
  });

  it('uses the meaning of the vendor that answered', () => {
    expect(wordsFor(row({ statusCode: 520, vendors: [{ id: 'cloudflare', name: 'Cloudflare' }] }), ENGLISH).phrase).toMatch(/unknown error/i);
  });

  it('reads the sub-status from an IIS error page DevTools gave us', () => {
    const r = row(
      { statusCode: 404, statusLine: 'HTTP/1.1 404 Not Found' },
      { har: har(`${ORIGIN}/x`, 404, T0, { headers: IIS_HEADERS, body: IIS_404_3_BODY }) },
    );
    expect(wordsFor(r, ENGLISH)).toEqual({ code: '404', phrase: 'MIME type not configured', detail: '404.3' });
  });

  it('reads Cloudflare’s error number from its page', () => {
    const headers = [
      { name: 'Server', value: 'cloudflare' },
      { name: 'CF-RAY', value: '8f3b2c1d4e5f6a7b-FRA' },
    ];
    const r = row({ statusCode: 403 }, { har: har(`${ORIGIN}/x`, 403, T0, { headers, body: CLOUDFLARE_1020 }) });
    expect(wordsFor(r, ENGLISH).detail).toBe('1020');
  });

  it('names the browser’s failure for a request without a status', () => {
    expect(wordsFor(row({ error: 'net::ERR_CONNECTION_RESET' }), ENGLISH)).toMatchObject({ code: 'net::ERR_CONNECTION_RESET' });
    expect(wordsFor(row({ error: 'net::ERR_CONNECTION_RESET' }), ENGLISH).phrase).not.toBe('No response');
    expect(wordsFor(row({}), ENGLISH)).toEqual({ code: '…', phrase: 'Waiting for the response' });
  });
});

describe('explainRow', () => {
  it('explains an IIS 404.3 from the body, with the headers that named IIS highlighted', () => {
    const r = row(
      {
        statusCode: 404,
        // As the background stored them for this response.
        vendors: vendorsFor({ detectVendors }, IIS_HEADERS) ?? [],
      },
      { har: har(`${ORIGIN}/x`, 404, T0, { httpVersion: 'HTTP/1.1', statusText: 'Not Found', headers: IIS_HEADERS, body: IIS_404_3_BODY }) },
    );
    const ex = explainRow(r);
    expect(ex.entry?.code).toBe('404.3');
    expect(ex.fromBody).toBe(true);
    expect(ex.detail).toEqual({ code: '404.3', source: 'body' });
    expect(ex.reason).toContain('404.3');
    expect(ex.headersFrom).toBe('devtools');
    expect(ex.identifying.has('server')).toBe(true);
    expect(ex.identifying.has('content-type')).toBe(false);
    expect(ex.vendors.map((v) => v.id)).toContain('iis');
  });

  it('uses the headers a hop kept when DevTools has no record', () => {
    const h = hop(`${ORIGIN}/a`, 301, T0, {
      headers: [
        { name: 'Server', value: 'nginx/1.24.0' },
        { name: 'Location', value: '/b' },
      ],
    });
    const ex = explainRow({ id: 'h0', loadId: '7-1', kind: 'hop', seq: 0, record: h });
    expect(ex.headersFrom).toBe('capture');
    expect(ex.identifying.has('server')).toBe(true);
    expect(ex.entry?.phrase).toBe('Moved Permanently');
  });

  it('says there are no headers for a sub-resource DevTools did not see, and still picks the vendor’s meaning', () => {
    const ex = explainRow(row({ statusCode: 520, vendors: [{ id: 'cloudflare', name: 'Cloudflare' }] }));
    expect(ex.headersFrom).toBe('none');
    expect(ex.headers).toEqual([]);
    expect(ex.entry?.origin.id).toBe('cloudflare');
    expect(ex.reason).toContain('Cloudflare');
  });

  it('explains a failure from the registry’s browser errors', () => {
    const ex = explainRow(row({ error: 'net::ERR_NAME_NOT_RESOLVED' }));
    expect(ex.entry?.code).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(ex.reason).toBeUndefined();
  });
});

describe('statusLineOf', () => {
  it('builds a status line from DevTools’ fields when the capture has none', () => {
    expect(statusLineOf(row({ statusCode: 404 }, { har: har(`${ORIGIN}/x`, 404, T0, { httpVersion: 'HTTP/1.1', statusText: 'Not Found' }) }))).toBe(
      'HTTP/1.1 404 Not Found',
    );
    expect(statusLineOf(row({ statusCode: 404, statusLine: 'HTTP/1.1 404 Gone Fishing' }))).toBe('HTTP/1.1 404 Gone Fishing');
    expect(statusLineOf(row({ error: 'x' }))).toBeUndefined();
    // Without DevTools' version none is guessed.
    expect(statusLineOf(row({ statusCode: 404 }, { har: har(`${ORIGIN}/x`, 404, T0, { httpVersion: undefined, statusText: 'Not Found' }) }))).toBe(
      '404 Not Found',
    );
  });
});

describe('Memo', () => {
  it('computes each key once and stays bounded', () => {
    const memo = new Memo<number>(3);
    let calls = 0;
    const get = (k: string): number => memo.get(k, () => ++calls);
    expect([get('a'), get('a'), get('b')]).toEqual([1, 1, 2]);
    get('c');
    get('d'); // over the limit: forgets everything, then remembers d
    expect(memo.size).toBe(1);
    expect(get('a')).toBe(5);
  });

  it('makes words for a thousand rows of one kind cost one lookup', () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row({ statusCode: 200, statusLine: 'HTTP/1.1 200 OK', vendors: [{ id: 'cloudflare', name: 'Cloudflare' }] }, { id: `s${i}` }),
    );
    const started = performance.now();
    for (const r of rows) wordsFor(r, ENGLISH);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
