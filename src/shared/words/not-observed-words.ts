/**
 * Why a page load has no observed response, in words, for every surface. We say what we know; we
 * never invent a status.
 */
import type { NotObservedReason } from '../capture/capture-state';
import type { I18n, MessageKey } from '../i18n/create-i18n';

export interface NotObservedWords {
  /** A short heading: 'A page the browser shows itself'. */
  title: string;
  /** What happened and what to do, in a sentence or two (the popup). */
  detail: string;
  /** The same as a clause, for a line of a report or a table: 'a local file (file://): no HTTP request'. */
  clause: string;
}

type Keys = { readonly [K in keyof NotObservedWords]: MessageKey };

const WORDS: Readonly<Record<NotObservedReason, Keys>> = {
  'browser-page': { title: 'notObservedBrowserPageTitle', detail: 'notObservedBrowserPageDetail', clause: 'notObservedBrowserPageClause' },
  'restricted-page': { title: 'notObservedRestrictedPageTitle', detail: 'notObservedRestrictedPageDetail', clause: 'notObservedRestrictedPageClause' },
  'local-file': { title: 'notObservedLocalFileTitle', detail: 'notObservedLocalFileDetail', clause: 'notObservedLocalFileClause' },
  'back-forward-cache': {
    title: 'notObservedBackForwardCacheTitle',
    detail: 'notObservedBackForwardCacheDetail',
    clause: 'notObservedBackForwardCacheClause',
  },
  'service-worker': { title: 'notObservedServiceWorkerTitle', detail: 'notObservedServiceWorkerDetail', clause: 'notObservedServiceWorkerClause' },
  'loaded-before-extension': {
    title: 'notObservedLoadedBeforeTitle',
    detail: 'notObservedLoadedBeforeDetail',
    clause: 'notObservedLoadedBeforeClause',
  },
  'request-not-seen': { title: 'notObservedRequestNotSeenTitle', detail: 'notObservedRequestNotSeenDetail', clause: 'notObservedRequestNotSeenClause' },
};

const UNKNOWN_REASON: Keys = { title: 'notObservedUnknownTitle', detail: 'notObservedUnknownDetail', clause: 'notObservedUnknownClause' };

export function notObservedWords(reason: string | undefined, i18n: I18n): NotObservedWords {
  const keys = reason !== undefined && Object.hasOwn(WORDS, reason) ? WORDS[reason as NotObservedReason] : UNKNOWN_REASON;
  return { title: i18n.t(keys.title), detail: i18n.t(keys.detail), clause: i18n.t(keys.clause) };
}

/** Why nothing was observed, as a clause; a reason this version does not know is quoted as it is. */
export function notObservedClause(reason: string | undefined, i18n: I18n): string {
  if (reason === undefined || reason === '') return i18n.t(UNKNOWN_REASON.clause);
  return Object.hasOwn(WORDS, reason) ? i18n.t(WORDS[reason as NotObservedReason].clause) : i18n.t('notObservedOtherReason', reason);
}
