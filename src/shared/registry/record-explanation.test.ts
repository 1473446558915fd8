import { describe, expect, it } from 'vitest';
import { CLOUDFLARE_1020 } from './fixtures/error-pages';
import { explainRecord } from './explain';
import { UNREGISTERED } from './record-explanation';
import { entryOf } from './lookup';

/** Vendors as the capture stores them when only their ids matter here. */
const vendors = (...ids: string[]) => ids.map((id) => ({ id, name: id }));
const phrase = (facts: Parameters<typeof explainRecord>[0]) => explainRecord(facts)?.phrase;

describe('explainRecord', () => {
  it('uses the meaning of the vendor that answered', () => {
    expect(phrase({ statusCode: 520, vendors: vendors('cloudflare') })).toBe('Web Server Returned an Unknown Error');
    expect(phrase({ statusCode: 499, vendors: vendors('nginx') })).toBe('Client Closed Request');
    // Outermost first: a CDN in front of nginx with no 499 of its own still finds nginx's.
    expect(phrase({ statusCode: 499, vendors: vendors('cloudflare', 'nginx') })).toBe('Client Closed Request');
  });

  it('uses the standard meaning when no vendor defines one', () => {
    expect(phrase({ statusCode: 301, vendors: vendors('nginx') })).toBe('Moved Permanently');
    expect(phrase({ statusCode: 200 })).toBe('OK');
    expect(explainRecord({ statusCode: 404, vendors: vendors('iis') })).toMatchObject({ code: '404', originId: 'ietf', phrase: 'Not Found' });
  });

  it("does not pass one vendor's code off as everyone's", () => {
    // 999 is LinkedIn's; nothing said LinkedIn answered: the server's own words, else a qualified meaning.
    expect(phrase({ statusCode: 999, statusLine: 'HTTP/1.1 999 Nope' })).toBe('Nope');
    expect(phrase({ statusCode: 999 })).toBe('Request Denied (LinkedIn code)');
    expect(phrase({ statusCode: 999, vendors: vendors('linkedin') })).toBe('Request Denied');
  });

  it('falls back to the status line, then to "Unregistered status"', () => {
    expect(phrase({ statusCode: 289, statusLine: 'HTTP/1.1 289 Made Up' })).toBe('Made Up');
    expect(phrase({ statusCode: 289, statusLine: 'HTTP/2 289' })).toBe(UNREGISTERED);
    expect(phrase({ statusCode: 289 })).toBe('Unregistered status');
    // Chromium's lines, kept without their made-up version.
    expect(phrase({ statusCode: 289, statusLine: '289 Made Up' })).toBe('Made Up');
    expect(phrase({ statusCode: 299, statusLine: '299' })).toBe('Unregistered status');
    // Nothing to find again for an unregistered status.
    expect(entryOf(explainRecord({ statusCode: 289 }))).toBeUndefined();
  });

  it('explains errors without a status, and never invents one', () => {
    expect(phrase({ error: 'net::ERR_NAME_NOT_RESOLVED' })).toBe('Name not resolved');
    expect(phrase({ error: 'NS_ERROR_UNKNOWN_HOST' })).toBe('Unknown host');
    expect(explainRecord({ error: 'something odd' })).toBeUndefined();
    expect(explainRecord({})).toBeUndefined();
  });

  it('weighs how sure the stored evidence is: a hint does not override a standard meaning', () => {
    // 508 is the standard 'Loop Detected', and cPanel's own 'Resource Limit Is Reached'.
    const hint = { id: 'cpanel', name: 'cPanel', role: 'platform' as const, confidence: 'low' as const };
    expect(phrase({ statusCode: 508, vendors: [hint] })).toBe('Loop Detected');
    expect(phrase({ statusCode: 508, vendors: [{ ...hint, confidence: 'high' }] })).toBe('Resource Limit Is Reached');
  });

  it('reads a finer code from an error page, and names the entry it chose so it can be found again', () => {
    const ex = explainRecord({ statusCode: 403, vendors: vendors('cloudflare'), body: CLOUDFLARE_1020 });
    expect(ex?.code).toBe('1020');
    expect(entryOf(ex)?.origin.id).toBe('cloudflare');
    expect(entryOf(explainRecord({ statusCode: 520, vendors: vendors('cloudflare') }))?.code).toBe('520');
  });
});
