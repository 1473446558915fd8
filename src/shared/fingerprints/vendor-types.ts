/** Types for vendor fingerprinting. Pure TypeScript: no browser API, runs in Node. */

/**
 * The part a product plays in answering a request, outermost (cdn) to innermost (framework): the
 * order a request passes through them. Plain lists, so a reader of stored vendors can check the words.
 */
export const ROLE_ORDER = ['cdn', 'load-balancer', 'proxy', 'platform', 'origin-server', 'framework'] as const;
export type VendorRole = (typeof ROLE_ORDER)[number];

/** How sure a piece of evidence is, surest first. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * Why a proxy, CDN or gateway answered with its own error instead of the site's page: it could not
 * connect to the server behind it, waited for it in vain, had no server left to send the request to,
 * got an answer it could not use, failed to get one for a reason it does not say, refused the request
 * itself, turned it away for coming too often, or had no route for the address.
 */
export const FAILURE_CAUSES = ['connect', 'timeout', 'no-server', 'invalid-response', 'upstream-failed', 'denied', 'rate-limit', 'no-route'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

/**
 * The product in the path that made a response itself (its own error page, status line or error header)
 * rather than relaying the site's server, and why, when the response says.
 */
export interface MadeByRef {
  id: string;
  name: string;
  role?: VendorRole;
  cause?: FailureCause;
  /** Only the shape of the response points to it (a 502 with no origin header): said as 'probably'. */
  probable?: boolean;
  /** What showed it: "status line '502 Connection refused'", 'x-squid-error: ERR_CONNECT_FAIL 111', 'its error page'. */
  proof?: string;
}

/** A response header as the browser APIs give it; `value` may be missing (binary headers). */
export interface HeaderLike {
  name: string;
  value?: string;
}

/** One piece of evidence: which header (or 'body') said what. */
export interface VendorEvidence {
  /** Lower-case header name, or 'body' when the evidence came from the response body. */
  header: string;
  /** The header value (truncated to 200 characters) or a short excerpt of the body. */
  value: string;
  confidence: Confidence;
  version?: string;
  /** The evidence shows the product made the response itself ('own'), or why it did. */
  madeIt?: FailureCause | 'own';
}

/** A product's sign that it made the response itself: its error header, and the cause it gives. */
export interface OwnAnswer {
  cause?: FailureCause;
  /** 'x-squid-error: ERR_CONNECT_FAIL 111'. */
  proof: string;
}

export interface VendorMatch {
  /** Stable id; equals the registry's ORIGINS id where one exists ('iis', 'nginx', 'cloudflare', ...). */
  id: string;
  name: string;
  role: VendorRole;
  /** The strongest evidence's header and value (also the first item of `evidence`). */
  header: string;
  value: string;
  confidence: Confidence;
  version?: string;
  /** Every piece of evidence seen for this vendor, strongest first. */
  evidence: VendorEvidence[];
  /** Set when a header shows the product made this response itself. */
  ownAnswer?: OwnAnswer;
}

/** Who a vendor is, independent of any response. */
export interface VendorInfo {
  id: string;
  name: string;
  role: VendorRole;
}

/**
 * A product that handled a response (CDN, proxy, origin server, framework), as the background detected
 * it once, on every response header, when the response arrived. Every view reads these; none detects again
 * (the kept headers are only the few that explain a redirect).
 */
export interface VendorRef {
  id: string;
  name: string;
  /** Its place in the path, outermost (cdn) to innermost (framework). */
  role?: VendorRole;
  /** How sure the strongest evidence is. */
  confidence?: Confidence;
  version?: string;
  /** The strongest evidence, as 'server: nginx/1.24.0'. */
  proof?: string;
  /** Lower-case names of every header that named it, strongest first. */
  headers?: string[];
  /** A header showed it made this response itself (X-Squid-Error, X-Envoy-RateLimited), and why. */
  ownAnswer?: OwnAnswer;
}
