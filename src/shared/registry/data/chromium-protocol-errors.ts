import type { StatusEntry } from '../registry-types';
import { CRAWL_DNS, CRAWL_NETWORK, CRAWL_NEVER, chromium, dnsProbe, type NetText } from './net-error-builders';

/**
 * Chromium errors in the HTTP/2, QUIC (HTTP/3) and HTTP/1.1 layers, in reading the response headers and body,
 * and in name resolution, including the DNS_PROBE_* names its error page shows. Values are from
 * net/base/net_error_list.h; net-errors.test.ts lists each one.
 */

/**
 * HTTP/2 breakdowns that look the same to a visitor: the connection, or one request on it, ended because one
 * side broke an HTTP/2 rule. What differs is which rule, written once per error below.
 */
interface Http2Breakdown {
  value: number;
  phrase: string;
  /** What went wrong, as the end of "The HTTP/2 connection broke: <what>." */
  what: string;
  /** The rule or mechanism involved, in a sentence or two. */
  detail: string;
  causes: string[];
  retry: StatusEntry['retry'];
}

const HTTP2_BREAKDOWNS: Readonly<Record<string, Http2Breakdown>> = {
  HTTP2_SERVER_REFUSED_STREAM: {
    value: -351,
    phrase: 'HTTP/2 stream refused by the server',
    what: 'the server turned this request down without working on it',
    detail:
      'A server refuses a stream (RST_STREAM with REFUSED_STREAM, or a GOAWAY that leaves the request out) when it has too many requests open or is closing the connection. Nothing was processed, so the request is safe to send again on a new connection, and Chromium usually does so by itself.',
    causes: ['The server or a proxy hit its limit of concurrent streams.', 'The server was restarting or closing idle connections.'],
    retry: 'immediately',
  },
  HTTP2_PING_FAILED: {
    value: -352,
    phrase: 'HTTP/2 ping failed',
    what: 'it stopped answering the checks the browser sends to see whether it is still alive',
    detail:
      'Chromium sends an HTTP/2 PING frame on a connection that has been quiet and expects a reply; when none comes, it treats the connection as dead and fails the requests on it.',
    causes: ['The network dropped silently, for example after switching Wi-Fi.', 'A proxy or firewall stopped forwarding an idle connection.'],
    retry: 'immediately',
  },
  HTTP2_INADEQUATE_TRANSPORT_SECURITY: {
    value: -360,
    phrase: 'HTTP/2 over weak TLS',
    what: 'the server agreed to HTTP/2 over a TLS version or cipher that HTTP/2 forbids',
    detail:
      'HTTP/2 over TLS requires TLS 1.2 or newer and rules out a list of weak cipher suites (RFC 9113, section 9.2). A server that speaks HTTP/2 on such a connection breaks the protocol, so Chromium gives up on it.',
    causes: ['A server that offers HTTP/2 while preferring an old or blocklisted cipher suite.', 'A TLS-terminating proxy with an outdated cipher list.'],
    retry: 'after-change',
  },
  HTTP2_FLOW_CONTROL_ERROR: {
    value: -361,
    phrase: 'HTTP/2 flow-control error',
    what: 'one side sent more data than the other had room for',
    detail: 'HTTP/2 limits how much data may be in flight before the receiver says it is ready for more; sending past that window is a protocol error.',
    causes: ['A bug in the server, CDN or proxy HTTP/2 implementation.'],
    retry: 'immediately',
  },
  HTTP2_FRAME_SIZE_ERROR: {
    value: -362,
    phrase: 'HTTP/2 frame size error',
    what: 'the other side sent a frame of a size the protocol does not allow',
    detail:
      'Each HTTP/2 frame type has size rules, and no frame may exceed the maximum size the receiver announced; a frame that breaks them ends the connection.',
    causes: ['A bug in the server, CDN or proxy HTTP/2 implementation.', 'A middlebox that corrupts traffic.'],
    retry: 'immediately',
  },
  HTTP2_COMPRESSION_ERROR: {
    value: -363,
    phrase: 'HTTP/2 header compression error',
    what: 'its compressed headers (HPACK) could not be decoded or encoded',
    detail:
      'HTTP/2 compresses headers with HPACK, in which both sides keep a shared table; when the tables get out of step or a header block is malformed, the whole connection is unusable.',
    causes: ['A bug in the server or proxy HTTP/2 implementation.', 'Response headers too large for the limits either side set.'],
    retry: 'immediately',
  },
  HTTP2_STREAM_CLOSED: {
    value: -376,
    phrase: 'HTTP/2 frame on a closed stream',
    what: 'the other side kept sending on a stream that was already closed',
    detail: 'Once a stream has ended, no more frames may arrive on it; receiving one is a protocol error.',
    causes: ['A bug in the server, CDN or proxy HTTP/2 implementation.'],
    retry: 'immediately',
  },
  HTTP2_CLIENT_REFUSED_STREAM: {
    value: -377,
    phrase: 'HTTP/2 stream refused by the browser',
    what: 'the browser itself refused a stream the server tried to open',
    detail:
      'Servers could once start streams of their own (server push); Chromium no longer accepts pushed streams and refuses them, which can surface as this error.',
    causes: ['A server still using HTTP/2 server push.'],
    retry: 'immediately',
  },
};

function http2(name: string, b: Http2Breakdown): StatusEntry {
  const text: NetText = {
    phrase: b.phrase,
    summary: `The HTTP/2 connection broke: ${b.what}.`,
    explanation: `${b.detail} Firefox reports HTTP/2 failures under names such as NS_ERROR_NET_HTTP2_SENT_GOAWAY.`,
    causes: b.causes,
    visitorAdvice: 'Reload the page; if it keeps failing, try another network or turn off any proxy or HTTPS-scanning software.',
    ownerAdvice:
      'Test the site with HTTP/2 turned off to confirm, look for HTTP/2 errors in the server, CDN or proxy logs, and update the HTTP/2 implementation.',
    crawlerNote: CRAWL_NETWORK,
    retry: b.retry,
  };
  return chromium(name, b.value, text);
}

export const chromiumProtocolErrorEntries: readonly StatusEntry[] = [
  // =============================================================== HTTP/2
  ...Object.entries(HTTP2_BREAKDOWNS).map(([name, b]) => http2(name, b)),
  chromium('INCOMPLETE_HTTP2_HEADERS', -347, {
    phrase: 'Incomplete HTTP/2 headers',
    summary: 'An HTTP/2 response ended before its headers were complete, without a status.',
    explanation:
      'HTTP/2 sends a response\'s status in a ":status" pseudo-header at the start of the header block. Here the headers arrived without it, and the stream ended before the missing part came, so there is no status to read.',
    causes: ['A server or proxy that sends a header block without ":status".', 'A stream cut off in the middle of its headers.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Check the HTTP/2 layer of the server, CDN or proxy, and test with HTTP/2 turned off to confirm.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('HTTP_1_1_REQUIRED', -365, {
    phrase: 'HTTP/1.1 required',
    summary: 'The server answered the HTTP/2 request by saying it must be sent over HTTP/1.1 instead.',
    explanation:
      'A server can reset an HTTP/2 request with the error code HTTP_1_1_REQUIRED (RFC 9113), typically because the resource needs something HTTP/2 does not offer, such as asking for a client certificate part-way through a connection. Chromium normally retries over HTTP/1.1 by itself; the error remains when that is not possible.',
    causes: [
      'A server that asks for a client certificate only for some paths, by renegotiating the connection.',
      'A server or proxy that handles some requests only over HTTP/1.1.',
    ],
    visitorAdvice: 'Reload the page; if it keeps failing, the site has to change its setup.',
    ownerAdvice:
      'Request client certificates for the whole host at the start of the connection instead of renegotiating, or turn HTTP/2 off for the host that needs it.',
    retry: 'immediately',
  }),

  // =============================================================== QUIC (HTTP/3)
  chromium('QUIC_HANDSHAKE_FAILED', -358, {
    phrase: 'QUIC handshake failed',
    summary: 'The browser could not set up the encrypted QUIC connection that HTTP/3 runs on.',
    explanation:
      "HTTP/3 runs over QUIC, on UDP, and starts with its own TLS handshake. When that fails, the server has read none of the requests, so they may be sent again; Chromium usually falls back to HTTP/2 or HTTP/1.1 over TCP, but not always before the page gives up. Firefox's counterpart is NS_ERROR_NET_HTTP3_PROTOCOL_ERROR.",
    causes: [
      'A network that blocks or throttles UDP port 443.',
      'A server or CDN whose QUIC setup is broken.',
      'A firewall that inspects traffic and mangles QUIC.',
    ],
    visitorAdvice: 'Reload the page; if it keeps failing, try another network.',
    ownerAdvice: 'Check the HTTP/3 setup, and stop advertising it in the Alt-Svc header until it works from ordinary networks.',
    headers: ['Alt-Svc'],
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('QUIC_CERT_ROOT_NOT_KNOWN', -380, {
    phrase: 'QUIC certificate from an unknown root',
    summary: "The server's certificate on the QUIC (HTTP/3) connection does not chain to a root the browser trusts publicly.",
    explanation:
      'For QUIC, Chromium only accepts certificates that chain to a publicly trusted root, unless the host is on a list of domains allowed to use locally installed roots. A certificate from a private or company CA is therefore refused over QUIC even where it would be accepted over TCP.',
    causes: ['A private or company CA on a server that offers HTTP/3.', 'Security software that intercepts HTTPS and re-signs certificates.'],
    visitorAdvice: 'Reload; if it keeps failing, try another network or turn off HTTPS scanning in security software.',
    ownerAdvice: 'Use a publicly trusted certificate on hosts that offer HTTP/3, or do not advertise HTTP/3 (Alt-Svc) for internal hosts.',
    headers: ['Alt-Svc'],
    retry: 'after-change',
  }),
  chromium('QUIC_GOAWAY_REQUEST_CAN_BE_RETRIED', -381, {
    phrase: 'QUIC GOAWAY: safe to retry',
    summary: 'The server closed its QUIC (HTTP/3) connection before working on this request, so it can be sent again.',
    explanation:
      'A server going away (for a restart or a deployment) sends a GOAWAY frame that says which requests it did not process. Those are safe to repeat on a new connection, and Chromium normally does so without the page noticing.',
    causes: ['A server, CDN node or load balancer restarting or draining connections.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Nothing to fix if it is rare; if it is frequent, check how often servers drain connections.',
    retry: 'immediately',
  }),

  // =============================================================== The response itself
  chromium('RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH', -346, {
    phrase: 'Multiple Content-Length headers',
    summary: 'The response had more than one Content-Length header with different values, so the browser refused it.',
    explanation:
      'Two different lengths for one body mean the browser cannot know where the response ends, and trusting either could let one response be mistaken for another (response splitting). Chromium refuses the response. Firefox reports it as NS_ERROR_CORRUPTED_CONTENT.',
    causes: ['The application and a proxy both add a Content-Length.', 'Header-rewriting code that appends instead of replacing.'],
    visitorAdvice: 'Nothing you can change; report it to the site.',
    ownerAdvice: 'Look at the raw response (curl -v) and make exactly one layer set Content-Length.',
    headers: ['Content-Length'],
    retry: 'no',
  }),
  chromium('RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION', -349, {
    phrase: 'Multiple Content-Disposition headers',
    summary: 'The response had more than one Content-Disposition header with different values, so the browser refused it.',
    explanation:
      'Content-Disposition decides whether a response is shown or downloaded, and under which file name. Two different values are ambiguous, so Chromium refuses the response rather than guess. Firefox reports it as NS_ERROR_CORRUPTED_CONTENT.',
    causes: ['Code that adds a Content-Disposition header next to one set by a framework or proxy.'],
    visitorAdvice: 'Nothing you can change; report it to the site.',
    ownerAdvice: 'Send a single Content-Disposition header; look for a second layer that adds its own.',
    headers: ['Content-Disposition'],
    retry: 'no',
  }),
  chromium('RESPONSE_HEADERS_TRUNCATED', -357, {
    phrase: 'Response headers cut off',
    summary: 'The connection ended in the middle of the response headers.',
    explanation: 'The server began a response, but the connection closed before the blank line that ends the headers, so the response could not be read.',
    causes: ['The server process crashed or was killed while answering.', 'A proxy or load balancer timed out and closed the connection.'],
    visitorAdvice: 'Reload the page.',
    ownerAdvice: 'Look for crashes and timeouts in the server and proxy logs at the time of the failure.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  chromium('INVALID_CHUNKED_ENCODING', -321, {
    phrase: 'Invalid chunked encoding',
    summary: 'The response body was sent in chunks whose framing is broken, so the browser could not read it.',
    explanation:
      'With Transfer-Encoding: chunked, a body comes in pieces, each announced by its length in hexadecimal. A length that cannot be read, or a chunk that does not match its announced length, makes the rest of the body unreadable. Compare net::ERR_INCOMPLETE_CHUNKED_ENCODING, where the framing is fine but the last chunk never comes.',
    causes: ['A server or proxy that writes chunk framing incorrectly.', 'Chunked framing added twice by two layers.', 'A middlebox that alters the body.'],
    visitorAdvice: 'Reload the page; if it keeps failing, report it to the site.',
    ownerAdvice: 'Capture the raw response (curl --raw) and find the layer that writes the chunks; let only one layer do it.',
    headers: ['Transfer-Encoding'],
    retry: 'immediately',
  }),

  // =============================================================== Name resolution
  chromium('DNS_SERVER_FAILED', -802, {
    phrase: 'DNS server failed',
    summary: 'The DNS server answered the lookup with an error instead of an address.',
    explanation:
      "The resolver replied, but with a failure: it could not read the query, could not process it, does not support it, or refused it for policy reasons (the DNS answers FORMERR, SERVFAIL, NOTIMP and REFUSED all end up here). Often the domain's own name servers are broken, or its DNSSEC signatures do not validate.",
    causes: [
      "The domain's authoritative name servers are down or misconfigured.",
      'DNSSEC validation fails for the domain.',
      'A resolver that refuses queries from your network.',
    ],
    visitorAdvice: 'Try again later, or switch to another DNS resolver or network.',
    ownerAdvice: 'Test the domain with a DNS checker (including DNSSEC), and make sure every authoritative name server answers for it.',
    crawlerNote: CRAWL_DNS,
    retry: 'later',
  }),
  chromium('DNS_MALFORMED_RESPONSE', -800, {
    phrase: 'Malformed DNS response',
    summary: 'The answer to the DNS lookup could not be read.',
    explanation: "The resolver's reply was not a well-formed DNS message, so no address could be taken from it.",
    causes: ['A broken resolver in a router or on the local network.', 'A middlebox that rewrites DNS traffic.'],
    visitorAdvice: 'Restart the router, or switch to another DNS resolver or network.',
    ownerAdvice: "This is almost always on the visitor's side.",
    crawlerNote: CRAWL_DNS,
    retry: 'immediately',
  }),
  chromium('ADDRESS_INVALID', -108, {
    phrase: 'Invalid address',
    summary: 'The IP address or port to connect to is not one a connection can be made to.',
    explanation: 'Chromium could not even try to connect, because the address is unusable: for example the address 0.0.0.0, or port 0.',
    causes: ['A URL with port 0 or an unusable IP address.', 'A DNS record that points the host name at 0.0.0.0, as some blocking lists do.'],
    visitorAdvice: 'Check the address. If a blocking list or ad blocker maps the site to 0.0.0.0, that is what stopped it.',
    ownerAdvice: 'Make sure DNS gives a real, reachable address and that links use a valid port.',
    crawlerNote: CRAWL_NEVER,
    retry: 'no',
  }),
  chromium('INSUFFICIENT_RESOURCES', -12, {
    phrase: 'Insufficient resources',
    summary: 'The browser ran short of system resources (memory, sockets or handles) and failed the request.',
    explanation:
      "The request failed inside the browser, not on the network: the operating system or the browser's network layer had no resources left to carry it out. Pages that start a very large number of requests at once can cause it.",
    causes: ['A page firing thousands of requests at once.', 'Low memory on the device.', 'The operating system running out of sockets or file handles.'],
    visitorAdvice: 'Close other tabs and programs, then reload.',
    ownerAdvice: 'If it happens on your pages, look for runaway loops that start requests, and limit how many run at the same time.',
    crawlerNote: CRAWL_NEVER,
    retry: 'immediately',
  }),

  // =============================================================== What Chromium's error page says after its DNS probe
  dnsProbe('STARTED', {
    phrase: 'DNS check in progress',
    summary: "Chromium's error page is still checking why the host name could not be resolved.",
    explanation:
      'When a host name does not resolve, Chromium shows its error page at once and probes DNS in the background to find out why; until the probe ends, the page shows this name. The request itself failed as net::ERR_NAME_NOT_RESOLVED.',
    causes: ['A lookup that has just failed, while Chromium tests its DNS servers.'],
    visitorAdvice: 'Wait a moment: the page changes to a DNS_PROBE_FINISHED_ name, which says more.',
    ownerAdvice: 'See net::ERR_NAME_NOT_RESOLVED.',
    crawlerNote: CRAWL_DNS,
    retry: 'immediately',
  }),
  dnsProbe('FINISHED_NXDOMAIN', {
    phrase: 'Domain does not exist',
    summary: 'The host name does not exist in DNS: the DNS servers work, and they say there is no such name.',
    explanation:
      "Chromium's DNS probe found the configured DNS servers working, so the failed lookup means the name really has no record (NXDOMAIN). The request failed as net::ERR_NAME_NOT_RESOLVED; Firefox calls it NS_ERROR_UNKNOWN_HOST.",
    causes: ['A mistyped address.', 'A domain that expired or was never set up.', 'A host name whose DNS record was deleted.'],
    visitorAdvice: 'Check the spelling of the address.',
    ownerAdvice: 'Check that the domain is registered and that a record exists for this exact host name.',
    crawlerNote: CRAWL_DNS,
    retry: 'after-change',
  }),
  dnsProbe('FINISHED_NO_INTERNET', {
    phrase: 'No internet connection (DNS check)',
    summary: "Chromium's DNS check reached neither your DNS servers nor a public one, so the device is probably offline.",
    explanation:
      "After a failed lookup Chromium also tries a well-known public resolver. When that fails too, it concludes that the connection to the internet is down rather than the site's DNS. The request failed as net::ERR_NAME_NOT_RESOLVED.",
    causes: ['No working internet connection.', 'A captive portal (hotel or airport Wi-Fi) that has not been signed in to.', 'A firewall that blocks DNS.'],
    visitorAdvice: 'Check your connection, sign in to the Wi-Fi portal if there is one, then reload.',
    ownerAdvice: 'Nothing to fix on the server.',
    crawlerNote: CRAWL_NEVER,
    retry: 'immediately',
  }),
  dnsProbe('FINISHED_BAD_CONFIG', {
    phrase: 'DNS settings not working',
    summary: 'Your DNS servers failed while a public resolver worked: the DNS settings of your device or network are at fault.',
    explanation:
      "Chromium's probe found that the configured DNS servers could not resolve names but a well-known public resolver could. The site may be fine; the resolver your device uses is broken or blocking. The request failed as net::ERR_NAME_NOT_RESOLVED.",
    causes: ['A router or ISP resolver that is down or misbehaving.', 'DNS settings left behind by a VPN or security software.'],
    visitorAdvice: 'Restart the router, or set another DNS server on the device or in the browser.',
    ownerAdvice: "This is on the visitor's side.",
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  dnsProbe('FINISHED_BAD_SECURE_CONFIG', {
    phrase: 'Secure DNS settings not working',
    summary: 'The secure DNS (DNS-over-HTTPS) provider set in the browser could not resolve the name, while ordinary DNS could.',
    explanation:
      "Chromium's probe found that lookups fail through the secure DNS provider chosen in its settings, in the strict mode that does not fall back to ordinary DNS, but work through a public resolver. The request failed as net::ERR_NAME_NOT_RESOLVED.",
    causes: ['A secure DNS provider that is down, blocked on this network, or mistyped in the settings.', 'A network that blocks DNS-over-HTTPS.'],
    visitorAdvice: 'Check the secure DNS setting in the browser (Settings, Privacy and security), choose another provider or turn it off, then reload.',
    ownerAdvice: "This is on the visitor's side.",
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
];
