/**
 * The local site the end-to-end tests, `npm start` and the benchmarks browse. Each route answers
 * with a real status code and the headers the named server or CDN really sends.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { checkerRunRoutes } from './checker-run-routes';
import { hardeningRoutes } from './hardening-routes';

export interface SiteResponse {
  status: number;
  /** Reason phrase for the status line; Node's default is used when absent. */
  reason?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Close the socket without answering, the way nginx's 444 does. */
  dropConnection?: boolean;
  /** Answer only after this long (a slow server: the checker's politeness is measured on it). */
  delayMs?: number;
}

export interface Route {
  path: string;
  /** Shown on the demo index. */
  title: string;
  /** Whether the demo index lists it (test-only routes stay off). */
  demo: boolean;
  /** The request's headers are there for the routes that answer by them (the checker's User-Agent test). */
  respond: (url: URL, headers: IncomingHttpHeaders) => SiteResponse;
}

const html = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const page = (title: string): SiteResponse => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: html(title, `<h1>${title}</h1><p><a href="/">Back to the demo index</a></p>`),
});

const redirect = (status: number, location: string, headers: Record<string, string> = {}): SiteResponse => ({
  status,
  headers: { location, 'content-type': 'text/html; charset=utf-8', ...headers },
  body: html('Redirect', `<a href="${location}">${location}</a>`),
});

const IIS_HEADERS = { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET', 'content-type': 'text/html' };
const NGINX_HEADERS = { server: 'nginx/1.24.0', 'content-type': 'text/html' };
const CLOUDFLARE_HEADERS = { server: 'cloudflare', 'cf-ray': '8f3b2c1d4e5f6a7b-FRA', 'content-type': 'text/html; charset=UTF-8' };

const IIS_404_3_BODY = html(
  'IIS 10.0 Detailed Error - 404.3 - Not Found',
  '<div id="content"><div class="content-container"><h3>HTTP Error 404.3 - Not Found</h3>' +
    '<h4>The page you are requesting cannot be served because of the extension configuration. If the page is a script, add a handler. If the file should be downloaded, add a MIME map.</h4></div></div>',
);

export const ROUTES: readonly Route[] = [
  { path: '/ok', title: '200 OK', demo: true, respond: () => page('A page that answers 200 OK') },
  {
    // Four layers, three of them known only from headers the capture does not keep: every view must name all four.
    path: '/vendors/four',
    title: '200 through Envoy, Varnish and Shopify to nginx',
    demo: true,
    respond: () => ({
      ...page('Answered through four layers'),
      headers: {
        'content-type': 'text/html; charset=utf-8',
        server: 'nginx',
        'x-envoy-upstream-service-time': '12',
        'x-varnish': '32770 32768',
        'x-shopify-stage': 'production',
      },
    }),
  },
  { path: '/chain/start', title: 'Redirect chain 301 → 302 → 200', demo: true, respond: () => redirect(301, '/chain/middle') },
  { path: '/chain/middle', title: 'Chain, second hop', demo: false, respond: () => redirect(302, '/chain/end') },
  { path: '/chain/end', title: 'Chain, final page', demo: false, respond: () => page('The end of the redirect chain') },
  {
    path: '/missing',
    title: '404 Not Found',
    demo: true,
    respond: () => ({ status: 404, headers: { 'content-type': 'text/html' }, body: html('Not found', '<h1>404 Not Found</h1>') }),
  },
  {
    path: '/iis/404-3',
    title: 'IIS 404.3 (MIME map policy), detailed error page',
    demo: true,
    respond: () => ({ status: 404, reason: 'Not Found', headers: IIS_HEADERS, body: IIS_404_3_BODY }),
  },
  {
    path: '/iis/500-19',
    title: 'IIS 500.19 (invalid configuration)',
    demo: true,
    respond: () => ({
      status: 500,
      reason: 'Internal Server Error',
      headers: IIS_HEADERS,
      body: html(
        'IIS 10.0 Detailed Error - 500.19 - Internal Server Error',
        '<h3>HTTP Error 500.19 - Internal Server Error</h3><h4>The requested page cannot be accessed because the related configuration data for the page is invalid.</h4>',
      ),
    }),
  },
  {
    path: '/nginx/502',
    title: 'nginx 502 Bad Gateway',
    demo: true,
    respond: () => ({
      status: 502,
      headers: NGINX_HEADERS,
      body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n',
    }),
  },
  {
    path: '/nginx/494',
    title: 'nginx 494 (sent as 400: request header too large)',
    demo: true,
    respond: () => ({
      status: 400,
      headers: NGINX_HEADERS,
      body: '<html>\r\n<head><title>400 Request Header Or Cookie Too Large</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>Request Header Or Cookie Too Large</center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n',
    }),
  },
  { path: '/nginx/444', title: 'nginx 444 (connection closed, no response)', demo: true, respond: () => ({ status: 444, dropConnection: true }) },
  {
    path: '/cloudflare/520',
    title: 'Cloudflare 520 (origin returned an unknown error)',
    demo: true,
    respond: () => ({
      status: 520,
      reason: '',
      headers: CLOUDFLARE_HEADERS,
      body: html(
        'Web server is returning an unknown error | example.test | Cloudflare',
        '<span class="cf-error-code">520</span><h2>Web server is returning an unknown error</h2>',
      ),
    }),
  },
  {
    path: '/cloudflare/1020',
    title: 'Cloudflare error 1020 (access denied by a firewall rule)',
    demo: true,
    respond: () => ({
      status: 403,
      headers: { ...CLOUDFLARE_HEADERS, 'cf-mitigated': 'challenge' },
      body: html(
        'Access denied | example.test used Cloudflare to restrict access',
        '<h1><span data-translate="error">Error</span><span>1020</span></h1><h2>Access denied</h2>',
      ),
    }),
  },
  {
    path: '/cloudflare/chain',
    title: 'Cloudflare 301 → 302 → 520',
    demo: true,
    respond: () => redirect(301, '/cloudflare/chain-2', CLOUDFLARE_HEADERS),
  },
  { path: '/cloudflare/chain-2', title: 'Cloudflare chain, hop 2', demo: false, respond: () => redirect(302, '/cloudflare/520', CLOUDFLARE_HEADERS) },
  {
    path: '/long-chain/1',
    title: 'A six-hop chain (too long)',
    demo: true,
    respond: () => redirect(301, '/long-chain/2'),
  },
  ...[2, 3, 4, 5, 6].map((n): Route => ({
    path: `/long-chain/${n}`,
    title: `Long chain hop ${n}`,
    demo: false,
    respond: () => redirect(n % 2 === 0 ? 302 : 301, n === 6 ? '/ok' : `/long-chain/${n + 1}`),
  })),
  { path: '/loop/a', title: 'A redirect loop', demo: true, respond: () => redirect(302, '/loop/b') },
  { path: '/loop/b', title: 'Loop, second hop', demo: false, respond: () => redirect(302, '/loop/a') },
  {
    path: '/unavailable',
    title: '503 with Retry-After',
    demo: true,
    respond: () => ({
      status: 503,
      headers: { 'retry-after': '120', 'content-type': 'text/html', server: 'Apache/2.4.62 (Debian)' },
      body: html('Maintenance', '<h1>Down for maintenance</h1>'),
    }),
  },
  // Capture (issue 4): every redirect code in one chain (its 302 only adds a trailing slash: a
  // permanent change sent as temporary), a form POST through 307 → 308 → 303, client-side redirects,
  // and a page of 40 sub-resources of which 7 fail.
  { path: '/capture/chain', title: 'Redirect chain 301 → 302 → 303 → 307 → 308 → 200', demo: true, respond: () => redirect(301, '/capture/chain/2') },
  { path: '/capture/chain/2', title: 'Every-code chain, 302 adding a slash', demo: false, respond: () => redirect(302, '/capture/chain/2/') },
  { path: '/capture/chain/2/', title: 'Every-code chain, 303', demo: false, respond: () => redirect(303, '/capture/chain/3') },
  { path: '/capture/chain/3', title: 'Every-code chain, 307', demo: false, respond: () => redirect(307, '/capture/chain/4') },
  { path: '/capture/chain/4', title: 'Every-code chain, 308', demo: false, respond: () => redirect(308, '/capture/chain/end') },
  { path: '/capture/chain/end', title: 'Every-code chain, final page', demo: false, respond: () => page('The end of a chain of every redirect code') },
  {
    path: '/capture/post-form',
    title: 'A form POST through 307 → 308 → 303 (the 303 turns it into a GET)',
    demo: true,
    respond: () => ({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: html('Post a form', '<form method="post" action="/capture/post/307"><input name="q" value="1"><button id="send">Send</button></form>'),
    }),
  },
  { path: '/capture/post/307', title: 'POST chain, 307', demo: false, respond: () => redirect(307, '/capture/post/308') },
  { path: '/capture/post/308', title: 'POST chain, 308', demo: false, respond: () => redirect(308, '/capture/post/303') },
  { path: '/capture/post/303', title: 'POST chain, 303', demo: false, respond: () => redirect(303, '/capture/post/done') },
  { path: '/capture/post/done', title: 'POST chain, final page', demo: false, respond: () => page('Posted, then sent on with a GET') },
  {
    path: '/client/meta-refresh',
    title: 'Meta refresh to another page',
    demo: true,
    respond: () => ({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/client/meta-target"><title>Meta refresh</title></head><body><p>Moving on…</p></body></html>',
    }),
  },
  { path: '/client/meta-target', title: 'Meta refresh target', demo: false, respond: () => page('Arrived by a meta refresh') },
  {
    path: '/client/js-redirect',
    title: 'JavaScript redirect to another page',
    demo: true,
    respond: () => ({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: html('JavaScript redirect', "<p>Moving on…</p><script>setTimeout(() => { location.href = '/client/js-target'; }, 0);</script>"),
    }),
  },
  { path: '/client/js-target', title: 'JavaScript redirect target', demo: false, respond: () => page('Arrived by a JavaScript redirect') },
  {
    path: '/capture/subresources',
    title: '40 images, scripts and styles: 4 answer 404, 2 answer 500, 1 cannot connect',
    demo: true,
    respond: (url) => {
      // `closed` names a port nothing listens on (the tests pick one); 2 is unassigned and not on the browsers' blocked-port lists.
      const closed = url.searchParams.get('closed') ?? '2';
      const imgs = Array.from({ length: 20 }, (_, i) =>
        i + 1 === 20
          ? `<img src="http://127.0.0.1:${closed}/unreachable.svg" alt="">`
          : `<img src="/capture/res?kind=img&n=${i + 1}&status=${[5, 11, 17].includes(i + 1) ? 404 : 200}" alt="">`,
      );
      const scripts = Array.from(
        { length: 10 },
        (_, i) => `<script src="/capture/res?kind=js&n=${i + 1}&status=${[3, 8].includes(i + 1) ? 500 : 200}"></script>`,
      );
      const styles = Array.from({ length: 10 }, (_, i) => `<link rel="stylesheet" href="/capture/res?kind=css&n=${i + 1}&status=${i + 1 === 6 ? 404 : 200}">`);
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Sub-resources</title>${styles.join('')}</head><body><h1>40 sub-resources</h1>${imgs.join('')}${scripts.join('')}</body></html>`,
      };
    },
  },
  {
    path: '/capture/res',
    title: 'One sub-resource',
    demo: false,
    respond: (url) => {
      const status = Number(url.searchParams.get('status') ?? 200);
      const kind = url.searchParams.get('kind');
      if (status !== 200) return { status, headers: { 'content-type': 'text/plain' }, body: `${status}` };
      const types: Record<string, [string, string]> = {
        img: ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'],
        js: ['text/javascript', '/* a script */'],
        css: ['text/css', '/* a style sheet */'],
      };
      const [type, body] = types[kind ?? ''] ?? ['text/plain', 'ok'];
      return { status, headers: { 'content-type': type }, body };
    },
  },
  // Popup tests: redirect kinds, findings, failing sub-resources, secrets to redact, many sub-resources.
  ...popupRoutes(),
  // DevTools panel tests (tests/e2e/panel-*.spec.ts): a page of many sub-resources, some failing.
  ...panelRoutes(),
  // The link checker's tests (tests/e2e/checker-*.spec.ts).
  ...checkerRoutes(),
  ...checkerRunRoutes(),
  // Hardening tests (tests/e2e/hardening-*.spec.ts): request floods and script-bearing responses.
  ...hardeningRoutes(),
];

/** Routes of the popup's end-to-end tests (tests/e2e/popup-*.spec.ts). */
function popupRoutes(): Route[] {
  const svg = { 'content-type': 'image/svg+xml' };
  const pixel = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  const withQuery = (path: string, url: URL): string => `${path}${url.search}`;
  return [
    {
      path: '/popup/mixed/start',
      title: 'Permanent then temporary: 301 → 302 → 200',
      demo: true,
      respond: () => redirect(301, '/popup/mixed/middle', NGINX_HEADERS),
    },
    { path: '/popup/mixed/middle', title: 'Mixed chain, hop 2', demo: false, respond: () => redirect(302, '/popup/mixed/end', NGINX_HEADERS) },
    {
      path: '/popup/mixed/end',
      title: 'Mixed chain, final page',
      demo: false,
      respond: () => ({ ...page('The end of a mixed chain'), headers: { ...NGINX_HEADERS, 'content-type': 'text/html; charset=utf-8' } }),
    },
    { path: '/popup/canonical', title: 'Trailing-slash canonicalisation with a 302', demo: true, respond: () => redirect(302, '/popup/canonical/') },
    { path: '/popup/canonical/', title: 'Canonical page', demo: false, respond: () => page('The canonical URL') },
    { path: '/popup/methods/303', title: '303 → 307 → 308 → 200', demo: true, respond: () => redirect(303, '/popup/methods/307') },
    { path: '/popup/methods/307', title: 'Method chain, 307', demo: false, respond: () => redirect(307, '/popup/methods/308') },
    { path: '/popup/methods/308', title: 'Method chain, 308', demo: false, respond: () => redirect(308, '/ok') },
    {
      path: '/popup/subresources',
      title: 'A page whose image answers 404, whose script answers 500 and whose other script gets no response',
      demo: true,
      respond: () => ({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: html(
          'Failing sub-resources',
          '<h1>Failing sub-resources</h1><img alt="fine" src="/popup/sub/ok.svg"><img alt="missing" src="/popup/sub/missing.png">' +
            '<script src="/popup/sub/broken.js"></script><script src="/popup/sub/dropped.js"></script>',
        ),
      }),
    },
    { path: '/popup/sub/ok.svg', title: 'A fine image', demo: false, respond: () => ({ status: 200, headers: svg, body: pixel }) },
    {
      path: '/popup/sub/missing.png',
      title: 'A missing image',
      demo: false,
      respond: () => ({ status: 404, headers: { ...NGINX_HEADERS, 'content-type': 'text/plain' }, body: 'missing' }),
    },
    {
      path: '/popup/sub/broken.js',
      title: 'A script that fails',
      demo: false,
      respond: () => ({ status: 500, headers: { 'content-type': 'text/plain' }, body: 'broken' }),
    },
    { path: '/popup/sub/dropped.js', title: 'A script that gets no response', demo: false, respond: () => ({ status: 444, dropConnection: true }) },
    {
      path: '/popup/secret/start',
      title: 'A chain that sets a cookie, with ?token=secret123 in its URLs',
      demo: false,
      respond: (url) => redirect(302, withQuery('/popup/secret/end', url), { 'set-cookie': 'session=cookie-secret-456; Path=/; HttpOnly' }),
    },
    {
      path: '/popup/secret/end',
      title: 'Secret chain, final page',
      demo: false,
      respond: () => ({ ...page('Signed in'), headers: { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'seen=cookie-secret-789; Path=/' } }),
    },
    {
      path: '/popup/many',
      title: 'A page with 2,000 images, one in four missing',
      demo: false,
      respond: (url) => {
        const n = Math.min(5000, Math.max(0, Number(url.searchParams.get('n') ?? 2000) || 0));
        const images = Array.from({ length: n }, (_, i) => `<img alt="" width="1" height="1" src="/popup/many/img?i=${i}">`).join('');
        return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html('Many sub-resources', `<h1>${n} images</h1>${images}`) };
      },
    },
    {
      path: '/popup/many/img',
      title: 'One of many images',
      demo: false,
      respond: (url) =>
        Number(url.searchParams.get('i')) % 4 === 0
          ? { status: 404, headers: { 'content-type': 'text/plain' }, body: '' }
          : { status: 200, headers: svg, body: pixel },
    },
    {
      path: '/popup/unsafe-redirect',
      title: 'A redirect to a javascript: URL',
      demo: false,
      respond: () => redirect(302, 'javascript:alert(document.domain)'),
    },
    {
      path: '/popup/hostile',
      title: 'A status line with markup in its reason phrase',
      demo: false,
      respond: () => ({
        status: 299,
        reason: '<b id="injected">bold</b>',
        headers: { 'content-type': 'text/html', server: '<img src=x id="injected-server">' },
        body: html('Hostile', '<p>Hostile</p>'),
      }),
    },
  ];
}

/**
 * Routes of the DevTools panel's end-to-end tests (tests/e2e/panel-*.spec.ts): `/panel/many?n=N` loads
 * N images (every 10th answers 404, every 37th 500, every 50th gets no response, every 40th is
 * redirected, every 3rd comes from "Cloudflare"), scripts and styles (one 404, one 500), two fetches
 * (a JSON 404 and a 200) and one cacheable image (a memory-cache hit on reload).
 */
function panelRoutes(): Route[] {
  const pixel = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  const asset = (url: URL): SiteResponse => {
    const kind = url.searchParams.get('kind') ?? 'img';
    const i = Number(url.searchParams.get('i') ?? 0);
    const final = url.searchParams.get('final') === '1';
    const cdn: Record<string, string> =
      i % 3 === 0 ? { server: 'cloudflare', 'cf-ray': `8f3b2c1d4e5f${String(i).padStart(4, '0')}-FRA`, 'cf-cache-status': 'HIT' } : {};
    if (kind === 'img' && !final && i % 40 === 3) return redirect(302, `/panel/asset?kind=img&i=${i}&final=1`);
    if (kind === 'img' && i % 50 === 13) return { status: 200, dropConnection: true };
    if (kind === 'img' && i % 10 === 7) return { status: 404, headers: { ...cdn, 'content-type': 'text/plain' }, body: 'not found' };
    if (kind === 'img' && i % 37 === 5) return { status: 500, headers: { ...cdn, 'content-type': 'text/plain' }, body: 'broken' };
    if (url.searchParams.get('status') === '404')
      return {
        status: 404,
        headers: NGINX_HEADERS,
        body: '<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx/1.24.0</center></body></html>',
      };
    if (url.searchParams.get('status') === '500')
      return {
        status: 500,
        headers: NGINX_HEADERS,
        body: '<html><head><title>500 Internal Server Error</title></head><body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx/1.24.0</center></body></html>',
      };
    const cache: Record<string, string> = url.searchParams.get('cache') === '1' ? { 'cache-control': 'public, max-age=3600' } : {};
    const types: Record<string, [string, string]> = {
      img: ['image/svg+xml', pixel],
      js: ['text/javascript', '/* a script */'],
      css: ['text/css', '/* a style sheet */'],
    };
    const [type, body] = types[kind] ?? ['text/plain', 'ok'];
    return { status: 200, headers: { ...cdn, ...cache, 'content-type': type }, body };
  };
  return [
    {
      path: '/panel/many',
      title: 'A page of 120 images, scripts, styles and fetches, some failing',
      demo: true,
      respond: (url) => {
        const n = Math.min(3000, Math.max(0, Number(url.searchParams.get('n') ?? 120) || 0));
        const images = Array.from({ length: n }, (_, i) => `<img alt="" width="1" height="1" src="/panel/asset?kind=img&i=${i}">`).join('');
        const scripts = ['200', '404', '200'].map((s, i) => `<script src="/panel/asset?kind=js&i=${i + 1}&status=${s}"></script>`).join('');
        const styles = ['200', '500'].map((s, i) => `<link rel="stylesheet" href="/panel/asset?kind=css&i=${i + 1}&status=${s}">`).join('');
        const fetches = "<script>fetch('/panel/api?status=404'); fetch('/panel/api?status=200');</script>";
        const cached = '<img alt="" width="1" height="1" src="/panel/asset?kind=img&i=cached&cache=1">';
        return {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: html('Many sub-resources', `${styles}<h1>${n} images and more</h1>${cached}${images}${scripts}${fetches}`),
        };
      },
    },
    { path: '/panel/asset', title: 'One sub-resource of the panel page', demo: false, respond: asset },
    {
      path: '/panel/api',
      title: 'A JSON API answering the status it is asked for',
      demo: false,
      respond: (url) => {
        const status = url.searchParams.get('status') === '404' ? 404 : 200;
        const body = status === 404 ? '{"type":"about:blank","title":"Not Found","status":404}' : '{"ok":true}';
        return { status, headers: { 'content-type': status === 404 ? 'application/problem+json' : 'application/json' }, body };
      },
    },
    {
      path: '/panel/hostile',
      title: 'Markup in a reason phrase and a header, and an image redirected to a javascript: URL',
      demo: false,
      respond: () => ({
        status: 404,
        reason: '<img src=x id="injected">',
        headers: { 'content-type': 'text/html', server: '<b id="injected-server">nginx</b>' },
        body: html('Hostile', '<p>Hostile</p><img alt="" src="/panel/hostile/img">'),
      }),
    },
    {
      path: '/panel/hostile/img',
      title: 'An image redirected to a javascript: URL',
      demo: false,
      respond: () => redirect(302, 'javascript:alert(document.domain)'),
    },
  ];
}

/** Routes of the link checker's end-to-end tests (tests/e2e/checker-*.spec.ts). */
function checkerRoutes(): Route[] {
  return [
    { path: '/checker/moved', title: 'Moved for good: 301 → 200', demo: true, respond: () => redirect(301, '/ok', NGINX_HEADERS) },
    { path: '/checker/gone', title: 'Sent on to a missing page: 302 → 404', demo: true, respond: () => redirect(302, '/missing') },
    {
      // `?i=N` makes each URL of a list its own; the delay keeps requests under way long enough to overlap.
      path: '/checker/slow',
      title: 'A slow page (400 ms)',
      demo: false,
      respond: () => ({ ...page('A slow page'), delayMs: 400 }),
    },
  ];
}
