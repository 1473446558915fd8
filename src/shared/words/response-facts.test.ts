import { describe, expect, it } from 'vitest';
import type { VendorRef } from '../capture/capture-state';
import { factDuration, httpVersionOf, RESPONSE_FACTS, responseFact, responseFactsLine, vendorNames } from './response-facts';
import { ENGLISH } from '../i18n/english-i18n';

const cloudflareNginx: VendorRef[] = [
  { id: 'cloudflare', name: 'Cloudflare', role: 'cdn', confidence: 'high', headers: ['server'] },
  { id: 'nginx', name: 'nginx', role: 'origin-server', confidence: 'medium', headers: ['x-origin-server'] },
];

describe('response facts', () => {
  it('says the known facts in one line, in the table order, and leaves out what is not known', () => {
    const record = { vendors: [...cloudflareNginx], ip: '104.16.132.229', method: 'POST', fromCache: true, timing: { start: 1000, end: 1120 } };
    expect(responseFactsLine({ record }, ENGLISH)).toBe('Server/CDN Cloudflare, nginx · IP 104.16.132.229 · method POST · from cache · 120 ms');
    expect(responseFactsLine({ record: { ...record, statusCode: 200, statusLine: 'HTTP/2 200' } }, ENGLISH)).toMatch(/ · 120 ms · HTTP\/2$/);
    expect(responseFactsLine({ record: { method: 'GET', timing: {} } }, ENGLISH)).toBe('');
  });

  it('leaves out the facts a view shows elsewhere', () => {
    const record = { vendors: [...cloudflareNginx], ip: '10.0.0.1', timing: { duration: 44.6 } };
    expect(responseFactsLine({ record }, ENGLISH, ['server'])).toBe('IP 10.0.0.1 · 45 ms');
  });

  it("names a proxy's address as such", () => {
    expect(responseFact('ip').value({ record: { ip: '192.0.2.7', viaProxy: true } }, ENGLISH)).toBe('192.0.2.7 (proxy)');
  });

  it("completes the capture's record with DevTools' and prefers the capture's", () => {
    const devtools = { serverIp: '127.0.0.1', duration: 31.2 };
    expect(responseFact('ip').value({ record: {}, devtools }, ENGLISH)).toBe('127.0.0.1');
    expect(responseFact('ip').value({ record: { ip: '::1' }, devtools }, ENGLISH)).toBe('::1');
    expect(factDuration({ record: { timing: {} }, devtools })).toBe(31.2);
    expect(factDuration({ record: { timing: { start: 10, end: 15 } }, devtools })).toBe(5);
    expect(responseFact('time').value({ devtools }, ENGLISH)).toBe('31');
  });

  it('says the HTTP version the browser reported: the status line, else DevTools; "not reported" for a response with neither', () => {
    const version = responseFact('version');
    expect(httpVersionOf({ record: { statusLine: 'HTTP/2.0 200 OK' } })).toBe('HTTP/2');
    expect(httpVersionOf({ record: { statusLine: 'HTTP/1.1 301 Moved Permanently' }, devtools: { httpVersion: 'HTTP/2' } })).toBe('HTTP/1.1');
    // Chromium: the capture dropped the status line's made-up version; DevTools' log knows.
    expect(httpVersionOf({ record: { statusLine: '200' }, devtools: { httpVersion: 'HTTP/3' } })).toBe('HTTP/3');
    expect(version.value({ record: { statusCode: 200, statusLine: '200' } }, ENGLISH)).toBe('not reported');
    expect(responseFactsLine({ record: { statusCode: 200, statusLine: '200', ip: '::1' } }, ENGLISH)).toBe('IP ::1 · HTTP version not reported');
    // A request that got no response has no version to report.
    expect(version.value({ record: { timing: { start: 1, end: 9 } } }, ENGLISH)).toBeUndefined();
  });

  it('gives every fact a heading, a label, and unique keys', () => {
    const keys = RESPONSE_FACTS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of RESPONSE_FACTS) expect(f.heading.length * f.label.length).toBeGreaterThan(0);
  });

  it('names vendors by name, else by id', () => {
    expect(vendorNames([{ id: 'x-cdn', name: '', role: 'cdn', confidence: 'low', headers: [] }, ...cloudflareNginx])).toBe('x-cdn, Cloudflare, nginx');
    expect(vendorNames(undefined)).toBe('');
  });
});
