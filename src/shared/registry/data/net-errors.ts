import type { StatusEntry } from '../registry-types';
import { chromiumCertificateErrorEntries } from './chromium-certificate-errors';
import { chromiumProtocolErrorEntries } from './chromium-protocol-errors';
import { firefoxPageErrorEntries } from './firefox-page-errors';
import { CRAWL_DNS, CRAWL_NETWORK, CRAWL_NEVER, CRAWL_REDIRECTS, CRAWL_TLS, chromium, firefox, firefoxTls } from './net-error-builders';

/**
 * Requests that ended without any HTTP status: the error strings browsers put in
 * `webRequest.onErrorOccurred` (`details.error`).
 *
 * - Chromium reports `net::ERR_*` names from net/base/net_error_list.h. The numeric value of each error (as seen in
 *   net-export logs and `chrome://net-internals`) is kept as an alias, together with the bare `ERR_*` form.
 * - Firefox reports the XPCOM result name (`NS_ERROR_*`, `NS_BINDING_*`) of the failed channel. For TLS and
 *   certificate failures it reports NSS's human-readable message instead (for example
 *   "Peer’s Certificate issuer is not recognized."), or, when no message is available,
 *   `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, <NSS name>)`. Those entries use the NSS name as their code,
 *   which is also what Firefox's error page shows, and carry both other spellings as aliases.
 */

const commonNetErrorEntries: readonly StatusEntry[] = [
  // =============================================================== Chromium: name resolution and connections
  chromium('NAME_NOT_RESOLVED', -105, {
    phrase: 'Name not resolved',
    summary: "The browser could not find an IP address for the site's host name, so it never connected.",
    explanation:
      "The DNS lookup for the host name returned no address. Either the name does not exist (a typo, an expired or unconfigured domain) or the lookup itself failed on the visitor's side. No request reached any web server. Firefox calls this NS_ERROR_UNKNOWN_HOST.",
    causes: [
      'A mistyped or non-existent domain name.',
      'The domain expired, or its DNS records were deleted or never created.',
      "A broken or blocked DNS resolver on the visitor's network, VPN or filtering software.",
      'A subresource points to a host name that was retired.',
    ],
    visitorAdvice: 'Check the spelling of the address. If it is right, try another network or DNS resolver, or turn off VPN and filtering software.',
    ownerAdvice:
      'Check that the domain is registered and not expired, that the authoritative name servers answer, and that the A/AAAA or CNAME records exist for this exact host name.',
    crawlerNote: CRAWL_DNS,
    retry: 'later',
  }),
  chromium('NAME_RESOLUTION_FAILED', -137, {
    phrase: 'Name resolution failed',
    summary: 'The DNS lookup failed because the resolver could not be reached or gave no usable answer.',
    explanation:
      'Unlike ERR_NAME_NOT_RESOLVED, which usually means the name has no address, this says the lookup process itself failed, typically because the configured DNS server did not respond properly.',
    causes: [
      'The DNS server set on the device or router is down or unreachable.',
      'A firewall blocks DNS traffic.',
      'A secure DNS (DNS-over-HTTPS) provider is unavailable.',
    ],
    visitorAdvice: 'Restart the router, switch networks, or change the DNS server or secure-DNS setting in the browser.',
    ownerAdvice: "This is almost always on the visitor's side; if many visitors report it, check that your name servers answer reliably.",
    crawlerNote: CRAWL_DNS,
    retry: 'immediately',
  }),
  chromium('DNS_TIMED_OUT', -803, {
    phrase: 'DNS timed out',
    summary: 'The DNS query for the host name got no answer in time.',
    explanation:
      'The DNS query got no answer before the timeout. The problem lies with the resolver or the path to it, or with slow authoritative name servers. Chromium often reports the failed load itself as ERR_NAME_NOT_RESOLVED and keeps this code as the detailed cause in its network logs.',
    causes: ['An overloaded or unreachable DNS resolver.', 'Packet loss on the network.', 'Authoritative name servers that answer slowly or not at all.'],
    visitorAdvice: 'Try again; if it persists, change networks or DNS resolver.',
    ownerAdvice: 'Check that every authoritative name server for the domain answers quickly from several locations.',
    crawlerNote: CRAWL_DNS,
    retry: 'immediately',
  }),
  chromium('CONNECTION_REFUSED', -102, {
    phrase: 'Connection refused',
    summary: 'The attempt to connect was turned down at once: nothing listens on that port, or a firewall on the way rejected it.',
    explanation:
      "The host name resolved, but the connection attempt was answered with a refusal (a TCP reset) instead of an accepted connection. The refusal does not have to come from the site's server: a firewall, a corporate proxy or security software on the visitor's side can send it too, and the browser cannot tell them apart. On the server side, the web server is usually not running or listens on another port or address. Firefox calls this NS_ERROR_CONNECTION_REFUSED.",
    causes: [
      'The web server or application is stopped or crashed.',
      'The server listens on another port, or only on IPv4 or only on IPv6.',
      'A firewall in front of the server rejects connections on port 80 or 443.',
      "A firewall, filter or security software on the visitor's network or device rejects the connection.",
      'DNS points to the wrong machine.',
    ],
    visitorAdvice: "Try again later; the site's server is not accepting connections right now.",
    ownerAdvice:
      'Check that the web server process is running and listening on the expected port and address (both IPv4 and IPv6 if you publish AAAA records), and that the firewall allows it.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'later',
  }),
  chromium('CONNECTION_RESET', -101, {
    phrase: 'Connection reset',
    summary: 'The connection was cut off abruptly (a TCP reset) before the response was complete.',
    explanation:
      'The other end, or something in between, sent a TCP reset on an open connection. The server may have crashed or closed the connection hard, or a firewall, proxy or filter killed it. Firefox reports similar failures as NS_ERROR_NET_RESET (before any data) or NS_ERROR_NET_INTERRUPT (during the transfer).',
    causes: [
      'The server process crashed or was restarted mid-request.',
      'A load balancer or proxy dropped the connection.',
      'A firewall, antivirus or censorship system injected a reset.',
      'An idle keep-alive connection was closed at the same moment it was reused.',
    ],
    visitorAdvice: 'Reload the page. If it keeps happening, try another network or turn off VPN, proxy or antivirus web filtering.',
    ownerAdvice: 'Check server and load-balancer logs for crashes or closed connections, and compare keep-alive timeouts between tiers.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('CONNECTION_CLOSED', -100, {
    phrase: 'Connection closed',
    summary: 'The server closed the connection unexpectedly before the browser got what it needed.',
    explanation:
      'The connection ended with a normal close (TCP FIN) at a point where the browser still expected data, for example during the TLS handshake or in the middle of a response. Firefox reports comparable cases as NS_ERROR_NET_RESET or NS_ERROR_NET_INTERRUPT.',
    causes: [
      'The server or a proxy closed the connection during the TLS handshake.',
      'A server worker was killed, or hit a time limit, while sending.',
      'A middlebox that does not understand the TLS version or extensions closed the connection.',
    ],
    visitorAdvice: 'Reload the page; if it keeps failing, try another network.',
    ownerAdvice: 'Look for TLS handshake failures and worker restarts in server logs, and test the site with an external TLS checker.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('CONNECTION_TIMED_OUT', -118, {
    phrase: 'Connection timed out',
    summary: 'The attempt to open a connection to the server got no reply in time.',
    explanation:
      'The browser sent connection requests but the server never answered, neither accepting nor refusing. Packets are being dropped somewhere: by a firewall, an overloaded server, or a dead route. Firefox calls this NS_ERROR_NET_TIMEOUT.',
    causes: [
      'A firewall silently drops traffic to the port.',
      'The server is down, overloaded, or its network is unreachable.',
      'DNS points to an old or wrong IP address.',
      "The visitor's network blocks the destination.",
    ],
    visitorAdvice: 'Try again later or from another network.',
    ownerAdvice: 'Check that the IP address in DNS is current, that the host is up, and that firewalls and security groups allow ports 80 and 443.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('TIMED_OUT', -7, {
    phrase: 'Timed out',
    summary: 'An operation on the request took too long and was given up.',
    explanation:
      'A generic timeout: the connection was open, but the server took too long to send the response or the rest of it. Firefox calls this NS_ERROR_NET_TIMEOUT.',
    causes: ['A slow application or database query.', 'A stalled upstream service behind a proxy.', 'Severe packet loss.'],
    visitorAdvice: 'Reload the page; if the site is slow for everyone, try again later.',
    ownerAdvice: 'Find slow requests in server logs and traces, and check proxy and application time limits.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('CONNECTION_ABORTED', -103, {
    phrase: 'Connection aborted',
    summary: 'The connection broke because data the browser sent was never acknowledged.',
    explanation:
      'Chromium uses this when sent data (possibly the closing handshake) gets no TCP acknowledgement: the other side or the path vanished while the connection was open.',
    causes: [
      'The server or its network dropped off mid-connection.',
      'A Wi-Fi or mobile connection failed during the transfer.',
      'A firewall started dropping packets.',
    ],
    visitorAdvice: 'Reload the page once your connection is stable.',
    ownerAdvice: 'If many visitors see it, look for network instability or overloaded servers that stop acknowledging traffic.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('CONNECTION_FAILED', -104, {
    phrase: 'Connection failed',
    summary: 'The attempt to connect to the server failed for a reason Chromium does not classify further.',
    explanation: 'A catch-all for connection attempts that failed without a more specific cause such as refused or timed out.',
    causes: ['Network or operating-system errors while connecting.', 'Security software interfering with connections.'],
    visitorAdvice: 'Reload the page, then try another network or turn off VPN and security software.',
    ownerAdvice: 'Check whether the failure is limited to certain networks or regions before changing anything on the server.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('ADDRESS_UNREACHABLE', -109, {
    phrase: 'Address unreachable',
    summary: "There is no network route to the server's IP address.",
    explanation:
      'The operating system reported that the destination address cannot be reached, usually because no route exists to it. This happens with private addresses seen from outside, with IPv6 addresses on networks without IPv6, and with hosts that are offline.',
    causes: [
      'DNS publishes a private or internal IP address.',
      'An AAAA record on a network without working IPv6.',
      "The server's network is down.",
      'A local routing or VPN problem.',
    ],
    visitorAdvice: 'Try another network, or turn a VPN on or off if the site is internal.',
    ownerAdvice: 'Check that DNS returns public, reachable addresses, and that published IPv6 addresses actually work.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'later',
  }),
  chromium('INTERNET_DISCONNECTED', -106, {
    phrase: 'Internet disconnected',
    summary: 'The device has no network connection, so the browser did not even try.',
    explanation:
      "The operating system reports no network connectivity, so Chromium fails the request at once. The site is not at fault. Firefox's closest equivalent is NS_ERROR_OFFLINE.",
    causes: ['Wi-Fi or cable disconnected.', 'Airplane mode.', 'The network adapter is turned off.'],
    visitorAdvice: 'Reconnect to the internet and reload.',
    ownerAdvice: 'Nothing to fix on the server.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('NETWORK_CHANGED', -21, {
    phrase: 'Network changed',
    summary: 'The device switched networks while the request was in flight, so the request was dropped.',
    explanation:
      'Chromium cancels requests when the active network changes (for example from Wi-Fi to mobile, or when a VPN connects), because existing connections may no longer work.',
    causes: ['Switching Wi-Fi networks or between Wi-Fi and mobile data.', 'A VPN connecting or disconnecting.', 'A network adapter flapping.'],
    visitorAdvice: 'Reload the page. If it happens constantly, a VPN or unstable adapter keeps changing the network.',
    ownerAdvice: 'Nothing to fix on the server.',
    crawlerNote: CRAWL_NEVER,
    retry: 'immediately',
  }),
  chromium('EMPTY_RESPONSE', -324, {
    phrase: 'Empty response',
    summary: "The server closed the connection without sending any data; this is how nginx's 444 looks to a browser.",
    explanation:
      'The connection was made and the request sent, but the server closed the connection without a single byte of response: no status line, no headers. nginx\'s non-standard code 444 ("close the connection without a response") produces exactly this, so the 444 appears in nginx\'s log but never in the browser. Crashed application servers and overloaded proxies cause it too. Firefox reports the same situation as NS_ERROR_NET_RESET.',
    causes: [
      'nginx returned 444, often from a rule that blocks bots, unknown host names or suspicious requests.',
      'The application crashed or was killed before writing a response.',
      'A proxy or load balancer gave up on its upstream and closed the client connection.',
      'Plain HTTP sent to a port that expects TLS, on a server that closes such connections silently.',
    ],
    visitorAdvice: 'Reload the page. If it keeps happening, the site may be blocking your network, browser or region.',
    ownerAdvice:
      'Search the nginx access log for status 444 and find the rule that returns it; otherwise look for worker crashes and upstream timeouts at the same time.',
    crawlerNote: 'Crawlers get an empty reply too; Google counts it as a fetch failure. Make sure 444 rules do not catch legitimate crawlers.',
    retry: 'later',
  }),

  // =============================================================== Chromium: cancelled and blocked requests
  chromium('ABORTED', -3, {
    phrase: 'Aborted',
    summary: 'The request was cancelled before it finished, usually harmlessly, for example by navigating away.',
    explanation:
      'The request was stopped on purpose rather than failing. Typical reasons: the user navigated elsewhere or pressed Stop, a new navigation replaced this one, a page script aborted a fetch, or the response was handed to the download manager. It appears on almost every site and is rarely a problem by itself. Firefox reports the same as NS_BINDING_ABORTED.',
    causes: [
      'The visitor clicked a link, reloaded or closed the tab before loading finished.',
      'A navigation was replaced by a redirect or a newer navigation.',
      'JavaScript cancelled a request (AbortController, or an image source being replaced).',
      'The response turned into a file download.',
    ],
    visitorAdvice: 'Usually nothing; if a page stays blank, reload it.',
    ownerAdvice: 'Ignore isolated cases. Investigate only if the main document itself is regularly aborted, for example by a script that redirects too early.',
    crawlerNote: CRAWL_NEVER,
    retry: 'immediately',
  }),
  chromium('BLOCKED_BY_CLIENT', -20, {
    phrase: 'Blocked by client',
    summary: 'A browser extension, such as an ad or tracker blocker, blocked this request inside the browser.',
    explanation:
      'The request never left the browser: an extension told Chromium to cancel it. Ad blockers and privacy tools do this for ads, analytics and trackers, and sometimes for files whose names merely look like ads. The server played no part. Firefox reports requests cancelled by extensions as NS_ERROR_ABORT.',
    causes: [
      'An ad blocker or privacy extension matched the URL against a filter list.',
      'A parental-control or security extension blocked the site.',
      'A file or folder name that resembles an ad (for example "/ads/" or "banner") triggered a filter.',
    ],
    visitorAdvice: 'If something on the page is missing, allow the site in your ad blocker or try a window without extensions.',
    ownerAdvice: 'Assume some visitors block third-party trackers. Make sure the page still works without them, and avoid ad-like names for first-party files.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  chromium('BLOCKED_BY_RESPONSE', -27, {
    phrase: 'Blocked by response',
    summary: 'The browser refused to use the response because headers such as CORP, COEP or X-Frame-Options forbid it here.',
    explanation:
      'The server did answer, but its response carried rules the page does not meet, so Chromium discarded it. Typical cases are a Cross-Origin-Resource-Policy that forbids embedding from other sites, a document with Cross-Origin-Embedder-Policy loading a resource that does not opt in, and X-Frame-Options or CSP frame-ancestors forbidding a page from being framed. In Firefox the same checks surface as NS_ERROR_DOM_CORP_FAILED, NS_ERROR_DOM_COEP_FAILED or NS_ERROR_XFO_VIOLATION.',
    causes: [
      'Cross-Origin-Resource-Policy: same-origin or same-site on a resource used by another site.',
      'The page sets Cross-Origin-Embedder-Policy: require-corp and a subresource lacks CORP or CORS headers.',
      'X-Frame-Options or CSP frame-ancestors forbids the page in this frame.',
    ],
    visitorAdvice: 'Nothing you can change; open the blocked page directly in its own tab if it was inside a frame.',
    ownerAdvice:
      'Check the CORP, COEP, COOP, X-Frame-Options and CSP frame-ancestors headers on both the embedding page and the blocked resource, and relax the one that is too strict.',
    headers: ['Cross-Origin-Resource-Policy', 'Cross-Origin-Embedder-Policy', 'X-Frame-Options', 'Content-Security-Policy'],
    retry: 'no',
  }),
  chromium('BLOCKED_BY_ORB', -32, {
    phrase: 'Blocked by ORB',
    summary: 'Opaque Response Blocking withheld a cross-origin response the page is not allowed to read.',
    explanation:
      'Opaque Response Blocking (ORB), which replaced CORB, protects sensitive cross-site data: when a page loads a cross-origin resource without CORS in a context such as an <img> or <script> tag, and the response looks like HTML, JSON or XML, the browser blocks it. Most often it means a URL returns an error page or data where an image or script was expected.',
    causes: [
      'An <img> or <script> tag points at a URL that returns HTML (such as an error or login page) or JSON.',
      'A wrong Content-Type header on a script, image or media file.',
      'A broken link to a third-party asset.',
    ],
    visitorAdvice: 'Nothing you can do; the site has a broken or mislabelled resource.',
    ownerAdvice: 'Open the blocked URL directly: fix it if it returns an error page, or serve the right Content-Type (and nosniff only with correct types).',
    headers: ['Content-Type', 'X-Content-Type-Options'],
    retry: 'no',
  }),
  chromium('BLOCKED_BY_CSP', -30, {
    phrase: 'Blocked by CSP',
    summary: "The page's Content Security Policy does not allow loading this resource.",
    explanation:
      "The document's Content-Security-Policy lists where scripts, styles, images, frames and connections may come from, and this URL is not on the list, so the browser blocked the request.",
    causes: [
      'A new third-party service was added without updating the CSP.',
      'A script or style from a CDN not listed in the policy.',
      'A typo in a CSP source expression.',
    ],
    visitorAdvice: "Nothing you can change; the site's security policy blocks part of the page.",
    ownerAdvice: 'Read the CSP violation in the browser console or CSP reports, and add the source to the right directive if it is legitimate.',
    headers: ['Content-Security-Policy'],
    retry: 'no',
  }),
  chromium('BLOCKED_BY_ADMINISTRATOR', -22, {
    phrase: 'Blocked by administrator',
    summary: 'A browser policy set by an administrator blocks this URL.',
    explanation:
      'The browser is managed (by an employer, school or parental-control setup) and its URL block list includes this address, so the request was refused inside the browser.',
    causes: ['An enterprise or school policy (URLBlocklist) covers the site.', 'Parental controls on a managed device.'],
    visitorAdvice: 'Ask whoever manages your browser or device to allow the site.',
    ownerAdvice: "Nothing to fix on the server; the block is a policy on the visitor's device.",
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  chromium('NETWORK_ACCESS_DENIED', -138, {
    phrase: 'Network access denied',
    summary: 'The operating system or a firewall denied the browser access to the network.',
    explanation:
      'Chromium uses this to separate denials that most likely come from a firewall or system permission from other access errors. The request never left the device.',
    causes: ['A personal firewall or antivirus blocks the browser.', 'An operating-system permission (such as local-network access on macOS) is denied.'],
    visitorAdvice: "Allow the browser in your firewall or security software, or in the system's network permissions.",
    ownerAdvice: 'Nothing to fix on the server.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('CLEARTEXT_NOT_PERMITTED', -29, {
    phrase: 'Cleartext not permitted',
    summary: 'An Android app or WebView refused to load a plain-HTTP URL because its security policy allows only HTTPS.',
    explanation:
      "Android's network security configuration blocks unencrypted HTTP by default for apps targeting recent Android versions. Chromium-based WebViews report the blocked load this way.",
    causes: ["An http:// link or redirect inside an Android app's WebView.", 'A site that still serves some resources over plain HTTP.'],
    visitorAdvice: "Open the page in a regular browser, or ask the app's developer to fix it.",
    ownerAdvice: 'Serve everything over HTTPS and redirect HTTP to HTTPS; app developers can allow specific hosts in the network security configuration.',
    retry: 'no',
  }),

  // =============================================================== Chromium: redirects and URLs
  chromium('TOO_MANY_REDIRECTS', -310, {
    phrase: 'Too many redirects',
    summary: 'The page redirected too many times, almost always because of a redirect loop.',
    explanation:
      'Chromium gives up after 20 redirects. In practice the chain is a loop: two rules keep sending the browser back and forth, for example HTTP to HTTPS and back, or between the www and bare domain. Firefox calls this NS_ERROR_REDIRECT_LOOP.',
    causes: [
      'An HTTPS redirect behind a CDN or proxy that talks to the origin over HTTP (for example Cloudflare "Flexible" SSL).',
      'Conflicting www and non-www rules.',
      'A login page that redirects back because a cookie is never set or accepted.',
      'Language or geolocation redirects pointing at each other.',
    ],
    visitorAdvice: 'Delete the cookies for this site and reload; if that does not help, the site is misconfigured.',
    ownerAdvice:
      "Follow the chain with curl -IL or this extension's redirect view, and remove the rule that sends requests back; check how the origin learns the original scheme (X-Forwarded-Proto).",
    headers: ['Location', 'Set-Cookie'],
    crawlerNote: CRAWL_REDIRECTS,
    retry: 'after-change',
  }),
  chromium('UNSAFE_REDIRECT', -311, {
    phrase: 'Unsafe redirect',
    summary: 'The server redirected to a URL whose scheme a web request may not be sent to, such as file: or data:.',
    explanation:
      "Chromium checks the scheme of every redirect target. A redirect from a web page may lead to http:, https: and a few other web schemes, but not to file:, data:, chrome: or an extension's pages that are not exposed to the web, so the browser stops with this error. The check is about the scheme only; a redirect to an internal or private address with an ordinary https: URL is not what this error reports.",
    causes: [
      'A Location header pointing to a file: URL, often built from a local path on the server.',
      'A redirect to a data: URL or to a browser-internal scheme.',
      "A redirect to an extension's page that the extension does not make available to websites.",
    ],
    visitorAdvice: 'Nothing you can do; report the broken link to the site.',
    ownerAdvice: 'Check the Location header and make it point to an https:// URL.',
    headers: ['Location'],
    retry: 'no',
  }),
  chromium('INVALID_REDIRECT', -303, {
    phrase: 'Invalid redirect',
    summary: 'The server sent a redirect whose target is not a valid URL.',
    explanation: 'The Location header of a 3xx response could not be parsed as a URL, so the browser could not follow it.',
    causes: [
      'A Location header with spaces, illegal characters or a broken scheme.',
      'An empty Location header.',
      'A template that failed to fill in the target URL.',
    ],
    visitorAdvice: 'Nothing you can do; report the broken link to the site.',
    ownerAdvice: 'Inspect the Location header and URL-encode it correctly; absolute https:// URLs are the safest.',
    headers: ['Location'],
    retry: 'no',
  }),
  chromium('RESPONSE_HEADERS_MULTIPLE_LOCATION', -350, {
    phrase: 'Multiple Location headers',
    summary: 'The response carried several conflicting Location headers, so the browser would not guess where to go.',
    explanation:
      'A redirect must name one target. When a response has more than one distinct Location header, Chromium rejects it rather than pick one, because such responses can be a sign of header injection.',
    causes: ['Both the application and a proxy or framework add a Location header.', 'Header injection through unescaped user input.'],
    visitorAdvice: 'Nothing you can do; report it to the site.',
    ownerAdvice: 'Make sure only one layer sets Location, and never copy unescaped user input into headers.',
    headers: ['Location'],
    retry: 'no',
  }),
  chromium('INVALID_URL', -300, {
    phrase: 'Invalid URL',
    summary: 'The requested URL is not valid, so no request was made.',
    explanation: "The URL could not be parsed. Firefox's closest equivalent is NS_ERROR_MALFORMED_URI.",
    causes: ['A link with illegal characters or a broken host name.', 'A script building URLs incorrectly.'],
    visitorAdvice: 'Check the address you typed, or report the broken link.',
    ownerAdvice: 'Find the link or script that produces the URL and encode it correctly.',
    retry: 'no',
  }),
  chromium('UNKNOWN_URL_SCHEME', -302, {
    phrase: 'Unknown URL scheme',
    summary: 'The URL uses a scheme the browser does not know how to open.',
    explanation:
      'No handler is registered for the scheme (the part before the colon), for example a custom app link on a device where that app is not installed. Firefox calls this NS_ERROR_UNKNOWN_PROTOCOL.',
    causes: ['An app link (such as a custom scheme) when the app is not installed.', 'A typo in the scheme.'],
    visitorAdvice: 'Install the app the link is meant for, or use a web link instead.',
    ownerAdvice: 'Offer an https:// fallback next to custom-scheme links.',
    retry: 'no',
  }),
  chromium('UNSAFE_PORT', -312, {
    phrase: 'Unsafe port',
    summary: 'The browser refused to connect because the URL uses a port it blocks for safety, such as 25 (SMTP).',
    explanation:
      'Browsers block a list of ports used by other protocols so that web pages cannot be abused to talk to mail, FTP or other services. Firefox calls this NS_ERROR_PORT_ACCESS_NOT_ALLOWED.',
    causes: ['A URL on a blocked port such as 21, 25, 110, 143, 6000 or 6667.', 'A development server started on a blocked port.'],
    visitorAdvice: 'Nothing you can do in the page; the site must use another port.',
    ownerAdvice: 'Serve the site on 443 or 80, or another port not on the browser block list.',
    retry: 'no',
  }),

  // =============================================================== Chromium: certificates
  chromium('CERT_AUTHORITY_INVALID', -202, {
    phrase: 'Certificate authority invalid',
    summary: "The site's certificate was not issued by an authority the browser trusts, or its chain is incomplete.",
    explanation:
      'The browser could not build a chain from the certificate to a trusted root. Self-signed certificates, private company CAs, missing intermediate certificates and interception by security software all end here. Firefox reports SEC_ERROR_UNKNOWN_ISSUER or MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT.',
    causes: [
      'A self-signed or private-CA certificate.',
      'The server does not send the intermediate certificate(s).',
      'Antivirus, a corporate proxy or malware intercepts HTTPS with its own root.',
      'A captive portal on public Wi-Fi.',
    ],
    visitorAdvice:
      'Do not enter passwords or payment details. Try another network; if the error shows on many sites, check antivirus HTTPS scanning or the device date.',
    ownerAdvice: 'Install a certificate from a public CA and serve the full chain (leaf plus intermediates); verify with an external TLS test.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_COMMON_NAME_INVALID', -200, {
    phrase: 'Certificate name mismatch',
    summary: 'The certificate does not cover the host name in the address bar.',
    explanation:
      "None of the names in the certificate's Subject Alternative Name list matches the host, for example a certificate for example.com used on www.example.com or on another site sharing the server. Firefox calls this SSL_ERROR_BAD_CERT_DOMAIN.",
    causes: [
      'The certificate lacks the www or bare-domain variant.',
      'A shared host serves the default certificate because SNI configuration is missing.',
      'DNS points to a server that hosts other sites.',
      'A captive portal or interception.',
    ],
    visitorAdvice: 'Do not continue if you must log in or pay. Try the address with or without "www".',
    ownerAdvice: 'Issue a certificate that lists every host name in use, and check that each virtual host serves its own certificate.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_DATE_INVALID', -201, {
    phrase: 'Certificate expired or not yet valid',
    summary: "The certificate has expired or is not yet valid according to the device's clock.",
    explanation:
      "Either the certificate really expired (a missed renewal is the usual reason) or the visitor's clock is wrong, which makes valid certificates look expired or not yet valid. Firefox reports SEC_ERROR_EXPIRED_CERTIFICATE or MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE.",
    causes: [
      'Automatic renewal failed or was never set up.',
      'A renewed certificate was not deployed to every server.',
      "The visitor's system clock or time zone is wrong.",
    ],
    visitorAdvice: "Check your device's date and time. If they are right, the site's certificate has expired; try later.",
    ownerAdvice: 'Renew the certificate, deploy it to every server and load balancer, and monitor expiry dates.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_REVOKED', -206, {
    phrase: 'Certificate revoked',
    summary: 'The certificate has been revoked by the authority that issued it.',
    explanation:
      'The issuing CA declared the certificate invalid before its expiry date, for example because its private key was exposed or it was issued in error. Firefox calls this SEC_ERROR_REVOKED_CERTIFICATE.',
    causes: [
      'The private key was compromised and the certificate was revoked.',
      'The CA revoked mis-issued certificates.',
      'An old, revoked certificate is still deployed.',
    ],
    visitorAdvice: 'Do not continue to the site; wait until it is fixed.',
    ownerAdvice: 'Install a newly issued certificate with a new key, and remove the revoked one from every server.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_WEAK_SIGNATURE_ALGORITHM', -208, {
    phrase: 'Weak certificate signature',
    summary: 'The certificate is signed with an algorithm considered insecure, such as SHA-1 or MD5.',
    explanation: 'Browsers no longer accept certificates signed with broken hash algorithms. Firefox reports SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED.',
    causes: ['A very old certificate.', 'An internal CA or appliance that still issues SHA-1 certificates.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Reissue the certificate (and any internal intermediates) with SHA-256 or stronger.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', -150, {
    phrase: 'Pinned key not in chain',
    summary: 'The certificate chain lacks the public key that Chrome has pinned for this site.',
    explanation:
      "Chrome ships built-in public-key pins for some high-value domains. If the chain presented does not contain a pinned key, Chrome refuses the connection. Outside deliberate attacks, the usual cause is software that intercepts HTTPS with its own certificates. Firefox's counterpart is MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE.",
    causes: ['Antivirus or a corporate proxy intercepts HTTPS.', 'A man-in-the-middle attack.'],
    visitorAdvice: 'Do not continue. Turn off HTTPS scanning in your security software or try another network.',
    ownerAdvice: 'Only matters if your domain is pinned in Chrome; then make sure the served chain includes a pinned key.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('INSECURE_RESPONSE', -501, {
    phrase: 'Insecure response',
    summary: 'The browser rejected a response because its secure connection had a certificate problem.',
    explanation:
      'Chromium reports this mostly for subresources and background requests (scripts, XHR, fetch) whose host presents an invalid certificate, where no interstitial warning page can be shown.',
    causes: ['An API or asset host with an expired, self-signed or mismatched certificate.', "HTTPS interception on the visitor's side."],
    visitorAdvice: 'Parts of the page may not work; if the error persists, try another network.',
    ownerAdvice: "Open the failing URL directly to see the certificate error, and fix that host's certificate.",
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),

  // =============================================================== Chromium: TLS handshake
  chromium('SSL_PROTOCOL_ERROR', -107, {
    phrase: 'SSL protocol error',
    summary: 'The secure (TLS) connection could not be set up because what came back did not follow the protocol.',
    explanation:
      'The TLS handshake failed on malformed or unexpected data. That data need not come from the site: a firewall, proxy or filtering device between the browser and the server (a middlebox) can answer or cut in instead, for example with a block page in plain HTTP. On the server side, a common cause is plain HTTP answered on port 443, which Firefox reports as SSL_ERROR_RX_RECORD_TOO_LONG; a broken TLS configuration causes it too.',
    causes: [
      'Port 443 serves plain HTTP, or TLS is not enabled for this host.',
      'A broken TLS configuration or certificate file on the server.',
      'A firewall, proxy or filtering device on the way that blocks the site or does not understand the TLS it sees.',
      'Antivirus or other software on the device that inspects HTTPS.',
      'HSTS forces HTTPS for a host that has no TLS.',
    ],
    visitorAdvice: 'Reload; then try another network or turn off HTTPS scanning in security software.',
    ownerAdvice: 'Test the host with an external TLS checker, and make sure the HTTPS virtual host really speaks TLS on port 443.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('SSL_VERSION_OR_CIPHER_MISMATCH', -113, {
    phrase: 'TLS version or cipher mismatch',
    summary: 'Browser and server share no TLS version or cipher suite, so no secure connection is possible.',
    explanation:
      'The server only offers protocol versions or ciphers the browser no longer allows (for example TLS 1.0/1.1 or RC4), or has no certificate for the requested host name. Firefox calls this SSL_ERROR_NO_CYPHER_OVERLAP.',
    causes: ['The server supports only TLS 1.0 or 1.1.', 'Only obsolete cipher suites are enabled.', 'No certificate configured for this host name under SNI.'],
    visitorAdvice: 'Nothing you can safely change; the site must update its TLS setup.',
    ownerAdvice: 'Enable TLS 1.2 and 1.3 with modern cipher suites, and check the certificate is bound to this host name.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('BAD_SSL_CLIENT_AUTH_CERT', -117, {
    phrase: 'Client certificate rejected',
    summary: 'The server rejected the client certificate the browser offered, or required one that was missing.',
    explanation:
      'Some sites (banks, company portals, government services) require the visitor to present a client certificate. The handshake failed because the certificate was missing, expired or not trusted by the server.',
    causes: ['An expired or revoked client certificate.', 'The wrong certificate selected.', 'The server no longer trusts the issuing CA.'],
    visitorAdvice: 'Restart the browser to choose the certificate again, or get a valid certificate from the organization.',
    ownerAdvice: "Check which CAs the server accepts for client certificates and whether the visitor's certificate chains to one of them.",
    retry: 'after-change',
  }),
  chromium('SSL_UNRECOGNIZED_NAME_ALERT', -159, {
    phrase: 'Unrecognized name (TLS)',
    summary: 'The server said, during the TLS handshake, that it does not serve the requested host name.',
    explanation:
      'The server received the host name through SNI and answered with an unrecognized_name alert: no certificate or virtual host is configured for it. Firefox calls this SSL_ERROR_UNRECOGNIZED_NAME_ALERT.',
    causes: ['DNS points the host name at a server with no matching TLS virtual host.', 'A CDN or load balancer lacks the host name in its configuration.'],
    visitorAdvice: 'Nothing you can do; the site is misconfigured.',
    ownerAdvice: 'Add the host name to the TLS configuration (server_name, SNI mapping or CDN settings) or fix DNS.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),

  // =============================================================== Chromium: HTTP-level protocol errors
  chromium('HTTP2_PROTOCOL_ERROR', -337, {
    phrase: 'HTTP/2 protocol error',
    summary: 'The HTTP/2 connection broke because one side violated the protocol, often a proxy or a malformed header.',
    explanation:
      'Chromium detected an HTTP/2 protocol violation, or the server reset the stream with a protocol error. Common triggers are header names or values that HTTP/2 forbids, responses that do not match their Content-Length, and proxies or antivirus tools that mishandle HTTP/2.',
    causes: [
      'A response header with uppercase letters, illegal characters or a forbidden field (such as Connection) sent over HTTP/2.',
      'The application or a proxy ended the response early or sent a wrong Content-Length.',
      'A server or CDN bug, or HTTP/2 interception by security software.',
    ],
    visitorAdvice: 'Reload; if it persists, try another network or turn off HTTPS scanning in security software.',
    ownerAdvice: 'Check headers against HTTP/2 rules and server error logs around the failure, and test with HTTP/2 turned off to confirm.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('QUIC_PROTOCOL_ERROR', -356, {
    phrase: 'QUIC protocol error',
    summary: 'The HTTP/3 (QUIC) connection failed because of a protocol error.',
    explanation:
      "Chromium tried HTTP/3 over QUIC and the connection broke. Networks that block or mangle UDP port 443 are a common cause; Chromium normally falls back to HTTP/2 on later attempts. Firefox's counterpart is NS_ERROR_NET_HTTP3_PROTOCOL_ERROR.",
    causes: ['A firewall or network that blocks or alters UDP traffic on port 443.', 'A server or CDN QUIC implementation bug.'],
    visitorAdvice: 'Reload; if it persists, try another network.',
    ownerAdvice: 'Check the QUIC/HTTP3 setup; if problems persist, stop advertising HTTP/3 in Alt-Svc until they are fixed.',
    headers: ['Alt-Svc'],
    crawlerNote: 'Googlebot does not crawl over HTTP/3, so this does not affect crawling.',
    retry: 'immediately',
  }),
  chromium('INCOMPLETE_CHUNKED_ENCODING', -355, {
    phrase: 'Incomplete chunked encoding',
    summary: 'A chunked response ended without its final zero-length chunk, so it is truncated.',
    explanation:
      'With Transfer-Encoding: chunked, the end of the body is marked by a zero-length chunk. The connection closed before that marker arrived, so the browser knows the response is incomplete. Firefox reports truncated transfers as NS_ERROR_NET_PARTIAL_TRANSFER or NS_ERROR_NET_INTERRUPT.',
    causes: [
      'The application crashed or hit a time limit while streaming.',
      'A proxy closed the connection early.',
      'Antivirus scanning interrupted the download.',
    ],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Look for errors thrown after the response started streaming, and for proxy or worker timeouts shorter than the response time.',
    headers: ['Transfer-Encoding'],
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('CONTENT_LENGTH_MISMATCH', -354, {
    phrase: 'Content length mismatch',
    summary: 'The connection closed before the number of bytes announced in Content-Length arrived.',
    explanation:
      'The response promised a body of a certain size but the connection ended early, so the body is truncated. Firefox reports such truncated transfers as NS_ERROR_NET_PARTIAL_TRANSFER.',
    causes: ['The server process died or timed out mid-response.', 'A proxy or CDN cut the response short.', 'A wrong Content-Length set by the application.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Check for worker timeouts and crashes during large responses, and let the server compute Content-Length instead of setting it by hand.',
    headers: ['Content-Length'],
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('CONTENT_DECODING_FAILED', -330, {
    phrase: 'Content decoding failed',
    summary: 'The browser could not decompress the response body as its Content-Encoding header promised.',
    explanation:
      'The response says it is compressed (gzip, br, zstd) but the body is not valid data in that format, often because it was compressed twice or not at all. Firefox calls this NS_ERROR_INVALID_CONTENT_ENCODING.',
    causes: [
      'Both the application and the web server compress the response.',
      'A Content-Encoding header on an uncompressed body.',
      'A proxy that altered the body but kept the header.',
    ],
    visitorAdvice: 'Nothing you can change; report the problem to the site.',
    ownerAdvice: 'Compress in one layer only, and check that Content-Encoding matches the bytes sent (curl --compressed helps).',
    headers: ['Content-Encoding'],
    retry: 'no',
  }),
  chromium('RESPONSE_HEADERS_TOO_BIG', -325, {
    phrase: 'Response headers too big',
    summary: 'The response headers are larger than the browser accepts.',
    explanation: 'Chromium limits the total size of response headers (256 KB). Huge Set-Cookie headers or debug headers usually push a response past it.',
    causes: ['Many or very large Set-Cookie headers.', 'Debug or tracing headers that grow with each request.', 'A redirect loop that adds headers every hop.'],
    visitorAdvice: "Delete the site's cookies and reload; if that does not help, report it to the site.",
    ownerAdvice: 'Measure the response headers and trim cookies and custom headers.',
    headers: ['Set-Cookie'],
    retry: 'no',
  }),
  chromium('INVALID_RESPONSE', -320, {
    phrase: 'Invalid response',
    summary: "The server's response could not be understood as a valid response.",
    explanation: 'A generic error for responses Chromium could not parse or accept, such as malformed status lines or headers.',
    causes: ['A malformed status line or headers from a buggy application or proxy.', 'A non-HTTP service answering on the port.'],
    visitorAdvice: 'Nothing you can change; report the problem to the site.',
    ownerAdvice: 'Capture the raw response (curl -v) and check the status line and headers for illegal characters or line endings.',
    retry: 'no',
  }),
  chromium('INVALID_HTTP_RESPONSE', -370, {
    phrase: 'Invalid HTTP response',
    summary: 'The server did not answer with a valid HTTP/1.x response.',
    explanation:
      'The reply did not start with an HTTP status line. Old browsers treated such replies as HTTP/0.9; Chromium rejects them instead. It often means something other than a web server answered on the port.',
    causes: ['A non-HTTP service (SSH, a database, a game server) on the port.', 'TLS spoken to a plain HTTP request, or binary garbage from a broken proxy.'],
    visitorAdvice: 'Check that the address and port are correct.',
    ownerAdvice: 'Make sure a web server listens on the port and that no proxy corrupts the response start.',
    retry: 'no',
  }),
  chromium('UNEXPECTED_PROXY_AUTH', -323, {
    phrase: 'Unexpected proxy authentication',
    summary: 'A server that is not a proxy asked for proxy authentication (a 407 response).',
    explanation:
      'The browser was not using a proxy for this request, yet received 407 Proxy Authentication Required. Chromium refuses it rather than show a credentials prompt for an unknown party.',
    causes: ['An application that wrongly answers 407 instead of 401.', 'A transparent (intercepting) proxy on the network demanding credentials.'],
    visitorAdvice: 'If you are on a company or public network, log in to its portal; otherwise report it to the site.',
    ownerAdvice: 'Return 401 with WWW-Authenticate for authentication at the origin; 407 is only for proxies.',
    headers: ['Proxy-Authenticate', 'WWW-Authenticate'],
    retry: 'no',
  }),
  chromium('HTTP_RESPONSE_CODE_FAILURE', -379, {
    phrase: 'Error status with empty body',
    summary: 'A page returned an HTTP error status with an empty body, so Chromium shows its own error page instead.',
    explanation:
      'Unlike the other entries, a status code did arrive here: for a page navigation that gets a 4xx or 5xx response with no body, Chromium ends the navigation with this error and shows its built-in "HTTP ERROR" page instead of a blank one. Look for the status code itself (such as 404 or 500) in this request\'s details. Firefox splits the same situation in two: NS_ERROR_NET_EMPTY_RESPONSE for an empty 4xx and NS_ERROR_NET_ERROR_RESPONSE for an empty 5xx.',
    causes: ['An error handler that sets a status but writes no body.', 'A proxy or framework that strips error bodies.'],
    visitorAdvice: 'The page reported an error; see its status code and try again later.',
    ownerAdvice: 'Return a short HTML body with error responses so visitors see a meaningful page, and fix the error behind the status.',
    crawlerNote: 'Crawlers see the status code itself (for example a 404 or 500) and treat the URL accordingly.',
    retry: 'later',
  }),

  // =============================================================== Chromium: proxies
  chromium('PROXY_CONNECTION_FAILED', -130, {
    phrase: 'Proxy connection failed',
    summary: 'The browser could not connect to the proxy server it is configured to use.',
    explanation:
      "All requests go through a configured proxy, and that proxy could not be reached (its name did not resolve or the connection failed). Sites themselves are not at fault. Firefox calls this NS_ERROR_PROXY_CONNECTION_REFUSED, or NS_ERROR_UNKNOWN_PROXY_HOST when the proxy's name does not resolve.",
    causes: [
      'A proxy configured in system settings is down or has moved.',
      'Malware or an old VPN left a proxy setting behind.',
      'A PAC file points to an unreachable proxy.',
    ],
    visitorAdvice: 'Check your system or browser proxy settings; turn the proxy off if you do not need one.',
    ownerAdvice: 'Nothing to fix on the website; on managed networks, check the proxy service and the PAC file.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('TUNNEL_CONNECTION_FAILED', -111, {
    phrase: 'Tunnel connection failed',
    summary: 'The proxy refused or failed to open a tunnel (CONNECT) to the HTTPS site.',
    explanation:
      'For HTTPS through a proxy, the browser asks the proxy to open a tunnel with CONNECT. The proxy answered with an error instead, for example because policy blocks the site or it could not reach it.',
    causes: ['A corporate proxy blocks the destination or port.', 'The proxy could not reach the site.', 'Proxy authentication failed.'],
    visitorAdvice: 'Check your proxy settings or ask your network administrator whether the site is blocked.',
    ownerAdvice: 'Nothing to fix on the website unless the proxy is yours; then check its access rules and logs.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),

  // =============================================================== Chromium: cache, files and generic
  chromium('CACHE_MISS', -400, {
    phrase: 'Cache miss',
    summary: 'The browser was told to use only its cache, and the resource was not there, often after a form submission.',
    explanation:
      'Some loads may only come from the cache, such as going back to a page that was the result of a POST form submission. When the cached copy is missing, Chrome shows "Confirm Form Resubmission" with this error rather than silently sending the form again.',
    causes: ['Going back or forward to a page produced by a POST request.', 'A page marked no-store that was restored from history.'],
    visitorAdvice: 'Reload the page; confirm resubmission only if sending the form again is safe (for example not a payment).',
    ownerAdvice: 'Use the Post/Redirect/Get pattern: answer form POSTs with a 303 redirect to a page that can be fetched with GET.',
    crawlerNote: CRAWL_NEVER,
    retry: 'immediately',
  }),
  chromium('FILE_NOT_FOUND', -6, {
    phrase: 'File not found',
    summary: 'A local file or packaged resource the URL points to does not exist.',
    explanation: 'Used for file:// URLs and for resources inside the browser or an extension, not for web servers, which answer 404 instead.',
    causes: ['A file:// link to a file that was moved or deleted.', 'An extension that references a missing file.'],
    visitorAdvice: 'Check the file path, or reinstall the extension that shows the error.',
    ownerAdvice: 'Nothing to fix on a web server; for extensions, check the paths in the package.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  chromium('ACCESS_DENIED', -10, {
    phrase: 'Access denied',
    summary: 'The browser was denied access to a resource outside the network, such as a local file.',
    explanation: 'The operating system refused access to something the request needed, for example a local file, a folder or a download location.',
    causes: ['File permissions on a file:// URL.', 'A download folder the browser may not write to.', 'Security software blocking file access.'],
    visitorAdvice: "Check the file's permissions or choose another download folder.",
    ownerAdvice: 'Nothing to fix on the server.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('FAILED', -2, {
    phrase: 'Failed',
    summary: "The request failed with Chromium's generic error, which gives no specific reason.",
    explanation:
      'A catch-all error. Chromium reports it for cross-origin requests that fail their CORS check, for service workers that fail to produce a response, and for downloads that could not start, among other things.',
    causes: [
      'A fetch or XHR blocked by CORS (the console names the missing Access-Control-Allow-Origin header).',
      'A service worker that threw or returned an error.',
      'Internal browser or extension errors, or a failed download.',
    ],
    visitorAdvice: 'Reload the page; if it persists, try a private window without extensions.',
    ownerAdvice: 'Read the browser console: fix CORS headers if it names them, otherwise check service worker code and whether all visitors are affected.',
    headers: ['Access-Control-Allow-Origin'],
    retry: 'immediately',
  }),

  // =============================================================== Firefox: names and connections
  firefox('NS_ERROR_UNKNOWN_HOST', {
    phrase: 'Unknown host',
    summary: "Firefox could not find an IP address for the site's host name, so it never connected.",
    explanation:
      "The DNS lookup found no address for the host. Either the name does not exist or the lookup failed on the visitor's side. Chromium calls this net::ERR_NAME_NOT_RESOLVED.",
    causes: [
      'A mistyped or non-existent domain.',
      'An expired domain or missing DNS records.',
      'A broken or filtering DNS resolver, or DNS-over-HTTPS problems.',
    ],
    visitorAdvice: 'Check the address; if it is right, try another network or DNS setting.',
    ownerAdvice: 'Check domain registration, name servers and the A/AAAA or CNAME records for this host name.',
    crawlerNote: CRAWL_DNS,
    retry: 'later',
  }),
  firefox('NS_ERROR_UNKNOWN_PROXY_HOST', {
    phrase: 'Unknown proxy host',
    summary: 'The host name of the proxy Firefox is configured to use could not be resolved.',
    explanation: 'Firefox is set to use a proxy whose name has no DNS address, so it cannot send any request through it.',
    causes: ['A mistyped proxy name in the connection settings.', 'A PAC file naming a proxy that no longer exists.'],
    visitorAdvice: 'Check Firefox\'s network (proxy) settings, or switch to "No proxy" or "Use system proxy settings".',
    ownerAdvice: 'Nothing to fix on the website.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  firefox('NS_ERROR_CONNECTION_REFUSED', {
    phrase: 'Connection refused',
    summary: "The server's machine refused the connection because nothing accepts connections on that port.",
    explanation:
      'The host was reached but rejected the connection attempt. The web server may be down or listening elsewhere, or a firewall rejects the port. Chromium calls this net::ERR_CONNECTION_REFUSED.',
    causes: ['The web server is stopped or crashed.', 'Wrong port or address family.', 'A firewall rejecting the port.'],
    visitorAdvice: 'Try again later.',
    ownerAdvice: 'Check that the server is running and listening on the right port and addresses, and that the firewall allows it.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'later',
  }),
  firefox('NS_ERROR_PROXY_CONNECTION_REFUSED', {
    phrase: 'Proxy connection refused',
    summary: 'Firefox could not connect to its configured proxy server.',
    explanation: 'Every request goes through a proxy, and that proxy refused the connection. Chromium calls this net::ERR_PROXY_CONNECTION_FAILED.',
    causes: ['The proxy service is down.', 'A stale proxy setting from an old VPN or software.'],
    visitorAdvice: "Check Firefox's proxy settings, or turn the proxy off.",
    ownerAdvice: 'Nothing to fix on the website.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  firefox('NS_ERROR_NET_TIMEOUT', {
    phrase: 'Network timeout',
    summary: 'The connection or the response took too long, so Firefox gave up.',
    explanation:
      'Either the server never answered the connection attempt or it stopped sending. Chromium reports the same as net::ERR_CONNECTION_TIMED_OUT or net::ERR_TIMED_OUT.',
    causes: ['A firewall dropping packets.', 'An overloaded or unreachable server.', 'Outdated IP addresses in DNS.'],
    visitorAdvice: 'Try again later or from another network.',
    ownerAdvice: 'Check server reachability, firewall rules and slow responses.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  firefox('NS_ERROR_NET_RESET', {
    phrase: 'Connection reset',
    summary: 'The connection was made but closed before any data arrived; Firefox shows "The connection was reset".',
    explanation:
      'Firefox defines this as a connection that was established but never delivered any data. An nginx 444 (closing without a response), a crashed application, or a filter killing the connection all end this way. Chromium reports such cases as net::ERR_EMPTY_RESPONSE or net::ERR_CONNECTION_RESET.',
    causes: [
      'nginx returned 444 or a server dropped the request deliberately.',
      'The application crashed before responding.',
      'A firewall, antivirus or censorship system reset the connection.',
    ],
    visitorAdvice: 'Reload; if it persists, try another network or turn off VPN and web filtering.',
    ownerAdvice: 'Look for 444 rules, crashes and upstream timeouts in server logs at the time of the failure.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  firefox('NS_ERROR_NET_INTERRUPT', {
    phrase: 'Connection interrupted',
    summary: 'The connection broke while data was still being transferred.',
    explanation:
      'The connection was established and data was flowing when it was cut. Chromium reports similar failures as net::ERR_CONNECTION_RESET or net::ERR_CONNECTION_CLOSED.',
    causes: ['The server or a proxy closed the connection mid-response.', 'An unstable network connection.', 'Security software interrupting the transfer.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Check for crashes, proxy timeouts and keep-alive mismatches during long responses.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  firefox('NS_ERROR_NET_PARTIAL_TRANSFER', {
    phrase: 'Partial transfer',
    summary: 'The transfer ended before the whole response arrived.',
    explanation:
      'Firefox received only part of the body it was promised. Chromium reports the same truncation as net::ERR_CONTENT_LENGTH_MISMATCH or net::ERR_INCOMPLETE_CHUNKED_ENCODING.',
    causes: ['The server or a proxy closed the connection early.', 'A wrong Content-Length header.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Check for worker timeouts and crashes during the response, and for hand-set Content-Length values.',
    headers: ['Content-Length', 'Transfer-Encoding'],
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  firefox('NS_ERROR_NET_EMPTY_RESPONSE', {
    phrase: 'Empty error response',
    summary: 'A page got a 4xx client-error status with an empty body, so Firefox shows its own error page.',
    explanation:
      "A status code did arrive, but the 4xx response to a page load had no content, so Firefox shows its own error page instead of a blank one. An empty 5xx gets NS_ERROR_NET_ERROR_RESPONSE instead. Look for the status code itself in this request's details. Chromium reports both as net::ERR_HTTP_RESPONSE_CODE_FAILURE. Despite its name, this is not nginx's 444: an empty reply without any status shows up in Firefox as NS_ERROR_NET_RESET.",
    causes: ['An error handler that sets a status but writes no body.', 'A proxy that strips error bodies.'],
    visitorAdvice: 'The page reported an error; try again later.',
    ownerAdvice: 'Send a short HTML body with error responses, and fix the error behind the status.',
    crawlerNote: 'Crawlers see the status code itself and treat the URL accordingly.',
    retry: 'later',
  }),
  // Both empty-error cases: uriloader/base/nsURILoader.cpp (nsDocumentOpenInfo::OnStartRequest and
  // CheckContentLengthDiscrepancy) returns this one for 5xx and NS_ERROR_NET_EMPTY_RESPONSE for 4xx.
  firefox('NS_ERROR_NET_ERROR_RESPONSE', {
    phrase: 'Error response',
    summary: 'A page got an error status Firefox will not display: an empty 5xx, or an error body of a type it cannot show.',
    explanation:
      "A status code did arrive. Firefox ends a page load with this error in two cases: the response is a 5xx server error with an empty body (an empty 4xx gets NS_ERROR_NET_EMPTY_RESPONSE instead), or it is an unsuccessful response whose content type Firefox cannot show in a tab and will not save as a download. Its error page then replaces the blank or unreadable answer. Chromium reports the empty case as net::ERR_HTTP_RESPONSE_CODE_FAILURE. Look for the status code itself in this request's details.",
    causes: [
      'A server error (500, 502, 503…) whose application, proxy or load balancer sends no body.',
      'An error response sent with a download type such as application/octet-stream.',
      'A firewall or bot-protection service that answers unwanted clients with a bare error status.',
    ],
    visitorAdvice: 'The site reported an error; reload in a little while. If it persists, let the site know.',
    ownerAdvice:
      'Find the status code in the server or proxy logs and fix the error behind it, and send error responses with a short text/html body so visitors see a readable page.',
    crawlerNote: 'Crawlers see the status code itself; a 5xx slows crawling and, if it lasts, can drop pages from the index.',
    retry: 'later',
  }),
  firefox('NS_ERROR_OFFLINE', {
    phrase: 'Offline',
    summary: 'Firefox is in offline mode or has no network connection, so it did not send the request.',
    explanation:
      'The networking layer is offline, either because "Work Offline" is on or because Firefox detected that the device has no connectivity. Chromium\'s closest equivalent is net::ERR_INTERNET_DISCONNECTED.',
    causes: ['"Work Offline" turned on.', 'No network connection on the device.'],
    visitorAdvice: 'Reconnect to the internet, or turn off "Work Offline" in the File menu.',
    ownerAdvice: 'Nothing to fix on the server.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),

  // =============================================================== Firefox: cancellations, blocking and redirects
  firefox('NS_BINDING_ABORTED', {
    phrase: 'Request aborted',
    summary: 'The request was cancelled, usually harmlessly, for example because the user navigated away.',
    explanation:
      'Firefox stopped the request on purpose: a newer navigation replaced it, the user pressed Stop or left the page, a script aborted it, or the response became a download. Chromium calls this net::ERR_ABORTED.',
    causes: [
      'Navigation away or reload before loading finished.',
      'A script cancelling a fetch or replacing an image source.',
      'A response handed off as a download.',
    ],
    visitorAdvice: 'Usually nothing; reload if the page stays blank.',
    ownerAdvice: 'Ignore isolated cases; investigate only if the main document is aborted regularly.',
    crawlerNote: CRAWL_NEVER,
    retry: 'immediately',
  }),
  firefox('NS_ERROR_ABORT', {
    phrase: 'Aborted',
    summary: 'The request was aborted, most often because an extension such as an ad blocker cancelled it.',
    explanation:
      "When an extension cancels a request through webRequest, Firefox ends it with NS_ERROR_ABORT, so this is Firefox's counterpart of Chromium's net::ERR_BLOCKED_BY_CLIENT. Other internal cancellations use it too.",
    causes: ['An ad blocker or privacy extension blocked the request.', 'Another extension or browser component cancelled it.'],
    visitorAdvice: 'If part of the page is missing, allow the site in your ad blocker or test in a window without extensions.',
    ownerAdvice: 'Make sure the page works without third-party trackers and ads, and avoid ad-like names for first-party files.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  firefox('NS_BINDING_REDIRECTED', {
    phrase: 'Request redirected',
    summary: 'The request was replaced by another request to a new URL, so this one ended without a final response.',
    explanation:
      'Firefox ends a request with this code when it is superseded by a redirect, for example one made by an extension, an internal upgrade to HTTPS, or a redirect the channel handed to a new request. It is normal and not a failure of the site; the follow-up request carries the real result.',
    causes: ['An extension redirected the request.', 'HTTPS-Only mode or HSTS upgraded the request.', 'An internal redirect between channels.'],
    visitorAdvice: 'Nothing to do.',
    ownerAdvice: 'Nothing to fix; look at the follow-up request for the actual response.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  firefox('NS_BINDING_RETARGETED', {
    phrase: 'Request retargeted',
    summary: 'The response was handed to another handler, such as the download manager, instead of the page.',
    explanation: 'The request continues elsewhere, most commonly because the response turned out to be a file download. It is not an error of the site.',
    causes: ['A response with Content-Disposition: attachment or a type Firefox downloads.', 'An external application took over the response.'],
    visitorAdvice: 'Nothing to do; check your downloads.',
    ownerAdvice: 'Nothing to fix.',
    headers: ['Content-Disposition'],
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  firefox('NS_ERROR_REDIRECT_LOOP', {
    phrase: 'Redirect loop',
    summary: 'The page redirected too many times, almost always because of a redirect loop.',
    explanation:
      'Firefox stops after too many redirects (20 by default). The chain is nearly always a loop between two rules. Chromium calls this net::ERR_TOO_MANY_REDIRECTS.',
    causes: [
      'HTTPS redirects behind a proxy that talks to the origin over HTTP.',
      'Conflicting www and non-www rules.',
      'A login redirect whose cookie is never accepted.',
    ],
    visitorAdvice: 'Delete the cookies for this site and reload.',
    ownerAdvice: 'Trace the chain with this extension or curl -IL and remove the rule that sends requests back.',
    headers: ['Location', 'Set-Cookie'],
    crawlerNote: CRAWL_REDIRECTS,
    retry: 'after-change',
  }),
  firefox('NS_ERROR_CONTENT_BLOCKED', {
    phrase: 'Content blocked',
    summary: 'A content policy inside Firefox blocked the request before it was sent.',
    explanation:
      'Firefox consults content policies before loading a resource: mixed-content blocking, some Content Security Policy checks, extensions and other components can veto the load.',
    causes: ['Mixed content: an http:// resource on an https:// page.', 'A policy in the page or an extension forbids the load.'],
    visitorAdvice: 'Nothing you can change on the page; report missing content to the site.',
    ownerAdvice: 'Load every resource over HTTPS and check the CSP in the browser console.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  firefox('NS_ERROR_TRACKING_URI', {
    phrase: 'Blocked tracker',
    summary: "Firefox's Enhanced Tracking Protection blocked this request because the URL is on a tracker list.",
    explanation:
      'The host is on the Disconnect tracking-protection list used by Firefox, and the current protection level blocks it. Related codes cover other categories: NS_ERROR_FINGERPRINTING_URI, NS_ERROR_CRYPTOMINING_URI and NS_ERROR_SOCIALTRACKING_URI.',
    causes: ['Analytics, advertising or social widgets from a listed tracker domain.', 'Strict tracking protection or a private window.'],
    visitorAdvice: 'If the page is broken, turn off tracking protection for this site using the shield icon.',
    ownerAdvice: 'Make sure the page works when third-party trackers are blocked; host essential scripts yourself.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  firefox('NS_ERROR_DOM_CORP_FAILED', {
    phrase: 'Blocked by Cross-Origin-Resource-Policy',
    summary: 'Firefox blocked the response because its Cross-Origin-Resource-Policy forbids use by this page.',
    explanation:
      'The resource declared with Cross-Origin-Resource-Policy that only the same origin or site may use it, and the requesting page is elsewhere. Chromium reports this as net::ERR_BLOCKED_BY_RESPONSE.',
    causes: ['CORP: same-origin or same-site on an asset loaded by another site.'],
    visitorAdvice: 'Nothing you can change.',
    ownerAdvice: 'Set Cross-Origin-Resource-Policy: cross-origin on resources meant to be embedded by other sites.',
    headers: ['Cross-Origin-Resource-Policy'],
    retry: 'no',
  }),
  firefox('NS_ERROR_DOM_COEP_FAILED', {
    phrase: 'Blocked by Cross-Origin-Embedder-Policy',
    summary: 'The page requires every embedded resource to opt in (COEP), and this resource did not.',
    explanation:
      'A page with Cross-Origin-Embedder-Policy: require-corp may only load cross-origin resources that send CORP or CORS headers. Chromium reports this as net::ERR_BLOCKED_BY_RESPONSE.',
    causes: ['A third-party image, script or frame without CORP or CORS headers on a COEP page.'],
    visitorAdvice: 'Nothing you can change.',
    ownerAdvice: 'Ask the resource provider to send CORP or CORS headers, load it with crossorigin, or use COEP: credentialless.',
    headers: ['Cross-Origin-Embedder-Policy', 'Cross-Origin-Resource-Policy'],
    retry: 'no',
  }),
  firefox('NS_ERROR_XFO_VIOLATION', {
    phrase: 'Blocked by X-Frame-Options',
    summary: 'The page may not be shown inside a frame because of its X-Frame-Options header.',
    explanation:
      'The framed page sent X-Frame-Options: DENY or SAMEORIGIN, and the frame belongs to a page that is not allowed. Chromium reports this as net::ERR_BLOCKED_BY_RESPONSE.',
    causes: ['Embedding a site that forbids framing, such as a login or banking page.'],
    visitorAdvice: 'Open the framed page in its own tab.',
    ownerAdvice: 'If framing should be allowed, use CSP frame-ancestors to list the permitted embedders instead of X-Frame-Options.',
    headers: ['X-Frame-Options', 'Content-Security-Policy'],
    retry: 'no',
  }),
  firefox('NS_ERROR_DOM_BAD_URI', {
    phrase: 'Bad URI',
    summary: 'Firefox refused the load because this page is not allowed to access that URL.',
    explanation:
      'A security check rejected the URL for this context, for example a web page trying to load a file:// or privileged URL, or a cross-origin request that is not permitted.',
    causes: ['A web page linking to file:// or about: URLs.', 'A request that violates the same-origin rules.'],
    visitorAdvice: 'Nothing you can change on the page.',
    ownerAdvice: 'Use https:// URLs the page is allowed to load, and check CORS for cross-origin requests.',
    retry: 'no',
  }),
  firefox('NS_ERROR_MALFORMED_URI', {
    phrase: 'Malformed URI',
    summary: 'The URL is not valid, so Firefox could not make the request.',
    explanation: "The address could not be parsed. Chromium's closest equivalent is net::ERR_INVALID_URL.",
    causes: ['A link with illegal characters or an invalid host.', 'A script that builds URLs incorrectly.'],
    visitorAdvice: 'Check the address, or report the broken link.',
    ownerAdvice: 'Fix and correctly encode the link or the code that builds it.',
    retry: 'no',
  }),
  firefox('NS_ERROR_UNKNOWN_PROTOCOL', {
    phrase: 'Unknown protocol',
    summary: 'The URL uses a scheme that Firefox has no handler for.',
    explanation:
      'No application or handler is registered for the part before the colon, for example a custom app link. Chromium calls this net::ERR_UNKNOWN_URL_SCHEME.',
    causes: ['A custom app link when the app is not installed.', 'A typo in the scheme.'],
    visitorAdvice: 'Install the app the link is meant for, or use a web address instead.',
    ownerAdvice: 'Offer an https:// fallback for app links.',
    retry: 'no',
  }),
  firefox('NS_ERROR_PORT_ACCESS_NOT_ALLOWED', {
    phrase: 'Port not allowed',
    summary: 'Firefox blocked the request because it uses a port reserved for other protocols.',
    explanation: 'Browsers refuse ports such as 25 (mail) so that pages cannot attack non-web services. Chromium calls this net::ERR_UNSAFE_PORT.',
    causes: ['A URL on a blocked port.', 'A development server on a blocked port.'],
    visitorAdvice: 'Nothing you can change in the page; the site must use another port.',
    ownerAdvice: 'Move the service to 443, 80 or another port not on the browser block list.',
    retry: 'no',
  }),
  firefox('NS_ERROR_CORRUPTED_CONTENT', {
    phrase: 'Corrupted content',
    summary: 'The response was damaged or contradicted itself, so Firefox refused to use it.',
    explanation:
      'Firefox shows "Corrupted Content Error" when a response breaks network rules it cannot safely work around, such as conflicting Content-Length, Content-Disposition or Location headers, or a script or stylesheet whose wrong MIME type is blocked by nosniff.',
    causes: [
      'Duplicate, conflicting Content-Length or Content-Disposition headers.',
      'A script or style sent with the wrong Content-Type under X-Content-Type-Options: nosniff.',
      'Two different Location headers on a redirect.',
    ],
    visitorAdvice: 'Nothing you can change; report the problem to the site.',
    ownerAdvice: 'Check the raw headers for duplicates (curl -v), and serve scripts and stylesheets with correct MIME types.',
    headers: ['Content-Length', 'Content-Type', 'X-Content-Type-Options', 'Location'],
    retry: 'no',
  }),
  firefox('NS_ERROR_INVALID_CONTENT_ENCODING', {
    phrase: 'Invalid content encoding',
    summary: 'The body could not be decompressed as its Content-Encoding header says.',
    explanation:
      'The response claims gzip, br or another encoding but the bytes are not valid in that format, often because of double compression. Chromium calls this net::ERR_CONTENT_DECODING_FAILED.',
    causes: ['Compression applied twice, or a header on an uncompressed body.', 'A proxy changed the body but kept the header.'],
    visitorAdvice: 'Nothing you can change; report it to the site.',
    ownerAdvice: 'Compress in one layer only and make Content-Encoding match the bytes sent.',
    headers: ['Content-Encoding'],
    retry: 'no',
  }),
  firefox('NS_ERROR_NET_HTTP2_SENT_GOAWAY', {
    phrase: 'HTTP/2 GOAWAY sent',
    summary: 'The HTTP/2 connection was shut down with a GOAWAY frame, usually after a protocol error.',
    explanation:
      'Firefox closed the HTTP/2 session by sending GOAWAY, which it does when the connection can no longer be used safely, typically because the server broke HTTP/2 rules. Chromium reports similar failures as net::ERR_HTTP2_PROTOCOL_ERROR.',
    causes: ['Headers that HTTP/2 forbids, or malformed frames from the server or a proxy.', 'A server or CDN HTTP/2 bug.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Check response headers against HTTP/2 rules and test with HTTP/2 turned off to confirm.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  firefox('NS_ERROR_NET_HTTP3_PROTOCOL_ERROR', {
    phrase: 'HTTP/3 protocol error',
    summary: 'The HTTP/3 (QUIC) connection failed because of a protocol error.',
    explanation:
      'Firefox used HTTP/3 and the connection broke, often on networks that block or alter UDP port 443. Chromium calls this net::ERR_QUIC_PROTOCOL_ERROR.',
    causes: ['UDP port 443 blocked or mangled.', 'A QUIC implementation bug on the server or CDN.'],
    visitorAdvice: 'Reload; if it persists, try another network.',
    ownerAdvice: 'Check the HTTP/3 setup, or stop advertising it in Alt-Svc until it works reliably.',
    headers: ['Alt-Svc'],
    retry: 'immediately',
  }),
  firefox('NS_ERROR_FAILURE', {
    phrase: 'Failure',
    summary: "The request failed with Firefox's generic error, which gives no specific reason.",
    explanation:
      "A catch-all result code. It can come from internal errors, extensions, service workers or protocol handlers. Chromium's generic counterpart is net::ERR_FAILED.",
    causes: ['An internal browser or extension error.', 'A service worker that failed.', 'An unusual protocol or handler failure.'],
    visitorAdvice: 'Reload; if it persists, try a private window without extensions.',
    ownerAdvice: 'Check whether it affects all visitors; look at service worker code and the browser console.',
    retry: 'immediately',
  }),

  // =============================================================== Firefox: TLS and certificates (NSS / mozilla::pkix)
  firefoxTls('SEC_ERROR_UNKNOWN_ISSUER', -8179, ['Peer’s Certificate issuer is not recognized.'], {
    phrase: 'Unknown certificate issuer',
    summary: "Firefox does not recognize the authority that issued the site's certificate, or the chain is incomplete.",
    explanation:
      'No chain could be built to a root Firefox trusts. Private CAs, missing intermediate certificates and HTTPS interception by security software are the usual causes. Chromium calls this net::ERR_CERT_AUTHORITY_INVALID.',
    causes: [
      'The server does not send its intermediate certificates.',
      'A private or company CA that Firefox does not trust.',
      'Antivirus or a corporate proxy intercepting HTTPS.',
    ],
    visitorAdvice: 'Do not enter sensitive data. Check antivirus HTTPS scanning, or try another network.',
    ownerAdvice: 'Serve the full certificate chain from a public CA and test it with an external TLS checker.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', -16370, ['The certificate is not trusted because it is self-signed.'], {
    phrase: 'Self-signed certificate',
    summary: "The site's certificate is self-signed, so nobody Firefox trusts vouches for it.",
    explanation:
      'A self-signed certificate is common on routers, development servers and internal tools. Chromium reports it as net::ERR_CERT_AUTHORITY_INVALID.',
    causes: ['A default certificate on a device or appliance.', 'A development or staging server.', 'A forgotten test certificate in production.'],
    visitorAdvice: 'Only continue if you control the device or server and know the certificate is yours.',
    ownerAdvice: 'Use a certificate from a public CA (for example via ACME), or distribute an internal CA to managed devices.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls(
    'SSL_ERROR_BAD_CERT_DOMAIN',
    -12276,
    ['Unable to communicate securely with peer: requested domain name does not match the server’s certificate.'],
    {
      phrase: 'Certificate name mismatch',
      summary: 'The certificate is valid but not for the host name in the address bar.',
      explanation: "None of the certificate's names matches the host. Chromium calls this net::ERR_CERT_COMMON_NAME_INVALID.",
      causes: [
        'A certificate missing the www or bare-domain name.',
        "A shared server presenting another site's certificate.",
        'DNS pointing to the wrong server.',
      ],
      visitorAdvice: 'Do not log in or pay on this page; try the address with or without "www".',
      ownerAdvice: 'Cover every host name in the certificate and configure SNI so each site presents its own certificate.',
      crawlerNote: CRAWL_TLS,
      retry: 'after-change',
    },
  ),
  firefoxTls('SEC_ERROR_EXPIRED_CERTIFICATE', -8181, ['Peer’s Certificate has expired.'], {
    phrase: 'Certificate expired',
    summary: "The site's certificate has expired, or the device's clock is set wrong.",
    explanation: "The certificate's validity period has ended according to the device's clock. Chromium calls this net::ERR_CERT_DATE_INVALID.",
    causes: ['A missed renewal.', 'A renewed certificate not deployed everywhere.', "A wrong system clock on the visitor's device."],
    visitorAdvice: "Check your device's date and time; if they are right, the site must renew its certificate.",
    ownerAdvice: 'Renew and deploy the certificate on every server, and monitor expiry.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SEC_ERROR_REVOKED_CERTIFICATE', -8180, ['Peer’s Certificate has been revoked.'], {
    phrase: 'Certificate revoked',
    summary: "The site's certificate was revoked by its issuer.",
    explanation: 'The CA declared the certificate invalid before it expired. Chromium calls this net::ERR_CERT_REVOKED.',
    causes: ['A compromised private key.', 'Mass revocation of mis-issued certificates.'],
    visitorAdvice: 'Do not continue to the site.',
    ownerAdvice: 'Deploy a new certificate with a new key everywhere.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls(
    'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED',
    -8016,
    ['The certificate was signed using a signature algorithm that is disabled because it is not secure.'],
    {
      phrase: 'Insecure certificate signature',
      summary: 'The certificate is signed with an algorithm Firefox no longer accepts, such as SHA-1.',
      explanation: 'Broken hash algorithms are disabled for certificate signatures. Chromium calls this net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM.',
      causes: ['An old certificate or internal CA still using SHA-1 or MD5.'],
      visitorAdvice: 'Nothing you can do; the site must replace the certificate.',
      ownerAdvice: 'Reissue the certificate and any internal intermediates with SHA-256 or stronger.',
      crawlerNote: CRAWL_TLS,
      retry: 'after-change',
    },
  ),
  firefoxTls(
    'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE',
    -16384,
    [
      'The server uses key pinning (HPKP) but no trusted certificate chain could be constructed that matches the pinset. Key pinning violations cannot be overridden.',
    ],
    {
      phrase: 'Key pinning failure',
      summary: 'The certificate chain does not contain a key that Firefox has pinned for this site.',
      explanation:
        'Firefox ships built-in key pins for some domains. A chain without a pinned key is refused, usually because security software intercepts HTTPS. Chromium calls this net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN.',
      causes: ['Antivirus or a corporate proxy intercepting HTTPS.', 'A man-in-the-middle attack.'],
      visitorAdvice: 'Do not continue; turn off HTTPS scanning in your security software or change networks.',
      ownerAdvice: 'Only relevant for pinned domains; then serve a chain that includes a pinned key.',
      crawlerNote: CRAWL_NEVER,
      retry: 'after-change',
    },
  ),
  firefoxTls('SSL_ERROR_NO_CYPHER_OVERLAP', -12286, ['Cannot communicate securely with peer: no common encryption algorithm(s).'], {
    phrase: 'No common cipher',
    summary: 'Firefox and the server share no TLS cipher suite or version, so no secure connection is possible.',
    explanation:
      'The server only offers outdated protocol versions or ciphers that Firefox has disabled. Chromium calls this net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH.',
    causes: ['A server limited to TLS 1.0/1.1 or obsolete ciphers.', 'A misconfigured cipher list.'],
    visitorAdvice: 'Nothing you can safely change; the site must update its TLS configuration.',
    ownerAdvice: 'Enable TLS 1.2 and 1.3 with current cipher suites.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SSL_ERROR_RX_RECORD_TOO_LONG', -12263, ['SSL received a record that exceeded the maximum permissible length.'], {
    phrase: 'TLS record too long',
    summary: 'Firefox expected a TLS handshake but got something else, usually plain HTTP on port 443.',
    explanation:
      'The first bytes from the server were not a valid TLS record. By far the most common reason is a server answering HTTPS requests with plain HTTP. Chromium reports this as net::ERR_SSL_PROTOCOL_ERROR.',
    causes: ['Port 443 serves plain HTTP, or TLS is not enabled for this virtual host.', 'A proxy that does not speak TLS on the port.'],
    visitorAdvice: 'Try the http:// address only if the site has no sensitive data; otherwise report it.',
    ownerAdvice: 'Enable TLS on the port 443 listener (for example "listen 443 ssl" in nginx) with a certificate.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SSL_ERROR_UNRECOGNIZED_NAME_ALERT', -12182, ['SSL peer has no certificate for the requested DNS name.'], {
    phrase: 'Unrecognized name (TLS)',
    summary: 'The server said, during the TLS handshake, that it has no certificate for this host name.',
    explanation: 'The server rejected the host name sent through SNI. Chromium calls this net::ERR_SSL_UNRECOGNIZED_NAME_ALERT.',
    causes: ['DNS points to a server without a TLS virtual host for the name.', 'A CDN or load balancer missing the host name.'],
    visitorAdvice: 'Nothing you can do; the site is misconfigured.',
    ownerAdvice: 'Add the host name to the TLS configuration or fix DNS.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
];

/** Every browser error: the common ones above, then the rest by browser and topic. */
export const netErrorEntries: readonly StatusEntry[] = [
  ...commonNetErrorEntries,
  ...chromiumProtocolErrorEntries,
  ...chromiumCertificateErrorEntries,
  ...firefoxPageErrorEntries,
];
