import type { SpecRef, StatusClass, StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';
import { fromDraft, type EntryDraft } from './entry-draft';

/**
 * Codes that one product or service defines on its own: nginx, Cloudflare, AWS Elastic Load Balancing,
 * hosting panels, a few APIs and frameworks. The same number can mean different things for different
 * vendors (499 for nginx and for Esri, 420 for Spring and for Twitter, 530 for Cloudflare and for
 * Pantheon); each meaning is its own entry with its own origin.
 *
 * Conventions used below:
 * - `status` is the number that actually travels in the status line. nginx 494–497 travel as 400 and
 *   Cloudflare's 1xxx errors travel as 403, 409, 429, 500, 503 or 530. Codes that only ever appear in a
 *   log (nginx 444 and 499, ELB 460 and 000) have no `status` and the class `no-response`, because the
 *   browser never receives them.
 * - Cloudflare 1xxx entries leave `status` out where Cloudflare does not document which HTTP status
 *   carries the error and it could not be confirmed from real responses.
 */

// ---------------------------------------------------------------------------------------------------------
// Documentation links
// ---------------------------------------------------------------------------------------------------------

const CF_5XX_BASE = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/';
const CF_1XXX_BASE = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/';
const CF_WORKERS_ERRORS = 'https://developers.cloudflare.com/workers/observability/errors/';

const cf5xxDoc = (code: string): SpecRef => ({
  title: 'Cloudflare docs',
  section: `Error ${code}`,
  url: `${CF_5XX_BASE}error-${code}/`,
});

const cf1xxxDoc = (code: string, page: string = code): SpecRef => ({
  title: 'Cloudflare docs',
  section: `Error ${code}`,
  url: `${CF_1XXX_BASE}error-${page}/`,
});

const cfWorkersDoc = (code: string): SpecRef => ({
  title: 'Cloudflare Workers docs',
  section: `Error ${code}`,
  url: CF_WORKERS_ERRORS,
});

const NGINX_REQUEST_H: SpecRef = {
  title: 'nginx source (ngx_http_request.h)',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
};

const NGINX_SSL_ERRORS: SpecRef = {
  title: 'nginx docs (ngx_http_ssl_module)',
  section: 'Error processing',
  url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
};

const ALB_TROUBLESHOOTING = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html';

const albDoc = (section: string, anchor: string): SpecRef => ({
  title: 'AWS Application Load Balancer docs',
  section,
  url: `${ALB_TROUBLESHOOTING}#${anchor}`,
});

// ---------------------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------------------

const CF_HEADERS = ['CF-RAY', 'Server'];

const CF_5XX_CRAWLER =
  'Googlebot treats this like any 5xx server error: it slows down crawling of the site, and pages that keep failing for days can drop out of the index.';

const CF_BLOCK_CRAWLER =
  'If a rule like this catches Googlebot or Bingbot, they see a 403 and cannot crawl the page; make sure your security rules let verified search engine bots through.';

const CF_1XXX_NOTE =
  'The 1xxx number is printed in the body of the error page (next to a Ray ID); the status line itself only carries an ordinary HTTP status.';

const CF_BAN_CAUSES = [
  "The site's owner blocked your IP address, or a range that contains it, in Cloudflare.",
  'A shared or reused address (VPN, proxy, mobile carrier, office network) was banned because of traffic from someone else.',
  'The address appears on a list the site has chosen to block.',
];

const CF_BAN_VISITOR =
  'Only the site owner can lift this block. Contact them with the Ray ID and time shown on the error page; in the meantime, trying from another network (for example, mobile data instead of Wi-Fi, or without a VPN) may work.';

const CF_BAN_OWNER =
  "Search Security Events for the visitor's Ray ID or IP address to find the rule that matched, then remove the IP Access rule or add an allow rule for that address. Cloudflare Support cannot override your own security settings.";

const REWRITE_VISITOR = 'There is nothing wrong on your side. The site has a broken rule; let the owner know if it keeps happening.';

// ---------------------------------------------------------------------------------------------------------
// nginx
// ---------------------------------------------------------------------------------------------------------

const nginxEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '444',
    phrase: 'No Response',
    aliases: ['Connection Closed Without Response'],
    class: 'no-response',
    summary: 'nginx closed the connection on purpose without sending anything back; the code only appears in its logs.',
    explanation:
      "444 is nginx's way of dropping a request silently. When a configuration says `return 444;`, nginx closes the connection without writing a status line, headers or body. The browser therefore receives nothing at all and reports an empty response (net::ERR_EMPTY_RESPONSE in Chrome), while nginx records 444 in its access log so the operator can see what happened. Administrators use it to shake off unwanted traffic cheaply.",
    causes: [
      'A rule drops requests whose Host header does not match any configured site (a common default-server setup).',
      'The request came from a blocked bot, user agent, IP address or country.',
      'The request used a method or URL pattern the site refuses to serve.',
      'A rate-limiting or anti-abuse rule chose to hang up instead of answering.',
    ],
    visitorAdvice:
      'Check that the address is spelled correctly and uses the right host name. If it still fails, the site is deliberately refusing your requests; try again from another network, or contact the site owner.',
    ownerAdvice:
      'Search the nginx configuration for `return 444` and check which server or location block matched (the access log shows the request with status 444). Make sure the server_name entries cover every host name you serve, and that bot or geo rules are not catching real visitors.',
    crawlerNote:
      'A crawler gets no response at all, which Google handles like a network error: crawling slows down, and URLs that keep failing can be dropped.',
    retry: 'no',
    cacheable: false,
    spec: {
      title: 'nginx docs (ngx_http_rewrite_module)',
      section: 'return',
      url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
    },
    origin: ORIGINS.nginx,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '494',
    status: 400,
    phrase: 'Request Header Too Large',
    aliases: ['Request Header Or Cookie Too Large'],
    summary: "The request's headers (very often its cookies) were bigger than nginx's buffers allow; nginx sends this as a 400.",
    explanation:
      'nginx reads request headers into buffers of a fixed size. When one header line, or the headers as a whole, do not fit, nginx uses 494 internally and answers the browser with a 400 Bad Request whose page reads "400 Request Header Or Cookie Too Large". So the status line says 400; the number 494 is what you can catch with an `error_page 494` directive. Oversized cookies are by far the most common cause.',
    causes: [
      'The site has set too many cookies, or cookies that are too large.',
      'A very long Authorization header or token, such as a large JWT.',
      'A proxy or browser extension added extra or oversized headers.',
      'The server was configured with small large_client_header_buffers.',
    ],
    visitorAdvice: "Clear this site's cookies (or open the page in a private window) and reload. If that fixes it, the cookies had grown too large.",
    ownerAdvice:
      'Find out which cookies or headers are large and shrink them: store less in cookies, remove stale ones, and avoid putting big tokens in headers. If large headers are legitimate, raise large_client_header_buffers in the http or server block.',
    retry: 'after-change',
    cacheable: false,
    spec: NGINX_REQUEST_H,
    origin: ORIGINS.nginx,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '495',
    status: 400,
    phrase: 'SSL Certificate Error',
    summary: 'The client certificate sent to nginx could not be verified; nginx reports this to the browser as a 400.',
    explanation:
      'Some sites ask visitors to prove who they are with a client certificate (mutual TLS). When nginx is set to verify those certificates and the one presented fails the check, it uses 495 internally and sends a 400 Bad Request whose page reads "The SSL certificate error". The number 495 can be caught with `error_page 495` to show a friendlier page.',
    causes: [
      'The client certificate has expired or is not yet valid.',
      'It was issued by an authority the server does not trust (missing from ssl_client_certificate or ssl_trusted_certificate).',
      'The certificate has been revoked (listed in the configured CRL).',
      'The certificate chain is incomplete or too deep for ssl_verify_depth.',
    ],
    visitorAdvice:
      'Your browser sent a certificate the site does not accept. Check that the right certificate is installed and still valid, or ask whoever issued it for a new one.',
    ownerAdvice:
      'Check the nginx error log for the verification error, then confirm the issuing CA is in ssl_client_certificate, the CRL is current, and ssl_verify_depth is large enough for your chain.',
    retry: 'after-change',
    cacheable: false,
    spec: NGINX_SSL_ERRORS,
    origin: ORIGINS.nginx,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '496',
    status: 400,
    phrase: 'SSL Certificate Required',
    summary: 'nginx requires a client certificate and none was sent; the browser receives this as a 400.',
    explanation:
      'When nginx is configured with `ssl_verify_client on`, every visitor must present a client certificate during the TLS handshake. If the browser sends none, nginx uses 496 internally and answers with a 400 Bad Request whose page reads "No required SSL certificate was sent". The number 496 can be caught with `error_page 496`.',
    causes: [
      'No client certificate is installed in the browser or device.',
      'The browser did not offer the certificate, or the user dismissed the certificate prompt.',
      'The site turned on mandatory client certificates for a page that ordinary visitors use.',
    ],
    visitorAdvice:
      'This site only admits visitors with a client certificate. Install the certificate you were given, restart the browser and choose it when prompted; if you never received one, contact the site owner.',
    ownerAdvice:
      'If only some pages need certificates, use `ssl_verify_client optional` and check $ssl_client_verify where access should be limited. Otherwise, make sure users receive certificates and installation instructions.',
    retry: 'after-change',
    cacheable: false,
    spec: NGINX_SSL_ERRORS,
    origin: ORIGINS.nginx,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '497',
    status: 400,
    phrase: 'HTTP Request Sent to HTTPS Port',
    summary: 'A plain HTTP request reached a port where nginx expects HTTPS; the browser receives this as a 400.',
    explanation:
      'A port that nginx serves with TLS expects an encrypted handshake first. When a plain-text HTTP request arrives there instead, nginx uses 497 internally and sends a 400 Bad Request whose page reads "The plain HTTP request was sent to HTTPS port". Many operators catch the code with `error_page 497` and redirect the visitor to the https:// address.',
    causes: [
      'The link or bookmark uses http:// together with the HTTPS port, such as http://example.com:443/.',
      'A load balancer or proxy forwards plain HTTP to a backend port that expects HTTPS.',
      'A site configuration was changed to TLS on a port that clients still reach over HTTP.',
    ],
    visitorAdvice: 'Change the start of the address from http:// to https:// and try again.',
    ownerAdvice:
      'Add `error_page 497 https://$host$request_uri;` to redirect these requests, fix any links that mix http:// with the TLS port, and make sure proxies speak HTTPS to TLS backends.',
    retry: 'after-change',
    cacheable: false,
    spec: NGINX_SSL_ERRORS,
    origin: ORIGINS.nginx,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '499',
    phrase: 'Client Closed Request',
    class: 'no-response',
    summary: 'The client hung up before nginx could answer; nginx logs 499, and nothing is ever sent to the browser.',
    explanation:
      'HTTP has no code for "the client went away", so nginx invented 499 to record it in its access log. It means the browser, app or proxy in front of nginx closed the connection while nginx was still working on the request, usually while waiting for an upstream application. Nothing is sent because there is no one left to receive it.',
    causes: [
      'The visitor stopped loading, closed the tab or navigated elsewhere.',
      'A client or load balancer in front of nginx has a shorter timeout than the time the backend needs.',
      'A slow upstream (application server, database) made the request take too long.',
      'Scripts or monitoring tools that give up after a fixed time.',
    ],
    visitorAdvice: 'Nothing to fix on your side. If a page keeps failing this way, reload it and give it a little more time.',
    ownerAdvice:
      'A few 499s are normal. If they pile up, compare upstream response times with the timeouts of whatever sits in front of nginx, and speed up the slow endpoints. `proxy_ignore_client_abort on` lets nginx finish upstream work even after the client leaves.',
    retry: 'immediately',
    cacheable: false,
    spec: NGINX_REQUEST_H,
    origin: ORIGINS.nginx,
    lifecycle: 'vendor',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Cloudflare 5xx
// ---------------------------------------------------------------------------------------------------------

const cloudflare5xxEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '520',
    status: 520,
    phrase: 'Web Server Returned an Unknown Error',
    aliases: ['Unknown Error'],
    summary: "Cloudflare reached the site's server, but the server's answer was empty, broken or otherwise unexpected.",
    explanation:
      "Cloudflare sits between visitors and the site's own server (the origin). 520 is its catch-all for an origin that accepted the connection but then replied with something Cloudflare could not use: nothing at all, a reset connection, or a malformed response. The problem lies with the origin or its configuration, not with the visitor.",
    causes: [
      'The origin application crashed or closed the connection before finishing its response.',
      'The origin sent an empty or invalid HTTP response.',
      'Response headers were too large, often because of very many cookies.',
      'A firewall or security module at the origin reset connections coming from Cloudflare.',
    ],
    visitorAdvice: 'Wait a minute and reload. If the error stays, the site has a server-side problem that only its owner can fix.',
    ownerAdvice:
      'Look at the origin web server and application error logs at the time of the Ray ID. Make sure nothing at the origin blocks or resets connections from Cloudflare IP ranges, keep response headers small, and test the origin directly (bypassing Cloudflare) to see the raw response.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('520'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '521',
    status: 521,
    phrase: 'Web Server Is Down',
    summary: "Cloudflare tried to connect to the site's server, and the server refused the connection.",
    explanation:
      "A 521 means the site's origin server actively turned Cloudflare away: the connection attempt was refused. Either the web server software is not running, or something in front of it, such as a firewall, rejects traffic from Cloudflare's addresses.",
    causes: [
      'The web server (Apache, nginx, IIS, ...) is stopped or crashed.',
      "A firewall, security plugin or tool such as fail2ban blocks Cloudflare's IP ranges.",
      'The origin does not listen on the port Cloudflare connects to (80 or 443).',
    ],
    visitorAdvice: 'The site is down for now. Try again later.',
    ownerAdvice:
      "Make sure the web server is running and listening on ports 80 and 443. Then allow all of Cloudflare's published IP ranges (cloudflare.com/ips) in every firewall and security plugin, and check that rate limiters at the origin are not treating Cloudflare as a single abusive client.",
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('521'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '522',
    status: 522,
    phrase: 'Connection Timed Out',
    summary: "Cloudflare could not open a connection to the site's server in time, or the server never acknowledged the request.",
    explanation:
      "With a 522, Cloudflare's connection attempt to the origin went unanswered: either the TCP handshake never completed, or the connection opened but the origin never acknowledged the request. Unlike a 521, nothing refused the connection; it simply timed out, which points to an overloaded server, a firewall silently dropping packets, or a wrong origin address.",
    causes: [
      'The origin server is overloaded and cannot accept new connections.',
      "A firewall drops (rather than refuses) packets from Cloudflare's IP ranges.",
      'The DNS record in Cloudflare points to the wrong or an old origin IP address.',
      'Keep-alive is disabled at the origin, or a network route between Cloudflare and the origin is broken.',
    ],
    visitorAdvice: 'The site is not responding at the moment. Wait a few minutes and try again.',
    ownerAdvice:
      "Confirm the origin firewall allows all of Cloudflare's IP ranges and does not rate-limit them, check server load (CPU, memory, connection limits), enable HTTP keep-alive, and verify that the A/AAAA records in the Cloudflare dashboard point to the correct origin IP.",
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('522'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '523',
    status: 523,
    phrase: 'Origin Is Unreachable',
    summary: "Cloudflare could not find a network path to the site's server at all.",
    explanation:
      "A 523 means Cloudflare could not reach the origin over the network: the address it was given cannot be reached from Cloudflare's edge. This usually comes down to a DNS record pointing at an address that no longer hosts the site, or to a routing problem at the hosting provider.",
    causes: [
      "The origin's IP address changed and the DNS record in Cloudflare was not updated.",
      "A routing or network problem at the hosting provider's side.",
      'The origin server or its network is offline.',
    ],
    visitorAdvice: 'The site cannot be reached right now. Try again later.',
    ownerAdvice:
      'Check that the A/AAAA records in Cloudflare hold the current origin IP address, and ask your hosting provider to look for routing problems between their network and Cloudflare (a traceroute from the origin helps).',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('523'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '524',
    status: 524,
    phrase: 'A Timeout Occurred',
    summary: "Cloudflare connected to the site's server, but the server took too long (by default 100 seconds) to send a response.",
    explanation:
      "With a 524, the connection to the origin worked and the request was delivered, but no HTTP response arrived before Cloudflare's proxy read timeout ran out (100 seconds by default). The work may still be running on the server; Cloudflare simply stopped waiting and told the visitor.",
    causes: [
      'A slow page, report, export or API call that needs more than the timeout.',
      'Long-running database queries or locks.',
      'An overloaded origin that queues requests for too long.',
    ],
    visitorAdvice: 'Wait and try again. If you were submitting something (an order, an upload), check whether it went through before sending it again.',
    ownerAdvice:
      'Move long jobs to background workers and let the page poll for the result, speed up slow queries, or serve long-running endpoints from a host name that is not proxied through Cloudflare. Enterprise plans can raise the proxy read timeout.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('524'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '525',
    status: 525,
    phrase: 'SSL Handshake Failed',
    summary: "Cloudflare could not complete a secure (TLS) handshake with the site's server.",
    explanation:
      "When a site uses Cloudflare's Full or Full (strict) encryption mode, Cloudflare connects to the origin over HTTPS. A 525 means that TLS handshake failed, so no encrypted connection could be set up. The visitor's own connection to Cloudflare is fine; the broken link is between Cloudflare and the origin.",
    causes: [
      'No certificate is installed on the origin, or HTTPS is not enabled there.',
      'The origin does not listen on port 443 or does not support SNI.',
      "The origin's TLS versions or cipher suites have nothing in common with Cloudflare's.",
    ],
    visitorAdvice: "This is a configuration problem on the site's side. Try again later.",
    ownerAdvice:
      'Make sure the origin listens on 443 with a valid certificate (a free Cloudflare Origin CA certificate works), supports SNI, and offers modern TLS versions and ciphers. Test with `openssl s_client -connect origin-ip:443 -servername your-host`.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('525'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '526',
    status: 526,
    phrase: 'Invalid SSL Certificate',
    summary: "Cloudflare refused the site's server certificate because it could not be validated.",
    explanation:
      "In Full (strict) mode, Cloudflare checks the certificate the origin presents, just as a browser would. A 526 means that check failed, so Cloudflare would not send the visitor's request over that connection. The certificate the visitor sees comes from Cloudflare and is not the problem.",
    causes: [
      'The origin certificate has expired.',
      'It is self-signed or issued by an authority Cloudflare does not trust.',
      'It does not cover the requested host name.',
      'The origin does not send the intermediate certificates of its chain.',
    ],
    visitorAdvice: "This is a certificate problem on the site's side. Try again later.",
    ownerAdvice:
      "Install a valid certificate on the origin that covers the host name: a publicly trusted one or a Cloudflare Origin CA certificate, with the full chain. Switching the zone to Full (non-strict) hides the error but stops Cloudflare from checking the origin's identity, so treat it only as a stopgap.",
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('526'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '527',
    status: 527,
    phrase: 'Railgun Error',
    aliases: ['Railgun Listener to Origin Error'],
    summary: "Cloudflare's connection to the site's Railgun listener failed; Railgun has since been retired, so this is rarely seen now.",
    explanation:
      'Railgun was an optional Cloudflare product that sped up traffic between Cloudflare and the origin through a listener program (rg-listener) installed near the origin. A 527 meant the connection between Cloudflare and that listener, or between the listener and the origin, had failed. Cloudflare retired Railgun in 2024, so a 527 today most likely comes from an old log or a very old setup.',
    causes: [
      'The Railgun listener was stopped, unreachable or blocked by a firewall.',
      'The listener could not reach the origin web server, or timed out waiting for it.',
      'Certificate or configuration mismatches between Cloudflare and the listener.',
    ],
    visitorAdvice: "This is a problem on the site's side. Try again later.",
    ownerAdvice:
      'Railgun no longer exists, so remove any remaining Railgun configuration. For faster connections between Cloudflare and your origin, look at its current products such as Argo Smart Routing or Cloudflare Tunnel.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: { title: 'Cloudflare docs', section: 'Cloudflare 5xx errors', url: CF_5XX_BASE },
    origin: ORIGINS.cloudflare,
    lifecycle: 'obsolete',
  },
  {
    protocol: 'http',
    code: '530',
    status: 530,
    phrase: 'Origin DNS Error',
    summary: "Cloudflare could not reach the site's server; the error page names a 1xxx error, most often 1016 (DNS) or 1033 (tunnel).",
    explanation:
      "Cloudflare sends 530 when it cannot even work out where or how to reach the origin. The status line carries no detail; the error page body names a 1xxx error that explains it. The two most common are 1016, where the origin's host name does not resolve in DNS, and 1033, where the site is served through a Cloudflare Tunnel that is not connected.",
    causes: [
      'Error 1016: the DNS record Cloudflare uses for the origin is missing or does not resolve.',
      'Error 1033: the cloudflared tunnel serving the site is stopped or cannot reach Cloudflare.',
      'Other 1xxx configuration errors on the Cloudflare side.',
    ],
    visitorAdvice: 'The site cannot be reached at the moment. Try again in a few minutes.',
    ownerAdvice:
      'Read the 1xxx number on the error page. For 1016, make sure the A, AAAA or CNAME record for the origin exists and resolves; for 1033, check that cloudflared is running and connected (`cloudflared tunnel list`).',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
    cacheable: false,
    headers: CF_HEADERS,
    spec: cf5xxDoc('530'),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Cloudflare 1xxx (error page codes)
// ---------------------------------------------------------------------------------------------------------

/** The fields that differ between Cloudflare's 1xxx errors; the rest are the same for all of them. */
type Cf1xxxText = Pick<StatusEntry, 'phrase' | 'summary' | 'explanation' | 'causes' | 'visitorAdvice' | 'ownerAdvice' | 'retry'> &
  Partial<Pick<StatusEntry, 'aliases' | 'crawlerNote' | 'headers' | 'spec'>> &
  ({ status: number } | { status?: never; class: StatusClass });

/**
 * A Cloudflare 1xxx error. Every one is Cloudflare's own code, never cacheable, explained with the note that
 * its number is in the page and not in the status line, and documented on its own page unless `spec` says
 * otherwise.
 */
function cf1xxx(code: string, text: Cf1xxxText): EntryDraft {
  const { explanation, headers, spec, ...rest } = text;
  return {
    protocol: 'http',
    code,
    ...rest,
    explanation: `${explanation} ${CF_1XXX_NOTE}`,
    cacheable: false,
    headers: headers ?? CF_HEADERS,
    spec: spec ?? cf1xxxDoc(code),
    origin: ORIGINS.cloudflare,
    lifecycle: 'vendor',
  };
}

/** 1006, 1007, 1008 and 1106 are one error under four numbers: written once. */
const cfBanEntry = (code: '1006' | '1007' | '1008' | '1106'): EntryDraft =>
  cf1xxx(code, {
    status: 403,
    phrase: 'Access Denied: Your IP Address Has Been Banned',
    summary: `Cloudflare error ${code}: the site's owner has blocked the IP address you are connecting from.`,
    explanation:
      "Errors 1006, 1007, 1008 and 1106 all mean the same thing: a security rule set by the site's owner in Cloudflare blocks your IP address. Cloudflare enforces the block on the owner's behalf and cannot lift it.",
    causes: CF_BAN_CAUSES,
    visitorAdvice: CF_BAN_VISITOR,
    ownerAdvice: CF_BAN_OWNER,
    crawlerNote: CF_BLOCK_CRAWLER,
    retry: 'no',
    spec: cf1xxxDoc(code, '1006'),
  });

const cloudflare1xxxEntries: EntryDraft[] = [
  cf1xxx('1000', {
    status: 403,
    phrase: 'DNS Points to Prohibited IP',
    summary: 'Cloudflare error 1000: the request would loop back into Cloudflare (usually through DNS) or carries forwarding headers it rejects.',
    explanation: `Cloudflare stops a request with error 1000 when forwarding it would send it back into Cloudflare itself, or when the request arrives with forwarding headers it will not accept. The loop usually comes from DNS, a record for the site pointing at a Cloudflare IP address instead of the origin server, but a proxy at the origin that sends the request back through Cloudflare causes it too; the header cases come from clients and proxies in front of Cloudflare.`,
    causes: [
      "An A record in Cloudflare DNS points to one of Cloudflare's own IP addresses.",
      'A reverse proxy at the origin sends the request back through Cloudflare a second time.',
      'The request has an X-Forwarded-For header longer than 100 characters, or two X-Forwarded-For headers.',
      'The request already contains a CF-Connecting-IP header.',
    ],
    visitorAdvice: 'This is a configuration problem on the site. Let its owner know; there is nothing to change on your side.',
    ownerAdvice:
      "Point the A/AAAA records in Cloudflare DNS at your origin server's real IP address, not at a Cloudflare address. If a proxy at the origin forwards to the same host name, make it connect to the origin directly or use an HTTP redirect instead. If DNS is right, look at what sits in front of Cloudflare: a client or proxy that adds CF-Connecting-IP or piles up X-Forwarded-For values.",
    retry: 'later',
    headers: ['CF-RAY', 'X-Forwarded-For', 'CF-Connecting-IP'],
  }),
  cf1xxx('1001', {
    status: 409,
    phrase: 'DNS Resolution Error',
    summary: 'Cloudflare error 1001: the request reached Cloudflare for a host name it cannot resolve to any active site.',
    explanation: `Error 1001 means the request arrived at Cloudflare, but the host name is not set up as an active Cloudflare site, or its DNS cannot be resolved. It typically follows a half-finished setup: a domain outside Cloudflare points a CNAME at a Cloudflare domain, or a CNAME target does not resolve.`,
    causes: [
      'The host name is not an active domain on Cloudflare.',
      'A domain that is not on Cloudflare has a CNAME pointing to a domain that is.',
      'The target of a CNAME record does not resolve, or its DNS provider is offline.',
      'Always Online is enabled for a Cloudflare for SaaS custom host name.',
    ],
    visitorAdvice: 'The site is misconfigured or has just been set up. Check the address, then try again later.',
    ownerAdvice:
      'Make sure the domain is active in your Cloudflare account and its records resolve. A domain outside Cloudflare cannot CNAME to a Cloudflare domain unless the target uses Cloudflare for SaaS; do not link directly to *.cdn.cloudflare.net names.',
    retry: 'later',
  }),
  cf1xxx('1002', {
    status: 403,
    phrase: 'DNS Points to Prohibited IP',
    aliases: ['Restricted'],
    summary: "Cloudflare error 1002: the site's DNS record points to an address Cloudflare will not forward traffic to.",
    explanation: `Error 1002 appears when a DNS record for a Cloudflare site points to a Cloudflare IP address, a local or reserved address, or an address that does not belong to the site. Cloudflare refuses to forward the request there.`,
    causes: [
      "A DNS record in Cloudflare points to one of Cloudflare's IP addresses.",
      'A record points to a private, local or otherwise disallowed address.',
      'A CNAME record has the wrong target.',
    ],
    visitorAdvice: 'This is a configuration problem on the site. Let its owner know.',
    ownerAdvice:
      "Confirm your origin's public IP address with your hosting provider and put it in the A/AAAA records. Have the origin resolve its own host name to its local address so it does not route requests to itself through Cloudflare.",
    retry: 'later',
  }),
  cf1xxx('1003', {
    status: 403,
    phrase: 'Direct IP Access Not Allowed',
    summary: 'Cloudflare error 1003: a Cloudflare IP address was requested directly instead of a website name.',
    explanation: `Cloudflare serves many sites from the same IP addresses, so it needs the site's name to know which one is meant. Requesting one of its IP addresses directly (https://104.16.x.x/, for example) or with an unknown Host header produces error 1003.`,
    causes: [
      'The address bar or a script uses a Cloudflare IP address instead of a domain name.',
      'A tool sends a Host header that does not match any site on Cloudflare.',
    ],
    visitorAdvice: "Use the website's domain name in the address instead of an IP address.",
    ownerAdvice:
      'Make sure links, API clients and health checks use the host name. To test an origin directly, connect to the origin IP itself, not to a Cloudflare address.',
    retry: 'after-change',
    headers: ['CF-RAY', 'Host'],
  }),
  cf1xxx('1004', {
    phrase: 'Host Not Configured to Serve Web Traffic',
    class: 'server-error',
    summary: 'Cloudflare error 1004: the host name is not currently set up to serve websites through Cloudflare.',
    explanation: `Error 1004 means Cloudflare knows the host name but is not set up to proxy web traffic for it. This often clears by itself a few minutes after DNS changes; it can also mean Cloudflare disabled proxying for the domain because of abuse.`,
    causes: [
      'Recent DNS changes have not finished propagating.',
      "The site's DNS A records point to Cloudflare IP addresses.",
      'Cloudflare staff disabled proxying for the domain after abuse or a terms-of-service violation.',
    ],
    visitorAdvice: 'Try again in a few minutes. If the error stays, the site has a configuration problem only its owner can fix.',
    ownerAdvice:
      'Check that your DNS records point to your origin, not to Cloudflare addresses, and wait a few minutes after changes. If the error lasts longer than five minutes, contact Cloudflare Support.',
    retry: 'later',
  }),
  cf1xxx('1005', {
    status: 403,
    phrase: 'Access Denied: Autonomous System Number (ASN) Banned',
    summary: "Cloudflare error 1005: the site's owner has blocked the whole network (ASN) your connection comes from.",
    explanation: `Every network on the internet, from a home ISP to a cloud provider, has an Autonomous System Number. Error 1005 means the site's owner has blocked the ASN your traffic comes from, often a hosting or VPN provider whose addresses are used by bots.`,
    causes: [
      'You are connecting through a VPN, proxy, or cloud or hosting network that the site blocks.',
      "Your internet provider's network was blocked because of abuse from other users.",
    ],
    visitorAdvice: CF_BAN_VISITOR,
    ownerAdvice:
      'Find the Ray ID or IP address in Security Events to see which rule matched, and adjust the IP Access rule for that ASN if real visitors are being caught.',
    crawlerNote: CF_BLOCK_CRAWLER,
    retry: 'no',
  }),
  cfBanEntry('1006'),
  cfBanEntry('1007'),
  cfBanEntry('1008'),
  cfBanEntry('1106'),
  cf1xxx('1009', {
    status: 403,
    phrase: 'Access Denied: Country or Region Banned',
    summary: "Cloudflare error 1009: the site's owner does not allow visitors from the country or region your IP address is in.",
    explanation: `Site owners can block whole countries or regions in Cloudflare. Error 1009 means your IP address is located in one of them. The decision is the owner's, often for legal, licensing or security reasons.`,
    causes: [
      'Your IP address is located in a country or region the site blocks.',
      'A VPN or proxy makes you appear to be in a blocked country.',
      'Your IP address is mapped to the wrong country in geolocation databases.',
    ],
    visitorAdvice: 'If you use a VPN, switch it off or choose another location. Otherwise, contact the site owner; only they can change the rule.',
    ownerAdvice:
      'Review your country rules in IP Access rules or WAF custom rules. Check Security Events for the Ray ID if a visitor reports being wrongly blocked.',
    crawlerNote: CF_BLOCK_CRAWLER,
    retry: 'no',
  }),
  cf1xxx('1010', {
    status: 403,
    phrase: 'Access Denied: Browser Signature Banned',
    summary: "Cloudflare error 1010: the site's Browser Integrity Check rejected the browser or tool making the request.",
    explanation: `Cloudflare's Browser Integrity Check looks at the request headers for signs of bots and spam tools, such as a missing or unusual User-Agent. Error 1010 means your browser or client failed that check, so the site's owner has chosen to turn it away.`,
    causes: [
      'A script, command-line tool or headless browser with a missing or suspicious User-Agent.',
      'A browser extension or privacy tool that removes or rewrites headers.',
      'An outdated or uncommon browser.',
    ],
    visitorAdvice: 'Try an up-to-date, mainstream browser with extensions disabled. If it still fails, contact the site owner.',
    ownerAdvice:
      'If legitimate clients are blocked, turn off Browser Integrity Check for the affected paths with a configuration rule, or allow the specific clients in a WAF rule.',
    crawlerNote: CF_BLOCK_CRAWLER,
    retry: 'after-change',
    headers: ['CF-RAY', 'User-Agent'],
  }),
  cf1xxx('1011', {
    status: 403,
    phrase: 'Access Denied (Hotlinking Denied)',
    summary: "Cloudflare error 1011: the site's hotlink protection blocked a file embedded from another website.",
    explanation: `With hotlink protection on, a site serves its images only to pages on its own domain. Error 1011 means an image or file was requested from another site's page (judged by the Referer header), so Cloudflare refused it.`,
    causes: ["Another website embeds this site's images directly.", 'A page on a different domain or subdomain that the owner has not allowed.'],
    visitorAdvice: 'Open the image or file from the original website instead of the page that embeds it.',
    ownerAdvice:
      'If your own subdomains or partner sites should be able to embed files, adjust Hotlink Protection in Scrape Shield or allow those paths with a rule.',
    retry: 'no',
    headers: ['CF-RAY', 'Referer'],
  }),
  cf1xxx('1012', {
    status: 403,
    phrase: 'Access Denied',
    summary: 'Cloudflare error 1012: the site blocks your network because malicious activity was detected from it.',
    explanation: `Error 1012 means the site's owner forbids access from your computer or network because Cloudflare saw signs of malicious activity from it. The most common reason is malware on a device that shares your internet connection.`,
    causes: ['Malware or a virus on a device using your connection.', 'Other users of a shared network (office, public Wi-Fi, carrier) behaving abusively.'],
    visitorAdvice:
      'Update your security software and run a full scan on the devices on your network. If the block stays, contact the site owner and ask them to allow your IP address.',
    ownerAdvice: CF_BAN_OWNER,
    crawlerNote: CF_BLOCK_CRAWLER,
    retry: 'no',
  }),
  cf1xxx('1013', {
    status: 403,
    phrase: 'HTTP Hostname and TLS SNI Hostname Mismatch',
    summary: 'Cloudflare error 1013: the site name sent during the secure handshake differs from the one in the HTTP request.',
    explanation: `During the TLS handshake a browser names the site it wants (Server Name Indication, SNI); the HTTP request then names it again in its Host header. Cloudflare requires the two to match. Error 1013 means they did not, which usually points to a proxy or tool that rewrites one of them.`,
    causes: [
      'A corporate proxy, antivirus or filter that intercepts HTTPS and changes the Host header or the SNI.',
      'A script or tool that sets a Host header different from the host it connects to.',
      'Browser settings or extensions that tamper with either name.',
    ],
    visitorAdvice: 'Try another browser or network, and switch off any HTTPS-inspecting proxy or security tool for this site.',
    ownerAdvice:
      'Ask the affected user which proxy or tool they use. If your own clients call the site, make sure the Host header and the TLS server name are the same host name.',
    retry: 'after-change',
    headers: ['CF-RAY', 'Host'],
  }),
  cf1xxx('1014', {
    status: 403,
    phrase: 'CNAME Cross-User Banned',
    summary: 'Cloudflare error 1014: a DNS CNAME points to a domain that lives in a different Cloudflare account.',
    explanation: `By default Cloudflare does not let a domain in one account send its traffic, through a CNAME record, to a domain in another account. Error 1014 means such a record was followed. It also appears when a custom domain is connected to an R2 bucket while the target zone has a zone hold enabled.`,
    causes: [
      'A CNAME record points to a domain on a different Cloudflare account.',
      'A custom domain for an R2 bucket, where the domain is an active zone with zone hold enabled.',
      'A SaaS provider on Cloudflare has not set up your domain as a custom host name.',
    ],
    visitorAdvice: 'This is a configuration problem on the site. Let its owner know.',
    ownerAdvice:
      'If you point a domain at a service hosted on Cloudflare, ask the service to add it as a custom host name (Cloudflare for SaaS). For R2 custom domains, disable the zone hold on the target zone.',
    retry: 'later',
  }),
  cf1xxx('1015', {
    status: 429,
    phrase: 'You Are Being Rate Limited',
    summary: 'Cloudflare error 1015: you sent more requests than the site allows in a short time, so you are paused for a while.',
    explanation: `Site owners can set rate-limiting rules in Cloudflare that cap how many requests one visitor may send in a given period. Error 1015 means you crossed such a limit and are temporarily blocked. Sending more requests while blocked can extend the block.`,
    causes: [
      'Reloading a page or clicking very quickly many times in a row.',
      'A script, scraper or app polling the site too often.',
      'Many people sharing one IP address (office, school, carrier NAT) counted as one visitor.',
      'A rate-limiting rule that is set too strictly.',
    ],
    visitorAdvice:
      'Stop reloading and wait a few minutes (if the response has a Retry-After header, wait at least that long), then try again. If you are blocked for a long time, contact the site owner.',
    ownerAdvice:
      'Review your rate-limiting rules in Cloudflare: thresholds, counting period and which requests they count. A very short period, such as one second, often catches real visitors; try ten seconds or more, and exclude static files and known partners.',
    crawlerNote:
      'Google treats 429 like a server error: Googlebot slows its crawling, and pages that keep returning 429 can drop out of the index. Exempt verified search engine bots if your limits are strict.',
    retry: 'later',
    headers: ['CF-RAY', 'Retry-After'],
  }),
  cf1xxx('1016', {
    status: 530,
    phrase: 'Origin DNS Error',
    summary: "Cloudflare error 1016: Cloudflare cannot look up the IP address of the site's origin server.",
    explanation: `To forward a request, Cloudflare must resolve the origin named in the site's DNS records. Error 1016, sent with HTTP 530, means that lookup failed: the record is missing, or it is a CNAME to a host name that does not resolve.`,
    causes: [
      'The A or AAAA record for the origin is missing.',
      'A CNAME record points to an external host name that does not resolve.',
      'Host names in Load Balancer pools cannot be resolved.',
      'A Cloudflare for SaaS custom host name has no matching record or fallback origin.',
    ],
    visitorAdvice: 'The site is misconfigured at the moment. Try again later.',
    ownerAdvice:
      'Check that every origin A/AAAA record exists and points to a valid IP, and that every CNAME target resolves (test with a public DNS lookup tool). For Cloudflare for SaaS, confirm the fallback origin and custom host name validation.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
  }),
  cf1xxx('1018', {
    status: 409,
    phrase: 'Could Not Find Host',
    summary: "Cloudflare error 1018: Cloudflare does not yet know this site's settings, typically just after the domain was activated.",
    explanation: `Error 1018, sent with HTTP 409, means Cloudflare's edge could not find the configuration for this host name. It usually happens in the first minutes after a domain is activated, while its settings spread across Cloudflare's network, or when a hosting partner's DNS setup failed.`,
    causes: [
      'The domain was activated recently and its settings have not reached every Cloudflare data center.',
      'The domain was set up through a hosting partner whose DNS setup failed.',
    ],
    visitorAdvice: 'Try again in a few minutes.',
    ownerAdvice:
      'Wait a few minutes after activation. If the error continues, contact Cloudflare Support with the domain name, the Ray ID and a HAR capture of the failing request.',
    retry: 'later',
  }),
  cf1xxx('1019', {
    phrase: 'Compute Server Error',
    class: 'server-error',
    summary: 'Cloudflare error 1019: a Cloudflare Worker called itself, or other Workers, too many times in a row.',
    explanation: `Cloudflare Workers are small programs that run on Cloudflare's edge in front of a site. To stop endless loops, a chain of Workers calling each other is limited to 16 invocations (tracked in the CF-EW-Via header). Error 1019 means that limit was hit, usually because a Worker fetches a URL that runs the same Worker again.`,
    causes: ['A Worker fetches a URL on a route that triggers the same Worker.', 'Two or more Workers call each other in a loop.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice:
      "Make sure your Worker's subrequests do not land on routes handled by the same Worker, for example by fetching the origin directly or narrowing the Worker route.",
    retry: 'no',
    headers: ['CF-RAY', 'CF-EW-Via'],
  }),
  cf1xxx('1020', {
    status: 403,
    phrase: 'Access Denied',
    summary: "Cloudflare error 1020: a firewall rule set by the site's owner blocked this request.",
    explanation: `Error 1020 means the request matched a firewall or WAF custom rule that the site's owner configured in Cloudflare, and that rule's action was to block. The rule can look at almost anything: IP address, country, URL, user agent, headers or bot score.`,
    causes: [
      "The request matched one of the site's firewall or WAF custom rules.",
      'A VPN, proxy or automated tool that the rules treat as suspicious.',
      'A rule that is broader than the owner intended.',
    ],
    visitorAdvice:
      'Only the site owner can change the rule. Send them a screenshot of the error page with its Ray ID and time; trying without a VPN or from another network may also help.',
    ownerAdvice:
      'Search Security Events for the Ray ID or IP address from the error page, find the rule that matched, and narrow it or add an exception for the visitor.',
    crawlerNote: CF_BLOCK_CRAWLER,
    retry: 'no',
  }),
  cf1xxx('1021', {
    phrase: 'Worker Requested an Inaccessible Host',
    class: 'server-error',
    summary: 'Cloudflare error 1021: a Cloudflare Worker tried to fetch from a host it is not allowed to reach.',
    explanation: `Error 1021 comes from a Cloudflare Worker running in front of the site. The Worker made a subrequest to a host that Workers cannot access, so it could not build a response.`,
    causes: ['The Worker code fetches a host name or address that Workers are not allowed to reach.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice:
      "Check which URLs the Worker fetches (Workers logs show failed subrequests) and change it to call hosts it can reach, such as your origin's public host name.",
    retry: 'no',
    spec: cfWorkersDoc('1021'),
  }),
  cf1xxx('1022', {
    phrase: 'Worker Routing Failed',
    class: 'server-error',
    summary: 'Cloudflare error 1022: Cloudflare could not route the request to the Worker that should handle it.',
    explanation: `Error 1022 means the request was meant for a Cloudflare Worker, but Cloudflare failed to hand it over. It points to a problem in Cloudflare's Workers platform or in how the route is set up rather than to the visitor.`,
    causes: ['A temporary problem in the Workers platform.', 'A route that refers to a Worker that is missing or misconfigured.'],
    visitorAdvice: 'Try again in a few minutes.',
    ownerAdvice:
      'Check that the Worker bound to this route exists and is deployed, and look at cloudflarestatus.com for incidents. Contact Cloudflare Support if it persists.',
    retry: 'later',
    spec: cfWorkersDoc('1022'),
  }),
  cf1xxx('1023', {
    status: 409,
    phrase: 'Could Not Find Host',
    summary: "Cloudflare error 1023: Cloudflare could not find this site's configuration, usually during setup or a partner DNS failure.",
    explanation: `Error 1023, sent with HTTP 409, is close to 1018: Cloudflare cannot find the host. It appears shortly after a site signs up, while its information spreads across Cloudflare's network, or when a hosting partner that manages the account has a DNS failure.`,
    causes: ['The site signed up for Cloudflare a few minutes ago.', 'The account was created through a hosting partner whose DNS failed.'],
    visitorAdvice: 'Try again in a few minutes.',
    ownerAdvice:
      'Give a new setup a few minutes. If it continues, contact Cloudflare Support (or your hosting partner) with the domain, the Ray ID and a HAR capture.',
    retry: 'later',
  }),
  cf1xxx('1024', {
    phrase: 'Worker Cannot Fetch a Cloudflare IP Address',
    class: 'server-error',
    summary: 'Cloudflare error 1024: a Cloudflare Worker tried to make a request straight to a Cloudflare-owned IP address.',
    explanation: `Workers may not send subrequests directly to IP addresses that belong to Cloudflare. Error 1024 means the Worker in front of this site tried to, so it could not produce a response.`,
    causes: ['The Worker fetches a URL containing a Cloudflare IP address instead of a host name.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice: 'Change the Worker to fetch by host name rather than by Cloudflare IP address.',
    retry: 'no',
    spec: cfWorkersDoc('1024'),
  }),
  cf1xxx('1025', {
    phrase: 'Please Check Back Later',
    class: 'server-error',
    summary: 'Cloudflare error 1025: the site has used up the Cloudflare Workers allowance of its plan, so the request was not served.',
    explanation: `Cloudflare Workers plans include a limited number of requests. Error 1025 means this site has reached the limit of its plan, so Cloudflare stopped running its Worker and did not serve the request.`,
    causes: ['The domain reached the request limit of its Cloudflare Workers plan.'],
    visitorAdvice: 'Try again later; the limit resets over time.',
    ownerAdvice: 'Check Workers usage in the dashboard and move to a plan with a higher allowance, or reduce the number of requests that run through Workers.',
    retry: 'later',
  }),
  cf1xxx('1027', {
    status: 429,
    phrase: 'Worker Exceeded Free Daily Request Limit',
    aliases: ['This website has been temporarily rate limited'],
    summary: "Cloudflare error 1027: the site's Worker has used up its free-plan daily request limit and is paused until the reset.",
    explanation: `On the Workers Free plan, each account gets a fixed number of Worker requests per day. When a route is set to fail closed and that limit is reached, visitors see error 1027 until the daily counter resets.`,
    causes: [
      'The account exceeded the daily request limit of the Workers Free plan.',
      'A traffic spike, bots or a loop sent far more requests through the Worker than usual.',
    ],
    visitorAdvice: 'Try again later; the limit resets once a day.',
    ownerAdvice:
      'Upgrade to a paid Workers plan, switch the route to fail open so requests reach the origin when the limit is hit, or cut the number of requests that invoke the Worker.',
    retry: 'later',
    spec: cfWorkersDoc('1027'),
  }),
  cf1xxx('1033', {
    status: 530,
    phrase: 'Cloudflare Tunnel Error',
    aliases: ['Argo Tunnel Error'],
    summary: 'Cloudflare error 1033: the site is served through a Cloudflare Tunnel, and that tunnel is not connected right now.',
    explanation: `Some sites reach Cloudflare through a Cloudflare Tunnel (formerly Argo Tunnel): a small program, cloudflared, runs next to the server and keeps an outbound connection open. Error 1033, sent with HTTP 530, means no healthy tunnel connection exists, so Cloudflare has no way to reach the server.`,
    causes: [
      'cloudflared is stopped, crashed or lost its network connection.',
      'The machine running the tunnel is off or asleep.',
      'A quick tunnel (trycloudflare.com) expired or was restarted with a new address.',
      'The DNS record points to a tunnel that was deleted or replaced.',
    ],
    visitorAdvice: 'Try again in a few minutes.',
    ownerAdvice:
      'Check that cloudflared is running and connected (`cloudflared tunnel list` or the Zero Trust dashboard), that it can reach Cloudflare on outbound ports, and that the DNS record points to the current tunnel. Running more than one replica avoids single points of failure.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
  }),
  cf1xxx('1034', {
    status: 403,
    phrase: 'Edge IP Restricted',
    summary: "Cloudflare error 1034: the site's DNS points to an IP address that its owner is not allowed to use.",
    explanation: `Cloudflare checks that a site's DNS records point to addresses the owner may use. Error 1034 appears when they do not, most famously when records point to 1.1.1.1 as a placeholder, or when a domain points to a SaaS provider's addresses without being set up with that provider.`,
    causes: [
      'A DNS record uses 1.1.1.1 or another address the owner does not control as a placeholder.',
      "The domain points to a SaaS provider's IP addresses but is not configured with that provider.",
    ],
    visitorAdvice: 'This is a configuration problem on the site. Let its owner know.',
    ownerAdvice:
      'Point DNS records only at addresses you control. For "originless" setups that only run Workers, use the reserved placeholders 192.0.2.0 or 100:: instead of 1.1.1.1; for SaaS providers, finish their custom-domain setup.',
    retry: 'later',
  }),
  cf1xxx('1035', {
    phrase: 'Invalid Request Rewrite (Invalid URI Path)',
    class: 'server-error',
    summary: "Cloudflare error 1035: one of the site's URL rewrite rules produced an invalid path.",
    explanation: `Site owners can rewrite request URLs in Cloudflare before they reach the origin. Error 1035 means a rewrite rule produced a path that is not valid: empty, not starting with a slash, or pointing into Cloudflare's reserved /cdn-cgi/ area.`,
    causes: ['A rewrite expression produces a path without a leading "/".', 'The rewritten path is empty.', 'The rewrite targets a path under /cdn-cgi/.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice:
      'Fix the URL rewrite rule so the new path is never empty and always starts with "/", for example concat("/", ...), and does not point under /cdn-cgi/.',
    retry: 'no',
  }),
  cf1xxx('1036', {
    phrase: 'Invalid Request Rewrite (Maximum Length Exceeded)',
    class: 'server-error',
    summary: "Cloudflare error 1036: one of the site's URL rewrite rules produced a path or query string that is too long.",
    explanation: `Error 1036 means a URL rewrite rule configured in Cloudflare built a new path or query string longer than Cloudflare allows, so the request could not be forwarded.`,
    causes: ['A rewrite expression that appends values repeatedly or copies long input into the URL.', 'A static rewrite value that is simply too long.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice: 'Shorten the rewrite value or expression for the path or query string.',
    retry: 'no',
  }),
  cf1xxx('1037', {
    phrase: 'Invalid Rewrite Rule (Failed to Evaluate Expression)',
    class: 'server-error',
    summary: "Cloudflare error 1037: one of the site's rewrite rules could not be evaluated for this request.",
    explanation: `Error 1037 means Cloudflare could not work out the result of a rewrite expression. Typically the expression refers to something this request does not have, such as a header that was not sent, so a value is undefined.`,
    causes: [
      'The expression reads a request header or field that is missing from this request.',
      'Another part of the expression evaluates to an undefined value.',
    ],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice: 'Make sure every value the expression uses is present, for example by limiting the rule to requests that actually carry the header it reads.',
    retry: 'no',
  }),
  cf1xxx('1040', {
    phrase: 'Invalid Request Rewrite (Header Modification Not Allowed)',
    class: 'server-error',
    summary: "Cloudflare error 1040: one of the site's rules tried to change a request header that Cloudflare does not allow changing.",
    explanation: `Request header transform rules can add, change or remove most request headers, but a few are reserved by Cloudflare. Error 1040 means a rule tried to modify one of those reserved headers.`,
    causes: ['A request header transform rule targets a reserved header.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice: "Check the request header transform rules and remove any change to headers on Cloudflare's reserved list.",
    retry: 'no',
  }),
  cf1xxx('1041', {
    phrase: 'Invalid Request Rewrite (Invalid Header Value)',
    class: 'server-error',
    summary: "Cloudflare error 1041: one of the site's rules set a request header to a value that is too long or has invalid characters.",
    explanation: `Error 1041 means a request header transform rule produced a header value that Cloudflare will not send: it is too long, or it contains characters that are not allowed in header values.`,
    causes: ['The new header value is too long.', 'The value contains characters that are not allowed, such as line breaks.'],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice: 'Shorten the header value or expression, and strip characters that are not allowed in header values.',
    retry: 'no',
  }),
  cf1xxx('1042', {
    phrase: 'Worker Fetched Another Worker on the Same Zone',
    class: 'server-error',
    summary: 'Cloudflare error 1042: a Cloudflare Worker tried to fetch another Worker on the same domain, which is not supported.',
    explanation: `A Worker cannot reach another Worker on the same zone through an ordinary fetch() to its URL. Error 1042 means the Worker in front of this site tried to, so the request failed.`,
    causes: ["A Worker calls another Worker's route on the same domain with fetch()."],
    visitorAdvice: REWRITE_VISITOR,
    ownerAdvice: 'Connect the two Workers with a Service binding instead of fetching the other Worker by URL.',
    retry: 'no',
    spec: cfWorkersDoc('1042'),
  }),
  cf1xxx('1101', {
    status: 500,
    phrase: 'Worker Threw Exception',
    aliases: ['Rendering Error'],
    summary: 'Cloudflare error 1101: the Cloudflare Worker handling this request crashed with a JavaScript error.',
    explanation: `Error 1101 means the Cloudflare Worker in front of the site threw an uncaught JavaScript exception, or finished without ever producing a response (reported as "The script will never generate a response"). The Worker's own code is at fault.`,
    causes: [
      'An uncaught exception: an undefined variable, a type error, a rejected promise.',
      'A promise the response depends on never resolves.',
      'A WebSocket that is never closed on the server side.',
      'A failed subrequest that the code does not handle.',
    ],
    visitorAdvice: 'Try again. If it keeps failing, the site has a bug only its owner can fix.',
    ownerAdvice:
      'Open the Worker logs (or run `wrangler tail`) to see the exception and stack trace, fix the code, and wrap risky calls in try/catch. ctx.passThroughOnException() can send requests to the origin when the Worker fails.',
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
  }),
  cf1xxx('1102', {
    status: 503,
    phrase: 'Worker Exceeded Resource Limits',
    aliases: ['Rendering Error'],
    summary: 'Cloudflare error 1102: the Cloudflare Worker handling this request went over its CPU time or memory limit and was stopped.',
    explanation: `Each run of a Cloudflare Worker has two budgets: CPU time per request and memory per isolate (128 MB). Error 1102 means the Worker in front of the site used up one of them and Cloudflare stopped it. Only computing counts against the CPU budget, not time spent waiting for network replies; memory runs out when the Worker holds too much data at once, such as a whole large file read into memory.`,
    causes: [
      'Heavy computation: large loops, parsing big JSON documents, image or crypto work.',
      'Too much data held in memory at once, for example a large response body buffered instead of streamed.',
      'Inefficient code paths triggered by particular requests.',
      'A plan whose CPU limit is too low for the workload.',
    ],
    visitorAdvice: 'Try again later. If it keeps happening, let the site owner know.',
    ownerAdvice:
      "Check the Worker's logs to see which limit was hit. For CPU, profile the code, cache expensive results, move heavy work to the origin or a queue, or raise the CPU limit on a paid plan; for memory, stream large bodies instead of buffering them and keep fewer objects alive at once.",
    crawlerNote: CF_5XX_CRAWLER,
    retry: 'later',
  }),
  cf1xxx('1103', {
    phrase: 'Worker Needs Cloudflare Support',
    class: 'server-error',
    summary: 'Cloudflare error 1103: the Worker in front of the site cannot run until its owner sorts it out with Cloudflare Support.',
    explanation:
      "Error 1103 comes from Cloudflare's Workers platform, not from the site's code: Cloudflare stopped the Worker in front of the site, and its documentation says only that the Worker's owner has to contact Cloudflare Support. Other 11xx numbers that are not documented point to a problem in the Workers runtime itself.",
    causes: ['Cloudflare has held back the Worker or its account for a reason it explains only to the owner.', 'A problem in the Workers runtime itself.'],
    visitorAdvice: 'Try again later; only the site’s owner can get this fixed.',
    ownerAdvice: 'Contact Cloudflare Support with the Ray ID from the error page, and check cloudflarestatus.com for a Workers incident.',
    retry: 'later',
    spec: cfWorkersDoc('1103'),
  }),
  cf1xxx('1200', {
    phrase: 'Cache Connection Limit',
    class: 'server-error',
    summary: "Cloudflare error 1200: too many requests are queued at Cloudflare waiting for the site's slow origin server.",
    explanation: `To protect its own systems, Cloudflare caps how many requests may wait at its edge for one origin. Error 1200 means that queue is full: the origin is accepting connections too slowly for the traffic it gets.`,
    causes: ['The origin accepts new connections too slowly.', 'A low cache-hit rate sends most requests to the origin.', 'A sudden traffic spike.'],
    visitorAdvice: 'Try again in a few minutes.',
    ownerAdvice:
      'Tune the origin to accept connections faster (worker and connection limits), and raise the cache-hit rate with caching rules so fewer requests need the origin.',
    retry: 'later',
  }),
];

// ---------------------------------------------------------------------------------------------------------
// AWS Elastic Load Balancing
// ---------------------------------------------------------------------------------------------------------

const awsElbEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '460',
    phrase: 'Client Closed Connection',
    class: 'no-response',
    summary: 'The client closed its connection to the AWS load balancer before a response was ready; it is recorded only in the logs.',
    explanation:
      "An Application Load Balancer records 460 when a client sent a request and then closed the connection before the load balancer's idle timeout ran out, usually while the target was still working on it. The client has already gone, so no one sees the status; it appears in the access logs and in the HTTPCode_ELB_4XX_Count metric.",
    causes: [
      "The client's own timeout is shorter than the time the target needs to respond.",
      'The visitor closed the page or navigated away.',
      'A proxy or mobile network dropped the connection.',
    ],
    visitorAdvice: 'Nothing to fix on your side; reload the page if it did not finish loading.',
    ownerAdvice:
      "Compare the client's timeout with the load balancer's idle timeout (60 seconds by default) and with how long the target takes. Make the target answer faster, or raise the client timeout to match the idle timeout if the client allows it.",
    retry: 'immediately',
    cacheable: false,
    spec: albDoc('HTTP 460', 'http-460-issues'),
    origin: ORIGINS.awsElb,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '463',
    status: 463,
    phrase: 'X-Forwarded-For Header Has Too Many IP Addresses',
    summary: 'The AWS load balancer refused a request whose X-Forwarded-For header listed more than 30 IP addresses.',
    explanation:
      'Each proxy a request passes through usually appends the address it came from to the X-Forwarded-For header. An Application Load Balancer accepts at most 30 addresses there; with more, it rejects the request with 463 instead of forwarding it. A list that long almost always means a proxy loop or a client inventing the header.',
    causes: [
      'A routing loop where the request passes through the same proxies again and again.',
      'A long chain of proxies or CDNs in front of the load balancer.',
      'A client or tool that sends its own oversized X-Forwarded-For header.',
    ],
    visitorAdvice: 'If you are behind a corporate proxy or VPN, try without it. Otherwise, the problem lies with the site or the network in between.',
    ownerAdvice:
      'Look for loops in which traffic re-enters the load balancer, shorten the proxy chain, and have the first proxy you control replace (rather than append to) any X-Forwarded-For value sent by clients.',
    retry: 'after-change',
    cacheable: false,
    headers: ['X-Forwarded-For'],
    spec: albDoc('HTTP 463', 'http-463-issues'),
    origin: ORIGINS.awsElb,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '464',
    status: 464,
    phrase: 'Incompatible Protocol Versions',
    summary: "The request's protocol (HTTP/1.1, HTTP/2 or gRPC) does not match what the AWS load balancer's target group expects.",
    explanation:
      'Each target group behind an Application Load Balancer is set to a protocol version: HTTP/1.1, HTTP/2 or gRPC. A 464 means the incoming request does not fit that setting, for example a plain HTTP/1.1 request routed to a gRPC target group, so the load balancer refused to forward it.',
    causes: [
      'An HTTP/1.1 request reaches a target group configured for gRPC or HTTP/2.',
      'A gRPC request reaches a target group configured for HTTP/1.1.',
      'An HTTP/2 request that is not a POST reaches a gRPC target group.',
    ],
    visitorAdvice: "This is a configuration problem on the site's side. Let its owner know if it persists.",
    ownerAdvice:
      "Check the listener rules and each target group's protocol version. Route gRPC and ordinary web traffic to separate target groups (for example by path or host), and make sure clients use the protocol the target group expects.",
    retry: 'after-change',
    cacheable: false,
    spec: albDoc('HTTP 464', 'http-464-issues'),
    origin: ORIGINS.awsElb,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '561',
    status: 561,
    phrase: 'Unauthorized',
    summary: 'The AWS load balancer tried to sign you in through an identity provider, and the identity provider returned an error.',
    explanation:
      'An Application Load Balancer can require users to log in through an identity provider (Amazon Cognito or any OpenID Connect provider) before it forwards requests. A 561 means the load balancer ran that login, but the identity provider answered with an error code, so the user could not be authenticated.',
    causes: [
      'The identity provider rejected the login or the token exchange.',
      'A wrong client ID, client secret, issuer or endpoint in the listener rule.',
      'A callback URL at the identity provider that is not https://<your-domain>/oauth2/idpresponse.',
      'Requested scopes that the identity provider does not grant.',
    ],
    visitorAdvice: 'Try signing in again, perhaps after clearing cookies for the site. If it keeps failing, contact the site owner.',
    ownerAdvice:
      "Check the error reason recorded in the load balancer's access logs, then compare the authenticate rule (issuer, endpoints, client ID and secret) with the identity provider's app configuration, including the /oauth2/idpresponse callback URL.",
    retry: 'after-change',
    cacheable: false,
    spec: albDoc('HTTP 561', 'http-561-issues'),
    origin: ORIGINS.awsElb,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '507',
    status: 507,
    phrase: 'Insufficient Storage',
    summary: 'The AWS load balancer could not redirect you because the address it built for the redirect is too long.',
    explanation:
      "An Application Load Balancer can answer a request itself with a redirect, built from a listener rule that rewrites parts of the address. AWS documents that it sends 507 when the redirect address that comes out is too long. The name is borrowed from WebDAV's 507 Insufficient Storage, but nothing is stored: the load balancer, not the site's server, refused to send the redirect.",
    causes: [
      'A redirect rule that copies a long path or query string into the new address.',
      'A request that already carries a very long address, such as a huge query string.',
      'Redirect rules that add to the address each time round, so it grows until it is too long.',
    ],
    visitorAdvice: 'Shorten the address if it carries a long query, or start again from the site’s home page; if it keeps happening, tell the site’s owner.',
    ownerAdvice:
      "Look at the listener's redirect rules: keep the target short (for example, do not copy #{query} when the query can be long) and check that no rule redirects to an address that triggers it again.",
    retry: 'after-change',
    cacheable: false,
    headers: ['Location'],
    spec: albDoc('HTTP 507', 'http-507-issues'),
    origin: ORIGINS.awsElb,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '000',
    phrase: 'No Response Sent',
    class: 'no-response',
    summary: 'The AWS load balancer closed the connection without sending any HTTP response; 000 only appears in logs and tools.',
    explanation:
      '000 is not a status a browser can receive: it is a placeholder meaning that no status line was ever sent. AWS documents that an Application Load Balancer shows 000 when it closes an HTTP/2 connection with a GOAWAY frame and TCP FIN, for example because a compressed header exceeded 8 KB. The browser sees a failed request instead. Other tools use the same placeholder; curl, for instance, prints 000 when it received no response.',
    causes: [
      'An HTTP/2 request header whose compressed length exceeded 8 KB.',
      'The load balancer closed a long-lived HTTP/2 connection after serving its maximum number of requests.',
      'The connection ended before a response was written.',
    ],
    visitorAdvice: 'Reload the page. If it keeps failing, clear cookies for the site, because oversized cookies make headers too large.',
    ownerAdvice:
      'Look for large request headers (cookies, tokens) and trim them. Make sure clients reconnect cleanly after a GOAWAY, and check access logs for the requests recorded with 000.',
    retry: 'immediately',
    cacheable: false,
    spec: albDoc('The load balancer sends a response code of 000', 'response-code-000'),
    origin: ORIGINS.awsElb,
    lifecycle: 'vendor',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Hosting platforms: cPanel, CloudLinux, Pantheon
// ---------------------------------------------------------------------------------------------------------

const hostingEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '509',
    status: 509,
    phrase: 'Bandwidth Limit Exceeded',
    summary: 'The site has used up the data transfer its hosting plan allows, so the host stopped serving it for now.',
    explanation:
      "Shared hosting plans often include a monthly bandwidth allowance. On cPanel & WHM servers, an account that goes over it is cut off by cPanel's own bandwidth limiter, which answers every request with 509 until the allowance resets or the owner raises it. Apache HTTP Server itself does not define 509: its list of status lines leaves the number unused, and the code only comes from add-ons such as cPanel's. 509 is not part of the HTTP standard.",
    causes: [
      'The site used its whole monthly bandwidth allowance.',
      'A traffic spike: a viral post, large downloads or video files.',
      'Bots, scrapers or other sites hotlinking large files.',
    ],
    visitorAdvice: 'The site is temporarily unavailable. Try again later, perhaps in a few days.',
    ownerAdvice:
      'Check bandwidth usage in cPanel or WHM, raise the account limit or upgrade the plan, and cut heavy traffic: serve large files from a CDN or object storage, enable caching and compression, and block hotlinking and abusive bots.',
    crawlerNote: 'Search engines treat 509 like any 5xx server error: they slow down crawling, and a long outage can drop pages from the index.',
    retry: 'later',
    cacheable: false,
    spec: {
      title: 'cPanel & WHM docs',
      section: 'View Bandwidth Usage',
      url: 'https://docs.cpanel.net/whm/account-information/view-bandwidth-usage/',
    },
    origin: ORIGINS.cpanel,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '508',
    status: 508,
    phrase: 'Resource Limit Is Reached',
    summary: 'The hosting account hit its CPU, memory or process limits, so the server refused this request for now.',
    explanation:
      'CloudLinux, an operating system built for shared hosting (usually with cPanel on top), runs each account inside its own resource container (LVE) with caps on CPU, memory and the number of simultaneous processes. When the account reaches a limit, most often the number of entry processes, the web server answers with a "508 Resource Limit Is Reached" page. This is unrelated to the standard 508 Loop Detected from WebDAV; only the number is shared.',
    causes: [
      'More simultaneous visitors or requests than the entry process limit allows.',
      'Slow PHP scripts or database queries that keep processes busy.',
      'Bots, crawlers or attacks producing bursts of requests.',
      'Heavy cron jobs or plugins running in the same account.',
    ],
    visitorAdvice: 'The site is overloaded at the moment. Wait a minute and reload.',
    ownerAdvice:
      'Open Resource Usage in cPanel to see which limit was hit (entry processes, CPU, memory, processes). Enable page caching, fix slow plugins and queries, block abusive bots, and ask your host about higher limits or a bigger plan.',
    crawlerNote: 'Crawlers see a 5xx server error: Googlebot slows down, and frequent 508s can limit how much of the site is crawled.',
    retry: 'later',
    cacheable: false,
    spec: {
      title: 'CloudLinux OS docs',
      section: 'Entry processes',
      url: 'https://docs.cloudlinux.com/cloudlinuxos/limits/#entry-processes',
    },
    origin: ORIGINS.cloudlinux,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '530',
    status: 530,
    phrase: 'Site Frozen',
    summary: 'Pantheon has frozen this inactive sandbox site; every request gets a 530 until the owner unfreezes it.',
    explanation:
      'Pantheon freezes Sandbox sites that have gone a long time without code commits or other development activity. While a site is frozen, every request to it returns "530 Site Frozen". This is unrelated to the 530 Cloudflare sends with its 1xxx errors; only the number is shared.',
    causes: ['A Pantheon Sandbox site had no Git commits or other development activity for several months.'],
    visitorAdvice: 'The site has been switched off for inactivity. Only its owner can bring it back; if you need it, let them know.',
    ownerAdvice:
      "Open the site in your Pantheon dashboard and click Unfreeze site; it is usually back within minutes. Only committed files are restored, so if static assets are missing afterwards, restore them from the site's backup.",
    crawlerNote: 'Crawlers see a 5xx error on every URL; a frozen sandbox should not be the address that search engines index.',
    retry: 'no',
    cacheable: false,
    spec: {
      title: 'Pantheon docs',
      section: 'Inactive Site Freezing',
      url: 'https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing',
    },
    origin: ORIGINS.pantheon,
    lifecycle: 'vendor',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Shopify
// ---------------------------------------------------------------------------------------------------------

const SHOPIFY_DOC: SpecRef = {
  title: 'Shopify API docs',
  section: 'Response status and error codes',
  url: 'https://shopify.dev/docs/api/usage/response-codes',
};

const shopifyEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '430',
    status: 430,
    phrase: 'Shopify Security Rejection',
    aliases: ['Request Header Fields Too Large'],
    summary: "Shopify's security systems rejected the request because it looked potentially malicious.",
    explanation:
      'Shopify answers with 430 when it judges that a request might be malicious and rejects it to protect the store and its apps. Automated traffic, such as scrapers, fast scripts or unusual clients, is the usual trigger. Older lists of status codes call 430 "Request Header Fields Too Large" and describe it as a rate limit; Shopify\'s own documentation uses the name Shopify Security Rejection, and the standard code for oversized headers is 431.',
    causes: [
      'Scraping or bulk requests sent faster than a person would browse.',
      'Requests from IP addresses or networks with a history of abuse.',
      'Unusual or missing headers typical of bots and scripts.',
    ],
    visitorAdvice: 'Wait a little, then reload. If you use a VPN or proxy, try without it; if the block continues, contact the store.',
    ownerAdvice:
      'If your own app or integration receives 430, slow it down, reuse connections, send a descriptive User-Agent, and use the official APIs rather than scraping storefront pages. Contact Shopify Support if legitimate traffic is being rejected.',
    crawlerNote: 'Bots and SEO tools meet 430 more often than real browsers do; crawl Shopify stores slowly.',
    retry: 'after-change',
    cacheable: false,
    spec: SHOPIFY_DOC,
    origin: ORIGINS.shopify,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '540',
    status: 540,
    phrase: 'Temporarily Disabled',
    summary: 'The Shopify API endpoint that was called has been switched off for a short time and should be back soon.',
    explanation:
      'Shopify returns 540 when the requested endpoint is temporarily disabled, for example during maintenance. The request itself is fine; the endpoint will be available again after a while.',
    causes: ['Shopify has temporarily disabled the endpoint, for instance during maintenance or an incident.'],
    visitorAdvice: 'Try again in a few minutes.',
    ownerAdvice: 'Retry with exponential back-off, and check the Shopify status page and developer changelog for announcements about the endpoint.',
    retry: 'later',
    cacheable: false,
    spec: SHOPIFY_DOC,
    origin: ORIGINS.shopify,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '783',
    status: 783,
    phrase: 'Unexpected Token',
    summary: 'Shopify could not process the request because its JSON contains a syntax error.',
    explanation:
      'Shopify answers 783 when the JSON in a request is malformed and cannot be parsed, such as a missing quote, a trailing comma or an unescaped character. The number lies outside every standard status class, so generic HTTP clients may not know what to make of it.',
    causes: [
      'A JSON body with a syntax error (missing quote, bracket or comma, or a trailing comma).',
      'Characters that were not escaped properly inside strings.',
      'A body built by concatenating strings instead of using a JSON serializer.',
    ],
    visitorAdvice: 'This comes from an app or integration, not from your browser. Let the developer know.',
    ownerAdvice: 'Validate the request body with a JSON linter and build it with a real JSON serializer. Make sure the Content-Type is application/json.',
    retry: 'after-change',
    cacheable: false,
    headers: ['Content-Type'],
    spec: SHOPIFY_DOC,
    origin: ORIGINS.shopify,
    lifecycle: 'vendor',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Google's resumable uploads
// ---------------------------------------------------------------------------------------------------------

const googleEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '308',
    status: 308,
    phrase: 'Resume Incomplete',
    summary: "Google's upload APIs: the upload is not finished yet, and the Range header shows how much has arrived.",
    explanation:
      "Google's resumable upload APIs (Google Drive, YouTube, Google Cloud Storage and others) still answer with 308 'Resume Incomplete' when a client sends one part of an upload, or asks how far an interrupted upload got. The upload is not complete; a Range header such as 'Range: bytes=0-999999' tells which bytes the server holds, and no Range header means none have arrived. The meaning goes back to Google's Gears proposal for resumable uploads of about 2008. In standard HTTP, 308 has meant Permanent Redirect since RFC 7538 (2015); Google's 308 carries no Location header, so browsers do not follow it and hand it to the page's script.",
    causes: [
      'A chunked or resumed upload to Google Drive, YouTube or Google Cloud Storage that has more data to come.',
      'A client asking Google how much of an interrupted upload has arrived.',
    ],
    visitorAdvice: 'Nothing to do: an upload is in progress, and the page or app will send the remaining data.',
    ownerAdvice:
      "If you call Google's upload APIs yourself, treat this 308 as 'continue from the byte after the end of the Range header' (from byte 0 when there is none), not as a redirect. Do not use this meaning in your own APIs; the IETF resumable-upload draft is the modern approach.",
    retry: 'after-change',
    cacheable: false,
    headers: ['Range', 'Content-Range'],
    spec: {
      title: 'Google Cloud Storage docs',
      section: 'Check the status of a resumable upload',
      url: 'https://cloud.google.com/storage/docs/performing-resumable-uploads#status-check',
    },
    origin: ORIGINS.google,
    lifecycle: 'vendor',
  },
];

// ---------------------------------------------------------------------------------------------------------
// APIs and frameworks
// ---------------------------------------------------------------------------------------------------------

const apiAndFrameworkEntries: EntryDraft[] = [
  {
    protocol: 'http',
    code: '999',
    status: 999,
    phrase: 'Request Denied',
    summary: 'LinkedIn refused the request because it looked automated; browsers of signed-in people rarely see it.',
    explanation:
      'LinkedIn sends 999 to requests it believes come from bots: scrapers, link checkers, SEO tools and requests from cloud or data-center addresses, especially without a signed-in session. It is LinkedIn\'s own code, outside every standard class. A LinkedIn link reported as "999" by a link checker usually works fine in a normal browser.',
    causes: [
      'A link checker, crawler or script fetching LinkedIn pages.',
      'Requests without LinkedIn session cookies, or from data-center IP addresses.',
      'Too many requests to LinkedIn in a short time.',
    ],
    visitorAdvice: 'Open the link in a normal browser and sign in to LinkedIn. If you see this while browsing normally, wait a while before trying again.',
    ownerAdvice:
      'If your link checker flags LinkedIn URLs with 999, treat them as "unverifiable", not broken, and exclude them. Scraping LinkedIn is against its terms; use its official APIs instead.',
    crawlerNote:
      'LinkedIn aims 999 at bots, so crawlers, link checkers and preview fetchers are the ones that get it; it says nothing about whether the page exists.',
    retry: 'after-change',
    cacheable: false,
    headers: ['User-Agent'],
    spec: {
      title: 'LinkedIn Crawling Terms',
      url: 'https://www.linkedin.com/legal/crawling-terms',
    },
    origin: ORIGINS.linkedin,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '420',
    status: 420,
    phrase: 'Method Failure',
    summary: 'An old Spring Framework status, now deprecated, that an application can use to say a method failed.',
    explanation:
      'Spring\'s HttpStatus enum contains METHOD_FAILURE (420), taken from an early WebDAV draft that the final standard dropped. Spring marks it as deprecated, but an application can still send it. It has no agreed meaning beyond "the method failed", and clients may confuse it with Twitter\'s 420 Enhance Your Calm.',
    causes: ['A Spring application returns HttpStatus.METHOD_FAILURE.', 'Legacy WebDAV-style code that still uses the old draft status.'],
    visitorAdvice: 'The request failed on the site. Try again later, or report it to the site owner.',
    ownerAdvice:
      'Replace METHOD_FAILURE with a standard status that says what went wrong: 422 or 409 for requests that cannot be applied, 424 Failed Dependency for WebDAV, 500 for server faults.',
    retry: 'no',
    cacheable: false,
    spec: {
      title: 'Spring Framework API docs',
      section: 'HttpStatus.METHOD_FAILURE',
      url: 'https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE',
    },
    origin: ORIGINS.spring,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '420',
    status: 420,
    phrase: 'Enhance Your Calm',
    summary: "Twitter's old API said this when a client was being rate limited; newer API versions use 429 instead.",
    explanation:
      'Version 1 of the Twitter Search and Trends API, and its streaming API, answered 420 Enhance Your Calm when a client made too many requests or reconnected too often. From API v1.1 onward Twitter (now X) switched to the standard 429 Too Many Requests, so 420 mainly turns up in old clients and logs.',
    causes: ['Too many requests to the old Twitter API in a short time.', 'Reconnecting to the streaming API too frequently.'],
    visitorAdvice: 'Wait a while before trying again.',
    ownerAdvice:
      'Back off exponentially before retrying, respect the rate-limit headers, and move old integrations to the current X API, which reports rate limits with 429.',
    retry: 'later',
    cacheable: false,
    spec: {
      title: 'X developer docs',
      section: 'Error troubleshooting',
      url: 'https://developer.x.com/en/support/x-api/error-troubleshooting',
    },
    origin: ORIGINS.twitter,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '498',
    status: 498,
    phrase: 'Invalid Token',
    summary: 'ArcGIS Server rejected the access token sent with the request because it has expired or is not valid.',
    explanation:
      'Esri ArcGIS services protected by token-based security expect a valid token with each request. 498 means a token was sent but is expired, malformed, or not valid for this client. ArcGIS often reports it inside a JSON error object ({"error": {"code": 498}}) while the status line says 200, so the number may appear in the response body rather than the status.',
    causes: [
      'The token expired.',
      'The token was issued for a different HTTP referer or IP address than the one making the request.',
      'The token was mistyped, truncated or issued by another server.',
    ],
    visitorAdvice: 'Sign in again or reload the map or app to get a fresh token.',
    ownerAdvice:
      'Refresh tokens before they expire, and make sure the referer or IP the token was generated for matches the client that uses it. Check responses for an "error" object even when the status is 200.',
    retry: 'after-change',
    cacheable: false,
    spec: {
      title: 'ArcGIS Enterprise docs',
      section: 'Acquiring ArcGIS tokens',
      url: 'https://enterprise.arcgis.com/en/server/latest/administer/linux/acquiring-arcgis-tokens.htm',
    },
    origin: ORIGINS.esri,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '499',
    status: 499,
    phrase: 'Token Required',
    summary: 'ArcGIS Server needs an access token for this service, and the request did not include one.',
    explanation:
      "Esri ArcGIS returns 499 when a secured service or folder is requested without a token. It has nothing to do with nginx's 499, which records a client closing the connection. Like 498, ArcGIS often puts 499 in a JSON error object while the status line says 200.",
    causes: [
      'The service or folder is secured and the request carries no token.',
      'An app lost its sign-in session and stopped sending the token.',
      'The service was meant to be public but is not shared publicly.',
    ],
    visitorAdvice: 'Sign in to the map or app and try again.',
    ownerAdvice:
      'Send a token with every request to secured services, or share the service publicly if it is meant to be open. Check responses for an "error" object even when the status is 200.',
    retry: 'after-change',
    cacheable: false,
    spec: {
      title: 'ArcGIS Enterprise docs',
      section: 'Acquiring ArcGIS tokens',
      url: 'https://enterprise.arcgis.com/en/server/latest/administer/linux/acquiring-arcgis-tokens.htm',
    },
    origin: ORIGINS.esri,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '450',
    status: 450,
    phrase: 'Blocked by Windows Parental Controls',
    summary: "Windows Parental Controls blocked this page on the user's computer; the website itself did not refuse it.",
    explanation:
      "450 came from the web filter of Windows Parental Controls (Windows Vista and 7). When the filter blocked a page for a restricted account, it answered the browser itself with 450 instead of fetching the page. The site never saw the request; the block lives on the user's computer.",
    causes: [
      'Parental Controls web filtering is on for the Windows account and the page is not allowed.',
      "The site's category or rating is blocked by the filter settings.",
    ],
    visitorAdvice: "Ask the computer's parent or administrator account to allow the site in Parental Controls, or use an account without web restrictions.",
    ownerAdvice: "There is nothing to change on the website: the block happens on the visitor's computer.",
    retry: 'no',
    cacheable: false,
    origin: ORIGINS.microsoft,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '419',
    status: 419,
    phrase: 'Page Expired',
    summary: 'A Laravel site rejected a form because its security (CSRF) token was missing, wrong or expired.',
    explanation:
      'Laravel protects forms against cross-site request forgery by embedding a token that must come back with each POST, PUT, PATCH or DELETE request and match the one in the user\'s session. When it is missing or does not match, typically because the session expired while the page was open, Laravel shows "419 Page Expired" instead of processing the form.',
    causes: [
      'The page stayed open longer than the session lifetime before the form was sent.',
      'Cookies are blocked, so the session (and its token) cannot be kept.',
      'The form lacks the @csrf field, or an AJAX call does not send the X-CSRF-TOKEN header.',
      'A cached page serves an old token, or the session cookie domain is misconfigured.',
    ],
    visitorAdvice: 'Go back, reload the page to get a fresh form, and submit it again. Make sure cookies are allowed for the site.',
    ownerAdvice:
      'Include @csrf in every form and send X-CSRF-TOKEN (or X-XSRF-TOKEN) with AJAX requests. Do not cache pages that contain tokens, check SESSION_DOMAIN and the secure-cookie settings, and consider a longer session lifetime for long forms.',
    retry: 'after-change',
    cacheable: false,
    headers: ['X-CSRF-TOKEN', 'X-XSRF-TOKEN', 'Cookie'],
    spec: {
      title: 'Laravel docs',
      section: 'CSRF Protection',
      url: 'https://laravel.com/docs/csrf',
    },
    origin: ORIGINS.laravel,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '529',
    status: 529,
    phrase: 'Site Is Overloaded',
    aliases: ['The Service Is Overloaded'],
    summary: 'The Qualys SSL Labs assessment service is overloaded and cannot take the request right now.',
    explanation:
      'The SSL Labs API, which grades the TLS setup of websites, returns 529 when the service as a whole is overloaded. It says nothing about the site being tested. SSL Labs asks clients to wait about 30 minutes before trying again, with a randomized delay so that not everyone retries at once.',
    causes: ['Too many assessments are running on SSL Labs at the same time.'],
    visitorAdvice: 'SSL Labs is busy. Try your test again in half an hour or so.',
    ownerAdvice: 'In scripts that call the API, wait about 30 minutes after a 529 and randomize the delay; do not retry in a tight loop.',
    retry: 'later',
    cacheable: false,
    spec: {
      title: 'SSL Labs API docs',
      section: 'Error Response Status Codes',
      url: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md',
    },
    origin: ORIGINS.qualys,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '598',
    status: 598,
    phrase: 'Network Read Timeout Error',
    summary: 'An informal code some HTTP proxies use when the server behind them stopped sending data in time.',
    explanation:
      'No standard defines 598. By informal convention, some proxies send it to the client in front of them when they connected to the server behind them but timed out while reading its response. It plays the same role as 504 Gateway Timeout, which is what most proxies send instead.',
    causes: [
      'The upstream server accepted the connection but answered too slowly.',
      'A network problem interrupted the response between the proxy and the server.',
    ],
    visitorAdvice: 'Try again in a little while.',
    ownerAdvice:
      "Find out which proxy sent the code and check its read timeout against the upstream server's response time. Prefer the standard 504 Gateway Timeout if you configure the proxy yourself.",
    retry: 'later',
    cacheable: false,
    origin: ORIGINS.proxies,
    lifecycle: 'vendor',
  },
  {
    protocol: 'http',
    code: '599',
    status: 599,
    phrase: 'Network Connect Timeout Error',
    summary: 'An informal code some HTTP proxies use when they could not connect to the server behind them in time.',
    explanation:
      'No standard defines 599. By informal convention, some proxies send it to the client in front of them when connecting to the server behind them timed out. You may also meet 599 in applications built on the Python Tornado framework, whose HTTP client uses it for timeouts and other failures where no response arrived; that 599 never goes over the wire.',
    causes: [
      'The upstream server is down, overloaded or unreachable from the proxy.',
      'A firewall drops the connection attempts between the proxy and the server.',
      'In Tornado-based apps, a request timed out or failed before any response arrived.',
    ],
    visitorAdvice: 'Try again in a little while.',
    ownerAdvice:
      'Find out which proxy or client reported 599, then check that the upstream server is up and reachable from it and that the connect timeout is reasonable. Prefer the standard 504 Gateway Timeout if you configure the proxy yourself.',
    retry: 'later',
    cacheable: false,
    origin: ORIGINS.proxies,
    lifecycle: 'vendor',
  },
];

export const vendorCodeEntries: readonly StatusEntry[] = [
  ...nginxEntries,
  ...cloudflare5xxEntries,
  ...cloudflare1xxxEntries,
  ...awsElbEntries,
  ...hostingEntries,
  ...shopifyEntries,
  ...googleEntries,
  ...apiAndFrameworkEntries,
].map(fromDraft);
