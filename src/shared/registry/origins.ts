import type { Origin } from './registry-types';

/**
 * Every body or vendor that defines codes. Entries refer to these objects so that ids stay consistent
 * (the vendor ids are the same ones `detectVendors` reports, which is how `explain` picks a meaning).
 */
export const ORIGINS = {
  ietf: { id: 'ietf', name: 'IETF (HTTP standard)' },
  ietfSip: { id: 'ietf-sip', name: 'IETF (SIP standard)' },
  http1994: { id: 'http-1994-draft', name: 'HTTP draft of 1994' },
  http1997: { id: 'http-1997', name: 'HTTP/1.0 and the first HTTP/1.1 (RFC 1945, RFC 2068)' },
  http1996Draft: { id: 'http-1996-draft', name: 'Internet-Draft of 1996 (305 and 306 proposal)' },
  googleResumable: { id: 'google-resumable', name: 'Google resumable-upload proposal' },
  google: { id: 'google', name: 'Google (resumable upload APIs)' },
  iis: { id: 'iis', name: 'Microsoft IIS' },
  aspnetCoreModule: { id: 'aspnet-core-module', name: 'ASP.NET Core Module (IIS)' },
  exchange: { id: 'exchange', name: 'Microsoft Exchange' },
  microsoft: { id: 'microsoft', name: 'Microsoft' },
  nginx: { id: 'nginx', name: 'nginx' },
  cloudflare: { id: 'cloudflare', name: 'Cloudflare' },
  awsElb: { id: 'aws-elb', name: 'AWS Elastic Load Balancing' },
  apache: { id: 'apache', name: 'Apache HTTP Server' },
  cpanel: { id: 'cpanel', name: 'cPanel' },
  cloudlinux: { id: 'cloudlinux', name: 'CloudLinux (LVE resource limits)' },
  pantheon: { id: 'pantheon', name: 'Pantheon' },
  shopify: { id: 'shopify', name: 'Shopify' },
  linkedin: { id: 'linkedin', name: 'LinkedIn' },
  spring: { id: 'spring', name: 'Spring Framework' },
  twitter: { id: 'twitter', name: 'Twitter (X) API' },
  esri: { id: 'esri', name: 'Esri ArcGIS Server' },
  laravel: { id: 'laravel', name: 'Laravel' },
  qualys: { id: 'qualys', name: 'Qualys SSL Labs' },
  proxies: { id: 'proxies', name: 'Various HTTP proxies' },
  whatwgFetch: { id: 'whatwg-fetch', name: 'WHATWG Fetch Standard' },
  chromium: { id: 'chromium', name: 'Chromium (Chrome, Edge, Opera)' },
  firefox: { id: 'firefox', name: 'Firefox' },
  unregistered: { id: 'unregistered', name: 'Not registered' },
} as const satisfies Record<string, Origin>;

const ORIGIN_BY_ID: ReadonlyMap<string, Origin> = new Map(Object.values(ORIGINS).map((o) => [o.id, o]));

/** The origin an id names; an id this build does not know (read back from storage) names itself. */
export function originOf(id: string): Origin {
  return ORIGIN_BY_ID.get(id) ?? { id, name: id };
}

const STANDARDS: ReadonlySet<string> = new Set([ORIGINS.ietf.id, ORIGINS.ietfSip.id]);

/** Whether the origin is a standard (HTTP's, SIP's) rather than a vendor or an old draft. */
export function isStandardOrigin(id: string): boolean {
  return STANDARDS.has(id);
}

/** Whose meanings are not a code of their own besides the standards: an unregistered status, a browser's errors. */
const NOT_OWN_CODES: ReadonlySet<string> = new Set([ORIGINS.unregistered.id, ORIGINS.chromium.id, ORIGINS.firefox.id]);

/** The name of who defines a stored meaning as a code of its own ('Cloudflare' for its 520); undefined for a standard's code. */
export function ownCodeOriginName(originId: string | undefined): string | undefined {
  return originId === undefined || isStandardOrigin(originId) || NOT_OWN_CODES.has(originId) ? undefined : originOf(originId).name;
}
