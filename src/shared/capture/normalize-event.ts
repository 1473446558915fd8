/**
 * Raw browser event details -> CaptureEvent. The background script's listeners stay one line each:
 * `dispatch(normalizeEvent('webRequest.onBeforeRedirect', details))`.
 *
 * Both browsers' shapes are accepted: Chrome's (`initiator`, `documentId`, `documentLifecycle`,
 * `frameType`, headers only with 'extraHeaders') and Firefox's (`documentUrl`, `originUrl`,
 * `urlClassification`, `proxyInfo`, `thirdParty`, `frameAncestors`, `cookieStoreId`, `incognito`).
 * Fields we do not use are ignored rather than rejected, so new browser fields cannot break capture.
 *
 * Never throws: anything unusable (no tab, no url, no request id, wrong types) yields undefined.
 */
import type {
  CaptureEvent,
  ClientRedirectHintEvent,
  DocumentProtocolEvent,
  NavigationInfo,
  RequestInfo,
  ResponseInfo,
  StatusLineVersion,
} from './capture-event';
import { normalizeHttpVersion } from '../registry/status-line';
import { LIMITS } from './limits';
import { normalizeHeaders } from './normalize-headers';
import {
  type RawDetails,
  asBoolean,
  asFiniteNumber,
  asFrameId,
  asInteger,
  asNonEmptyString,
  asRequestId,
  asStatusCode,
  asString,
  asStringList,
  asTabId,
  asUrl,
  isRecord,
} from './raw-fields';

/**
 * `details` is the listener's first argument, except for the tabs events, whose listeners get
 * positional arguments: pass `{ tabId }` (or the bare tabId) for tabs.onRemoved and
 * `{ addedTabId, removedTabId }` for tabs.onReplaced. For the content-script hint pass the message
 * with `tabId` taken from `sender.tab.id` (never from the message itself, which the page could forge).
 *
 * `statusLineVersion` comes from the browser adapter. Unless told the version is reported, it is
 * dropped: a version nobody vouches for must not reach a screen as the protocol.
 */
export function normalizeEvent(name: string, details: unknown, statusLineVersion: StatusLineVersion = 'synthesized'): CaptureEvent | undefined {
  try {
    return normalizeUnsafe(name, details, statusLineVersion);
  } catch {
    // Only a hostile object (throwing getter, revoked proxy) gets here; such an event is dropped.
    return undefined;
  }
}

function normalizeUnsafe(name: string, details: unknown, version: StatusLineVersion): CaptureEvent | undefined {
  if (name === 'tabs.onRemoved') return tabRemoved(details);
  if (!isRecord(details)) return undefined;
  const raw: RawDetails = details;
  switch (name) {
    case 'webRequest.onBeforeRequest': {
      const base = requestInfo(raw);
      return base && Object.assign(base, { kind: 'before-request' as const });
    }
    case 'webRequest.onBeforeRedirect': {
      const base = requestInfo(raw);
      const redirectUrl = asUrl(raw.redirectUrl);
      if (!base || redirectUrl === undefined) return undefined;
      return Object.assign(addResponseInfo(base, raw, version), { kind: 'before-redirect' as const, redirectUrl });
    }
    case 'webRequest.onResponseStarted': {
      const base = requestInfo(raw);
      return base && Object.assign(addResponseInfo(base, raw, version), { kind: 'response-started' as const });
    }
    case 'webRequest.onCompleted': {
      const base = requestInfo(raw);
      return base && Object.assign(addResponseInfo(base, raw, version), { kind: 'completed' as const });
    }
    case 'webRequest.onErrorOccurred': {
      const base = requestInfo(raw);
      const error = asNonEmptyString(raw.error);
      if (!base || error === undefined) return undefined;
      const event = Object.assign(base, { kind: 'error' as const, error });
      const fromCache = asBoolean(raw.fromCache);
      return fromCache === undefined ? event : Object.assign(event, { fromCache });
    }
    case 'webNavigation.onBeforeNavigate': {
      const base = navigationInfo(raw);
      return base && Object.assign(base, { kind: 'navigation-before' as const });
    }
    case 'webNavigation.onCommitted':
    case 'webNavigation.onHistoryStateUpdated': {
      const base = navigationInfo(raw);
      if (!base) return undefined;
      const kind = name === 'webNavigation.onCommitted' ? ('navigation-committed' as const) : ('history-state-updated' as const);
      const transitionQualifiers = asStringList(raw.transitionQualifiers, LIMITS.maxQualifiers);
      const transitionType = asNonEmptyString(raw.transitionType, 64);
      return transitionType === undefined
        ? Object.assign(base, { kind, transitionQualifiers })
        : Object.assign(base, { kind, transitionType, transitionQualifiers });
    }
    case 'webNavigation.onCompleted': {
      const base = navigationInfo(raw);
      return base && Object.assign(base, { kind: 'navigation-completed' as const });
    }
    case 'webNavigation.onErrorOccurred': {
      const base = navigationInfo(raw);
      const error = asNonEmptyString(raw.error);
      return base && error !== undefined ? Object.assign(base, { kind: 'navigation-error' as const, error }) : undefined;
    }
    case 'tabs.onReplaced': {
      const addedTabId = asTabId(raw.addedTabId);
      const removedTabId = asTabId(raw.removedTabId);
      return addedTabId !== undefined && removedTabId !== undefined && addedTabId !== removedTabId
        ? { kind: 'tab-replaced', addedTabId, removedTabId }
        : undefined;
    }
    case 'content.clientRedirectHint':
      return clientRedirectHint(raw);
    case 'content.documentProtocol':
      return documentProtocol(raw);
    default:
      return undefined;
  }
}

function tabRemoved(details: unknown): CaptureEvent | undefined {
  const tabId = asTabId(isRecord(details) ? (details as RawDetails).tabId : details);
  return tabId === undefined ? undefined : { kind: 'tab-removed', tabId };
}

function requestInfo(raw: RawDetails): RequestInfo | undefined {
  const tabId = asTabId(raw.tabId);
  const requestId = asRequestId(raw.requestId);
  const url = asUrl(raw.url);
  if (tabId === undefined || requestId === undefined || url === undefined) return undefined;
  const info: RequestInfo = {
    tabId,
    requestId,
    url,
    frameId: asFrameId(raw.frameId) ?? -1,
    parentFrameId: asFrameId(raw.parentFrameId) ?? -1,
    type: asNonEmptyString(raw.type, 32) ?? 'other',
  };
  // Only defined values are set: events must survive JSON unchanged, like the state.
  const timeStamp = asFiniteNumber(raw.timeStamp);
  if (timeStamp !== undefined) info.timeStamp = timeStamp;
  const method = asNonEmptyString(raw.method, 16);
  if (method !== undefined) info.method = method;
  const documentLifecycle = asNonEmptyString(raw.documentLifecycle, 32);
  if (documentLifecycle !== undefined) info.documentLifecycle = documentLifecycle;
  const documentId = asNonEmptyString(raw.documentId, 64);
  if (documentId !== undefined) info.documentId = documentId;
  // Firefox's documentUrl is the full page URL; Chrome's initiator is only an origin, but it is all Chrome gives.
  const documentUrl = asUrl(raw.documentUrl) ?? asUrl(raw.originUrl) ?? asUrl(raw.initiator);
  if (documentUrl !== undefined) info.documentUrl = documentUrl;
  const incognito = asBoolean(raw.incognito);
  if (incognito !== undefined) info.incognito = incognito;
  const thirdParty = asBoolean(raw.thirdParty);
  if (thirdParty !== undefined) info.thirdParty = thirdParty;
  return info;
}

function addResponseInfo<T extends RequestInfo>(info: T, raw: RawDetails, version: StatusLineVersion): T & ResponseInfo {
  const out: T & ResponseInfo = info;
  const statusCode = asStatusCode(raw.statusCode);
  if (statusCode !== undefined) out.statusCode = statusCode;
  const line = asNonEmptyString(raw.statusLine);
  const statusLine = line !== undefined && version === 'synthesized' ? withoutVersion(line) : line;
  if (statusLine !== undefined) out.statusLine = statusLine;
  const ip = asNonEmptyString(raw.ip, 64);
  if (ip !== undefined) out.ip = ip;
  const fromCache = asBoolean(raw.fromCache);
  if (fromCache !== undefined) out.fromCache = fromCache;
  const headers = normalizeHeaders(raw.responseHeaders);
  if (headers !== undefined) out.responseHeaders = headers;
  // Firefox: proxyInfo is null without a proxy, an object with one.
  if (isRecord(raw.proxyInfo)) out.viaProxy = true;
  return out;
}

// Bounded repeats: the line comes from the network.
const LEADING_VERSION = /^[ \t]{0,16}HTTP\/\d{1,2}(?:\.\d{1,2})?(?:[ \t]{1,16}|$)/i;

/**
 * 'HTTP/1.1 301 Moved Permanently' → '301 Moved Permanently'; 'HTTP/1.1 200' → '200'. The only place
 * a synthesized version is dropped, so every display and export downstream shows what is left. A line
 * of nothing but a version leaves nothing.
 */
function withoutVersion(line: string): string | undefined {
  const rest = line.replace(LEADING_VERSION, '');
  return rest === '' ? undefined : rest;
}

function navigationInfo(raw: RawDetails): NavigationInfo | undefined {
  const tabId = asTabId(raw.tabId);
  const url = asUrl(raw.url);
  const frameId = asInteger(raw.frameId, 0, Number.MAX_SAFE_INTEGER);
  if (tabId === undefined || url === undefined || frameId === undefined) return undefined;
  const info: NavigationInfo = { tabId, url, frameId };
  const timeStamp = asFiniteNumber(raw.timeStamp);
  if (timeStamp !== undefined) info.timeStamp = timeStamp;
  const documentLifecycle = asNonEmptyString(raw.documentLifecycle, 32);
  if (documentLifecycle !== undefined) info.documentLifecycle = documentLifecycle;
  const documentId = asNonEmptyString(raw.documentId, 64);
  if (documentId !== undefined) info.documentId = documentId;
  return info;
}

function documentProtocol(raw: RawDetails): DocumentProtocolEvent | undefined {
  const tabId = asTabId(raw.tabId);
  const url = asUrl(raw.url);
  // An ALPN id ('h2', 'http/1.1', 'h3'); '' when the page does not know (a cached or local document).
  const httpVersion = normalizeHttpVersion(asString(raw.nextHopProtocol, 32));
  if (tabId === undefined || url === undefined || httpVersion === undefined) return undefined;
  const event: DocumentProtocolEvent = { kind: 'document-protocol', tabId, url, httpVersion, frameId: asInteger(raw.frameId, 0, Number.MAX_SAFE_INTEGER) ?? 0 };
  const timeStamp = asFiniteNumber(raw.timeStamp);
  if (timeStamp !== undefined) event.timeStamp = timeStamp;
  return event;
}

function clientRedirectHint(raw: RawDetails): ClientRedirectHintEvent | undefined {
  const tabId = asTabId(raw.tabId);
  const kind = asString(raw.kind, 32);
  const fromUrl = asUrl(raw.fromUrl);
  const toUrl = asUrl(raw.toUrl);
  if (tabId === undefined || fromUrl === undefined || toUrl === undefined) return undefined;
  if (kind !== 'meta-refresh' && kind !== 'javascript') return undefined;
  const hint: ClientRedirectHintEvent = {
    kind: 'client-redirect-hint',
    tabId,
    redirectKind: kind,
    fromUrl,
    toUrl,
    frameId: asInteger(raw.frameId, 0, Number.MAX_SAFE_INTEGER) ?? 0,
  };
  const delay = asFiniteNumber(raw.delaySeconds);
  if (delay !== undefined && delay >= 0) hint.delaySeconds = delay;
  const timeStamp = asFiniteNumber(raw.timeStamp);
  if (timeStamp !== undefined) hint.timeStamp = timeStamp;
  return hint;
}
