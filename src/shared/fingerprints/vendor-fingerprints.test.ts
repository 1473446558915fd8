import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_RULES, VENDORS, detectVendors, type HeaderLike, type VendorMatch } from './index';

type Pairs = readonly (readonly [string, string])[];
const h = (pairs: Pairs): HeaderLike[] => pairs.map(([name, value]) => ({ name, value }));
const ids = (pairs: Pairs): string[] => detectVendors(h(pairs)).map((m) => m.id);
const find = (pairs: Pairs, id: string): VendorMatch | undefined => detectVendors(h(pairs)).find((m) => m.id === id);

/** A realistic header set per vendor, and the id it must produce. */
const REALISTIC: readonly { id: string; headers: Pairs; version?: string }[] = [
  {
    id: 'iis',
    version: '10.0',
    headers: [
      ['Server', 'Microsoft-IIS/10.0'],
      ['X-Powered-By', 'ASP.NET'],
      ['Content-Type', 'text/html'],
    ],
  },
  {
    id: 'http-sys',
    version: '2.0',
    headers: [
      ['Server', 'Microsoft-HTTPAPI/2.0'],
      ['Content-Type', 'text/html; charset=us-ascii'],
    ],
  },
  {
    id: 'aspnet',
    version: '4.0.30319',
    headers: [
      ['X-AspNet-Version', '4.0.30319'],
      ['X-AspNetMvc-Version', '5.2'],
      ['X-Powered-By', 'ASP.NET'],
    ],
  },
  {
    id: 'kestrel',
    headers: [
      ['server', 'Kestrel'],
      ['content-type', 'application/json; charset=utf-8'],
    ],
  },
  {
    id: 'nginx',
    version: '1.25.3',
    headers: [
      ['Server', 'nginx/1.25.3'],
      ['Content-Type', 'text/html'],
    ],
  },
  { id: 'openresty', version: '1.21.4.1', headers: [['Server', 'openresty/1.21.4.1']] },
  {
    id: 'apache',
    version: '2.4.57',
    headers: [
      ['Server', 'Apache/2.4.57 (Debian)'],
      ['Vary', 'Accept-Encoding'],
    ],
  },
  { id: 'tomcat', version: '1.1', headers: [['Server', 'Apache-Coyote/1.1']] },
  {
    id: 'litespeed',
    headers: [
      ['Server', 'LiteSpeed'],
      ['x-litespeed-cache', 'hit'],
      ['x-turbo-charged-by', 'LiteSpeed'],
    ],
  },
  {
    id: 'caddy',
    headers: [
      ['Server', 'Caddy'],
      ['Alt-Svc', 'h3=":443"; ma=2592000'],
    ],
  },
  {
    id: 'envoy',
    headers: [
      ['server', 'envoy'],
      ['x-envoy-upstream-service-time', '12'],
    ],
  },
  { id: 'haproxy', headers: [['Server', 'HAProxy']] },
  { id: 'traefik', headers: [['Server', 'Traefik']] },
  {
    id: 'squid',
    version: '5.7',
    headers: [
      ['Via', '1.1 proxy.example.net (squid/5.7)'],
      ['X-Cache', 'MISS from proxy.example.net'],
      ['X-Squid-Error', 'ERR_ACCESS_DENIED 0'],
    ],
  },
  {
    id: 'cloudflare',
    headers: [
      ['Server', 'cloudflare'],
      ['CF-RAY', '8a1b2c3d4e5f6a7b-FRA'],
      ['cf-cache-status', 'DYNAMIC'],
    ],
  },
  {
    id: 'cloudfront',
    headers: [
      ['Via', '1.1 0f5e1b7a2d3c4e5f6a7b8c9d0e1f2a3b.cloudfront.net (CloudFront)'],
      ['X-Amz-Cf-Id', 'kS9QwS7f0Jw2x9c4Yw3bV8mZ1uFhQe5t2r6y7u8i9o0p=='],
      ['X-Amz-Cf-Pop', 'FRA56-P1'],
      ['X-Cache', 'Miss from cloudfront'],
    ],
  },
  {
    id: 'aws-elb',
    version: '2.0',
    headers: [
      ['Server', 'awselb/2.0'],
      ['Content-Type', 'text/html'],
    ],
  },
  {
    id: 's3',
    headers: [
      ['Server', 'AmazonS3'],
      ['x-amz-request-id', 'TX1234567890ABCD'],
      ['x-amz-id-2', 'abc+def/ghi='],
    ],
  },
  {
    id: 'aws-api-gateway',
    headers: [
      ['x-amzn-RequestId', '6f1c2b1e-1234-4d7e-9a3b-1234567890ab'],
      ['x-amz-apigw-id', 'Abc1DEfGhIJKlm0='],
    ],
  },
  {
    id: 'akamai',
    headers: [
      ['Server', 'AkamaiGHost'],
      ['Akamai-GRN', '0.2f3c1402.1700000000.1a2b3c4d'],
      ['X-Akamai-Transformed', '9 - 0 pmb=mRUM,2'],
    ],
  },
  {
    id: 'fastly',
    headers: [
      ['X-Served-By', 'cache-iad-kiad7000066-IAD, cache-fra-eddf8230033-FRA'],
      ['X-Fastly-Request-ID', '3f1e0b0d9c7a'],
      ['X-Timer', 'S1700000000.123456,VS0,VE12'],
    ],
  },
  {
    id: 'varnish',
    version: '6.0',
    headers: [
      ['Via', '1.1 varnish (Varnish/6.0)'],
      ['X-Varnish', '32770 32771'],
    ],
  },
  {
    id: 'vercel',
    headers: [
      ['Server', 'Vercel'],
      ['x-vercel-id', 'fra1::iad1::abcde-1700000000000-0123456789ab'],
      ['x-vercel-cache', 'HIT'],
    ],
  },
  {
    id: 'netlify',
    headers: [
      ['Server', 'Netlify'],
      ['x-nf-request-id', '01HABCDEF0123456789'],
    ],
  },
  { id: 'google', headers: [['Server', 'gws']] },
  { id: 'google', headers: [['Server', 'ESF']] },
  { id: 'google', headers: [['Server', 'GSE']] },
  {
    id: 'google',
    headers: [
      ['Via', '1.1 google'],
      ['Alt-Svc', 'h3=":443"'],
    ],
  },
  {
    id: 'github-pages',
    headers: [
      ['Server', 'GitHub.com'],
      ['x-github-request-id', 'ABCD:1234:56789:ABCDEF:65000000'],
    ],
  },
  {
    id: 'azure-front-door',
    headers: [
      ['X-Azure-Ref', '20240101T000000Z-abcdefghijk'],
      ['X-Cache', 'TCP_MISS'],
    ],
  },
  { id: 'azure-front-door', headers: [['x-fd-healthprobe', '1']] },
  {
    id: 'pantheon',
    headers: [
      ['x-pantheon-styx-hostname', 'styx-fe1-a-123'],
      ['x-styx-req-id', 'abc-123'],
    ],
  },
  {
    id: 'shopify',
    headers: [
      ['x-shopid', '12345678'],
      ['x-shopify-stage', 'production'],
      ['powered-by', 'Shopify'],
    ],
  },
  {
    id: 'exchange',
    version: '15.2.1258.27',
    headers: [
      ['X-OWA-Version', '15.2.1258.27'],
      ['X-FEServer', 'EXCH01'],
      ['X-BEServer', 'EXCH02'],
    ],
  },
  {
    id: 'esri',
    headers: [
      ['Vary', 'Origin, X-Esri-Authorization'],
      ['Content-Type', 'application/json'],
    ],
  },
  {
    id: 'laravel',
    headers: [
      ['Set-Cookie', 'XSRF-TOKEN=eyJpdiI6; expires=Fri, 01 Mar 2024 12:00:00 GMT; path=/'],
      ['Set-Cookie', 'laravel_session=eyJpdiI6; path=/; httponly'],
    ],
  },
  { id: 'php', version: '8.2.12', headers: [['X-Powered-By', 'PHP/8.2.12']] },
  { id: 'express', headers: [['X-Powered-By', 'Express']] },
  { id: 'nextjs', headers: [['x-powered-by', 'Next.js']] },
  {
    id: 'linkedin',
    headers: [
      ['x-li-pop', 'afd-prod-lor1-x'],
      ['x-li-uuid', 'AAYAbc=='],
    ],
  },
  {
    id: 'twitter',
    headers: [
      ['server', 'tsa_b'],
      ['x-twitter-response-tags', 'BouncerCompliant'],
    ],
  },
  { id: 'spring', headers: [['X-Application-Context', 'application:8080']] },
  { id: 'lighttpd', version: '1.4.69', headers: [['Server', 'lighttpd/1.4.69']] },
  { id: 'h2o', version: '2.2.5', headers: [['Server', 'h2o/2.2.5']] },
  { id: 'jetty', version: '9.4.57.v20241219', headers: [['Server', 'Jetty(9.4.57.v20241219)']] },
  { id: 'gunicorn', headers: [['Server', 'gunicorn']] },
  { id: 'python-http-server', version: '3.11.2', headers: [['Server', 'SimpleHTTP/0.6 Python/3.11.2']] },
  { id: 'tinyproxy', version: '1.11.1', headers: [['Via', '1.1 vm (tinyproxy/1.11.1)']] },
  { id: 'trafficserver', version: '9.2.9', headers: [['Server', 'ATS/9.2.9']] },
  { id: 'trafficserver', version: '9.2.9', headers: [['Via', 'http/1.1 cache.example.net (ApacheTrafficServer/9.2.9 [uScMsSf pSeN:t cCMi p sS])']] },
  { id: 'cpanel', version: '11.110.0.15', headers: [['Server', 'cpsrvd/11.110.0.15']] },
];

describe('detectVendors: realistic header sets', () => {
  for (const { id, headers, version } of REALISTIC) {
    it(`${id} from ${headers.map(([n]) => n).join(', ')}`, () => {
      const match = find(headers, id);
      expect(match, JSON.stringify(detectVendors(h(headers)))).toBeDefined();
      expect(match?.name).toBe(VENDORS.get(id)?.name);
      if (version) expect(match?.version).toBe(version);
    });
  }

  it('covers every vendor in the table with at least one rule', () => {
    const ruled = new Set(FINGERPRINT_RULES.map((r) => r.vendor));
    for (const id of VENDORS.keys()) expect(ruled.has(id), id).toBe(true);
  });

  it('reports roles', () => {
    expect(find([['Server', 'cloudflare']], 'cloudflare')?.role).toBe('cdn');
    expect(find([['Server', 'awselb/2.0']], 'aws-elb')?.role).toBe('load-balancer');
    expect(find([['Server', 'nginx']], 'nginx')?.role).toBe('origin-server');
    expect(find([['x-shopid', '1']], 'shopify')?.role).toBe('platform');
    expect(find([['X-Powered-By', 'Express']], 'express')?.role).toBe('framework');
    expect(find([['X-Varnish', '1']], 'varnish')?.role).toBe('proxy');
  });
});

describe('detectVendors: vendor ids match the registry origins', () => {
  it('uses the ORIGINS ids for vendors that define codes', async () => {
    const { ORIGINS } = await import('../registry/origins');
    const originIds = new Set<string>(Object.values(ORIGINS).map((o) => o.id));
    for (const id of [
      'iis',
      'exchange',
      'nginx',
      'cloudflare',
      'aws-elb',
      'apache',
      'cpanel',
      'pantheon',
      'shopify',
      'linkedin',
      'spring',
      'twitter',
      'esri',
      'laravel',
    ]) {
      expect(VENDORS.has(id), id).toBe(true);
      expect(originIds.has(id), id).toBe(true);
    }
  });
});

describe('detectVendors: header names are case-insensitive', () => {
  it.each([['SERVER'], ['server'], ['Server'], ['sErVeR']])('%s: nginx', (name) => {
    expect(ids([[name, 'nginx/1.24.0']])).toEqual(['nginx']);
  });
  it('CF-Ray, cf-ray, CF-RAY', () => {
    for (const name of ['CF-Ray', 'cf-ray', 'CF-RAY']) expect(ids([[name, '8a1b2c3d4e5f6a7b-LHR']])).toEqual(['cloudflare']);
  });
  it('values are case-insensitive where servers vary (Microsoft-IIS, AKAMAIGHOST)', () => {
    expect(ids([['server', 'microsoft-iis/8.5']])).toEqual(['iis']);
    expect(ids([['server', 'AKAMAIGHOST']])).toEqual(['akamai']);
  });
  it('tolerates spaces around names and values', () => {
    expect(ids([['  Server ', '  nginx  ']])).toEqual(['nginx']);
  });
});

describe('detectVendors: values are anchored', () => {
  it.each([
    ['Server', 'not-nginx-really'],
    ['Server', 'xcloudflare'],
    ['Server', 'cloudflare-but-not'],
    ['Server', 'nginxish'],
    ['Server', 'my-apache/2.4'],
    ['Server', 'Apachee/2.4'],
    ['Server', 'fake Microsoft-IIS/10.0'],
    ['Server', 'AmazonS3-like'],
    ['Server', 'Vercelish'],
    ['Server', 'gwsx'],
    ['Via', '1.1 not-google'],
    ['Via', '1.1 example.com (NotCloudFront)'],
    ['Via', '1.1 evilcloudfront.net.example (CloudFront) extra'],
    ['X-Cache', 'Hit from cloudfront.example'],
    ['X-Served-By', 'precache-iad'],
    ['X-Powered-By', 'PHP-FPM is great'],
    ['X-Powered-By', 'NotExpress'],
    ['Set-Cookie', 'not_laravel_session=1'],
    ['powered-by', 'Shopify-ish'],
  ])('%s: %s matches nothing', (name, value) => {
    expect(ids([[name, value]])).toEqual([]);
  });

  it('Apache-Coyote is Tomcat, not Apache', () => {
    expect(ids([['Server', 'Apache-Coyote/1.1']])).toEqual(['tomcat']);
  });

  it("CloudFront's 'Miss from cloudfront' is not Squid's 'MISS from host'", () => {
    expect(ids([['X-Cache', 'Miss from cloudfront']])).toEqual(['cloudfront']);
    expect(ids([['X-Cache', 'MISS from proxy.local']])).toEqual(['squid']);
  });
});

describe('detectVendors: layered responses', () => {
  it('nginx behind Cloudflare: both, with roles, outermost first', () => {
    const matches = detectVendors(
      h([
        ['Server', 'cloudflare'],
        ['CF-RAY', '8a1b2c3d4e5f6a7b-AMS'],
        ['X-Powered-By', 'PHP/8.1.2'],
        ['Set-Cookie', 'laravel_session=abc; path=/'],
      ]),
    );
    expect(matches.map((m) => [m.id, m.role])).toEqual([
      ['cloudflare', 'cdn'],
      ['laravel', 'framework'],
      ['php', 'framework'],
    ]);
  });

  it('origin server behind Cloudflare when the origin Server header survives (Workers, passthrough)', () => {
    const matches = detectVendors(
      h([
        ['cf-ray', '8a1b2c3d4e5f6a7b-AMS'],
        ['cf-cache-status', 'MISS'],
        ['server', 'nginx/1.18.0 (Ubuntu)'],
      ]),
    );
    expect(matches.map((m) => `${m.id}:${m.role}`)).toEqual(['cloudflare:cdn', 'nginx:origin-server']);
    expect(matches[1]?.version).toBe('1.18.0');
  });

  it('a Via chain names every hop: Varnish then CloudFront', () => {
    const got = ids([['Via', '1.1 varnish, 1.1 abcdef.cloudfront.net (CloudFront)']]);
    expect(got).toEqual(['cloudfront', 'varnish']);
  });

  it('PHP on IIS: X-Powered-By list', () => {
    const got = ids([
      ['Server', 'Microsoft-IIS/10.0'],
      ['X-Powered-By', 'PHP/8.1.2, ASP.NET'],
    ]);
    expect(got.sort()).toEqual(['aspnet', 'iis', 'php']);
  });

  it('Shopify behind Cloudflare', () => {
    const got = detectVendors(
      h([
        ['server', 'cloudflare'],
        ['cf-ray', '8a1b2c3d4e5f6a7b-IAD'],
        ['x-shopid', '123'],
        ['x-sorting-hat-podid', '42'],
      ]),
    );
    expect(got.map((m) => m.id)).toEqual(['cloudflare', 'shopify']);
  });
});

describe('detectVendors: one match per vendor, strongest evidence first', () => {
  it('merges evidence', () => {
    const cf = find(
      [
        ['cf-cache-status', 'HIT'],
        ['Server', 'cloudflare'],
        ['CF-RAY', '8a1b2c3d4e5f6a7b-FRA'],
      ],
      'cloudflare',
    );
    expect(cf?.confidence).toBe('high');
    expect(cf?.evidence.map((e) => e.header).sort()).toEqual(['cf-cache-status', 'cf-ray', 'server']);
    expect(
      detectVendors(
        h([
          ['cf-ray', 'x'],
          ['cf-ray', 'y'],
        ]),
      ).length,
    ).toBe(1);
  });

  it('keeps the strongest evidence as the headline', () => {
    const iis = find(
      [
        ['X-Powered-By', 'ASP.NET'],
        ['Server', 'Microsoft-IIS/8.5'],
      ],
      'iis',
    );
    expect(iis?.header).toBe('server');
    expect(iis?.confidence).toBe('high');
    expect(iis?.version).toBe('8.5');
  });

  it('low confidence from weak hints alone', () => {
    expect(find([['X-Powered-By', 'ASP.NET']], 'iis')?.confidence).toBe('low');
    expect(find([['Server', 'Microsoft-HTTPAPI/2.0']], 'iis')?.confidence).toBe('low');
    expect(find([['cf-ray', 'garbage']], 'cloudflare')?.confidence).toBe('medium');
  });
});

describe('detectVendors: versions', () => {
  it.each([
    ['Microsoft-IIS/8.5', 'iis', '8.5'],
    ['nginx/1.18.0 (Ubuntu)', 'nginx', '1.18.0'],
    ['Apache/2.4.41 (Ubuntu) OpenSSL/1.1.1f', 'apache', '2.4.41'],
    ['squid/2.6.STABLE21', 'squid', '2.6.STABLE21'],
    ['awselb/2.0', 'aws-elb', '2.0'],
    ['Varnish/7.4', 'varnish', '7.4'],
  ])('Server: %s → %s %s', (value, id, version) => {
    expect(find([['Server', value]], id)?.version).toBe(version);
  });
  it('no version when none is sent', () => {
    expect(find([['Server', 'nginx']], 'nginx')?.version).toBeUndefined();
    expect(find([['Server', 'Apache']], 'apache')?.version).toBeUndefined();
  });
  it('PHP version from a Server product list', () => {
    expect(find([['Server', 'Apache/2.4.57 (Unix) PHP/8.2.12']], 'php')?.version).toBe('8.2.12');
  });
});

describe('detectVendors: headers that show a product made the response itself', () => {
  it.each([
    ['X-Squid-Error', 'ERR_CONNECT_FAIL 111', 'squid', 'connect'],
    ['X-Squid-Error', 'ERR_READ_TIMEOUT 0', 'squid', 'timeout'],
    ['X-Squid-Error', 'ERR_ACCESS_DENIED 0', 'squid', 'denied'],
    ['X-Squid-Error', 'ERR_INVALID_URL 0', 'squid', undefined],
    ['x-envoy-ratelimited', 'true', 'envoy', 'rate-limit'],
    ['x-vercel-error', 'FUNCTION_INVOCATION_TIMEOUT', 'vercel', 'timeout'],
    ['x-vercel-error', 'DEPLOYMENT_NOT_FOUND', 'vercel', 'no-route'],
    ['x-vercel-error', 'NOT_FOUND', 'vercel', undefined],
  ])('%s: %s → %s, %s', (name, value, id, cause) => {
    const own = find([[name, value]], id)?.ownAnswer;
    expect(own?.proof).toBe(`${name.toLowerCase()}: ${value}`);
    expect(own?.cause).toBe(cause);
  });

  it('a Via or a Server header alone is not a sign of that', () => {
    expect(find([['Via', '1.1 proxy (squid/5.7)']], 'squid')?.ownAnswer).toBeUndefined();
    expect(find([['Server', 'ATS/9.2.9']], 'trafficserver')?.ownAnswer).toBeUndefined();
  });
});

describe('detectVendors: odd input', () => {
  it('empty and missing', () => {
    expect(detectVendors([])).toEqual([]);
    expect(detectVendors([{ name: 'Server' }])).toEqual([]);
    expect(detectVendors([{ name: '', value: 'nginx' }])).toEqual([]);
  });

  it('presence rules match even without a value', () => {
    expect(detectVendors([{ name: 'cf-ray' }]).map((m) => m.id)).toEqual(['cloudflare']);
  });

  it('garbage at runtime does not throw', () => {
    const garbage = [
      null,
      undefined,
      42,
      'Server: nginx',
      { name: 42 },
      { value: 'nginx' },
      { name: 'Server', value: 42 },
      { name: 'Server', value: null },
      [],
      { name: {} },
    ];
    expect(detectVendors(garbage as unknown as HeaderLike[])).toEqual([]);
    expect(detectVendors(null as unknown as HeaderLike[])).toEqual([]);
    expect(detectVendors(undefined as unknown as HeaderLike[])).toEqual([]);
    expect(detectVendors('Server: nginx' as unknown as HeaderLike[])).toEqual([]);
    expect(detectVendors({ length: 3 } as unknown as HeaderLike[])).toEqual([]);
  });

  it('huge values are handled quickly and cut in evidence', () => {
    const huge = 'nginx/1.2.3 ' + 'x'.repeat(5_000_000);
    const start = performance.now();
    const got = detectVendors([
      { name: 'Server', value: huge },
      { name: 'Via', value: '1.1 a, '.repeat(200_000) },
      { name: 'Set-Cookie', value: 'a=b, '.repeat(200_000) },
      { name: 'X-Served-By', value: 'cache-'.repeat(500_000) },
    ]);
    expect(performance.now() - start).toBeLessThan(500);
    expect(got.map((m) => m.id)).toEqual(['nginx']);
    expect(got[0]?.value.length).toBeLessThanOrEqual(200);
  });

  it('many headers are fine', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ name: `x-h-${i}`, value: 'v' }));
    expect(detectVendors(many)).toEqual([]);
  });

  it('never throws on arbitrary input (property)', () => {
    const header = fc.record({
      name: fc.oneof(fc.string(), fc.constantFrom('server', 'via', 'set-cookie', 'x-powered-by', 'cf-ray', 'x-akamai-x')),
      value: fc.option(fc.string({ unit: 'grapheme' }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(header, fc.anything() as fc.Arbitrary<{ name: string; value?: string }>)), (headers) => {
        const result = detectVendors(headers);
        expect(Array.isArray(result)).toBe(true);
        expect(new Set(result.map((m) => m.id)).size).toBe(result.length);
      }),
      { numRuns: 500 },
    );
  });
});
