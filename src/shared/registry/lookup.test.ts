import { describe, expect, it } from 'vitest';
import { classLabel, classOf, lookup, lookupAll } from './index';
import { unregisteredEntry } from './unregistered';
// SIP's codes come with the lookup box's search module (see entries.ts); these tests ask about SIP too.
import './search';

describe('lookup: the examples', () => {
  it('404 is the standard Not Found, by number or string', () => {
    const e = lookup(404);
    expect(e?.code).toBe('404');
    expect(e?.origin.id).toBe('ietf');
    expect(e?.phrase).toBe('Not Found');
    expect(lookup('404')).toBe(e);
    expect(lookup(' 404 ')).toBe(e);
  });

  it("'404.3' with and without the IIS vendor", () => {
    const e = lookup('404.3', { vendor: 'iis' });
    expect(e?.code).toBe('404.3');
    expect(e?.status).toBe(404);
    expect(e?.origin.id).toBe('iis');
    expect(lookup('404.3')).toBe(e);
  });

  it("ANCM '500.30' belongs to the ASP.NET Core Module, also when asked as IIS", () => {
    const e = lookup('500.30');
    expect(e?.origin.id).toBe('aspnet-core-module');
    expect(lookup('500.30', { vendor: 'iis' })).toBe(e);
  });

  it('Cloudflare 1020 by number and string, carried as 403', () => {
    const e = lookup(1020, { vendor: 'cloudflare' });
    expect(e?.code).toBe('1020');
    expect(e?.status).toBe(403);
    expect(e?.origin.id).toBe('cloudflare');
    expect(lookup('1020')).toBe(e);
  });

  it('SIP 486 only in the SIP namespace', () => {
    const e = lookup(486, { protocol: 'sip' });
    expect(e?.protocol).toBe('sip');
    expect(e?.phrase).toBe('Busy Here');
    expect(lookup(486)).toBeUndefined();
    expect(lookup('sip 486')).toBe(e);
    expect(lookup('SIP/2.0 486 Busy Here')).toBe(e);
  });

  it('the same number in HTTP and SIP are different entries', () => {
    expect(lookup(420)?.protocol).toBe('http');
    expect(lookup(420, { protocol: 'sip' })?.phrase).toBe('Bad Extension');
  });

  it('net errors in every spelling', () => {
    const e = lookup('net::ERR_NAME_NOT_RESOLVED');
    expect(e?.protocol).toBe('net');
    expect(e?.code).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(lookup('ERR_NAME_NOT_RESOLVED')).toBe(e);
    expect(lookup('err_name_not_resolved')).toBe(e);
    expect(lookup('ERR_NAME_NOT_RESOLVED', { protocol: 'sip' })).toBe(e);
  });

  it('Firefox NS_ERROR codes', () => {
    const e = lookup('NS_ERROR_UNKNOWN_HOST');
    expect(e?.protocol).toBe('net');
    expect(e?.origin.id).toBe('firefox');
  });

  it('HTTP/1.1 status-line input reads the code', () => {
    expect(lookup('HTTP/1.1 404 Not Found')?.code).toBe('404');
  });
});

describe('lookup: which meaning wins', () => {
  it('without a vendor the standard meaning wins', () => {
    expect(lookup(451)?.origin.id).toBe('ietf');
    expect(lookup(451)?.phrase).toBe('Unavailable For Legal Reasons');
    expect(lookup(508)?.phrase).toBe('Loop Detected');
  });

  it("with a vendor, the vendor's (or its family's) meaning", () => {
    expect(lookup(451, { vendor: 'exchange' })?.phrase).toBe('Redirect');
    expect(lookup(451, { vendor: 'iis' })?.phrase).toBe('Redirect');
    expect(lookup(508, { vendor: 'cpanel' })?.origin.id).toBe('cloudlinux');
    expect(lookup(509, { vendor: 'apache' })?.origin.id).toBe('cpanel');
    expect(lookup(530, { vendor: 'pantheon' })?.origin.id).toBe('pantheon');
    expect(lookup(530, { vendor: 'cloudflare' })?.origin.id).toBe('cloudflare');
    expect(lookup(499, { vendor: 'esri' })?.phrase).toBe('Token Required');
    expect(lookup(499, { vendor: 'nginx' })?.phrase).toBe('Client Closed Request');
    expect(lookup(499, { vendor: 'openresty' })?.origin.id).toBe('nginx');
    expect(lookup(420, { vendor: 'twitter' })?.origin.id).toBe('twitter');
    expect(lookup(420, { vendor: 'spring' })?.origin.id).toBe('spring');
    expect(lookup(430, { vendor: 'shopify' })?.origin.id).toBe('shopify');
  });

  it('vendor ids are matched case-insensitively', () => {
    expect(lookup(451, { vendor: 'Exchange' })?.phrase).toBe('Redirect');
  });

  it('a vendor with no meaning for the code falls back to the standard one', () => {
    expect(lookup(404, { vendor: 'cloudflare' })?.origin.id).toBe('ietf');
    expect(lookup(451, { vendor: 'nginx' })?.origin.id).toBe('ietf');
    expect(lookup(404, { vendor: 'no-such-vendor' })?.origin.id).toBe('ietf');
  });

  it('with no standard meaning, a vendor meaning', () => {
    expect(lookup(520)?.origin.id).toBe('cloudflare');
    expect(lookup(444)?.origin.id).toBe('nginx');
    expect(lookup(999)?.origin.id).toBe('linkedin');
    expect(lookup('000')?.origin.id).toBe('aws-elb');
  });

  it('never a historic meaning unless asked', () => {
    const historic = lookupAll(306).find((e) => e.lifecycle === 'historic');
    expect(historic).toBeDefined();
    expect(lookup(306)?.lifecycle).not.toBe('historic');
    expect(lookupAll(306, { includeHistoric: false }).some((e) => e.lifecycle === 'historic')).toBe(false);
  });

  it('unknown codes are undefined', () => {
    for (const code of [299, -1, 1e9, Number.NaN, Number.POSITIVE_INFINITY, '', '   ', 'garbage', 'ERR_NO_SUCH_THING', 'sip 999']) {
      expect(lookup(code), String(code)).toBeUndefined();
    }
  });

  it('0 is what scripts see without a status, an entry of the Fetch Standard; captured, it is still no status', () => {
    expect(lookup(0)?.origin.id).toBe('whatwg-fetch');
    expect(lookup('0')?.summary).toMatch(/not an HTTP status/);
    const captured = unregisteredEntry(0);
    expect(captured.origin.id).toBe('unregistered');
    // One set of words for both.
    expect(captured.explanation).toBe(lookup(0)?.explanation);
  });

  it('a Chromium error number or a Firefox NSS number finds its error, as a string', () => {
    expect(lookup('-105')?.code).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(lookup('-8179')?.code).toBe('SEC_ERROR_UNKNOWN_ISSUER');
    expect(lookup('-5938')?.code).toBe('PR_END_OF_FILE_ERROR');
    expect(lookup(-105)).toBeUndefined();
  });
});

describe('lookupAll', () => {
  it('standard first, then vendors, then historic', () => {
    const all = lookupAll(451);
    expect(all[0]?.origin.id).toBe('ietf');
    expect(all.map((e) => e.phrase)).toContain('Redirect');
    const withHistoric = lookupAll(302);
    expect(withHistoric[0]?.origin.id).toBe('ietf');
    if (withHistoric.length > 1) expect(withHistoric[withHistoric.length - 1]?.lifecycle).toBe('historic');
  });

  it('every meaning of an ambiguous code', () => {
    expect(
      lookupAll(530)
        .map((e) => e.origin.id)
        .sort(),
    ).toEqual(['cloudflare', 'pantheon']);
    expect(
      lookupAll(499)
        .map((e) => e.origin.id)
        .sort(),
    ).toEqual(['esri', 'nginx']);
    expect(
      lookupAll(420)
        .map((e) => e.origin.id)
        .sort(),
    ).toEqual(['spring', 'twitter']);
    expect(lookupAll(508).map((e) => e.origin.id)).toEqual(['ietf', 'cloudlinux']);
    // Google's upload APIs still answer 308 Resume Incomplete: a vendor meaning, not a historic one.
    expect(lookupAll(308, { includeHistoric: false }).map((e) => e.origin.id)).toEqual(['ietf', 'google']);
    expect(lookup(308, { vendor: 'google' })?.phrase).toBe('Resume Incomplete');
  });

  it('returns a fresh array', () => {
    const a = lookupAll(404);
    a.length = 0;
    expect(lookupAll(404).length).toBeGreaterThan(0);
  });

  it('empty for unknown codes', () => {
    expect(lookupAll(299)).toEqual([]);
    expect(lookupAll('')).toEqual([]);
  });
});

describe('classOf and classLabel', () => {
  it.each([
    [100, 'informational'],
    [204, 'success'],
    [308, 'redirection'],
    [451, 'client-error'],
    [599, 'server-error'],
    [600, 'unknown'],
    [99, 'unknown'],
    [0, 'unknown'],
    [-1, 'unknown'],
    [200.5, 'unknown'],
    [Number.NaN, 'unknown'],
  ] as const)('%s → %s', (status, cls) => {
    expect(classOf(status)).toBe(cls);
  });

  it('SIP has 6xx, net errors have no status', () => {
    expect(classOf(603, 'sip')).toBe('global-failure');
    expect(classOf(0, 'net')).toBe('no-response');
  });

  it('labels', () => {
    expect(classLabel('client-error')).toBe('Client error');
    expect(classLabel('no-response')).toBe('No response');
  });
});
