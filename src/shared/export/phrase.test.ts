import { describe, expect, it } from 'vitest';
import { statusPhrase, UNREGISTERED } from './phrase';

describe('statusPhrase', () => {
  it('uses the meaning of the vendor that answered', () => {
    expect(statusPhrase({ statusCode: 520, vendorIds: ['cloudflare'] })).toBe('Web Server Returned an Unknown Error');
    expect(statusPhrase({ statusCode: 499, vendorIds: ['nginx'] })).toBe('Client Closed Request');
    // Outermost first: a CDN in front of nginx with no 499 of its own still finds nginx's.
    expect(statusPhrase({ statusCode: 499, vendorIds: ['cloudflare', 'nginx'] })).toBe('Client Closed Request');
  });

  it("prefers the stored explanation's origin", () => {
    expect(statusPhrase({ statusCode: 520, originId: 'cloudflare', vendorIds: [] })).toBe('Web Server Returned an Unknown Error');
    expect(statusPhrase({ statusCode: 404, originId: 'ietf', vendorIds: ['iis'] })).toBe('Not Found');
  });

  it('uses the standard meaning when no vendor defines one', () => {
    expect(statusPhrase({ statusCode: 301, vendorIds: ['nginx'] })).toBe('Moved Permanently');
    expect(statusPhrase({ statusCode: 200, vendorIds: [] })).toBe('OK');
  });

  it("does not pass one vendor's code off as everyone's", () => {
    // 999 is LinkedIn's; nothing said LinkedIn answered: the server's own words, else a qualified meaning.
    expect(statusPhrase({ statusCode: 999, statusLine: 'HTTP/1.1 999 Nope', vendorIds: [] })).toBe('Nope');
    expect(statusPhrase({ statusCode: 999, vendorIds: [] })).toBe('Request Denied (LinkedIn code)');
    expect(statusPhrase({ statusCode: 999, vendorIds: ['linkedin'] })).toBe('Request Denied');
  });

  it('falls back to the status line, then to "Unregistered status"', () => {
    expect(statusPhrase({ statusCode: 289, statusLine: 'HTTP/1.1 289 Made Up', vendorIds: [] })).toBe('Made Up');
    expect(statusPhrase({ statusCode: 289, statusLine: 'HTTP/2 289', vendorIds: [] })).toBe(UNREGISTERED);
    // Chromium's line, kept without its made-up version.
    expect(statusPhrase({ statusCode: 289, statusLine: '289 Made Up', vendorIds: [] })).toBe('Made Up');
    expect(statusPhrase({ statusCode: 289, vendorIds: [] })).toBe('Unregistered status');
  });

  it('explains errors without a status, and never invents one', () => {
    expect(statusPhrase({ error: 'net::ERR_NAME_NOT_RESOLVED', vendorIds: [] })).toBe('Name not resolved');
    expect(statusPhrase({ error: 'NS_ERROR_UNKNOWN_HOST', vendorIds: [] })).toBe('Unknown host');
    expect(statusPhrase({ error: 'something odd', vendorIds: [] })).toBe('something odd');
    expect(statusPhrase({ vendorIds: [] })).toBe('No response');
  });
});
