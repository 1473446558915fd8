/**
 * The fingerprints, the body scanner and `explain` on real responses: tests/fixtures/servers/<product>/
 * holds what each product sent (captured from Debian's package by scripts/capture-servers.ts, or written
 * from the product's documentation or source where Debian does not ship it). Each fixture says who made
 * the answer: the product itself, or the upstream it relayed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tests/e2e/fixtures/paths';
import { detectVendors, type FailureCause, type VendorRef } from '../fingerprints';
import { scanBody } from './body-signatures';
import { explain } from './explain';
import { explainRecord } from './explain';

interface ServerFixture {
  product: string;
  productVersion: string;
  case: string;
  provokedBy: string;
  madeBy: 'product' | 'upstream';
  source: { kind: 'capture' | 'documentation'; debianVersion?: string; url?: string; repo?: string; path?: string };
  request: string;
  response: { statusLine: string; headers: [string, string][]; body: string };
}

const DIR = join(ROOT, 'tests', 'fixtures', 'servers');
const FIXTURES: ServerFixture[] = readdirSync(DIR).flatMap((product) =>
  readdirSync(join(DIR, product))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(DIR, product, name), 'utf8')) as ServerFixture),
);

const key = (f: ServerFixture): string => `${f.product}/${f.case}`;
const statusOf = (f: ServerFixture): number => Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(f.response.statusLine)?.[1]);
const headersOf = (f: ServerFixture) => f.response.headers.map(([name, value]) => ({ name, value }));
const explained = (f: ServerFixture) => explain({ statusCode: statusOf(f), statusLine: f.response.statusLine, headers: headersOf(f), body: f.response.body });

/** What the background stores: the vendors of every header, without the body (the popup's view). */
function stored(f: ServerFixture): VendorRef[] {
  return detectVendors(headersOf(f)).map((m) => {
    const ref: VendorRef = { id: m.id, name: m.name, role: m.role, confidence: m.confidence, proof: `${m.header}: ${m.value}` };
    if (m.ownAnswer) ref.ownAnswer = m.ownAnswer;
    return ref;
  });
}

/**
 * Responses that do not name their product, and why. Every other fixture must name it (headers, error
 * page or status line), so a rule that stops matching a real response fails here.
 */
const UNNAMED: Readonly<Record<string, string>> = {
  'uwsgi/*': 'uWSGI sends no Server header and writes no page of its own for these',
  'node-http/*': "Node's http module sends no Server header",
  'traefik/*': "Traefik sends no Server header, and its own errors are Go's bare status text",
  'tomcat/200-index': 'Tomcat 10 sends no Server header; only its error report names it',
  'tomcat/302-dir-no-slash': 'as above',
  'haproxy/200-upstream-ok': 'HAProxy adds no header to what it relays',
  'haproxy/404-upstream-missing': 'as above',
  'varnish/400-bad-request': "Varnish's bare 400 has no header of its own",
  'caddy/400-bad-request': "Go's HTTP server, under Caddy, rejects a malformed request before Caddy sees it",
  'h2o/400-bad-request': 'H2O rejects a malformed request before it adds its Server header',
  'express/400-bad-request': "Node's http parser rejects a malformed request before Express sees it",
};

function unnamed(f: ServerFixture): boolean {
  return UNNAMED[key(f)] !== undefined || UNNAMED[`${f.product}/*`] !== undefined;
}

/**
 * Who made each error a proxy or gateway made itself, and the cause the response gives, from headers,
 * status line and body together (the panel's view).
 */
const BLAME: Readonly<Record<string, { by: string; cause?: FailureCause }>> = {
  'nginx/502-upstream-refused': { by: 'nginx', cause: 'upstream-failed' },
  'nginx/504-upstream-timeout': { by: 'nginx', cause: 'timeout' },
  'nginx/503-limit-req': { by: 'nginx', cause: 'rate-limit' },
  'apache/502-upstream-timeout': { by: 'apache', cause: 'upstream-failed' },
  'lighttpd/504-upstream-timeout': { by: 'lighttpd', cause: 'timeout' },
  'lighttpd/502-upstream-invalid': { by: 'lighttpd', cause: 'upstream-failed' },
  'caddy/502-upstream-refused': { by: 'caddy', cause: 'upstream-failed' },
  'caddy/504-upstream-timeout': { by: 'caddy', cause: 'timeout' },
  'caddy/502-upstream-invalid': { by: 'caddy', cause: 'upstream-failed' },
  'h2o/502-upstream-refused': { by: 'h2o', cause: 'connect' },
  'h2o/502-upstream-timeout': { by: 'h2o', cause: 'timeout' },
  'h2o/502-upstream-invalid': { by: 'h2o', cause: 'invalid-response' },
  'varnish/503-upstream-refused': { by: 'varnish', cause: 'upstream-failed' },
  'varnish/503-upstream-timeout': { by: 'varnish', cause: 'upstream-failed' },
  'varnish/503-upstream-invalid': { by: 'varnish', cause: 'upstream-failed' },
  'haproxy/503-upstream-refused': { by: 'haproxy', cause: 'no-server' },
  'haproxy/503-no-server': { by: 'haproxy', cause: 'no-server' },
  'haproxy/504-upstream-timeout': { by: 'haproxy', cause: 'timeout' },
  'haproxy/502-upstream-invalid': { by: 'haproxy', cause: 'invalid-response' },
  'haproxy/403-denied': { by: 'haproxy', cause: 'denied' },
  'haproxy/429-denied-429': { by: 'haproxy', cause: 'rate-limit' },
  // A malformed request: the proxy answered it itself, with no failure behind it.
  'haproxy/400-bad-request': { by: 'haproxy' },
  'trafficserver/400-bad-request': { by: 'trafficserver' },
  'tinyproxy/400-bad-request': { by: 'tinyproxy' },
  'squid/503-upstream-refused': { by: 'squid', cause: 'connect' },
  'squid/504-upstream-timeout': { by: 'squid', cause: 'timeout' },
  'squid/403-denied': { by: 'squid', cause: 'denied' },
  'squid/400-not-a-proxy-request': { by: 'squid' },
  'trafficserver/502-upstream-refused': { by: 'trafficserver', cause: 'connect' },
  'trafficserver/504-upstream-timeout': { by: 'trafficserver', cause: 'timeout' },
  'trafficserver/502-upstream-invalid': { by: 'trafficserver', cause: 'invalid-response' },
  'trafficserver/404-unmapped': { by: 'trafficserver', cause: 'no-route' },
  'tinyproxy/500-upstream-refused': { by: 'tinyproxy', cause: 'connect' },
  'tinyproxy/403-filtered': { by: 'tinyproxy', cause: 'denied' },
  // From the products' documentation and source.
  'envoy/503-upstream-connect': { by: 'envoy', cause: 'connect' },
  'envoy/503-no-healthy-upstream': { by: 'envoy', cause: 'no-server' },
  'envoy/504-upstream-timeout': { by: 'envoy', cause: 'timeout' },
  'envoy/429-local-rate-limited': { by: 'envoy', cause: 'rate-limit' },
  'openresty/502-upstream-refused': { by: 'openresty', cause: 'upstream-failed' },
  'openresty/504-upstream-timeout': { by: 'openresty', cause: 'timeout' },
  'cloudflare/522-origin-timeout': { by: 'cloudflare' },
  'cloudflare/403-1020-firewall': { by: 'cloudflare' },
  'cloudfront/502-origin-connect': { by: 'cloudfront', cause: 'connect' },
  'cloudfront/403-blocked': { by: 'cloudfront', cause: 'denied' },
  'akamai/403-access-denied': { by: 'akamai', cause: 'denied' },
  'fastly/503-backend-read-error': { by: 'fastly', cause: 'timeout' },
  'azure-front-door/503-origin-unavailable': { by: 'azure-front-door', cause: 'upstream-failed' },
  'google/502-backend-error': { by: 'google', cause: 'upstream-failed' },
  'vercel/504-function-timeout': { by: 'vercel', cause: 'timeout' },
};

/** Of those, what the popup can tell without the body: the status line or a header shows it. */
const BLAME_WITHOUT_BODY: Readonly<Record<string, { by: string; cause?: FailureCause }>> = {
  'nginx/503-limit-req': { by: 'nginx', cause: 'rate-limit' },
  'nginx/504-upstream-timeout': { by: 'nginx', cause: 'timeout' },
  'apache/502-upstream-timeout': { by: 'apache', cause: 'upstream-failed' },
  'caddy/502-upstream-refused': { by: 'caddy', cause: 'upstream-failed' },
  'h2o/502-upstream-refused': { by: 'h2o', cause: 'upstream-failed' },
  'varnish/503-upstream-refused': { by: 'varnish', cause: 'upstream-failed' },
  'squid/503-upstream-refused': { by: 'squid', cause: 'connect' },
  'squid/504-upstream-timeout': { by: 'squid', cause: 'timeout' },
  'squid/403-denied': { by: 'squid', cause: 'denied' },
  'trafficserver/502-upstream-refused': { by: 'trafficserver', cause: 'connect' },
  'trafficserver/504-upstream-timeout': { by: 'trafficserver', cause: 'timeout' },
  'trafficserver/404-unmapped': { by: 'trafficserver', cause: 'no-route' },
  'tinyproxy/500-upstream-refused': { by: 'tinyproxy', cause: 'connect' },
  'tinyproxy/403-filtered': { by: 'tinyproxy', cause: 'denied' },
  'envoy/429-local-rate-limited': { by: 'envoy', cause: 'rate-limit' },
  'fastly/503-backend-read-error': { by: 'fastly', cause: 'timeout' },
  'vercel/504-function-timeout': { by: 'vercel', cause: 'timeout' },
  'cloudfront/502-origin-connect': { by: 'cloudfront', cause: 'upstream-failed' },
};

describe('server fixtures', () => {
  it('are there, and each says where it came from', () => {
    expect(FIXTURES.length).toBeGreaterThan(100);
    for (const f of FIXTURES) {
      expect(f.response.statusLine, key(f)).toMatch(/^HTTP\/\d(?:\.\d)? \d{3}/);
      if (f.source.kind === 'capture') expect(f.source.debianVersion, key(f)).toBeTruthy();
      else expect(f.source.url ?? f.source.path, key(f)).toBeTruthy();
    }
    for (const k of [...Object.keys(BLAME), ...Object.keys(BLAME_WITHOUT_BODY)])
      expect(
        FIXTURES.some((f) => key(f) === k),
        k,
      ).toBe(true);
  });

  describe.each(FIXTURES.map((f) => [key(f), f] as const))('%s', (_name, f) => {
    const ex = explained(f);

    if (unnamed(f)) {
      // Said so, and checked: should a rule start naming it, this fails and the reason is struck off.
      it(`does not name the product: ${UNNAMED[key(f)] ?? UNNAMED[`${f.product}/*`] ?? ''}`, () => {
        expect(ex.vendors.map((v) => v.id)).not.toContain(f.product);
      });
    } else {
      it('names the product', () => {
        expect(ex.vendors.map((v) => v.id)).toContain(f.product);
      });
    }

    if (f.madeBy === 'upstream') {
      it('blames nobody for what the proxy relayed, and keeps the standard meaning', () => {
        expect(ex.madeBy).toBeUndefined();
        expect(ex.entry.origin.id).toBe('ietf');
      });
    }

    const blame = BLAME[key(f)];
    if (blame) {
      it(`says ${blame.by} made it${blame.cause ? ` (${blame.cause})` : ''}`, () => {
        expect(ex.madeBy?.id).toBe(blame.by);
        expect(ex.madeBy?.cause).toBe(blame.cause);
        expect(ex.reason).toContain(`${ex.madeBy?.name ?? ''} made this response itself`);
      });
    } else {
      it('blames no proxy: the product answered as the site’s server, or relayed the site’s answer', () => {
        expect(ex.madeBy).toBeUndefined();
      });
    }

    it('the body scanner never names a product that did not write the page', () => {
      for (const finding of scanBody(f.response.body, statusOf(f))) expect(finding.vendor).toBe(f.product);
    });
  });

  it.each(Object.entries(BLAME_WITHOUT_BODY))('%s: the stored facts (no body) say who made it too', (k, blame) => {
    const f = FIXTURES.find((x) => key(x) === k)!;
    // Chromium reports the line without its version; the reducer keeps it so.
    const ref = explainRecord({ statusCode: statusOf(f), statusLine: f.response.statusLine.replace(/^HTTP\/\S+ /, ''), vendors: stored(f) });
    expect(ref?.madeBy?.id).toBe(blame.by);
    expect(ref?.madeBy?.cause).toBe(blame.cause);
  });
});
