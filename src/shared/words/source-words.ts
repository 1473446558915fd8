/**
 * Where a response came from (the network, a cache, a service worker, the browser itself), in words,
 * for every surface. Never a made-up source: what was not seen is said to be unseen.
 */
import type { LoadSource, PageLoad } from '../capture/capture-state';
import { notObservedWords } from './not-observed-words';

interface SourceWords {
  /** 'disk cache': a report's field. */
  label: string;
  /** 'from the browser’s disk cache': the popup's sentence. */
  sentence: string;
}

const LOAD_SOURCES: Readonly<Record<LoadSource, SourceWords>> = {
  network: { label: 'network', sentence: 'from the network' },
  'disk-cache': { label: 'disk cache', sentence: 'from the browser’s disk cache' },
  'service-worker': { label: 'service worker', sentence: 'from a service worker' },
  browser: { label: 'browser (its own error page)', sentence: 'the browser’s own error page' },
  'not-observable': { label: 'not observed', sentence: 'not observable' },
};

/** A page load's source as a report labels it; one this version does not know is shown as it is. */
export function loadSourceLabel(source: string | undefined): string {
  return source !== undefined && Object.hasOwn(LOAD_SOURCES, source) ? LOAD_SOURCES[source as LoadSource].label : (source ?? '');
}

/** 'from the network', 'from the browser’s disk cache', or why nothing was observed. */
export function loadSourceSentence(load: Pick<PageLoad, 'source' | 'notObservedReason' | 'final'>): string {
  if (load.source === 'not-observable' || (load.source === undefined && load.notObservedReason !== undefined)) {
    return `not observable: ${notObservedWords(load.notObservedReason).title.toLowerCase()}`;
  }
  const source = load.source ?? load.final?.source;
  return source !== undefined && Object.hasOwn(LOAD_SOURCES, source) ? LOAD_SOURCES[source].sentence : 'unknown';
}

/**
 * Where one request's answer came from, as the DevTools panel tells them apart (DevTools alone knows
 * the memory cache). 'browser' here is a hop the browser made (HSTS), 'page' one the page made.
 */
export type RequestSource = 'network' | 'disk-cache' | 'memory-cache' | 'service-worker' | 'browser' | 'page' | 'devtools-only';

export const REQUEST_SOURCE_LABELS: Readonly<Record<RequestSource, string>> = {
  network: 'network',
  'disk-cache': 'disk cache',
  'memory-cache': 'memory cache',
  'service-worker': 'service worker',
  browser: 'browser',
  page: 'page script',
  'devtools-only': 'network (DevTools only)',
};
