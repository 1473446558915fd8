/**
 * One line of the panel's request table. A row wraps what the background captured (a main-frame hop,
 * a sub-resource, a request that failed) as the capture stored it, possibly with DevTools' own record
 * of the same request; a request only DevTools saw (memory cache, service worker) wraps a record of
 * the capture's sub-resource shape built once from its HAR entry. Nothing is copied out of a record:
 * the table, the filters and the details pane read it, through the few readers below where the kinds
 * of record differ.
 */
import type { Finding, Hop, RequestFailure, SubresourceRecord, VendorRef } from '../shared/capture/capture-state';
import { factDuration, type FactSource } from '../shared/words/response-facts';
import type { RequestSource } from '../shared/words/source-words';
import type { MessageKey } from '../shared/i18n/create-i18n';
import type { HarRecord } from './har-record';

/** A request the background never saw, as DevTools reported it; DevTools does not say which frame made it. */
export type DevtoolsOnlyRecord = Omit<SubresourceRecord, 'frameId'>;

interface RowBase {
  /** Stable across updates: `${loadId}:h3`, `${loadId}:s12`, `${loadId}:f0`, `har:${key}`. */
  id: string;
  /** The page load it belongs to; undefined for a DevTools-only request outside every kept load. */
  loadId: string | undefined;
  /** Position in the order the capture saw requests (hops first), for a stable sort. */
  seq: number;
  /** What DevTools recorded for the same request (headers, HTTP version, cache kind, body). */
  har?: HarRecord;
}

export type RequestRow =
  // One step of the page's main-frame chain (the last one is the page's response), with the findings that concern it.
  | (RowBase & { kind: 'hop'; record: Hop; findings?: Finding[]; chain?: readonly Hop[] })
  // A response to anything the page loaded.
  | (RowBase & { kind: 'subresource'; record: SubresourceRecord })
  // A request that failed before any response.
  | (RowBase & { kind: 'failure'; record: RequestFailure })
  // Seen by DevTools only: the background has no record of it.
  | (RowBase & { kind: 'devtools-only'; record: DevtoolsOnlyRecord });

/** The response the row's record describes; a failure got none. */
export function responseOf(row: RequestRow): Hop | SubresourceRecord | DevtoolsOnlyRecord | undefined {
  return row.kind === 'failure' ? undefined : row.record;
}

export function statusOf(row: RequestRow): number | undefined {
  return responseOf(row)?.statusCode;
}

/** The capture stores a sub-resource's method only when it is not GET, and a failure's never (GET, by far the most common, is only shown). */
export function methodOf(row: RequestRow): string {
  if (row.kind === 'hop') return row.record.method || 'GET';
  return row.kind === 'failure' ? 'GET' : (row.record.method ?? 'GET');
}

/** As the browser named it: webRequest's type, or DevTools' resource type. */
export function typeOf(row: RequestRow): string {
  return row.kind === 'hop' ? 'main_frame' : row.record.type;
}

const NO_VENDORS: readonly VendorRef[] = Object.freeze([]);

export function vendorsOf(row: RequestRow): readonly VendorRef[] {
  return responseOf(row)?.vendors ?? NO_VENDORS;
}

/** The row's response facts (response-facts.ts): the capture's record, completed by DevTools' record of the same request. */
export function factSourceOf(row: RequestRow): FactSource {
  return row.har ? { record: row.record, devtools: row.har } : { record: row.record };
}

/**
 * When the request started: the capture's time, else DevTools' (Chrome's background does not hear a
 * sub-resource's start, capture/listeners.ts); undefined when neither saw it.
 */
export function startOf(row: RequestRow): number | undefined {
  return row.record.timing.start ?? row.har?.startedAt;
}

export function durationOf(row: RequestRow): number | undefined {
  return factDuration(factSourceOf(row));
}

export type StatusClassKey = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'failed' | 'other';

export const STATUS_CLASS_KEYS: readonly StatusClassKey[] = ['1xx', '2xx', '3xx', '4xx', '5xx', 'failed', 'other'];

/** How any record ended (a failure has no status). */
type Outcome = Pick<SubresourceRecord, 'statusCode' | 'error'>;

export function statusClassKey(record: Outcome): StatusClassKey {
  const status = record.statusCode;
  if (status === undefined) return record.error === undefined ? 'other' : 'failed';
  if (status >= 100 && status < 600) return `${Math.floor(status / 100)}xx` as StatusClassKey;
  return 'other';
}

/** A failed request or an error status: what "errors only" keeps. */
export function isErrorRecord(record: Outcome): boolean {
  return record.error !== undefined || (record.statusCode !== undefined && record.statusCode >= 400);
}

export type TypeCategory = 'document' | 'stylesheet' | 'script' | 'image' | 'font' | 'media' | 'fetch' | 'websocket' | 'other';

/** Each category's name in the interface's messages. */
export const TYPE_LABELS: Readonly<Record<TypeCategory, MessageKey>> = {
  document: 'panelTypeDocument',
  stylesheet: 'panelTypeCss',
  script: 'panelTypeJs',
  image: 'panelTypeImage',
  font: 'panelTypeFont',
  media: 'panelTypeMedia',
  fetch: 'panelTypeFetch',
  websocket: 'panelTypeWebsocket',
  other: 'panelTypeOther',
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
  const madeBy = row.kind === 'hop' ? row.record.madeBy : undefined;
  if (madeBy === 'browser-hsts' || madeBy === 'browser-internal') return 'browser';
  if (madeBy?.startsWith('client-')) return 'page';
  if (row.har?.serviceWorker) return 'service-worker';
  if (row.har?.fromCache === 'memory') return 'memory-cache';
  if (row.har?.fromCache === 'disk' || responseOf(row)?.fromCache === true) return 'disk-cache';
  return row.kind === 'devtools-only' ? 'devtools-only' : 'network';
}
