/**
 * The local site the end-to-end tests, `npm start` and the benchmarks browse. Each route answers
 * with a real status code and the headers the named server or CDN really sends.
 */

export interface SiteResponse {
  status: number;
  /** Reason phrase for the status line; Node's default is used when absent. */
  reason?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Close the socket without answering, the way nginx's 444 does. */
  dropConnection?: boolean;
}

export interface Route {
  path: string;
  /** Shown on the demo index. */
  title: string;
  /** Whether the demo index lists it (test-only routes stay off). */
  demo: boolean;
  respond: (url: URL) => SiteResponse;
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
      body: html('IIS 10.0 Detailed Error - 500.19 - Internal Server Error', '<h3>HTTP Error 500.19 - Internal Server Error</h3><h4>The requested page cannot be accessed because the related configuration data for the page is invalid.</h4>'),
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
      body: html('Web server is returning an unknown error | example.test | Cloudflare', '<span class="cf-error-code">520</span><h2>Web server is returning an unknown error</h2>'),
    }),
  },
  {
    path: '/cloudflare/1020',
    title: 'Cloudflare error 1020 (access denied by a firewall rule)',
    demo: true,
    respond: () => ({
      status: 403,
      headers: { ...CLOUDFLARE_HEADERS, 'cf-mitigated': 'challenge' },
      body: html('Access denied | example.test used Cloudflare to restrict access', '<h1><span data-translate="error">Error</span><span>1020</span></h1><h2>Access denied</h2>'),
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
  ...[2, 3, 4, 5, 6].map(
    (n): Route => ({
      path: `/long-chain/${n}`,
      title: `Long chain hop ${n}`,
      demo: false,
      respond: () => redirect(n % 2 === 0 ? 302 : 301, n === 6 ? '/ok' : `/long-chain/${n + 1}`),
    }),
  ),
  { path: '/loop/a', title: 'A redirect loop', demo: true, respond: () => redirect(302, '/loop/b') },
  { path: '/loop/b', title: 'Loop, second hop', demo: false, respond: () => redirect(302, '/loop/a') },
  {
    path: '/unavailable',
    title: '503 with Retry-After',
    demo: true,
    respond: () => ({ status: 503, headers: { 'retry-after': '120', 'content-type': 'text/html', server: 'Apache/2.4.62 (Debian)' }, body: html('Maintenance', '<h1>Down for maintenance</h1>') }),
  },
];
