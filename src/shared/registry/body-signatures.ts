import type { Confidence, FailureCause } from '../fingerprints';

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
  /** Why the vendor made this error itself, when the page says (a proxy's 'could not connect'). */
  cause?: FailureCause;
  /** The page fits the cause but does not prove it. */
  probable?: true;
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

// CloudFront's first line says why it answered itself (docs.aws.amazon.com, CloudFront 'Troubleshooting error responses').
const CLOUDFRONT_CAUSES: readonly (readonly [RegExp, FailureCause])[] = [
  [/^Request blocked\.?$/i, 'denied'],
  [/wasn't able to connect|can't connect to the server|could not connect to the origin/i, 'connect'],
  [/timed out|took too long/i, 'timeout'],
];

/**
 * HAProxy's built-in error pages (src/http_htx.c, http_err_msgs): '<html><body><h1>504 Gateway Time-out</h1>\n
 * The server didn't respond in time.\n</body></html>'. It sends no Server header, so the page is what names it.
 * Only the pages it sends for a request it refused or could not pass on; the rest are rare.
 */
const HAPROXY_PAGES: readonly (readonly [status: number, text: string, cause?: FailureCause])[] = [
  [400, 'Your browser sent an invalid request.'],
  [403, 'Request forbidden by administrative rules.', 'denied'],
  [408, "Your browser didn't send a complete request in time."],
  [429, 'You have sent too many requests in a given amount of time.', 'rate-limit'],
  [500, 'An internal server error occurred.'],
  [502, 'The server returned an invalid or incomplete response.', 'invalid-response'],
  [503, 'No server is available to handle this request.', 'no-server'],
  [504, "The server didn't respond in time.", 'timeout'],
];

/** Envoy's plain-text local replies (source/common/router/router.cc; the local_ratelimit filter). */
const ENVOY_REPLIES: readonly (readonly [RegExp, FailureCause])[] = [
  [/^upstream connect error or disconnect\/reset before headers[^\r\n<]{0,300}/, 'connect'],
  [/^no healthy upstream$/, 'no-server'],
  [/^upstream request timeout$/, 'timeout'],
  [/^local_rate_limited$/, 'rate-limit'],
];

/** Apache Traffic Server's body templates (body_factory/default): the heading says what went wrong. */
const ATS_PAGES: readonly (readonly [heading: string, cause?: FailureCause])[] = [
  ['Could Not Connect', 'connect'],
  ['Inactivity Timeout', 'timeout'],
  ['Web Server Error', 'invalid-response'],
  ['Not Found on Accelerator', 'no-route'],
  ['Unknown Host', 'connect'],
  ['Bad Request'],
  ['Access Denied', 'denied'],
];

/** H2O's proxy answers 502 with the reason as the whole body (lib/core/proxy.c). */
const H2O_REPLIES: readonly (readonly [text: string, cause: FailureCause])[] = [
  ['connection failed', 'connect'],
  ['I/O timeout', 'timeout'],
  ['failed to parse the response', 'invalid-response'],
  ['upstream error', 'upstream-failed'],
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
    scan(body, _lower, status) {
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
      // nginx's own 503 comes from its limit_req and limit_conn (their default status) or a configured 'return 503'.
      if (status === 503) {
        finding.cause = 'rate-limit';
        finding.probable = true;
      }
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
      const cause = CLOUDFRONT_CAUSES.find(([pattern]) => pattern.test(detail))?.[1];
      return {
        ...(cause ? { cause } : {}),
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
        ...(what !== undefined && /^Backend fetch failed$/i.test(what) ? { cause: 'upstream-failed' as const } : {}),
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
        ...(denied ? { cause: 'denied' as const } : {}),
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
  // Envoy's plain-text local replies.
  {
    needles: ['upstream connect error', 'no healthy upstream', 'upstream request timeout', 'local_rate_limited'],
    status: isError,
    scan(body) {
      const text = body.trim();
      for (const [pattern, cause] of ENVOY_REPLIES) {
        const m = pattern.exec(text);
        if (!m) continue;
        const excerpt = clip(m[0]);
        return {
          vendor: 'envoy',
          excerpt,
          cause,
          note: `The body is Envoy's own reply '${excerpt}', so the Envoy proxy answered instead of the service behind it`,
          confidence: 'high',
        };
      }
      return undefined;
    },
  },
  // HAProxy's built-in pages.
  {
    needles: HAPROXY_PAGES.map(([, text]) => text.toLowerCase()),
    status: isError,
    scan(body, _lower, status) {
      const m = /^\s{0,8}<html><body><h1>(\d{3}) [^<]{1,60}<\/h1>\s{0,8}([^<]{1,160}?)\s{0,8}<\/body><\/html>\s{0,8}$/.exec(body);
      const page = m ? HAPROXY_PAGES.find(([code, text]) => code === Number(m[1]) && text === m[2]) : undefined;
      // The whole page, as HAProxy writes it, is sure; its sentence inside another page is only a hint.
      const found = page ?? HAPROXY_PAGES.find(([code, text]) => (Number.isNaN(status) || code === status) && body.includes(text));
      if (!found || (!Number.isNaN(status) && found[0] !== status)) return undefined;
      const finding: BodyFinding = {
        vendor: 'haproxy',
        excerpt: found[1],
        note: `The body is HAProxy's built-in ${found[0]} page ('${found[1]}'), so the HAProxy load balancer answered itself`,
        confidence: page ? 'high' : 'low',
      };
      if (found[2]) finding.cause = found[2];
      return finding;
    },
  },
  // Apache Tomcat's error report valve: 'HTTP Status 404 – Not Found' ... '<h3>Apache Tomcat/10.1.60 (Debian)</h3>'.
  // Tomcat 8.5 and later send no Server header and no reason phrase, so the page is what names it.
  {
    needles: ['<h3>apache tomcat'],
    status: isError,
    scan(body) {
      const m = /<h3>Apache Tomcat(?:\/([\d.]{1,20}))?[^<]{0,40}<\/h3>/.exec(body);
      if (!m || !body.includes('<title>HTTP Status ')) return undefined;
      const finding: BodyFinding = {
        vendor: 'tomcat',
        excerpt: clip(m[0].replace(/<\/?h3>/g, '')),
        note: "The body is Apache Tomcat's own error report, so Tomcat (not the web application) wrote this page",
        confidence: 'high',
      };
      if (m[1]) finding.version = m[1];
      return finding;
    },
  },
  // Eclipse Jetty: 'Powered by Jetty:// 9.4.57.v20241219', or its bare '<h1>Bad Message 400</h1><pre>reason: No URI</pre>'.
  {
    needles: ['powered by jetty://', '<h1>bad message '],
    status: isError,
    scan(body) {
      const m = /Powered by Jetty:\/\/(?: (\d[\w.-]{0,31}))?/.exec(body);
      if (m) {
        const finding: BodyFinding = { vendor: 'jetty', excerpt: clip(m[0]), note: "The body is Jetty's own error page", confidence: 'high' };
        if (m[1]) finding.version = m[1];
        return finding;
      }
      const bad = /^<h1>Bad Message (\d{3})<\/h1><pre>reason: ([^<]{1,80})<\/pre>$/.exec(body.trim());
      if (!bad) return undefined;
      return {
        vendor: 'jetty',
        excerpt: clip(`Bad Message ${bad[1] ?? ''}, ${bad[2] ?? ''}`),
        note: "The body is Jetty's 'Bad Message' page",
        confidence: 'medium',
      };
    },
  },
  // Tinyproxy: '<p><em>Generated by tinyproxy version 1.11.1.</em></p>'.
  {
    needles: ['generated by tinyproxy'],
    status: isError,
    scan(body) {
      const m = /Generated by tinyproxy(?: version (\d[\w.]{0,20}?))?\.?<\/em>/.exec(body);
      if (!m) return undefined;
      const finding: BodyFinding = {
        vendor: 'tinyproxy',
        excerpt: clip(m[0].replace(/<[^>]{0,10}>/g, '')),
        note: 'The body is a Tinyproxy error page, so the proxy answered itself',
        confidence: 'high',
      };
      if (m[1]) finding.version = m[1];
      return finding;
    },
  },
  // Apache Traffic Server's templates: '<BODY BGCOLOR="white" FGCOLOR="black">\n<H1>Could Not Connect</H1>' ... 'Description: '.
  {
    needles: ['fgcolor="black"'],
    status: isError,
    scan(body) {
      const m = /<BODY BGCOLOR="white" FGCOLOR="black">\s{0,8}<H1>([^<]{1,60})<\/H1>/.exec(body);
      if (!m?.[1] || !body.includes('<FONT FACE="Helvetica,Arial"><B>')) return undefined;
      const heading = m[1];
      const row = ATS_PAGES.find(([h]) => h === heading);
      const finding: BodyFinding = {
        vendor: 'trafficserver',
        excerpt: clip(heading),
        note: `The body is Apache Traffic Server's '${clip(heading)}' page, so the proxy answered itself`,
        confidence: row ? 'high' : 'medium',
      };
      if (row?.[1]) finding.cause = row[1];
      return finding;
    },
  },
  // H2O's proxy errors: the reason is the whole body.
  {
    needles: H2O_REPLIES.map(([text]) => text.toLowerCase()),
    status: (s) => Number.isNaN(s) || s === 502,
    scan(body) {
      const row = H2O_REPLIES.find(([text]) => body === text);
      if (!row) return undefined;
      return {
        vendor: 'h2o',
        excerpt: row[0],
        cause: row[1],
        note: `The body is H2O's proxy error '${row[0]}', so H2O answered instead of the server behind it`,
        confidence: 'medium',
      };
    },
  },
  // Gunicorn's own pages (util.write_error): '<h1><p>Internal Server Error</p></h1>', with no Server header.
  {
    needles: ['<h1><p>'],
    status: isError,
    scan(body) {
      const m = /^<html>\s{0,8}<head>\s{0,8}<title>([^<]{1,60})<\/title>\s{0,8}<\/head>\s{0,8}<body>\s{0,8}<h1><p>([^<]{1,60})<\/p><\/h1>/.exec(body);
      if (!m?.[1] || m[1] !== m[2]) return undefined;
      return {
        vendor: 'gunicorn',
        excerpt: clip(m[1]),
        note: `The body is Gunicorn's own '${clip(m[1])}' page, so Gunicorn answered: the Python application failed or never saw the request`,
        confidence: 'medium',
      };
    },
  },
  // Python's http.server (BaseHTTPRequestHandler.send_error): 'Error response' ... 'Error code: 404' ... 'Error code explanation:'.
  {
    needles: ['error code explanation:'],
    status: isError,
    scan(body) {
      if (!body.includes('<title>Error response</title>')) return undefined;
      const code = /<p>Error code: (\d{3})<\/p>/.exec(body)?.[1];
      if (!code) return undefined;
      return {
        vendor: 'python-http-server',
        excerpt: `Error response, error code ${code}`,
        note: "The body is Python http.server's error page",
        confidence: 'high',
      };
    },
  },
  // Express (its finalhandler): '<pre>Cannot GET /missing</pre>' in a page titled 'Error'.
  {
    needles: ['<title>error</title>'],
    status: isError,
    scan(body) {
      const m =
        /<title>Error<\/title>\s{0,8}<\/head>\s{0,8}<body>\s{0,8}<pre>(Cannot [A-Z]{3,12} [^<]{0,120}|[A-Z][A-Za-z -]{2,60})<\/pre>\s{0,8}<\/body>/.exec(body);
      if (!m?.[1]) return undefined;
      return {
        vendor: 'express',
        excerpt: clip(m[1]),
        note: `The body is Express's default error page ('${clip(m[1])}'), so no route or error handler of the application wrote it`,
        confidence: 'medium',
      };
    },
  },
  // LiteSpeed's default error pages, and its Apache-style footer 'Proudly Served by LiteSpeed Web Server at host Port 443'.
  {
    needles: ['proudly powered by litespeed web server', 'proudly served by litespeed web server', 'www.litespeedtech.com/error-page'],
    status: isError,
    scan() {
      return {
        vendor: 'litespeed',
        excerpt: 'Proudly powered by LiteSpeed Web Server',
        note: "The body is LiteSpeed's default error page",
        confidence: 'high',
      };
    },
  },
  // Google front ends: '<title>Error 502 (Server Error)!!1</title>' ... 'That’s an error.'
  {
    needles: ['that’s an error.', "that's an error."],
    status: isError,
    scan(body) {
      const m = /<title>Error (\d{3}) \(([^)<]{1,60})\)!!1<\/title>/.exec(body);
      if (!m) return undefined;
      return {
        vendor: 'google',
        excerpt: clip(`Error ${m[1] ?? ''} (${m[2] ?? ''})`),
        note: "The body is Google's own error page ('That’s an error.'), so Google's front end answered",
        confidence: 'high',
      };
    },
  },
  // Fastly's synthetic errors: 'Error 503 Backend is unhealthy' ... 'Guru Mediation:' ... 'Details: cache-fra-...'.
  {
    needles: ['guru mediation', 'fastly error: unknown domain'],
    status: isError,
    scan(body, lower) {
      if (lower.includes('fastly error: unknown domain')) {
        return {
          vendor: 'fastly',
          excerpt: 'Fastly error: unknown domain',
          cause: 'no-route',
          note: "The body is Fastly's 'unknown domain' page: Fastly has no service set up for this address",
          confidence: 'high',
        };
      }
      const what = /<title>(?:Error )?(\d{3}) ([^<]{1,80})<\/title>/.exec(body);
      if (!what || !/Details: cache-[a-z0-9-]{1,60}/i.test(body)) return undefined;
      const title = what[2] ?? '';
      const finding: BodyFinding = {
        vendor: 'fastly',
        excerpt: clip(`Error ${what[1] ?? ''} ${title}`),
        note: `The body is Fastly's own error page ('${clip(title)}'), so Fastly answered instead of the site's server`,
        confidence: 'high',
      };
      if (/unhealthy/i.test(title)) finding.cause = 'no-server';
      else if (/timeout|timed out|read error/i.test(title)) finding.cause = 'timeout';
      else if (/connection refused|backend unavailable|connection failed/i.test(title)) finding.cause = 'connect';
      return finding;
    },
  },
  // Azure Front Door's own error page: "Our services aren't available right now", "We're working to restore all services as soon as possible".
  {
    needles: ["our services aren't available right now"],
    status: isError,
    scan(_body, lower) {
      if (!lower.includes("we're working to restore all services as soon as possible")) return undefined;
      return {
        vendor: 'azure-front-door',
        excerpt: "Our services aren't available right now",
        cause: 'upstream-failed',
        note: "The body is Azure Front Door's own error page: Front Door could not get an answer from the site's server",
        confidence: 'high',
      };
    },
  },
  // Netlify's default 404 for a site: "Looks like you've followed a broken link or entered a URL that doesn't exist on this site."
  {
    needles: ["looks like you've followed a broken link or entered a url that doesn't exist on this site"],
    status: (s) => Number.isNaN(s) || s === 404,
    scan() {
      return { vendor: 'netlify', excerpt: 'Page not found', note: "The body is Netlify's default 'Page not found' page", confidence: 'medium' };
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
