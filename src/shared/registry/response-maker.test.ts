import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { madeBySentence } from './maker-sentence';
import { explainRecord } from './explain';

const h = (pairs: readonly (readonly [string, string])[]) => pairs.map(([name, value]) => ({ name, value }));

describe('who made an error response', () => {
  it('a gateway status with only the headers of products in front: probably the innermost of them', () => {
    const ex = explain({
      statusCode: 504,
      headers: h([
        ['Via', '1.1 varnish (Varnish/7.1), 1.1 abc.cloudfront.net (CloudFront)'],
        ['X-Varnish', '32770'],
      ]),
    });
    expect(ex.madeBy).toMatchObject({ id: 'varnish', cause: 'timeout', probable: true });
    expect(ex.reason).toContain('Most likely, Varnish made this response itself because the server behind it did not answer in time.');
  });

  it('a 503 that carries the site server’s own headers is the site’s', () => {
    expect(explain({ statusCode: 503, headers: h([['Server', 'nginx/1.22.1']]) }).madeBy).toBeUndefined();
    expect(
      explain({
        statusCode: 503,
        headers: h([
          ['Via', '1.1 varnish'],
          ['X-Powered-By', 'PHP/8.2.1'],
        ]),
      }).madeBy,
    ).toBeUndefined();
  });

  it('never for what a proxy relayed: a 404 or a 200 through Squid is the site’s', () => {
    const via = h([
      ['Via', '1.1 proxy (squid/5.7)'],
      ['X-Cache', 'MISS from proxy'],
    ]);
    expect(explain({ statusCode: 404, headers: via }).madeBy).toBeUndefined();
    expect(explain({ statusCode: 200, headers: via }).madeBy).toBeUndefined();
  });

  it('names the server behind the proxy when the relayed headers do, else says it is not named', () => {
    const relayed = explain({
      statusCode: 403,
      headers: h([
        ['X-Squid-Error', 'ERR_ACCESS_DENIED 0'],
        ['Server', 'Apache/2.4.57 (Debian)'],
      ]),
    });
    expect(relayed.madeBy).toMatchObject({ id: 'squid', cause: 'denied' });
    expect(relayed.reason).toContain('The headers it passed on name Apache HTTP Server behind it.');
    const alone = explain({ statusCode: 403, headers: h([['X-Squid-Error', 'ERR_ACCESS_DENIED 0']]) });
    expect(alone.reason).toContain('The response does not name the server behind it.');
  });

  it('rate limiting: an Envoy header, nginx’s own 503, a HAProxy 429 page', () => {
    expect(explain({ statusCode: 429, headers: h([['x-envoy-ratelimited', 'true']]) }).madeBy).toMatchObject({ id: 'envoy', cause: 'rate-limit' });
    const nginx = explainRecord({
      statusCode: 503,
      statusLine: '503 Service Temporarily Unavailable',
      vendors: [{ id: 'nginx', name: 'nginx', role: 'origin-server' }],
    });
    expect(nginx?.madeBy).toMatchObject({ id: 'nginx', cause: 'rate-limit', probable: true });
    // The same phrase names nobody when no header showed nginx.
    expect(explainRecord({ statusCode: 503, statusLine: '503 Service Temporarily Unavailable' })?.madeBy).toBeUndefined();
  });

  it('a phrase only one product writes names it without any header', () => {
    expect(explainRecord({ statusCode: 500, statusLine: 'HTTP/1.0 500 Unable to connect' })?.madeBy).toMatchObject({ id: 'tinyproxy', cause: 'connect' });
    expect(explainRecord({ statusCode: 502, statusLine: '502 Connection refused' })?.madeBy).toMatchObject({ id: 'trafficserver', cause: 'connect' });
    // The wrong status for the phrase is not the product's.
    expect(explainRecord({ statusCode: 404, statusLine: '404 Unable to connect' })?.madeBy).toBeUndefined();
  });

  it('the sentence, sure and unsure, with and without a cause', () => {
    expect(madeBySentence({ id: 'haproxy', name: 'HAProxy', cause: 'timeout' })).toBe(
      'HAProxy made this response itself: the server behind it did not answer in time.',
    );
    expect(madeBySentence({ id: 'squid', name: 'Squid' })).toBe('Squid made this response itself.');
    expect(madeBySentence({ id: 'varnish', name: 'Varnish', probable: true })).toBe('Most likely, Varnish made this response itself.');
  });
});
