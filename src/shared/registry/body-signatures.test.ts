import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, scanBody } from './body-signatures';
import * as pages from './fixtures/error-pages';

const one = (body: string, status: number) => {
  const findings = scanBody(body, status);
  return findings[0];
};

describe('scanBody: pages that reveal a code', () => {
  it('IIS detailed error page → 404.3', () => {
    expect(one(pages.IIS_404_3, 404)).toMatchObject({ vendor: 'iis', code: '404.3', excerpt: 'HTTP Error 404.3 - Not Found' });
  });

  it('ASP.NET Core Module page → 500.30', () => {
    expect(one(pages.ANCM_500_30, 500)).toMatchObject({ vendor: 'iis', code: '500.30' });
  });

  it('Cloudflare 1020 page, HTML and plain text', () => {
    expect(one(pages.CLOUDFLARE_1020, 403)).toMatchObject({ vendor: 'cloudflare', code: '1020' });
    expect(one(pages.CLOUDFLARE_1020_PLAIN, 403)).toMatchObject({ vendor: 'cloudflare', code: '1020' });
    expect(one('<h1>Error 1015</h1><p>You are being rate limited</p><p>Cloudflare Ray ID: 1</p>', 429)).toMatchObject({ code: '1015' });
  });

  it('Cloudflare 5xx page → its code', () => {
    expect(one(pages.CLOUDFLARE_522, 522)).toMatchObject({ vendor: 'cloudflare', code: '522' });
  });

  it.each([
    [pages.NGINX_494, '494', 'Request Header Or Cookie Too Large'],
    [pages.NGINX_495, '495', 'The SSL certificate error'],
    [pages.NGINX_496, '496', 'No required SSL certificate was sent'],
    [pages.NGINX_497, '497', 'The plain HTTP request was sent to HTTPS port'],
  ])('nginx 400 page → %#: %s', (body, code, text) => {
    const f = one(body, 400);
    expect(f).toMatchObject({ vendor: 'nginx', code, excerpt: text, version: '1.25.3' });
  });

  it('ArcGIS JSON errors, even with HTTP 200', () => {
    expect(one(pages.ARCGIS_499, 200)).toMatchObject({ vendor: 'esri', code: '499' });
    expect(one(pages.ARCGIS_498, 200)).toMatchObject({ vendor: 'esri', code: '498' });
  });

  it('cPanel 508 page', () => {
    expect(one(pages.CPANEL_508, 508)).toMatchObject({ vendor: 'cpanel', code: '508' });
  });
});

describe('scanBody: pages that name a vendor only', () => {
  it('CloudFront, with its own explanation', () => {
    const f = one(pages.CLOUDFRONT_403, 403);
    expect(f?.vendor).toBe('cloudfront');
    expect(f?.code).toBeUndefined();
    expect(f?.excerpt).toBe('Request blocked.');
    expect(f?.note).toContain('CloudFront');
  });

  it('Varnish Guru Meditation', () => {
    const f = one(pages.VARNISH_503, 503);
    expect(f?.vendor).toBe('varnish');
    expect(f?.excerpt).toBe('Backend fetch failed, XID 32770');
  });

  it('Akamai Access Denied with an entity-encoded reference', () => {
    const f = one(pages.AKAMAI_403, 403);
    expect(f?.vendor).toBe('akamai');
    expect(f?.excerpt).toBe('Access Denied, Reference #18.2f3c1402.1700000000.1a2b3c4d');
    expect(one('<H1>Access Denied</H1> Reference #18.2f3c1402.1700000000.1a2b3c4d', 403)?.vendor).toBe('akamai');
  });

  it('HTTP.sys, nginx, Apache, Squid, Envoy, HAProxy defaults', () => {
    expect(one(pages.HTTP_SYS_400, 400)).toMatchObject({ vendor: 'http-sys', excerpt: 'HTTP Error 400. The request hostname is invalid.' });
    expect(one(pages.NGINX_502, 502)).toMatchObject({ vendor: 'nginx', version: '1.18.0' });
    expect(one(pages.APACHE_404, 404)).toMatchObject({ vendor: 'apache', version: '2.4.57' });
    expect(one(pages.SQUID_403, 403)).toMatchObject({ vendor: 'squid', version: '5.7' });
    expect(one(pages.SQUID_403, 403)?.excerpt).toContain('ERR_ACCESS_DENIED');
    expect(one(pages.ENVOY_503, 503)?.vendor).toBe('envoy');
    expect(one('no healthy upstream', 503)?.vendor).toBe('envoy');
    expect(one(pages.HAPROXY_503, 503)?.vendor).toBe('haproxy');
  });
});

describe('scanBody: what it must not do', () => {
  it('ignores error pages quoted in an ordinary 200 page', () => {
    expect(scanBody(pages.BLOG_ABOUT_ERRORS, 200)).toEqual([]);
  });

  it('ignores an IIS page whose status does not match the wire status', () => {
    expect(scanBody(pages.IIS_404_3, 500).find((f) => f.code === '404.3')).toBeUndefined();
  });

  it('ignores nginx 400 texts on other statuses', () => {
    expect(scanBody(pages.NGINX_494, 500).find((f) => f.code === '494')).toBeUndefined();
  });

  it('reads only the first 64 KB', () => {
    const padded = 'x'.repeat(BODY_LIMIT) + pages.CLOUDFLARE_1020;
    expect(scanBody(padded, 403)).toEqual([]);
    expect(scanBody('x'.repeat(BODY_LIMIT - 2000) + pages.IIS_404_3.slice(0, 1000), 404)[0]?.code).toBe('404.3');
  });

  it('non-strings and empty bodies', () => {
    for (const body of [undefined, null, 42, {}, [], '']) expect(scanBody(body, 404)).toEqual([]);
  });

  it('stays fast on hostile bodies (no catastrophic backtracking)', () => {
    const hostile = [
      'HTTP Error 404.'.repeat(100_000),
      'HTTP Error 404.3 - '.repeat(50_000),
      '<address>Apache '.repeat(50_000),
      ' by x'.repeat(200_000) + '(squid',
      'Reference #18.'.repeat(60_000) + 'access denied',
      '<HR noshade size="1px">' + ' '.repeat(100_000),
      'class="cf-error-code"' + ' '.repeat(100_000),
      '{"error":{"code":499,' + ' '.repeat(100_000),
      'cloudflare ' + 'Error 1'.repeat(100_000),
      'guru meditation ' + '<h1>Error 503 '.repeat(50_000),
      '\u0000\u202e'.repeat(300_000),
    ];
    const start = performance.now();
    for (const body of hostile) for (const status of [400, 403, 404, 500, 503, Number.NaN]) scanBody(body, status);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
