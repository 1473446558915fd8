import { describe, expect, it } from 'vitest';
import { vendorsFor } from '../capture/derived-info';
import { detectVendors } from '../fingerprints';
import { explainRecord } from '../registry/explain';
import { ENGLISH } from '../i18n/english-i18n';
import { vendorLine } from './vendor-line';

const h = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));
/** The vendors as the background stores them: detected on every header of the response. */
const stored = (pairs: Record<string, string>) => vendorsFor({ detectVendors }, h(pairs));

describe('vendorLine', () => {
  it('puts the origin server behind the CDN, with the headers that prove each', () => {
    const line = vendorLine(ENGLISH, stored({ server: 'nginx/1.24.0', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' }));
    expect(line.text).toBe('nginx 1.24.0 behind Cloudflare');
    expect(line.layers.map((l) => l.proof)).toEqual(['cf-ray: 8f3b2c1d4e5f6a7b-FRA', 'server: nginx/1.24.0']);
  });

  it('names a CDN that answered by itself', () => {
    expect(vendorLine(ENGLISH, stored({ server: 'cloudflare', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' })).text).toBe('Cloudflare');
  });

  it('adds the framework to the server', () => {
    expect(vendorLine(ENGLISH, stored({ server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET' })).text).toBe('Microsoft IIS 10.0 with ASP.NET');
  });

  it('lists several edges from the inside out', () => {
    const line = vendorLine(ENGLISH, stored({ server: 'nginx', via: '1.1 varnish (Varnish/7.1)', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' }));
    expect(line.text).toBe('nginx behind Varnish 7.1 behind Cloudflare');
  });

  it('names every vendor the background stored, including those known only from headers the capture does not keep', () => {
    const line = vendorLine(
      ENGLISH,
      stored({ server: 'nginx', 'x-envoy-upstream-service-time': '12', 'x-varnish': '123 456', 'x-shopify-stage': 'production' }),
    );
    expect(line.layers.map((l) => l.id).sort()).toEqual(['envoy', 'nginx', 'shopify', 'varnish']);
    expect(line.text).toBe('Shopify with nginx behind Varnish behind Envoy');
  });

  it('lists vendors stored without roles as they are, and says nothing when nobody is known', () => {
    expect(vendorLine(ENGLISH, [{ id: 'iis', name: 'Microsoft IIS' }]).text).toBe('Microsoft IIS');
    expect(vendorLine(ENGLISH, stored({ 'content-type': 'text/html' })).text).toBe('');
    expect(vendorLine(ENGLISH, undefined).layers).toEqual([]);
  });

  it('names the proxy that made the response itself as the one that answered, and the server behind it as not named', () => {
    const vendors = stored({ server: 'squid/5.7', 'x-squid-error': 'ERR_CONNECT_FAIL 111', via: '1.1 proxy (squid/5.7)' });
    const madeBy = explainRecord({ statusCode: 503, statusLine: '503 Service Unavailable', vendors })?.madeBy;
    const line = vendorLine(ENGLISH, vendors, true, madeBy);
    expect(line.text).toBe('Squid 5.7 (its own answer); server behind it: not named');
    expect(line.madeBy).toBe('Squid made this response itself: it could not connect to the server behind it.');
    expect(vendorLine(ENGLISH, vendors, false, madeBy).text).toBe('Squid (its own answer); server behind it: not named');
  });

  it('names the server behind the proxy when its relayed headers do, and what stands in front', () => {
    const relayed = stored({ 'x-squid-error': 'ERR_ACCESS_DENIED 0', server: 'Apache/2.4.57 (Debian)' });
    const denied = explainRecord({ statusCode: 403, vendors: relayed })?.madeBy;
    expect(vendorLine(ENGLISH, relayed, true, denied).text).toBe('Squid (its own answer); server behind it: Apache HTTP Server 2.4.57');
    const fronted = stored({ server: 'nginx', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' });
    const gateway = explainRecord({ statusCode: 502, vendors: [{ id: 'nginx', name: 'nginx', role: 'origin-server' }] })?.madeBy;
    expect(vendorLine(ENGLISH, fronted, true, gateway).text).toBe('nginx (probably its own answer) behind Cloudflare; server behind it: not named');
  });

  it('says nothing more when nobody made it', () => {
    expect(vendorLine(ENGLISH, stored({ server: 'nginx' }), true, undefined)).toEqual(vendorLine(ENGLISH, stored({ server: 'nginx' })));
  });
});
