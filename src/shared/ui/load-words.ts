/**
 * Plain words for how a page load came about: where its response came from, why nothing was
 * observed, and who made each hop. Never a made-up status: what was not seen is said to be unseen.
 */
import type { LoadSource, MadeBy, NotObservedReason, PageLoad } from '../capture';

export interface NotObservedWords {
  /** A short heading: 'A page the browser shows itself'. */
  title: string;
  /** What happened and what to do, in a sentence or two. */
  detail: string;
}

const NOT_OBSERVED: Readonly<Record<NotObservedReason, NotObservedWords>> = {
  'browser-page': {
    title: 'A page the browser shows itself',
    detail: 'Pages such as chrome://, about: and view-source: are not fetched over HTTP, so there is no status code to show.',
  },
  'restricted-page': {
    title: 'A page the browser hides from extensions',
    detail: 'Browsers do not let extensions see the requests of extension stores and a few of their own sites.',
  },
  'local-file': {
    title: 'A local file',
    detail: 'A file:// page is read from disk, not fetched over HTTP, so there is no status code.',
  },
  'back-forward-cache': {
    title: 'Restored from the back/forward cache',
    detail: 'The browser showed the page it kept in memory when you went back or forward, without asking the server. Reload to see a fresh response.',
  },
  'service-worker': {
    title: 'Answered by a service worker',
    detail:
      'The site’s service worker answered, and browsers hide that response from extensions. Reload with the cache bypassed (Shift+Reload) to reach the server.',
  },
  'loaded-before-extension': {
    title: 'Loaded before Status Inspector started',
    detail: 'The page was already open when the extension started (or was updated), so its response was not seen. Reload the page to see it.',
  },
  'request-not-seen': {
    title: 'No request was seen for this page',
    detail:
      'The page appeared without any request the extension could see, usually because a service worker or the memory cache answered. Reload to try again.',
  },
};

const UNKNOWN_REASON: NotObservedWords = {
  title: 'Not observed',
  detail: 'No response was observed for this page. Reload the page to see its status.',
};

export function notObservedWords(reason: string | undefined): NotObservedWords {
  return reason !== undefined && Object.hasOwn(NOT_OBSERVED, reason) ? NOT_OBSERVED[reason as NotObservedReason] : UNKNOWN_REASON;
}

const SOURCE: Readonly<Record<LoadSource, string>> = {
  network: 'from the network',
  'disk-cache': 'from the browser’s disk cache',
  'service-worker': 'from a service worker',
  browser: 'the browser’s own error page',
  'not-observable': 'not observable',
};

/** 'from the network', 'from the browser’s disk cache', or why nothing was observed. */
export function sourceText(load: Pick<PageLoad, 'source' | 'notObservedReason' | 'final'>): string {
  if (load.source === 'not-observable' || (load.source === undefined && load.notObservedReason !== undefined)) {
    return `not observable: ${notObservedWords(load.notObservedReason).title.toLowerCase()}`;
  }
  const source = load.source ?? load.final?.source;
  return source !== undefined && Object.hasOwn(SOURCE, source) ? SOURCE[source] : 'unknown';
}

const MADE_BY: Readonly<Record<MadeBy, string>> = {
  server: 'the server',
  'browser-hsts': 'the browser (HSTS upgrade)',
  'browser-internal': 'the browser',
  'client-meta-refresh': 'the page (meta refresh)',
  'client-javascript': 'the page (JavaScript)',
  'client-unknown': 'the page (client-side)',
};

/** Who made a hop, when it was not the server: 'the browser (HSTS upgrade)'. '' for the server or unknown. */
export function madeByText(madeBy: string | undefined): string {
  if (madeBy === undefined || madeBy === 'server' || !Object.hasOwn(MADE_BY, madeBy)) return '';
  return MADE_BY[madeBy as MadeBy];
}

/** 'after a meta refresh on the previous page', for a load reached by a client-side redirect. */
export function arrivedByText(arrivedBy: string | undefined): string {
  switch (arrivedBy) {
    case 'client-meta-refresh':
      return 'The previous page sent you here with a meta refresh.';
    case 'client-javascript':
      return 'The previous page sent you here from JavaScript.';
    case 'client-unknown':
      return 'The previous page sent you here by itself (a client-side redirect).';
    default:
      return '';
  }
}
