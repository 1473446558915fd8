import { describe, expect, it } from 'vitest';
import { explain, type ExplainInput } from './index';
import * as pages from './fixtures/error-pages';
import { chooseMeaning } from './choose-meaning';
import { FULL_SOURCE } from './lookup';
import { REASON_SENTENCES } from './reason-sentences';
// SIP's codes come with the lookup box's search module (see entries.ts); these tests ask about SIP too.
import './search';

type Pairs = readonly (readonly [string, string])[];
const hdrs = (pairs: Pairs) => pairs.map(([name, value]) => ({ name, value }));
const run = (statusCode: number, headers: Pairs = [], extra: Partial<ExplainInput> = {}) => explain({ statusCode, headers: hdrs(headers), ...extra });

const CLOUDFLARE: Pairs = [
  ['Server', 'cloudflare'],
  ['CF-RAY', '8a1b2c3d4e5f6a7b-FRA'],
];
const NGINX: Pairs = [['Server', 'nginx/1.25.3']];
const IIS: Pairs = [
  ['Server', 'Microsoft-IIS/10.0'],
  ['X-Powered-By', 'ASP.NET'],
];
const EXCHANGE: Pairs = [
  ['X-OWA-Version', '15.2.1258.27'],
  ['X-FEServer', 'EXCH01'],
];
const PANTHEON: Pairs = [
  ['x-pantheon-styx-hostname', 'styx-fe1-a-123'],
  ['x-styx-req-id', 'a1b2'],
];
const ARCGIS: Pairs = [
  ['Vary', 'Origin, X-Esri-Authorization'],
  ['Content-Type', 'application/json; charset=UTF-8'],
];
const SHOPIFY: Pairs = [
  ['x-shopid', '12345678'],
  ['x-shopify-stage', 'production'],
];
const TWITTER: Pairs = [
  ['server', 'tsa_b'],
  ['x-twitter-response-tags', 'BouncerCompliant'],
];
const SPRING: Pairs = [['X-Application-Context', 'application:8080']];

describe('explain: the vendor in front decides an ambiguous code', () => {
  it("520 behind Cloudflare is Cloudflare's", () => {
    const x = run(520, CLOUDFLARE);
    expect(x.entry.origin.id).toBe('cloudflare');
    expect(x.registered).toBe(true);
    expect(x.reason).toContain('Cloudflare answered');
    expect(x.reason).toMatch(/cf-ray|server: cloudflare/);
    expect(x.vendors.map((v) => v.id)).toEqual(['cloudflare']);
  });

  it("499: nginx's Client Closed Request behind nginx, Esri's Token Required behind ArcGIS", () => {
    expect(run(499, NGINX).entry.phrase).toBe('Client Closed Request');
    const esri = run(499, ARCGIS);
    expect(esri.entry.origin.id).toBe('esri');
    expect(esri.entry.phrase).toBe('Token Required');
    expect(esri.alternatives.map((e) => e.origin.id)).toContain('nginx');
    expect(run(499, NGINX, { body: pages.ARCGIS_499 }).entry.origin.id).toBe('esri');
  });

  it('451 behind IIS or Exchange is the Exchange/IIS Redirect; elsewhere the legal block', () => {
    expect(run(451, IIS).entry.phrase).toBe('Redirect');
    expect(run(451, EXCHANGE).entry.phrase).toBe('Redirect');
    const plain = run(451, NGINX);
    expect(plain.entry.origin.id).toBe('ietf');
    expect(plain.entry.phrase).toBe('Unavailable For Legal Reasons');
    expect(plain.reason).toContain('no header points');
    expect(plain.alternatives.map((e) => e.phrase)).toContain('Redirect');
  });

  it('530: Cloudflare and Pantheon differ; with both, the platform behind the CDN answered', () => {
    expect(run(530, CLOUDFLARE).entry.origin.id).toBe('cloudflare');
    expect(run(530, PANTHEON).entry.origin.id).toBe('pantheon');
    const both = run(530, [...CLOUDFLARE, ...PANTHEON]);
    expect(both.entry.origin.id).toBe('pantheon');
    expect(both.reason).toContain('Cloudflare is in the path too');
  });

  it('420: Twitter or Spring; without headers, an honest ambiguity', () => {
    expect(run(420, TWITTER).entry.origin.id).toBe('twitter');
    expect(run(420, SPRING).entry.origin.id).toBe('spring');
    const none = run(420);
    expect(none.registered).toBe(true);
    expect(none.reason).toContain('not a standard code');
    expect(none.reason).toMatch(/Twitter/);
    expect(none.reason).toMatch(/Spring/);
    expect(none.alternatives.length).toBe(1);
  });

  it('430 behind Shopify', () => {
    const x = run(430, SHOPIFY);
    expect(x.entry.origin.id).toBe('shopify');
    expect(x.reason).toContain('Shopify answered');
  });

  it("508: CloudLinux's limit behind LiteSpeed/Apache or with cPanel's page, else Loop Detected", () => {
    expect(run(508, [['Server', 'LiteSpeed']]).entry.origin.id).toBe('cloudlinux');
    expect(run(508, [['Server', 'Apache']]).entry.origin.id).toBe('cloudlinux');
    expect(run(508, [], { body: pages.CPANEL_508 }).entry.origin.id).toBe('cloudlinux');
    expect(run(508, NGINX).entry.phrase).toBe('Loop Detected');
    // AWS load balancers' own 507 (a redirect address too long) only where the load balancer answered.
    expect(run(507, [['Server', 'awselb/2.0']]).entry.origin.id).toBe('aws-elb');
    expect(run(507).entry.origin.id).toBe('ietf');
    expect(run(508).entry.phrase).toBe('Loop Detected');
  });

  it('reserved codes are called reserved', () => {
    const x = run(418);
    expect(x.registered).toBe(true);
    expect(x.reason).toContain('reserved by the standard');
    expect(x.reason).toContain("I'm a teapot");
  });

  it('a deprecated code is called deprecated', () => {
    const x = run(305);
    expect(x.entry.lifecycle).toBe('deprecated');
    expect(x.reason).toContain('deprecated');
  });

  it('a vendor without its own meaning leaves the standard one', () => {
    const x = run(404, CLOUDFLARE);
    expect(x.entry.origin.id).toBe('ietf');
    expect(x.reason).toBe("404 is the standard 'Not Found'.");
  });

  it('a single vendor meaning without that vendor in sight says so', () => {
    const x = run(520, NGINX);
    expect(x.entry.origin.id).toBe('cloudflare');
    expect(x.reason).toContain('no header shows Cloudflare');
  });

  it('a weak hint does not override a standard meaning', () => {
    // HTTP.sys alone is only a low-confidence IIS hint, so 451 stays the legal block.
    const x = run(451, [['Server', 'Microsoft-HTTPAPI/2.0']]);
    expect(x.vendors.map((v) => v.id)).toContain('http-sys');
  });
});

describe('explain: the body tells what the status line hides', () => {
  it('IIS 404.3 detailed error', () => {
    const x = run(404, IIS, { body: pages.IIS_404_3 });
    expect(x.entry.code).toBe('404.3');
    expect(x.detail).toEqual({ code: '404.3', source: 'body' });
    expect(x.reason).toContain('IIS error page');
    expect(x.alternatives.map((e) => e.code)).toContain('404');
    expect(x.vendors.find((v) => v.id === 'iis')?.evidence.map((e) => e.header)).toContain('body');
  });

  it("the status line's phrase is checked against the wire status, not the sub-status", () => {
    const x = run(404, IIS, { body: pages.IIS_404_3, statusLine: 'HTTP/1.1 404 Not Found' });
    expect(x.entry.code).toBe('404.3');
    expect(x.reason).not.toContain('non-standard');
    const odd = run(404, IIS, { body: pages.IIS_404_3, statusLine: 'HTTP/1.1 404 Nope' });
    expect(odd.reason).toContain("'Nope' is non-standard (the registered name is 'Not Found')");
  });

  it('ASP.NET Core Module 500.30', () => {
    const x = run(500, IIS, { body: pages.ANCM_500_30 });
    expect(x.entry.code).toBe('500.30');
    expect(x.entry.origin.id).toBe('aspnet-core-module');
  });

  it('Cloudflare 1020, HTML and plain', () => {
    for (const body of [pages.CLOUDFLARE_1020, pages.CLOUDFLARE_1020_PLAIN]) {
      const x = run(403, CLOUDFLARE, { body });
      expect(x.entry.code).toBe('1020');
      expect(x.entry.origin.id).toBe('cloudflare');
      expect(x.detail).toEqual({ code: '1020', source: 'body' });
      expect(x.reason).toContain('Cloudflare error page');
    }
  });

  it('Cloudflare page without Cloudflare headers still names Cloudflare', () => {
    const x = run(403, [], { body: pages.CLOUDFLARE_1020 });
    expect(x.entry.code).toBe('1020');
    expect(x.vendors.map((v) => v.id)).toEqual(['cloudflare']);
    expect(x.vendors[0]?.header).toBe('body');
  });

  it.each([
    [pages.NGINX_494, '494'],
    [pages.NGINX_495, '495'],
    [pages.NGINX_496, '496'],
    [pages.NGINX_497, '497'],
  ])("nginx's 400 page → %#", (body, code) => {
    const x = run(400, NGINX, { body });
    expect(x.entry.code).toBe(code);
    expect(x.entry.origin.id).toBe('nginx');
    expect(x.detail).toEqual({ code, source: 'body' });
  });

  it('ArcGIS JSON error inside an HTTP 200', () => {
    const x = run(200, ARCGIS, { body: pages.ARCGIS_498 });
    expect(x.entry.origin.id).toBe('esri');
    expect(x.entry.code).toBe('498');
    expect(x.detail).toEqual({ code: '498', source: 'body' });
    expect(x.reason).toContain('carried 200');
  });

  it('CloudFront error page: CloudFront named, and why', () => {
    const x = run(
      403,
      [
        ['Server', 'CloudFront'],
        ['X-Cache', 'Error from cloudfront'],
      ],
      { body: pages.CLOUDFRONT_403 },
    );
    expect(x.entry.code).toBe('403');
    expect(x.vendors.map((v) => v.id)).toEqual(['cloudfront']);
    expect(x.reason).toContain("CloudFront's own error page");
    expect(x.reason).toContain('Request blocked.');
    const bodyOnly = run(502, [], { body: pages.CLOUDFRONT_403.replace('403 ERROR', '502 ERROR') });
    expect(bodyOnly.vendors.map((v) => v.id)).toEqual(['cloudfront']);
  });

  it('Varnish Guru Meditation', () => {
    const x = run(503, [], { body: pages.VARNISH_503 });
    expect(x.entry.code).toBe('503');
    expect(x.vendors.map((v) => v.id)).toEqual(['varnish']);
    expect(x.reason).toContain('Guru Meditation');
    expect(x.reason).toContain('Backend fetch failed');
  });

  it('Akamai Access Denied', () => {
    const x = run(403, [['Server', 'AkamaiGHost']], { body: pages.AKAMAI_403 });
    expect(x.vendors.map((v) => v.id)).toEqual(['akamai']);
    expect(x.vendors[0]?.evidence.length).toBe(2);
    expect(x.reason).toContain('reference #18.2f3c1402.1700000000.1a2b3c4d');
  });

  it('a Cloudflare 1020 quoted in a 200 page changes nothing', () => {
    const x = run(200, NGINX, { body: pages.BLOG_ABOUT_ERRORS });
    expect(x.entry.code).toBe('200');
    expect(x.detail).toBeUndefined();
    expect(x.vendors.map((v) => v.id)).toEqual(['nginx']);
  });
});

describe('explain: the status line', () => {
  it('an old registered name is fine', () => {
    const x = run(413, [], { statusLine: 'HTTP/1.1 413 Request Entity Too Large' });
    expect(x.entry.code).toBe('413');
    expect(x.reason).not.toContain('non-standard');
  });

  it('a non-standard reason phrase is mentioned', () => {
    const x = run(200, [], { statusLine: 'HTTP/1.1 200 Totally Fine' });
    expect(x.entry.code).toBe('200');
    expect(x.reason).toContain("'Totally Fine' is non-standard");
  });

  it('HTTP/2 lines carry no phrase and need no note', () => {
    const x = run(200, [], { statusLine: 'HTTP/2 200' });
    expect(x.reason).toBe("200 is the standard 'OK'.");
    expect(run(404, [], { statusLine: 'HTTP/1.1 404' }).reason).not.toContain('phrase');
  });

  it("a vendor's phrase decides an ambiguous code", () => {
    expect(run(420, [], { statusLine: 'HTTP/1.1 420 Enhance Your Calm' }).entry.origin.id).toBe('twitter');
    expect(run(530, [], { statusLine: 'HTTP/1.1 530 Site Frozen' }).entry.origin.id).toBe('pantheon');
  });

  it("the standard phrase where headers picked a vendor's meaning is pointed out", () => {
    const x = run(451, IIS, { statusLine: 'HTTP/1.1 451 Unavailable For Legal Reasons' });
    expect(x.entry.phrase).toBe('Redirect');
    expect(x.reason).toContain('the server may mean that');
  });

  it('a status line fills in a missing status code', () => {
    const x = explain({ statusCode: Number.NaN, statusLine: 'HTTP/1.1 404 Not Found' });
    expect(x.entry.code).toBe('404');
    expect(x.detail).toEqual({ code: '404', source: 'status-line' });
  });

  it('a different number in the status line is noted, the reported status used', () => {
    const x = run(404, [], { statusLine: 'HTTP/1.1 200 OK' });
    expect(x.entry.code).toBe('404');
    expect(x.reason).toContain('status line says 200');
  });

  it('SIP status lines use the SIP namespace', () => {
    const x = run(486, [], { statusLine: 'SIP/2.0 486 Busy Here' });
    expect(x.entry.protocol).toBe('sip');
    expect(x.entry.phrase).toBe('Busy Here');
  });

  it('garbage status lines are ignored', () => {
    for (const statusLine of ['garbage', '', 'HTTP/1.1', 'HTTP/x 200 OK', '200 OK', '\u0000\u202e']) {
      expect(run(200, [], { statusLine }).entry.code).toBe('200');
    }
  });

  it('bidi and control characters from the phrase never reach the reason', () => {
    const x = run(200, [], { statusLine: 'HTTP/1.1 200 \u202eevil\u0007 phrase' });
    expect(x.reason).not.toMatch(/[\u202e\u0007]/);
    expect(x.reason).toContain('evil phrase');
  });
});

describe('explain: unregistered codes', () => {
  it('299 is an unregistered 2xx', () => {
    const x = run(299);
    expect(x.registered).toBe(false);
    expect(x.entry.class).toBe('success');
    expect(x.entry.phrase).toBe('Unregistered status 299');
    expect(x.entry.origin.id).toBe('unregistered');
    expect(x.entry.summary).toContain('2xx');
    expect(x.reason).toContain('not registered');
    expect(x.alternatives).toEqual([]);
  });

  it('an unregistered 5xx behind nginx', () => {
    const x = run(577, NGINX);
    expect(x.entry.class).toBe('server-error');
    expect(x.reason).toContain('not registered');
    expect(x.reason).toContain('nginx');
  });

  it('0, -1, 99, 1000, NaN, Infinity, 1.5 are not HTTP statuses', () => {
    for (const statusCode of [0, -1, 99, 1000, 600, Number.NaN, Number.POSITIVE_INFINITY, 1.5]) {
      const x = run(statusCode);
      expect(x.registered, String(statusCode)).toBe(false);
      expect(x.entry.class, String(statusCode)).toBe('unknown');
      expect(x.reason.length, String(statusCode)).toBeGreaterThan(10);
    }
    expect(run(0).entry.phrase).toBe('No status (0)');
    expect(run(1000).reason).toContain('not a valid status code');
    expect(run(Number.NaN).entry.phrase).toBe('Unreadable status');
  });

  it("1000 on the wire is not Cloudflare's error 1000 (which is sent as 403)", () => {
    expect(run(1000, CLOUDFLARE).registered).toBe(false);
  });

  it('a garbled status line alone', () => {
    const x = explain({ statusCode: Number.NaN, statusLine: 'HTTP/1.1 ??? Broken' });
    expect(x.registered).toBe(false);
  });

  it('the phrase of an unregistered code is quoted', () => {
    expect(run(299, [], { statusLine: 'HTTP/1.1 299 Custom Thing' }).reason).toContain("'Custom Thing'");
    // Chromium's lines reach here without their made-up version.
    expect(run(299, [], { statusLine: '299 Custom Thing' }).reason).toContain("'Custom Thing'");
    expect(run(200, [], { statusLine: '200' }).reason).toBe("200 is the standard 'OK'.");
  });
});

describe('the reason, written only for the pages that show it', () => {
  const cases: ExplainInput[] = [
    { statusCode: 404, headers: hdrs(NGINX) },
    { statusCode: 520, headers: hdrs(CLOUDFLARE) },
    { statusCode: 502, statusLine: 'HTTP/1.1 502 Bad Gateway', headers: hdrs([['Server', 'Varnish']]) },
    { statusCode: 420, statusLine: 'HTTP/1.1 420 Enhance Your Calm' },
    { statusCode: 404, statusLine: 'HTTP/1.1 404 Gone Fishing' },
    { statusCode: 799 },
    { statusCode: 306 },
    { statusCode: 404, headers: hdrs(IIS), body: pages.IIS_404_3 },
  ];
  it('leaves the choice as it is: without the sentences the same meaning is chosen and the reason is empty', () => {
    for (const input of cases) {
      const said = chooseMeaning(FULL_SOURCE, input, REASON_SENTENCES);
      const silent = chooseMeaning(FULL_SOURCE, input);
      expect(said.reason, String(input.statusCode)).not.toBe('');
      expect(silent.reason, String(input.statusCode)).toBe('');
      expect({ ...silent, reason: said.reason }, String(input.statusCode)).toEqual(said);
      expect(explain(input)).toEqual(said);
    }
  });
});
