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
}
