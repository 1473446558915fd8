import type { Confidence, FailureCause } from './vendor-types';

/**
 * One piece of header evidence for a vendor. The table below is pure data; `vendor-fingerprints.ts`
 * compiles it once at module load.
 */
export interface FingerprintRule {
  /** Vendor id (a key of VENDORS). */
  vendor: string;
  /** Lower-case header name; with `prefix`, every header whose name starts with it. */
  header: string;
  prefix?: boolean;
  /**
   * Pattern for the value, or for each list item when `split` is set. Anchored, so that 'not-nginx' or
   * 'xcloudflare' does not match. Capture group 1, when it matched, is the version.
   * Absent: the header's presence alone is the evidence.
   */
  value?: RegExp;
  /** 'comma': Via, X-Cache, Vary, X-Powered-By style lists. 'cookie': Set-Cookie, one cookie per item. */
  split?: 'comma' | 'cookie';
  confidence: Confidence;
  /** The header is only on responses the product made itself ('own'), or says why it made one. */
  madeIt?: FailureCause | 'own';
}

/** Bounded version token: '10.0', '1.25.3', '2.6.STABLE21', '8.2.12-1ubuntu1'. */
const VERSION = String.raw`(\d[\w.+~-]{0,31})`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A product token at the start of a Server-style value: 'nginx', 'nginx/1.25.3', 'Apache/2.4.57 (Ubuntu)'.
 * The lookahead ends the token, so 'Apache-Coyote' is not Apache and 'nginxfoo' is not nginx.
 */
function product(name: string): RegExp {
  return new RegExp(String.raw`^${escape(name)}(?:/${VERSION})?(?=$|[\s(;,])`, 'i');
}

/** A Via item: '1.1 host (comment)' — protocol version, then the received-by part. */
const VIA = String.raw`^(?:HTTP/)?\d(?:\.\d)? `;

export const FINGERPRINT_RULES: readonly FingerprintRule[] = [
  // ── Cloudflare ────────────────────────────────────────────────────────────
  { vendor: 'cloudflare', header: 'server', value: /^cloudflare(?:-nginx)?$/i, confidence: 'high' },
  { vendor: 'cloudflare', header: 'cf-ray', value: /^[0-9a-f]{16}(?:-[a-z]{3,4})?$/i, confidence: 'high' },
  { vendor: 'cloudflare', header: 'cf-ray', confidence: 'medium' },
  { vendor: 'cloudflare', header: 'cf-cache-status', confidence: 'high' },
  { vendor: 'cloudflare', header: 'cf-mitigated', confidence: 'high' },
  { vendor: 'cloudflare', header: 'cf-apo-via', confidence: 'high' },
  { vendor: 'cloudflare', header: 'cf-edge-cache', confidence: 'high' },

  // ── Amazon CloudFront ─────────────────────────────────────────────────────
  { vendor: 'cloudfront', header: 'server', value: /^CloudFront$/i, confidence: 'high' },
  {
    vendor: 'cloudfront',
    header: 'via',
    split: 'comma',
    value: new RegExp(VIA + String.raw`[\w-]{1,64}\.cloudfront\.net \(CloudFront\)$`, 'i'),
    confidence: 'high',
  },
  { vendor: 'cloudfront', header: 'x-amz-cf-id', confidence: 'high' },
  { vendor: 'cloudfront', header: 'x-amz-cf-pop', confidence: 'high' },
  { vendor: 'cloudfront', header: 'x-cache', value: /^[a-z]{1,40} from cloudfront$/i, confidence: 'high' },

  // ── Akamai ────────────────────────────────────────────────────────────────
  { vendor: 'akamai', header: 'server', value: /^Akamai(?:GHost|NetStorage)$/i, confidence: 'high' },
  { vendor: 'akamai', header: 'via', split: 'comma', value: new RegExp(VIA + String.raw`akamai\.net\(ghost\) \(AkamaiGHost\)$`, 'i'), confidence: 'high' },
  { vendor: 'akamai', header: 'x-akamai-', prefix: true, confidence: 'high' },
  { vendor: 'akamai', header: 'akamai-grn', confidence: 'high' },
  { vendor: 'akamai', header: 'akamai-cache-status', confidence: 'high' },
  { vendor: 'akamai', header: 'akamai-request-bc', confidence: 'high' },
  { vendor: 'akamai', header: 'server-timing', split: 'comma', value: /^ak_p(?:;|$)/i, confidence: 'medium' },

  // ── Fastly ────────────────────────────────────────────────────────────────
  { vendor: 'fastly', header: 'x-served-by', split: 'comma', value: /^cache-[a-z0-9-]{1,80}$/i, confidence: 'high' },
  { vendor: 'fastly', header: 'x-fastly-request-id', confidence: 'high' },
  { vendor: 'fastly', header: 'fastly-', prefix: true, confidence: 'high' },
  { vendor: 'fastly', header: 'x-timer', value: /^S\d{1,12}\.\d{1,9},VS\d{1,9}/, confidence: 'medium' },

  // ── Azure Front Door / Azure CDN ──────────────────────────────────────────
  { vendor: 'azure-front-door', header: 'x-azure-ref', confidence: 'high' },
  { vendor: 'azure-front-door', header: 'x-fd-healthprobe', confidence: 'high' },
  { vendor: 'azure-front-door', header: 'x-msedge-ref', confidence: 'medium' },
  { vendor: 'azure-front-door', header: 'x-cache', value: /^(?:TCP_(?:HIT|MISS|REMOTE_HIT)|CONFIG_NOCACHE|PRIVATE_NOSTORE|UNCACHEABLE)$/, confidence: 'low' },

  // ── AWS ───────────────────────────────────────────────────────────────────
  { vendor: 'aws-elb', header: 'server', value: product('awselb'), confidence: 'high' },
  { vendor: 'aws-elb', header: 'set-cookie', split: 'cookie', value: /^AWS(?:ALB|ALBCORS|ALBTG|ALBTGCORS|ELB|ELBCORS)=/, confidence: 'medium' },
  { vendor: 's3', header: 'server', value: /^AmazonS3$/i, confidence: 'high' },
  { vendor: 's3', header: 'x-amz-request-id', confidence: 'medium' },
  { vendor: 's3', header: 'x-amz-id-2', confidence: 'medium' },
  { vendor: 'aws-api-gateway', header: 'x-amz-apigw-id', confidence: 'high' },
  { vendor: 'aws-api-gateway', header: 'x-amzn-requestid', confidence: 'low' },

  // ── Google front ends ─────────────────────────────────────────────────────
  { vendor: 'google', header: 'server', value: /^(?:gws|ESF|GSE|sffe|Google Frontend|gfe(?:\/[\d.]{1,16})?)$/i, confidence: 'high' },
  { vendor: 'google', header: 'via', split: 'comma', value: new RegExp(VIA + 'google$', 'i'), confidence: 'high' },

  // ── Load balancers and proxies ────────────────────────────────────────────
  { vendor: 'haproxy', header: 'server', value: product('HAProxy'), confidence: 'high' },
  { vendor: 'traefik', header: 'server', value: product('Traefik'), confidence: 'high' },
  { vendor: 'envoy', header: 'server', value: /^(?:istio-)?envoy$/i, confidence: 'high' },
  { vendor: 'envoy', header: 'x-envoy-ratelimited', confidence: 'high', madeIt: 'rate-limit' },
  { vendor: 'envoy', header: 'x-envoy-', prefix: true, confidence: 'high' },
  { vendor: 'varnish', header: 'server', value: product('Varnish'), confidence: 'high' },
  { vendor: 'varnish', header: 'x-varnish', confidence: 'high' },
  { vendor: 'varnish', header: 'via', split: 'comma', value: new RegExp(VIA + String.raw`varnish(?: \(Varnish/${VERSION}\))?$`, 'i'), confidence: 'medium' },
  { vendor: 'squid', header: 'server', value: product('squid'), confidence: 'high' },
  // Squid's own error pages carry X-Squid-Error: 'ERR_CONNECT_FAIL 111'. The first rule that matches gives the cause.
  { vendor: 'squid', header: 'x-squid-error', value: /^ERR_(?:CONNECT_FAIL|DNS_FAIL|CANNOT_FORWARD)\b/, confidence: 'high', madeIt: 'connect' },
  { vendor: 'squid', header: 'x-squid-error', value: /^ERR_(?:READ_TIMEOUT|CONNECT_TIMEOUT|LIFETIME_EXP)\b/, confidence: 'high', madeIt: 'timeout' },
  {
    vendor: 'squid',
    header: 'x-squid-error',
    value: /^ERR_(?:ACCESS_DENIED|CACHE_ACCESS_DENIED|FORWARDING_DENIED|TOO_BIG)\b/,
    confidence: 'high',
    madeIt: 'denied',
  },
  { vendor: 'squid', header: 'x-squid-error', value: /^ERR_(?:INVALID_RESP|ZERO_SIZE_OBJECT|READ_ERROR)\b/, confidence: 'high', madeIt: 'invalid-response' },
  { vendor: 'squid', header: 'x-squid-error', confidence: 'high', madeIt: 'own' },
  { vendor: 'squid', header: 'via', split: 'comma', value: new RegExp(VIA + String.raw`[^\s,]{1,255} \(squid(?:/${VERSION})?\)$`, 'i'), confidence: 'high' },
  { vendor: 'squid', header: 'x-cache-lookup', confidence: 'medium' },
  // Traffic Server: 'Server: ATS/9.2.9'; its Via, when turned on, ends '(ApacheTrafficServer/9.2.9 [...])'.
  { vendor: 'trafficserver', header: 'server', value: product('ATS'), confidence: 'high' },
  {
    vendor: 'trafficserver',
    header: 'via',
    split: 'comma',
    value: new RegExp(VIA + String.raw`[^\s,]{1,255}(?: \[[^\]]{0,64}\])? \(ApacheTrafficServer/${VERSION}(?: \[[^\]]{0,64}\])?\)$`, 'i'),
    confidence: 'high',
  },
  // Tinyproxy names itself in Server on its own pages, and in Via on what it relays ('1.1 host (tinyproxy/1.11.1)').
  { vendor: 'tinyproxy', header: 'server', value: product('tinyproxy'), confidence: 'high' },
  {
    vendor: 'tinyproxy',
    header: 'via',
    split: 'comma',
    value: new RegExp(VIA + String.raw`[^\s,]{1,255} \(tinyproxy(?:/${VERSION})?\)$`, 'i'),
    confidence: 'high',
  },
  // Squid's 'MISS from host'. Case-sensitive on purpose: CloudFront writes 'Miss from cloudfront'.
  { vendor: 'squid', header: 'x-cache', value: /^(?:HIT|MISS|REFRESH_HIT|REFRESH_MISS) from [\w.:-]{1,255}$/, confidence: 'low' },

  // ── Hosting platforms and services ────────────────────────────────────────
  { vendor: 'vercel', header: 'server', value: /^Vercel$/i, confidence: 'high' },
  { vendor: 'vercel', header: 'x-vercel-id', confidence: 'high' },
  // Vercel's own errors name themselves: 'x-vercel-error: FUNCTION_INVOCATION_TIMEOUT' (vercel.com/docs/errors).
  { vendor: 'vercel', header: 'x-vercel-error', value: /^[A-Z_]{1,60}_TIMEOUT$/, confidence: 'high', madeIt: 'timeout' },
  {
    vendor: 'vercel',
    header: 'x-vercel-error',
    value: /^DEPLOYMENT_(?:NOT_FOUND|DELETED|PAUSED|DISABLED)$/,
    confidence: 'high',
    madeIt: 'no-route',
  },
  { vendor: 'vercel', header: 'x-vercel-error', confidence: 'high', madeIt: 'own' },
  { vendor: 'vercel', header: 'x-vercel-', prefix: true, confidence: 'medium' },
  { vendor: 'netlify', header: 'server', value: /^Netlify$/i, confidence: 'high' },
  { vendor: 'netlify', header: 'x-nf-request-id', confidence: 'high' },
  { vendor: 'netlify', header: 'x-nf-', prefix: true, confidence: 'medium' },
  { vendor: 'github-pages', header: 'server', value: /^GitHub\.com$/i, confidence: 'high' },
  { vendor: 'github-pages', header: 'x-github-request-id', confidence: 'medium' },
  { vendor: 'pantheon', header: 'x-pantheon-styx-hostname', confidence: 'high' },
  { vendor: 'pantheon', header: 'x-styx-req-id', confidence: 'high' },
  { vendor: 'pantheon', header: 'x-pantheon-', prefix: true, confidence: 'medium' },
  { vendor: 'shopify', header: 'x-shopid', confidence: 'high' },
  { vendor: 'shopify', header: 'x-shopify-stage', confidence: 'high' },
  { vendor: 'shopify', header: 'powered-by', value: /^Shopify$/i, confidence: 'high' },
  { vendor: 'shopify', header: 'x-shopify-', prefix: true, confidence: 'medium' },
  { vendor: 'shopify', header: 'x-sorting-hat-', prefix: true, confidence: 'medium' },
  { vendor: 'cpanel', header: 'server', value: product('cpsrvd'), confidence: 'high' },
  { vendor: 'linkedin', header: 'x-li-', prefix: true, confidence: 'high' },
  { vendor: 'twitter', header: 'x-twitter-response-tags', confidence: 'high' },
  { vendor: 'twitter', header: 'server', value: /^tsa_[a-z]$/i, confidence: 'medium' },
  { vendor: 'twitter', header: 'x-connection-hash', confidence: 'low' },

  // ── Microsoft ─────────────────────────────────────────────────────────────
  { vendor: 'iis', header: 'server', value: product('Microsoft-IIS'), confidence: 'high' },
  { vendor: 'http-sys', header: 'server', value: product('Microsoft-HTTPAPI'), confidence: 'high' },
  // HTTP.sys answers for IIS when IIS never saw the request, but other Windows services use it too.
  { vendor: 'iis', header: 'server', value: /^Microsoft-HTTPAPI(?=$|\/)/i, confidence: 'low' },
  { vendor: 'kestrel', header: 'server', value: /^Kestrel$/i, confidence: 'high' },
  { vendor: 'aspnet', header: 'x-powered-by', split: 'comma', value: /^ASP\.NET$/i, confidence: 'high' },
  // IIS adds 'X-Powered-By: ASP.NET' by default (applicationHost.config), so it hints at IIS too.
  { vendor: 'iis', header: 'x-powered-by', split: 'comma', value: /^ASP\.NET$/i, confidence: 'low' },
  { vendor: 'aspnet', header: 'x-aspnet-version', value: new RegExp(`^${VERSION}$`), confidence: 'high' },
  { vendor: 'aspnet', header: 'x-aspnet-version', confidence: 'medium' },
  { vendor: 'aspnet', header: 'x-aspnetmvc-version', confidence: 'high' },
  { vendor: 'exchange', header: 'x-owa-version', value: new RegExp(`^${VERSION}$`), confidence: 'high' },
  { vendor: 'exchange', header: 'x-owa-version', confidence: 'medium' },
  { vendor: 'exchange', header: 'x-feserver', confidence: 'high' },
  { vendor: 'exchange', header: 'x-beserver', confidence: 'high' },
  { vendor: 'exchange', header: 'x-calculatedbetarget', confidence: 'medium' },
  { vendor: 'exchange', header: 'x-diaginfo', confidence: 'low' },

  // ── Origin servers ────────────────────────────────────────────────────────
  { vendor: 'nginx', header: 'server', value: product('nginx'), confidence: 'high' },
  { vendor: 'openresty', header: 'server', value: product('openresty'), confidence: 'high' },
  { vendor: 'apache', header: 'server', value: product('Apache'), confidence: 'high' },
  { vendor: 'tomcat', header: 'server', value: product('Apache-Coyote'), confidence: 'high' },
  { vendor: 'litespeed', header: 'server', value: product('LiteSpeed'), confidence: 'high' },
  { vendor: 'litespeed', header: 'server', value: product('OpenLiteSpeed'), confidence: 'high' },
  { vendor: 'litespeed', header: 'x-litespeed-', prefix: true, confidence: 'high' },
  { vendor: 'litespeed', header: 'x-turbo-charged-by', value: /^LiteSpeed$/i, confidence: 'high' },
  { vendor: 'caddy', header: 'server', value: product('Caddy'), confidence: 'high' },
  { vendor: 'lighttpd', header: 'server', value: product('lighttpd'), confidence: 'high' },
  { vendor: 'h2o', header: 'server', value: product('h2o'), confidence: 'high' },
  // 'Jetty(9.4.57.v20241219)': the version in brackets, not after a slash.
  { vendor: 'jetty', header: 'server', value: new RegExp(String.raw`^Jetty(?:\(${VERSION}\))?$`, 'i'), confidence: 'high' },
  { vendor: 'gunicorn', header: 'server', value: product('gunicorn'), confidence: 'high' },
  // 'SimpleHTTP/0.6 Python/3.11.2' (http.server), 'BaseHTTP/0.6 Python/3.11.2' (its base class); the version is Python's.
  {
    vendor: 'python-http-server',
    header: 'server',
    value: new RegExp(String.raw`^(?:SimpleHTTP|BaseHTTP)/[\d.]{1,8} Python/${VERSION}$`, 'i'),
    confidence: 'high',
  },
  { vendor: 'esri', header: 'vary', split: 'comma', value: /^X-Esri-Authorization$/i, confidence: 'medium' },
  { vendor: 'esri', header: 'x-esri-', prefix: true, confidence: 'medium' },
  { vendor: 'esri', header: 'set-cookie', split: 'cookie', value: /^AGS_ROLES=/, confidence: 'medium' },

  // ── Frameworks and languages ──────────────────────────────────────────────
  { vendor: 'php', header: 'x-powered-by', split: 'comma', value: new RegExp(`^PHP(?:/${VERSION})?$`, 'i'), confidence: 'high' },
  // 'Apache/2.4.57 (Unix) PHP/8.2.12': a later product token, anchored at a token boundary.
  { vendor: 'php', header: 'server', value: new RegExp(String.raw`(?:^|\s)PHP/${VERSION}(?=$|\s)`, 'i'), confidence: 'low' },
  { vendor: 'laravel', header: 'set-cookie', split: 'cookie', value: /^laravel_session=/i, confidence: 'high' },
  { vendor: 'express', header: 'x-powered-by', split: 'comma', value: /^Express$/i, confidence: 'high' },
  { vendor: 'nextjs', header: 'x-powered-by', split: 'comma', value: new RegExp(`^Next\\.js(?: ${VERSION})?$`, 'i'), confidence: 'high' },
  { vendor: 'spring', header: 'x-application-context', confidence: 'medium' },
];
