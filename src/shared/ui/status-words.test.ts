import { describe, expect, it } from 'vitest';
import { lookup } from '../registry/lookup';
import { provideLookup } from './registry-source';
import { entryFor, reasonFromStatusLine, statusWords } from './status-words';

provideLookup(lookup);

describe('status words', () => {
  it('take the registry’s words, then the server’s reason phrase', () => {
    expect(statusWords(404)).toMatchObject({ phrase: 'Not Found' });
    expect(statusWords(299, 'HTTP/1.1 299 Totally Fine').phrase).toBe('Totally Fine');
    expect(statusWords(299, 'HTTP/2 299').phrase).toBe('Unregistered status');
    expect(reasonFromStatusLine('HTTP/1.1 404 Not Found')).toBe('Not Found');
    // Chromium's lines, kept without their made-up version.
    expect(reasonFromStatusLine('404 Not Found')).toBe('Not Found');
    expect(statusWords(299, '299').phrase).toBe('Unregistered status');
  });

  it('find the meaning for whoever answered', () => {
    expect(entryFor({ statusCode: 520, vendorIds: ['cloudflare'] })?.origin.id).toBe('cloudflare');
    expect(entryFor({ statusCode: 499, vendorIds: ['esri'] })?.phrase).toBe('Token Required');
    expect(entryFor({ statusCode: 499, vendorIds: ['nginx'] })?.phrase).toBe('Client Closed Request');
    // A vendor with no meaning of its own for the code gets the standard one.
    expect(entryFor({ statusCode: 404, vendorIds: ['cloudflare'] })?.origin.id).toBe('ietf');
    expect(entryFor({ code: '404', originId: 'ietf' })?.phrase).toBe('Not Found');
  });

  it('explain requests that failed without a status', () => {
    expect(entryFor({ error: 'net::ERR_NAME_NOT_RESOLVED' })?.protocol).toBe('net');
    expect(entryFor({ error: 'net::ERR_NOT_A_REAL_ERROR' })).toBeUndefined();
    expect(entryFor({})).toBeUndefined();
  });
});
