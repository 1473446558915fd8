/**
 * Problems in a main-frame redirect chain, computed from the hops alone (pure; exported on its own
 * so the DevTools panel and tests can run it on any chain).
 *
 * Only redirects made by the server or the page count as redirects for SEO purposes; the browser's
 * own hops (HSTS upgrade, an extension's redirect) are not something the site sent.
 */
import type { Finding, Hop } from './capture-state';
import { parseUrl, stripFragment } from './url-utils';

/** Google follows up to 10 hops but advises fewer than 5 (the finding's words say these numbers too). */
export const LONG_CHAIN_WARNING = 5;
export const LONG_CHAIN_ERROR = 10;

const PERMANENT = new Set([301, 308]);
const TEMPORARY = new Set([302, 303, 307]);

export function findChainIssues(chain: readonly Hop[]): Finding[] {
  const findings: Finding[] = [];
  if (chain.length === 0) return findings;
  const parsed = chain.map((hop) => parseUrl(hop.url));
  loop(chain, findings);
  longChain(chain, findings);
  perHop(chain, parsed, findings);
  mixed(chain, findings);
  finalNot2xx(chain, findings);
  return findings;
}

/** The hop redirects to the next one (by the server, the page, or the browser). */
function redirects(chain: readonly Hop[], i: number): boolean {
  const hop = chain[i];
  return hop !== undefined && (i < chain.length - 1 || hop.redirectUrl !== undefined);
}

function isServerRedirect(hop: Hop): boolean {
  return hop.madeBy === 'server' && hop.statusCode !== undefined && hop.statusCode >= 300 && hop.statusCode < 400;
}

/** A redirect the site made (the server's 3xx, or the page's own), not one the browser made itself (HSTS, an extension). */
export function isSiteRedirect(hop: Hop): boolean {
  return isServerRedirect(hop) || (hop.madeBy?.startsWith('client-') ?? false);
}

function loop(chain: readonly Hop[], findings: Finding[]): void {
  // Keyed by method too: POST /form -> 303 -> GET /form is the normal post/redirect/get pattern.
  const seen = new Map<string, number[]>();
  chain.forEach((hop, i) => {
    const key = `${hop.method} ${stripFragment(hop.url)}`;
    const list = seen.get(key);
    if (list === undefined) seen.set(key, [i]);
    else list.push(i);
  });
  const hops: number[] = [];
  for (const list of seen.values()) if (list.length > 1) hops.push(...list);
  if (hops.length === 0) return;
  hops.sort((a, b) => a - b);
  findings.push({
    kind: 'loop',
    severity: 'error',
    hops,
    message: 'Redirect loop: the chain comes back to a URL it has already visited.',
  });
}

function longChain(chain: readonly Hop[], findings: Finding[]): void {
  const hops: number[] = [];
  chain.forEach((hop, i) => {
    if (redirects(chain, i) && isSiteRedirect(hop)) hops.push(i);
  });
  if (hops.length <= LONG_CHAIN_WARNING) return;
  findings.push({
    kind: 'long-chain',
    severity: hops.length > LONG_CHAIN_ERROR ? 'error' : 'warning',
    hops,
    message:
      hops.length > LONG_CHAIN_ERROR
        ? `${hops.length} redirects: more than search crawlers follow (10).`
        : `${hops.length} redirects: keep chains under ${LONG_CHAIN_WARNING}.`,
  });
}

function perHop(chain: readonly Hop[], parsed: readonly (URL | undefined)[], findings: Finding[]): void {
  for (let i = 0; i < chain.length - 1; i++) {
    const hop = chain[i];
    const from = parsed[i];
    const to = parsed[i + 1];
    if (hop === undefined || from === undefined || to === undefined) continue;
    if (from.protocol === 'https:' && to.protocol === 'http:') {
      findings.push({
        kind: 'https-downgrade',
        severity: 'error',
        hops: [i, i + 1],
        message: 'Redirect from https to http: the next request is not encrypted.',
      });
    }
    if (isServerRedirect(hop) && (hop.statusCode === 302 || hop.statusCode === 307) && isCanonicalisation(from, to)) {
      findings.push({
        kind: 'temporary-redirect',
        severity: 'warning',
        hops: [i],
        message: `${hop.statusCode} used for a permanent canonicalisation (https, www or trailing slash): 301 or 308 is meant.`,
      });
    }
    if (hostKey(from) !== hostKey(to)) {
      findings.push({
        kind: 'cross-origin',
        severity: 'info',
        hops: [i, i + 1],
        message: `Redirect to another host: ${to.host}.`,
      });
    }
  }
}

/** Host and effective port; a scheme change alone (http -> https) is not reported as another host. */
function hostKey(url: URL): string {
  return `${url.hostname.toLowerCase()}:${url.port}`;
}

/**
 * A redirect that only changes scheme, adds or removes 'www.', or adds or removes a trailing slash:
 * the site's canonical form, which is permanent by nature.
 */
export function isCanonicalisation(from: URL, to: URL): boolean {
  if (from.href === to.href) return false;
  const schemeOk = from.protocol === to.protocol || (from.protocol === 'http:' && to.protocol === 'https:');
  const bare = (h: string): string => h.toLowerCase().replace(/^www\./, '');
  const path = (p: string): string => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p);
  return schemeOk && bare(from.hostname) === bare(to.hostname) && path(from.pathname) === path(to.pathname) && from.search === to.search;
}

function mixed(chain: readonly Hop[], findings: Finding[]): void {
  const permanent: number[] = [];
  const temporary: number[] = [];
  chain.forEach((hop, i) => {
    if (!isServerRedirect(hop) || hop.statusCode === undefined) return;
    if (PERMANENT.has(hop.statusCode)) permanent.push(i);
    else if (TEMPORARY.has(hop.statusCode)) temporary.push(i);
  });
  if (permanent.length === 0 || temporary.length === 0) return;
  findings.push({
    kind: 'mixed-redirects',
    severity: 'info',
    hops: [...permanent, ...temporary].sort((a, b) => a - b),
    message: 'The chain mixes permanent (301/308) and temporary (302/303/307) redirects.',
  });
}

function finalNot2xx(chain: readonly Hop[], findings: Finding[]): void {
  const index = chain.length - 1;
  const last = chain[index];
  if (last === undefined) return;
  if (last.error !== undefined) {
    findings.push({
      kind: 'final-not-2xx',
      severity: 'error',
      hops: [index],
      message: `The chain ended without a response: ${last.error}.`,
    });
    return;
  }
  // Still waiting, or the last hop is itself a redirect being followed.
  const status = last.statusCode;
  if (status === undefined || last.redirectUrl !== undefined) return;
  if (status >= 200 && status < 300) return;
  findings.push({
    kind: 'final-not-2xx',
    severity: status >= 400 ? 'error' : 'warning',
    hops: [index],
    message: `The chain ends with ${last.statusLine ?? String(status)}, not a 2xx success.`,
  });
}
