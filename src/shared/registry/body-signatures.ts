import type { Confidence } from '../fingerprints';

/*
 * Error pages that say more than their status line: IIS sub-statuses, Cloudflare 1xxx errors, nginx's
 * 494–497 (sent as 400), and pages that name the CDN or proxy that generated them. Only the first
 * BODY_LIMIT characters are read; every pattern has bounded repeats and runs on at most that much text,
 * so no input can make it slow. Each signature first checks a cheap lower-case needle.
 */

export const BODY_LIMIT = 64 * 1024;

export interface BodyFinding {
  /** Vendor id as `detectVendors` uses it ('iis', 'cloudflare', 'nginx', 'cloudfront', ...). */
  vendor: string;
  /** A registry code the body reveals ('404.3', '1020', '494'), when it reveals one. */
  code?: string;
  /** The words in the body that prove it, short. */
  excerpt: string;
  /** A clause for `reason`, starting with a capital and without a final full stop. */
  note: string;
  confidence: Confidence;
  version?: string;
}

interface BodySignature {
  /** Lower-case strings of which at least one must occur before the patterns run. */
  needles: readonly string[];
  /** Whether a page of this kind can come with this status (NaN: status unknown, allow). */
  status: (status: number) => boolean;
  scan: (body: string, lower: string, status: number) => BodyFinding | undefined;
}

const isError = (s: number): boolean => Number.isNaN(s) || s >= 400;
const any = (): boolean => true;

function clip(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Akamai writes its reference numbers with HTML entities: 'Reference&#32;&#35;18&#46;2f3c1402&#46;...'. */
function decodeAkamai(text: string): string {
  return text.replace(/&#32;/g, ' ').replace(/&#35;/g, '#').replace(/&#46;/g, '.');
}

// nginx sends 494–497 to the client as 400 with the real reason as the page's second line.
const NGINX_400: readonly (readonly [code: string, text: string])[] = [
  ['494', 'Request Header Or Cookie Too Large'],
  ['495', 'The SSL certificate error'],
  ['496', 'No required SSL certificate was sent'],
  ['497', 'The plain HTTP request was sent to HTTPS port'],
];

const SIGNATURES: readonly BodySignature[] = [
  // IIS detailed error page: '<h3>HTTP Error 404.3 - Not Found</h3>', title 'IIS 10.0 Detailed Error - 404.3 - Not Found'.
  // Also the ASP.NET Core Module's 'HTTP Error 500.30 - ASP.NET Core app failed to start'.
  {
    needles: ['http error ', 'detailed error - '],
    status: any,
    scan(body, _lower, status) {
      const m = /HTTP Error (\d{3})\.(\d{1,2}) - ([^<\r\n]{1,120})/.exec(body) ?? /Detailed Error - (\d{3})\.(\d{1,2}) - ([^<\r\n]{1,120})/.exec(body);
      if (!m?.[1] || !m[2]) return undefined;
      // The page names the wire status; a different status means it is quoted, not served.
      if (!Number.isNaN(status) && Number(m[1]) !== status) return undefined;
      const excerpt = clip(`HTTP Error ${m[1]}.${m[2]} - ${m[3] ?? ''}`);
      return {
        vendor: 'iis',
        code: `${m[1]}.${m[2]}`,
        excerpt,
        note: `The body is an IIS error page ('${excerpt}')`,
        confidence: 'high',
      };
    },
  },
  // HTTP.sys, the Windows kernel driver under IIS: 'HTTP Error 400. The request hostname is invalid.'
  {
    needles: ['http error '],
    status: isError,
    scan(body, _lower, status) {
      const m = /HTTP Error (\d{3})\. ([^<\r\n]{1,160})/.exec(body);
      if (!m?.[1] || (!Number.isNaN(status) && Number(m[1]) !== status)) return undefined;
      const excerpt = clip(`HTTP Error ${m[1]}. ${m[2] ?? ''}`);
      return {
        vendor: 'http-sys',
        excerpt,
        note: `The body is HTTP.sys's own error page ('${excerpt}'): Windows answered before IIS or the application saw the request`,
        confidence: 'high',
      };
    },
  },
  // Cloudflare error pages: '<span class="cf-error-code">1020</span>', 'Error 1020', the newer 5xx pages'
  // '<span class="code-label">Error code 522</span>', or the plain-text 'error code: 1020'.
  {
    needles: ['cf-error-code', 'error code: ', 'cloudflare'],
    status: isError,
    scan(body, lower) {
      const m =
        /class="cf-error-code"[^>]{0,80}>\s{0,16}(\d{3,4})\s{0,16}</.exec(body) ??
        /class="code-label">\s{0,16}Error code (\d{3,4})\s{0,16}</.exec(body) ??
        /^\s{0,16}error code: (\d{3,4})\s{0,16}$/.exec(body.length < 200 ? body : '') ??
        (lower.includes('cloudflare') ? /\bError (1\d{3})\b/.exec(body) : null);
      if (m?.[1]) {
        return {
          vendor: 'cloudflare',
          code: m[1],
          excerpt: `Error ${m[1]}`,
          note: `The body is a Cloudflare error page for error ${m[1]}`,
          confidence: 'high',
        };
      }
      if (/<title>(?:Just a moment\.\.\.|Attention Required! \| Cloudflare)<\/title>/i.test(body) || lower.includes('/cdn-cgi/challenge-platform/')) {
        return {
          vendor: 'cloudflare',
          excerpt: 'Cloudflare challenge page',
          note: 'The body is a Cloudflare challenge page: Cloudflare held the request back until the browser passes a check',
          confidence: 'high',
        };
      }
      return undefined;
    },
  },
  // nginx's 400 pages for 494–497.
  {
    needles: [
      'request header or cookie too large',
      'the ssl certificate error',
      'no required ssl certificate was sent',
      'the plain http request was sent to https port',
    ],
    status: (s) => Number.isNaN(s) || s === 400 || (s >= 494 && s <= 497),
    scan(_body, lower) {
      for (const [code, text] of NGINX_400) {
        if (lower.includes(text.toLowerCase())) {
          const vendor = lower.includes('<center>openresty') ? 'openresty' : 'nginx';
          return {
            vendor,
            code,
            excerpt: text,
            note: `The body is nginx's 400 page saying '${text}', which nginx logs as ${code}`,
            confidence: 'high',
          };
        }
      }
      return undefined;
    },
  },
  // nginx's default error page footer: '<hr><center>nginx/1.25.3</center>'.
  {
    needles: ['<center>nginx', '<center>openresty'],
    status: isError,
    scan(body) {
      const m = /<hr>\s{0,8}<center>(nginx|openresty)(?:\/([\d.]{1,20}))?<\/center>/i.exec(body);
      if (!m?.[1]) return undefined;
      const vendor = m[1].toLowerCase();
      const finding: BodyFinding = {
        vendor,
        excerpt: clip(m[0].replace(/<[^>]{0,20}>/g, ' ')),
        note: `The body is ${vendor === 'nginx' ? 'nginx' : 'OpenResty'}'s default error page, so it generated this error itself`,
        confidence: 'high',
      };
      if (m[2]) finding.version = m[2];
      return finding;
    },
  },
  // CloudFront: '<H2>The request could not be satisfied.</H2>' ... 'Generated by cloudfront (CloudFront)'.
  {
    needles: ['generated by cloudfront (cloudfront)', 'the request could not be satisfied'],
    status: isError,
    scan(body) {
      const why = /<HR noshade size="1px">\s{0,16}([^<\r\n]{1,200})/i.exec(body)?.[1];
      const detail = why ? clip(why) : '';
      return {
        vendor: 'cloudfront',
        excerpt: detail || 'The request could not be satisfied',
        note: detail
          ? `The body is CloudFront's own error page ('${detail}'): CloudFront refused or failed the request itself, so the site's server did not produce this response`
          : "The body is CloudFront's own error page ('The request could not be satisfied'): CloudFront could not get a usable answer from the site's server, or refused the request",
        confidence: 'high',
      };
    },
  },
  // Varnish synthetic errors: '<h1>Error 503 Backend fetch failed</h1> ... Guru Meditation: XID: 32770'.
  {
    needles: ['guru meditation'],
    status: isError,
    scan(body) {
      const what = /<h1>Error \d{3} ([^<]{1,120})<\/h1>/i.exec(body)?.[1] ?? /<title>\d{3} ([^<]{1,120})<\/title>/i.exec(body)?.[1];
      const xid = /XID: (\d{1,20})/.exec(body)?.[1];
      const bits = [what ? clip(what) : '', xid ? `XID ${xid}` : ''].filter(Boolean).join(', ');
      return {
        vendor: 'varnish',
        excerpt: bits || 'Guru Meditation',
        note: `The body is a Varnish 'Guru Meditation' page${bits ? ` (${bits})` : ''}: the Varnish cache generated this error, usually because it could not fetch the page from the server behind it`,
        confidence: 'high',
      };
    },
  },
  // Akamai: '<H1>Access Denied</H1> ... Reference&#32;&#35;18&#46;2f3c1402&#46;1700000000&#46;1a2b3c4d'.
  {
    needles: ['reference&#32;&#35;', 'reference #', 'errors.edgesuite.net'],
    status: isError,
    scan(body, lower) {
      const m =
        /Reference(?:\s|&#32;)(?:#|&#35;)(\d{1,3}(?:\.|&#46;)[0-9a-f]{1,16}(?:\.|&#46;)\d{1,12}(?:\.|&#46;)[0-9a-f]{1,16})/i.exec(body) ??
        /errors\.edgesuite\.net\/(\d{1,3}\.[0-9a-f]{1,16}\.\d{1,12}\.[0-9a-f]{1,16})/i.exec(body);
      if (!m?.[1]) return undefined;
      const denied = lower.includes('access denied');
      if (!denied && !lower.includes('invalid url') && !lower.includes('an error occurred while processing your request')) return undefined;
      const ref = decodeAkamai(m[1]);
      return {
        vendor: 'akamai',
        excerpt: `${denied ? 'Access Denied, ' : ''}Reference #${ref}`,
        note: denied
          ? `The body is Akamai's 'Access Denied' page (reference #${ref}): Akamai's edge refused the request before it reached the site's server`
          : `The body is an Akamai edge error page (reference #${ref}): Akamai generated this error, not the site's server`,
        confidence: 'high',
      };
    },
  },
  // ArcGIS REST errors come as JSON, often with HTTP 200: {"error":{"code":499,"message":"Token Required",...}}.
  {
    needles: ['"error"'],
    status: any,
    scan(body) {
      const m =
        /^\s{0,16}\{\s{0,16}"error"\s{0,16}:\s{0,16}\{\s{0,16}"code"\s{0,16}:\s{0,16}(49[89])\s{0,16},\s{0,16}"message"\s{0,16}:\s{0,16}"(Token Required|Invalid token\.?)"/i.exec(
          body,
        );
      if (!m?.[1]) return undefined;
      return {
        vendor: 'esri',
        code: m[1],
        excerpt: clip(`code ${m[1]}: ${m[2] ?? ''}`),
        note: `The body is an ArcGIS REST error with code ${m[1]} ('${m[2] ?? ''}')`,
        confidence: 'high',
      };
    },
  },
  // CloudLinux/cPanel's LVE limit page: '508 Resource Limit Is Reached'.
  {
    needles: ['resource limit is reached'],
    status: (s) => Number.isNaN(s) || s === 508,
    scan() {
      return {
        vendor: 'cpanel',
        code: '508',
        excerpt: 'Resource Limit Is Reached',
        note: "The body is cPanel/CloudLinux's 'Resource Limit Is Reached' page",
        confidence: 'high',
      };
    },
  },
  // Apache's default error page footer: '<address>Apache/2.4.57 (Debian) Server at example.com Port 443</address>'.
  {
    needles: ['<address>apache'],
    status: isError,
    scan(body) {
      // One bounded greedy run up to '</address>'; the ' Server at ' check is a plain substring test.
      const m = /<address>Apache(?:\/([\d.]{1,20}))?[^<]{0,300}<\/address>/i.exec(body);
      if (!m || !m[0].includes(' Server at ')) return undefined;
      const finding: BodyFinding = {
        vendor: 'apache',
        excerpt: clip(m[0].replace(/<\/?address>/gi, '')),
        note: "The body is Apache's default error page, so Apache generated this error itself",
        confidence: 'high',
      };
      if (m[1]) finding.version = m[1];
      return finding;
    },
  },
  // Squid: 'Generated Mon, 01 Jan 2024 00:00:00 GMT by proxy.example (squid/5.7)'; the date part is not needed.
  {
    needles: ['(squid'],
    status: isError,
    scan(body) {
      const m = / by [^\s<]{1,255} \(squid(?:\/([\w.]{1,20}))?\)/.exec(body);
      if (!m) return undefined;
      const code = /\b(ERR_[A-Z_]{3,60})\b/.exec(body)?.[1];
      const finding: BodyFinding = {
        vendor: 'squid',
        excerpt: clip(code ? `${code}, generated${m[0]}` : `Generated${m[0]}`),
        note: `The body is a Squid proxy error page${code ? ` (${code})` : ''}: the proxy generated this error, not the site`,
        confidence: 'high',
      };
      if (m[1]) finding.version = m[1];
      return finding;
    },
  },
  // Envoy's plain-text upstream failures.
  {
    needles: ['upstream connect error', 'no healthy upstream'],
    status: isError,
    scan(body) {
      const m = /^\s{0,16}(upstream connect error or disconnect\/reset before headers[^\r\n<]{0,200}|no healthy upstream)/.exec(body);
      if (!m?.[1]) return undefined;
      const excerpt = clip(m[1]);
      return {
        vendor: 'envoy',
        excerpt,
        note: `The body is Envoy's '${excerpt}': the Envoy proxy could not get an answer from the service behind it`,
        confidence: 'high',
      };
    },
  },
  // HAProxy's built-in 503.
  {
    needles: ['no server is available to handle this request'],
    status: isError,
    scan() {
      return {
        vendor: 'haproxy',
        excerpt: 'No server is available to handle this request.',
        note: "The body is HAProxy's built-in 503 page: no healthy server was left behind the load balancer",
        confidence: 'medium',
      };
    },
  },
  // Spring Boot: the Whitelabel page, or its JSON {"timestamp":...,"status":420,"error":"Method Failure",...}.
  {
    needles: ['whitelabel error page', '"timestamp"'],
    status: isError,
    scan(body, lower) {
      if (lower.includes('whitelabel error page')) {
        return { vendor: 'spring', excerpt: 'Whitelabel Error Page', note: "The body is Spring Boot's Whitelabel error page", confidence: 'high' };
      }
      const m =
        /^\s{0,16}\{\s{0,16}"timestamp"\s{0,16}:\s{0,16}"[^"]{1,64}"\s{0,16},\s{0,16}"status"\s{0,16}:\s{0,16}(\d{3})\s{0,16},\s{0,16}"error"\s{0,16}:\s{0,16}"([^"]{1,100})"/.exec(
          body,
        );
      if (!m) return undefined;
      const excerpt = clip(`status ${m[1] ?? ''}, error '${m[2] ?? ''}'`);
      return { vendor: 'spring', excerpt, note: `The body is a Spring Boot error response (${excerpt})`, confidence: 'medium' };
    },
  },
  // Laravel's CSRF failure page.
  {
    needles: ['page expired'],
    status: (s) => s === 419,
    scan() {
      return { vendor: 'laravel', excerpt: 'Page Expired', note: "The body is Laravel's 'Page Expired' page", confidence: 'medium' };
    },
  },
];

/**
 * What the body reveals, findings that name a code first. `status` is the wire status (NaN when unknown);
 * pages quoted inside an ordinary 200 page are not taken for error pages. Never throws.
 */
export function scanBody(body: unknown, status: number): BodyFinding[] {
  if (typeof body !== 'string' || body.length === 0) return [];
  const text = body.length > BODY_LIMIT ? body.slice(0, BODY_LIMIT) : body;
  const lower = text.toLowerCase();
  const findings: BodyFinding[] = [];
  const seen = new Map<string, BodyFinding>();
  for (const signature of SIGNATURES) {
    if (!signature.status(status)) continue;
    if (!signature.needles.some((needle) => lower.includes(needle))) continue;
    const finding = signature.scan(text, lower, status);
    if (!finding) continue;
    // One finding per vendor: the first (most specific) signature wins; a later one may add the version.
    const prior = seen.get(finding.vendor);
    if (!prior) {
      seen.set(finding.vendor, finding);
      findings.push(finding);
    } else if (!prior.version && finding.version) {
      prior.version = finding.version;
    }
  }
  return findings.sort((a, b) => Number(b.code !== undefined) - Number(a.code !== undefined));
}
