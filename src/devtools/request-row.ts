/**
 * One line of the panel's request table: a response the background captured (a main-frame hop, a
 * sub-resource, a request that failed), possibly enriched by DevTools' own record of it, or a request
 * only DevTools saw (memory cache, service worker). Plain data; the table and the filters read it.
 */
import type { Finding, Hop, VendorRef } from '../shared/capture/capture-state';
import type { RequestSource } from '../shared/words/source-words';
import type { HarRecord } from './har-record';

type RowKind =
  | 'hop' // one step of the page's main-frame chain (the last one is the page's response)
  | 'subresource' // a response to anything the page loaded
  | 'failure' // a request that failed before any response
  | 'devtools-only'; // seen by DevTools only: the background has no record of it

export interface RequestRow {
  /** Stable across updates: `${loadId}:h3`, `${loadId}:s12`, `${loadId}:f0`, `har:${key}`. */
  id: string;
  /** The page load it belongs to; undefined for a DevTools-only request outside every kept load. */
  loadId: string | undefined;
  kind: RowKind;
  /** Position in the order the capture saw requests (hops first), for a stable sort. */
  seq: number;
  url: string;
  method: string;
  /** As the browser named it: webRequest's type, or DevTools' resource type. */
  type: string;
  statusCode?: number;
  statusLine?: string;
  /** Why the request failed ('net::ERR_CONNECTION_RESET'). */
  error?: string;
  redirectUrl?: string;
  /** Milliseconds since the epoch. */
  start?: number;
  duration?: number;
  ip?: string;
  vendors: VendorRef[];
  fromCache?: boolean;
  frameId?: number;
  /** Main-frame hops: the hop, its index in the chain, and the findings that concern it. */
  hop?: Hop;
  chainIndex?: number;
  findings?: Finding[];
  /** What DevTools recorded for the same request (headers, HTTP version, cache kind, body). */
  har?: HarRecord;
}

export type StatusClassKey = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'failed' | 'other';

export const STATUS_CLASS_KEYS: readonly StatusClassKey[] = ['1xx', '2xx', '3xx', '4xx', '5xx', 'failed', 'other'];

export function statusClassKey(row: Pick<RequestRow, 'statusCode' | 'error'>): StatusClassKey {
  const status = row.statusCode;
  if (status === undefined) return row.error === undefined ? 'other' : 'failed';
  if (status >= 100 && status < 600) return `${Math.floor(status / 100)}xx` as StatusClassKey;
  return 'other';
}

/** A failed request or an error status: what "errors only" keeps. */
export function isErrorRow(row: Pick<RequestRow, 'statusCode' | 'error'>): boolean {
  return row.error !== undefined || (row.statusCode !== undefined && row.statusCode >= 400);
}

export type TypeCategory = 'document' | 'stylesheet' | 'script' | 'image' | 'font' | 'media' | 'fetch' | 'websocket' | 'other';

export const TYPE_LABELS: Readonly<Record<TypeCategory, string>> = {
  document: 'Document',
  stylesheet: 'CSS',
  script: 'JS',
  image: 'Image',
  font: 'Font',
  media: 'Media',
  fetch: 'Fetch/XHR',
  websocket: 'WebSocket',
  other: 'Other',
};

export const TYPE_CATEGORIES = Object.keys(TYPE_LABELS) as TypeCategory[];

const CATEGORY_OF: Readonly<Record<string, TypeCategory>> = {
  // webRequest (Chrome and Firefox)
  main_frame: 'document',
  sub_frame: 'document',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  imageset: 'image',
  font: 'font',
  media: 'media',
  xmlhttprequest: 'fetch',
  websocket: 'websocket',
  // DevTools' resource types
  document: 'document',
  texttrack: 'media',
  xhr: 'fetch',
  fetch: 'fetch',
  eventsource: 'fetch',
  beacon: 'fetch',
};

export function typeCategory(type: string): TypeCategory {
  return Object.hasOwn(CATEGORY_OF, type) ? (CATEGORY_OF[type] as TypeCategory) : 'other';
}

/** Where the answer came from, with DevTools' word preferred: only it tells memory from disk cache. */
export function rowSource(row: RequestRow): RequestSource {
  const madeBy = row.hop?.madeBy;
  if (madeBy === 'browser-hsts' || madeBy === 'browser-internal') return 'browser';
  if (madeBy?.startsWith('client-')) return 'page';
  if (row.har?.serviceWorker) return 'service-worker';
  if (row.har?.fromCache === 'memory') return 'memory-cache';
  if (row.har?.fromCache === 'disk' || row.fromCache === true) return 'disk-cache';
  return row.kind === 'devtools-only' ? 'devtools-only' : 'network';
}
