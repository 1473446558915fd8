/**
 * One request as DevTools' network log saw it (a HAR entry), reduced to the plain JSON the panel
 * needs. HAR entries come from the browser but describe what a page's servers sent, so every field is
 * read defensively and capped like the capture core caps its own.
 */
import type { HeaderEntry } from '../shared/capture/capture-event';
import { LIMITS, truncate } from '../shared/capture/limits';
import { BODY_LIMIT } from '../shared/registry';
import { normalizeHttpVersion } from '../shared/registry/status-line';

/** Where DevTools says the response came from, beyond the network. */
type HarCacheSource = 'memory' | 'disk';

interface HarTimings {
  blocked?: number;
  dns?: number;
  connect?: number;
  ssl?: number;
  send?: number;
  wait?: number;
  receive?: number;
}

export interface HarRecord {
  /** Identifies the entry across getHAR() and onRequestFinished, which may both report it. */
  key: string;
  url: string;
  method: string;
  /** 0 when the request got no response. */
  status: number;
  statusText: string;
  /** 'HTTP/1.1', 'HTTP/2', 'HTTP/3'; absent when DevTools did not know. */
  httpVersion?: string;
  /** Milliseconds since the epoch. */
  startedAt: number;
  /** Total time in milliseconds. */
  duration?: number;
  /** Chromium's `_resourceType` ('document', 'script', 'fetch', ...). */
  resourceType?: string;
  fromCache?: HarCacheSource;
  /** Chromium: a service worker answered. */
  serviceWorker?: boolean;
  /** Chromium: where the service worker got it ('cache-storage', 'network', ...). */
  serviceWorkerSource?: string;
  /** Bytes on the wire, headers included. */
  transferSize?: number;
  serverIp?: string;
  redirectUrl?: string;
  mimeType?: string;
  headers: HeaderEntry[];
  timings?: HarTimings;
  /** Chromium's `_error` for a request that failed ('net::ERR_CONNECTION_RESET'). */
  error?: string;
  /** The start of an error response's body (status ≥ 400), read with getContent. */
  body?: string;
  bodyTruncated?: boolean;
}

/** Bodies are read only for these: error pages are where servers and CDNs say more than their status. */
export function wantsBody(record: HarRecord): boolean {
  return record.status >= 400;
}

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null ? (value as Obj) : undefined;
}

function str(value: unknown, max: number = LIMITS.maxShortTextLength): string | undefined {
  return typeof value === 'string' ? truncate(value, max) : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** HAR uses -1 for "does not apply". */
function phase(value: unknown): number | undefined {
  const n = num(value);
  return n !== undefined && n >= 0 ? n : undefined;
}

/** Only what a network request can have: data:, blob: and extension URLs are not answers from a server. */
export function isNetworkUrl(url: string): boolean {
  return /^(?:https?|wss?):\/\//i.test(url);
}

function readHeaders(value: unknown): HeaderEntry[] {
  if (!Array.isArray(value)) return [];
  const out: HeaderEntry[] = [];
  for (const item of value) {
    if (out.length >= LIMITS.maxHeadersPerResponse) break;
    const h = obj(item);
    const name = typeof h?.['name'] === 'string' ? h['name'] : undefined;
    if (name === undefined || name === '' || name.length > LIMITS.maxHeaderNameLength) continue;
    out.push({ name, value: str(h?.['value'], 4096) ?? '' });
  }
  return out;
}

function readTimings(value: unknown): HarTimings | undefined {
  const t = obj(value);
  if (!t) return undefined;
  const out: HarTimings = {};
  for (const name of ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const) {
    const v = phase(t[name]);
    if (v !== undefined) out[name] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Turns a HAR entry (Chromium's or Firefox's) into a record; undefined for what is not a network request. */
export function toHarRecord(entry: unknown): HarRecord | undefined {
  const e = obj(entry);
  const request = obj(e?.['request']);
  const response = obj(e?.['response']);
  if (!e || !request || !response) return undefined;
  const url = typeof request['url'] === 'string' ? request['url'] : '';
  if (!isNetworkUrl(url)) return undefined;
  const startedDateTime = typeof e['startedDateTime'] === 'string' ? e['startedDateTime'] : '';
  const startedAt = Date.parse(startedDateTime);
  if (!Number.isFinite(startedAt)) return undefined;

  const method = (str(request['method'], 32) ?? 'GET').toUpperCase() || 'GET';
  const rawStatus = num(response['status']);
  const status = rawStatus !== undefined && Number.isInteger(rawStatus) && rawStatus >= 100 && rawStatus <= 999 ? rawStatus : 0;
  const error = str(response['_error']);
  // Seen in Chromium 156: a page loading many images also yields stub entries for them (status 0,
  // time 0, no headers, no error) next to the real ones. No status and no error is no outcome at all.
  if (status === 0 && !error) return undefined;
  const record: HarRecord = {
    key: `${startedDateTime}|${method}|${url.slice(0, 2048)}|${status}`,
    url: truncate(url, LIMITS.maxUrlLength),
    method,
    status,
    statusText: str(response['statusText']) ?? '',
    startedAt,
    headers: readHeaders(response['headers']),
  };
  const version = normalizeHttpVersion(response['httpVersion']);
  if (version !== undefined && status !== 0) record.httpVersion = version;
  const duration = phase(e['time']);
  if (duration !== undefined) record.duration = duration;
  const resourceType = str(e['_resourceType'], 64);
  if (resourceType) record.resourceType = resourceType;
  const fromCache = e['_fromCache'];
  if (fromCache === 'memory' || fromCache === 'disk') record.fromCache = fromCache;
  if (response['_fetchedViaServiceWorker'] === true) {
    record.serviceWorker = true;
    const swSource = str(response['_serviceWorkerResponseSource'], 64);
    if (swSource) record.serviceWorkerSource = swSource;
  }
  const transferSize = phase(response['_transferSize']);
  if (transferSize !== undefined) record.transferSize = transferSize;
  const ip = str(e['serverIPAddress'], 64);
  if (ip) record.serverIp = ip.replace(/^\[(.*)\]$/, '$1');
  const redirect = str(response['redirectURL'], LIMITS.maxUrlLength);
  if (redirect) record.redirectUrl = resolveUrl(redirect, url);
  const content = obj(response['content']);
  const mimeType = str(content?.['mimeType'], 128);
  if (mimeType) record.mimeType = mimeType;
  const timings = readTimings(e['timings']);
  if (timings) record.timings = timings;
  if (error) record.error = error;
  return record;
}

/** HAR's redirectURL is the Location header as sent, often relative ('/next'). */
function resolveUrl(target: string, base: string): string {
  try {
    return new URL(target, base).href;
  } catch {
    return target;
  }
}

/**
 * The text of a body from getContent: at most BODY_LIMIT characters, base64 decoded as UTF-8.
 * Returns undefined for no body (redirects, binary content that is not text).
 */
export function decodeBody(content: unknown, encoding: unknown): { text: string; truncated: boolean } | undefined {
  if (typeof content !== 'string' || content === '') return undefined;
  if (encoding === 'base64') {
    // 4 base64 characters carry 3 bytes: decode only what the limit needs.
    const maxChars = Math.ceil(BODY_LIMIT / 3) * 4;
    try {
      const binary = atob(content.slice(0, maxChars));
      const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).slice(0, BODY_LIMIT);
      return { text, truncated: content.length > maxChars };
    } catch {
      return undefined;
    }
  }
  return { text: content.slice(0, BODY_LIMIT), truncated: content.length > BODY_LIMIT };
}
