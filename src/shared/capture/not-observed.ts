/**
 * Why a committed page has no observed response. Browsers hide some navigations from webRequest
 * entirely; we name the reason when the event tells us, and say "not seen" otherwise rather than
 * guess (a service worker is the usual cause in Chrome, but nothing in the events proves it).
 */
import type { NotObservedReason } from './capture-state';
import { parseUrl, schemeOf } from './url-utils';

/** Pages the browser renders itself; webRequest never sees them. */
const BROWSER_SCHEMES = new Set([
  'about',
  'chrome',
  'chrome-extension',
  'chrome-search',
  'chrome-untrusted',
  'devtools',
  'edge',
  'brave',
  'opera',
  'vivaldi',
  'moz-extension',
  'resource',
  'view-source',
  'data',
  'blob',
  'javascript',
]);

/** Hosts where both browsers hide requests from extensions, so nothing there can be observed. */
const RESTRICTED: ReadonlyArray<{ host: string; pathPrefix: string }> = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
];

export function notObservedReasonFor(url: string, transitionQualifiers: readonly string[]): NotObservedReason {
  const scheme = schemeOf(url);
  if (BROWSER_SCHEMES.has(scheme)) return 'browser-page';
  if (scheme === 'file') return 'local-file';
  if (isRestrictedPage(url)) return 'restricted-page';
  // Chrome and Firefox restore a back/forward-cached page with no request at all.
  if (transitionQualifiers.includes('forward_back')) return 'back-forward-cache';
  return 'request-not-seen';
}

function isRestrictedPage(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === undefined) return false;
  const host = parsed.hostname.toLowerCase();
  return RESTRICTED.some((r) => r.host === host && parsed.pathname.startsWith(r.pathPrefix));
}
