/**
 * The shape of everything the registry knows. Pure data: no browser API, runs in Node.
 * Every UI string about a status code comes from an entry of this shape.
 */
import type { MadeByRef } from '../fingerprints/vendor-types';

/** Which namespace a code lives in: the same number means different things in HTTP and SIP. */
export type Protocol = 'http' | 'sip' | 'net';

/**
 * Where a code stands today. `vendor` codes are defined by one product, not by a standard: a vendor's own
 * status codes, and the errors one browser reports (Chromium's net::ERR_*, Firefox's NS_ERROR_* and NSS names).
 */
export type Lifecycle =
  | 'standard' // registered and in use
  | 'temporary' // IANA "temporary registration" (e.g. 104)
  | 'deprecated' // still registered, but the standard says not to use it (305)
  | 'unused' // reserved, never to be sent (306, 418)
  | 'obsolete' // registered once, now obsoleted (510) or retired by its vendor (Cloudflare 527)
  | 'historic' // a meaning from an old draft or abandoned proposal
  | 'vendor'; // defined by one product or service, not registered

export type StatusClass =
  | 'informational' // 1xx
  | 'success' // 2xx
  | 'redirection' // 3xx
  | 'client-error' // 4xx
  | 'server-error' // 5xx
  | 'global-failure' // SIP 6xx
  | 'no-response' // the request ended without any status (net::ERR_*, NS_ERROR_*)
  | 'unknown'; // outside every class (0, 1000, garbage)

/** Can repeating the same request help? */
export type RetryAdvice =
  | 'no' // the same request will get the same answer
  | 'immediately' // a plain retry may well succeed
  | 'later' // after a wait (Retry-After, overload, maintenance)
  | 'after-change'; // only after the client changes something (log in, fix the request)

/** Who defines a code: a standards body or document, or a vendor. */
export interface Origin {
  /** Stable machine id: 'ietf', 'iis', 'aspnet-core-module', 'nginx', 'cloudflare', 'aws-elb', 'chromium', 'firefox', ... */
  id: string;
  /** Human name: 'IETF (HTTP)', 'Microsoft IIS', 'nginx', 'Cloudflare', ... */
  name: string;
}

export interface SpecRef {
  /** 'RFC 9110', 'RFC 3261', 'Microsoft Learn', 'Cloudflare docs', ... */
  title: string;
  /** Section, e.g. '15.5.5'. */
  section?: string;
  url: string;
}

export interface StatusEntry {
  protocol: Protocol;
  /**
   * The code as a person would type it: '404', '404.3', '1020', '000', 'net::ERR_NAME_NOT_RESOLVED',
   * 'NS_ERROR_CONNECTION_REFUSED'.
   */
  code: string;
  /**
   * The HTTP (or SIP) status number this entry is carried under on the wire, when there is one:
   * 404 for IIS '404.3', 403 for Cloudflare error 1020, 520 for Cloudflare 520. Absent for net errors.
   */
  status?: number;
  /** Current name. HTTP standard codes use the RFC 9110 name ('Content Too Large'). */
  phrase: string;
  /** Older or alternative names that still appear in status lines ('Request Entity Too Large'). */
  aliases?: string[];
  class: StatusClass;
  /** One plain-language sentence, at most 140 characters. */
  summary: string;
  /** A paragraph: what it means and how it comes about. */
  explanation: string;
  /** Common causes, each a short phrase or sentence. */
  causes: string[];
  /** What a person visiting the page can do. */
  visitorAdvice: string;
  /** What the site's owner or operator should check or change. */
  ownerAdvice: string;
  /** What search crawlers (Googlebot, Bingbot) do with it, where that matters. */
  crawlerNote?: string;
  retry: RetryAdvice;
  /** Heuristically cacheable by default (RFC 9110 §15.1) — true only where the spec says so. */
  cacheable: boolean;
  /** Headers that go with this code (Location, Retry-After, WWW-Authenticate, ...). */
  headers?: string[];
  spec?: SpecRef;
  origin: Origin;
  lifecycle: Lifecycle;
}

/**
 * What choosing a meaning reads of an entry: who defines it, for which code and wire status, under which
 * names, in which class and lifecycle. No prose: the background chooses over these alone (meaning-index.ts),
 * and the pages that show an entry's summary and advice find the full entry again (`entryOf`).
 */
export type MeaningKey = Pick<StatusEntry, 'protocol' | 'code' | 'status' | 'phrase' | 'aliases' | 'class' | 'origin' | 'lifecycle'>;

/**
 * The meaning that applies to a response, chosen once by the registry's `explainRecord` for whoever
 * answered: the code it is about ('404', '404.3', 'net::ERR_…'), the words every view shows, and the
 * registry origin that names the entry (`entryOf` finds it again, with its summary and advice).
 */
export interface ExplanationRef {
  code: string;
  phrase: string;
  statusClass?: string;
  originId?: string;
  /** A proxy, CDN or gateway in front of the site made this response itself, and why. */
  madeBy?: MadeByRef;
}
