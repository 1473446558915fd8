/**
 * Reason phrases that only one product writes, on responses it made itself: Traffic Server's
 * '502 Connection refused', Tinyproxy's '500 Unable to connect', Varnish's '503 Backend fetch failed'.
 * The phrase names the product even when no header does, and often says why it failed. Pure data,
 * each row proven on the product's real response (tests/fixtures/servers/).
 */
import type { Confidence, FailureCause } from './vendor-types';

interface OwnStatusLine {
  /** Vendor id (a key of VENDORS). */
  vendor: string;
  status: number;
  /** The whole reason phrase, anchored. */
  phrase: RegExp;
  /** Why the product answered itself; absent when the phrase does not say. */
  cause?: FailureCause;
  /** The phrase fits the cause but does not prove it (nginx's 503 is also a plain 'return 503'). */
  probable?: true;
  confidence: Confidence;
}

const OWN_STATUS_LINES: readonly OwnStatusLine[] = [
  // Apache Traffic Server (proxy/http/HttpTransact.cc): its reasons for its own errors.
  { vendor: 'trafficserver', status: 502, phrase: /^Connection refused$/i, cause: 'connect', confidence: 'medium' },
  { vendor: 'trafficserver', status: 504, phrase: /^Connection Timed Out$/i, cause: 'timeout', confidence: 'medium' },
  { vendor: 'trafficserver', status: 502, phrase: /^Invalid HTTP Response$/i, cause: 'invalid-response', confidence: 'medium' },
  { vendor: 'trafficserver', status: 502, phrase: /^Cannot find server\.?$/i, cause: 'connect', confidence: 'medium' },
  { vendor: 'trafficserver', status: 404, phrase: /^Not Found on Accelerator$/i, cause: 'no-route', confidence: 'high' },
  // Tinyproxy (src/reqs.c): '500 Unable to connect', '403 Filtered'.
  { vendor: 'tinyproxy', status: 500, phrase: /^Unable to connect$/i, cause: 'connect', confidence: 'high' },
  { vendor: 'tinyproxy', status: 403, phrase: /^Filtered$/i, cause: 'denied', confidence: 'medium' },
  // Varnish's built-in vcl_backend_error.
  { vendor: 'varnish', status: 503, phrase: /^Backend fetch failed$/i, cause: 'upstream-failed', confidence: 'high' },
  // Apache httpd's mod_proxy.
  { vendor: 'apache', status: 502, phrase: /^Proxy Error$/i, cause: 'upstream-failed', confidence: 'medium' },
  // H2O's proxy: '502 Gateway Error' with the reason in the body.
  { vendor: 'h2o', status: 502, phrase: /^Gateway Error$/i, cause: 'upstream-failed', confidence: 'medium' },
  // Fastly's errors (fastly.com/documentation/guides/vcl/errors): its reason phrase names the failure.
  // The words are Varnish's and plain, so they count only when Fastly's headers are there too (low).
  { vendor: 'fastly', status: 503, phrase: /^backend read error$/i, cause: 'timeout', confidence: 'low' },
  { vendor: 'fastly', status: 503, phrase: /^first byte timeout$/i, cause: 'timeout', confidence: 'low' },
  { vendor: 'fastly', status: 503, phrase: /^Connection timed out$/i, cause: 'timeout', confidence: 'low' },
  { vendor: 'fastly', status: 503, phrase: /^Connection refused$/i, cause: 'connect', confidence: 'low' },
  {
    vendor: 'fastly',
    status: 503,
    phrase: /^(?:Backend is unhealthy|All backends failed or unhealthy(?: \(\w{1,20}\))?|No healthy backends)$/i,
    cause: 'no-server',
    confidence: 'low',
  },
  // nginx writes 503 'Service Temporarily Unavailable' on its own answers; it sends them for limit_req and
  // limit_conn (their default status), and for a configured 'return 503'.
  { vendor: 'nginx', status: 503, phrase: /^Service Temporarily Unavailable$/i, cause: 'rate-limit', probable: true, confidence: 'low' },
];

export interface StatusLineFinding {
  vendor: string;
  cause?: FailureCause;
  probable?: true;
  confidence: Confidence;
  /** The status line's words, as 'status line: 502 Connection refused'. */
  excerpt: string;
}

/** The product a reason phrase names, when one does. */
export function scanStatusLine(status: number, phrase: string): StatusLineFinding | undefined {
  const text = phrase.trim();
  if (text === '' || text.length > 80) return undefined;
  const row = OWN_STATUS_LINES.find((r) => r.status === status && r.phrase.test(text));
  if (!row) return undefined;
  const finding: StatusLineFinding = { vendor: row.vendor, confidence: row.confidence, excerpt: `${status} ${text}` };
  if (row.cause) finding.cause = row.cause;
  if (row.probable) finding.probable = true;
  return finding;
}
