/**
 * The words an export uses for the capture core's enumerations. One place, so that the text,
 * Markdown and spreadsheet exports never disagree about what a hop or a source is called.
 */
import type { LoadSource, MadeBy, NotObservedReason } from '../capture/capture-state';

const MADE_BY: Readonly<Record<MadeBy, string>> = {
  server: 'server',
  'browser-hsts': 'browser HSTS',
  'browser-internal': 'browser (internal)',
  'client-meta-refresh': 'meta refresh',
  'client-javascript': 'JavaScript',
  'client-unknown': 'client-side (how is unknown)',
};

/** '' when the value is absent or unknown: we do not guess who made a hop. */
export function madeByLabel(madeBy: string | undefined): string {
  return madeBy !== undefined && Object.hasOwn(MADE_BY, madeBy) ? MADE_BY[madeBy as MadeBy] : '';
}

/**
 * How a hop moved the browser on, in the words SEO tools use. Only the kinds a person acts on differently:
 * a permanent redirect passes ranking signals, a temporary one may not, a client-side one is slow and
 * invisible to some crawlers, an HSTS hop was never sent by the server.
 */
export type RedirectType = 'permanent' | 'temporary' | 'client-side' | 'HSTS' | 'browser-internal' | 'other';

export function redirectType(madeBy: string | undefined, status: number | undefined): RedirectType {
  if (madeBy === 'browser-hsts') return 'HSTS';
  if (madeBy === 'browser-internal') return 'browser-internal';
  if (madeBy !== undefined && madeBy.startsWith('client-')) return 'client-side';
  if (status === 301 || status === 308) return 'permanent';
  if (status === 302 || status === 303 || status === 307) return 'temporary';
  return 'other';
}

const SOURCE: Readonly<Record<LoadSource, string>> = {
  network: 'network',
  'disk-cache': 'disk cache',
  'service-worker': 'service worker',
  browser: 'browser (its own error page)',
  'not-observable': 'not observed',
};

export function sourceLabel(source: string | undefined): string {
  return source !== undefined && Object.hasOwn(SOURCE, source) ? SOURCE[source as LoadSource] : (source ?? '');
}

const NOT_OBSERVED: Readonly<Record<NotObservedReason, string>> = {
  'back-forward-cache': 'restored from the back/forward cache: the browser made no request',
  'service-worker': 'a service worker answered, and browsers hide its response from extensions',
  'browser-page': 'a page the browser shows itself (about:, chrome://, view-source: …): no HTTP request',
  'restricted-page': 'the browser hides this page’s requests from extensions (extension stores)',
  'local-file': 'a local file (file://): no HTTP request',
  'loaded-before-extension': 'the page was already loaded when Status Inspector started',
  'request-not-seen': 'the page was shown without any request the extension could see (usually a service worker or the memory cache)',
};

/** Why nothing was observed, as a clause; a reason this version does not know is quoted as is. */
export function notObservedLabel(reason: string | undefined): string {
  if (reason === undefined || reason === '') return 'no response was observed';
  return Object.hasOwn(NOT_OBSERVED, reason) ? NOT_OBSERVED[reason as NotObservedReason] : `reason: ${reason}`;
}
