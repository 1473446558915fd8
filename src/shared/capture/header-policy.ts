/**
 * Which response headers a hop keeps. Keeping every header of every hop would waste the session
 * store; these are the ones that explain a redirect (Location, Refresh, Non-Authoritative-Reason),
 * name its producer (Server, Via, CDN ids) or matter to a status (Retry-After, WWW-Authenticate,
 * caching). Cookies are never kept: they are private and explain nothing here.
 */
import type { HeaderEntry } from './capture-event';
import { LIMITS, truncate } from './limits';

const KEPT_HEADERS = new Set([
  'location',
  'refresh',
  'non-authoritative-reason',
  'x-redirect-by',
  'server',
  'via',
  'x-powered-by',
  'x-aspnet-version',
  'x-aspnetmvc-version',
  'cf-ray',
  'cf-cache-status',
  'cf-mitigated',
  'x-cache',
  'x-cache-hits',
  'x-served-by',
  'x-amz-cf-id',
  'x-amz-cf-pop',
  'x-amz-request-id',
  'x-azure-ref',
  'x-msedge-ref',
  'x-vercel-id',
  'x-vercel-cache',
  'x-nf-request-id',
  'x-github-request-id',
  'x-fastly-request-id',
  'fly-request-id',
  'x-iinfo',
  'x-sucuri-id',
  'akamai-grn',
  'x-akamai-transformed',
  'strict-transport-security',
  'cache-control',
  'age',
  'expires',
  'content-type',
  'retry-after',
  'www-authenticate',
  'proxy-authenticate',
  'x-robots-tag',
  'alt-svc',
]);

/** The headers worth keeping on a hop, values cut to `maxValueLength`; undefined when none. */
export function keptHeaders(headers: readonly HeaderEntry[] | undefined, maxValueLength: number): HeaderEntry[] | undefined {
  if (headers === undefined) return undefined;
  const out: HeaderEntry[] = [];
  for (const header of headers) {
    if (out.length >= LIMITS.maxKeptHeadersPerHop) break;
    if (!KEPT_HEADERS.has(header.name.toLowerCase())) continue;
    out.push({ name: header.name, value: truncate(header.value, maxValueLength) });
  }
  return out.length > 0 ? out : undefined;
}
