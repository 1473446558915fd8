/**
 * Where a response came from (the network, a cache, a service worker, the browser itself), in words,
 * for every surface. Never a made-up source: what was not seen is said to be unseen.
 */
import type { LoadSource, PageLoad } from '../capture/capture-state';
import type { I18n, MessageKey } from '../i18n/create-i18n';
import { notObservedWords } from './not-observed-words';

interface SourceWords {
  /** 'disk cache': a report's field. */
  label: MessageKey;
  /** 'from the browser’s disk cache': the popup's sentence. */
  sentence: MessageKey;
}

const LOAD_SOURCES: Readonly<Record<LoadSource, SourceWords>> = {
  network: { label: 'sourceNetwork', sentence: 'sourceNetworkSentence' },
  'disk-cache': { label: 'sourceDiskCache', sentence: 'sourceDiskCacheSentence' },
  'service-worker': { label: 'sourceServiceWorker', sentence: 'sourceServiceWorkerSentence' },
  browser: { label: 'sourceBrowserErrorPage', sentence: 'sourceBrowserErrorPageSentence' },
  'not-observable': { label: 'sourceNotObserved', sentence: 'sourceNotObservableSentence' },
};

/** A page load's source as a report labels it; one this version does not know is shown as it is. */
export function loadSourceLabel(source: string | undefined, i18n: I18n): string {
  return source !== undefined && Object.hasOwn(LOAD_SOURCES, source) ? i18n.t(LOAD_SOURCES[source as LoadSource].label) : (source ?? '');
}

/** A title as the middle of a sentence: its first letter in lower case ('Restored …' → 'restored …'), the rest as written (names, German nouns). */
function midSentence(title: string, i18n: I18n): string {
  return title.charAt(0).toLocaleLowerCase(i18n.locale) + title.slice(1);
}

/** 'from the network', 'from the browser’s disk cache', or why nothing was observed. */
export function loadSourceSentence(load: Pick<PageLoad, 'source' | 'notObservedReason' | 'final'>, i18n: I18n): string {
  if (load.source === 'not-observable' || (load.source === undefined && load.notObservedReason !== undefined)) {
    return i18n.t('sourceNotObservableBecause', midSentence(notObservedWords(load.notObservedReason, i18n).title, i18n));
  }
  const source = load.source ?? load.final?.source;
  return i18n.t(source !== undefined && Object.hasOwn(LOAD_SOURCES, source) ? LOAD_SOURCES[source].sentence : 'sourceUnknown');
}

/**
 * Where one request's answer came from, as the DevTools panel tells them apart (DevTools alone knows
 * the memory cache). 'browser' here is a hop the browser made (HSTS), 'page' one the page made.
 */
export type RequestSource = 'network' | 'disk-cache' | 'memory-cache' | 'service-worker' | 'browser' | 'page' | 'devtools-only';

/** Each request source's label, as a message key: `i18n.t(REQUEST_SOURCE_LABELS[source])`. */
export const REQUEST_SOURCE_LABELS: Readonly<Record<RequestSource, MessageKey>> = {
  network: 'sourceNetwork',
  'disk-cache': 'sourceDiskCache',
  'memory-cache': 'sourceMemoryCache',
  'service-worker': 'sourceServiceWorker',
  browser: 'sourceBrowser',
  page: 'sourcePageScript',
  'devtools-only': 'sourceDevtoolsOnly',
};
