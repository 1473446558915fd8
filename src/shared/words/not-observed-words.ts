/**
 * Why a page load has no observed response, in words, for every surface. We say what we know; we
 * never invent a status.
 */
import type { NotObservedReason } from '../capture/capture-state';

export interface NotObservedWords {
  /** A short heading: 'A page the browser shows itself'. */
  title: string;
  /** What happened and what to do, in a sentence or two (the popup). */
  detail: string;
  /** The same as a clause, for a line of a report or a table: 'a local file (file://): no HTTP request'. */
  clause: string;
}

const WORDS: Readonly<Record<NotObservedReason, NotObservedWords>> = {
  'browser-page': {
    title: 'A page the browser shows itself',
    detail: 'Pages such as chrome://, about: and view-source: are not fetched over HTTP, so there is no status code to show.',
    clause: 'a page the browser shows itself (about:, chrome://, view-source: …): no HTTP request',
  },
  'restricted-page': {
    title: 'A page the browser hides from extensions',
    detail: 'Browsers do not let extensions see the requests of extension stores and a few of their own sites.',
    clause: 'the browser hides this page’s requests from extensions (extension stores)',
  },
  'local-file': {
    title: 'A local file',
    detail: 'A file:// page is read from disk, not fetched over HTTP, so there is no status code.',
    clause: 'a local file (file://): no HTTP request',
  },
  'back-forward-cache': {
    title: 'Restored from the back/forward cache',
    detail: 'The browser showed the page it kept in memory when you went back or forward, without asking the server. Reload to see a fresh response.',
    clause: 'restored from the back/forward cache: the browser made no request',
  },
  'service-worker': {
    title: 'Answered by a service worker',
    detail:
      'The site’s service worker answered, and browsers hide that response from extensions. Reload with the cache bypassed (Shift+Reload) to reach the server.',
    clause: 'a service worker answered, and browsers hide its response from extensions',
  },
  'loaded-before-extension': {
    title: 'Loaded before Status Inspector started',
    detail: 'The page was already open when the extension started (or was updated), so its response was not seen. Reload the page to see it.',
    clause: 'the page was already loaded when Status Inspector started',
  },
  'request-not-seen': {
    title: 'No request was seen for this page',
    detail:
      'The page appeared without any request the extension could see, usually because a service worker or the memory cache answered. Reload to try again.',
    clause: 'the page was shown without any request the extension could see (usually a service worker or the memory cache)',
  },
};

const UNKNOWN_REASON: NotObservedWords = {
  title: 'Not observed',
  detail: 'No response was observed for this page. Reload the page to see its status.',
  clause: 'no response was observed',
};

export function notObservedWords(reason: string | undefined): NotObservedWords {
  return reason !== undefined && Object.hasOwn(WORDS, reason) ? WORDS[reason as NotObservedReason] : UNKNOWN_REASON;
}

/** Why nothing was observed, as a clause; a reason this version does not know is quoted as it is. */
export function notObservedClause(reason: string | undefined): string {
  if (reason === undefined || reason === '') return UNKNOWN_REASON.clause;
  return Object.hasOwn(WORDS, reason) ? WORDS[reason as NotObservedReason].clause : `reason: ${reason}`;
}
