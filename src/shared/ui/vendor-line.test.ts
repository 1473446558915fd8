import { describe, expect, it } from 'vitest';
import { vendorLine } from './vendor-line';

const h = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));

describe('vendorLine', () => {
  it('puts the origin server behind the CDN, with the headers that prove each', () => {
    const line = vendorLine(h({ server: 'nginx/1.24.0', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' }));
    expect(line.text).toBe('nginx 1.24.0 behind Cloudflare');
    expect(line.layers.map((l) => l.proof)).toEqual(['cf-ray: 8f3b2c1d4e5f6a7b-FRA', 'server: nginx/1.24.0']);
  });

  it('names a CDN that answered by itself', () => {
    expect(vendorLine(h({ server: 'cloudflare', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' })).text).toBe('Cloudflare');
  });

  it('adds the framework to the server', () => {
    expect(vendorLine(h({ server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET' })).text).toBe('Microsoft IIS 10.0 with ASP.NET');
  });

  it('lists several edges from the inside out', () => {
    const line = vendorLine(h({ server: 'nginx', via: '1.1 varnish (Varnish/7.1)', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA' }));
    expect(line.text).toBe('nginx behind Varnish 7.1 behind Cloudflare');
  });

  it('falls back to the stored vendors, and says nothing when nobody is known', () => {
    expect(vendorLine(undefined, [{ id: 'iis', name: 'Microsoft IIS' }]).text).toBe('Microsoft IIS');
    expect(vendorLine(h({ 'content-type': 'text/html' })).text).toBe('');
    expect(vendorLine(undefined).layers).toEqual([]);
  });
});
