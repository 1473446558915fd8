/**
 * Defensive readers for the values found in the browser's raw details objects. The browser is
 * trusted in general, but a content script's message, a future API change or a polyfill quirk can
 * put anything in a field, and the normaliser promises never to throw, so every value is checked for
 * type and bounds. The readers take values, not (object, key) pairs: callers read each field by its
 * literal name, which V8 optimises far better than one shared dynamic lookup.
 */
import { LIMITS, truncate } from './limits';

/** Every field we read from any event's details; all unknown until checked. */
export interface RawDetails {
  readonly tabId?: unknown;
  readonly requestId?: unknown;
  readonly url?: unknown;
  readonly frameId?: unknown;
  readonly parentFrameId?: unknown;
  readonly type?: unknown;
  readonly method?: unknown;
  readonly timeStamp?: unknown;
  readonly documentLifecycle?: unknown;
  readonly documentId?: unknown;
  readonly documentUrl?: unknown;
  readonly originUrl?: unknown;
  readonly initiator?: unknown;
  readonly incognito?: unknown;
  readonly thirdParty?: unknown;
  readonly statusCode?: unknown;
  readonly statusLine?: unknown;
  readonly ip?: unknown;
  readonly fromCache?: unknown;
  readonly responseHeaders?: unknown;
  readonly proxyInfo?: unknown;
  readonly redirectUrl?: unknown;
  readonly error?: unknown;
  readonly transitionType?: unknown;
  readonly transitionQualifiers?: unknown;
  readonly addedTabId?: unknown;
  readonly removedTabId?: unknown;
  readonly kind?: unknown;
  readonly fromUrl?: unknown;
  readonly toUrl?: unknown;
  readonly delaySeconds?: unknown;
  readonly nextHopProtocol?: unknown;
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, cut to `max`; undefined when not a string. */
export function asString(value: unknown, max: number = LIMITS.maxShortTextLength): string | undefined {
  return typeof value === 'string' ? truncate(value, max) : undefined;
}

/** A non-empty string (ids, urls, error names, where '' means nothing). */
export function asNonEmptyString(value: unknown, max?: number): string | undefined {
  return typeof value === 'string' && value !== '' ? truncate(value, max ?? LIMITS.maxShortTextLength) : undefined;
}

/** A URL: a non-empty string cut to the URL limit. */
export function asUrl(value: unknown): string | undefined {
  return asNonEmptyString(value, LIMITS.maxUrlLength);
}

/** A finite number (timestamps); NaN and Infinity would become null in JSON, so they are dropped. */
export function asFiniteNumber(value: unknown): number | undefined {
  // -0 as +0: JSON has no -0, so a state holding one would not read back the same from storage.
  return typeof value === 'number' && Number.isFinite(value) ? value + 0 : undefined;
}

/** An integer within [min, max] (ids, frame ids). */
export function asInteger(value: unknown, min: number, max: number): number | undefined {
  // `value + 0` turns -0 into 0: JSON (and so storage) cannot keep -0.
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value + 0 : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A tab id: tabs are >= 0; -1 (TAB_ID_NONE) and anything else means "not a tab". */
export function asTabId(value: unknown): number | undefined {
  return asInteger(value, 0, Number.MAX_SAFE_INTEGER);
}

/** A frame id: 0 or more, or -1 ("none"). */
export function asFrameId(value: unknown): number | undefined {
  return asInteger(value, -1, Number.MAX_SAFE_INTEGER);
}

/** Request ids are strings in both browsers; accept a number too, as some polyfills pass one. */
export function asRequestId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return asNonEmptyString(value, 64);
}

/**
 * A status code. Only 100..999 is an HTTP status; 0 (Firefox's "no status"), NaN, negative or
 * fractional values mean the browser had none, and we never invent one.
 */
export function asStatusCode(value: unknown): number | undefined {
  return asInteger(value, 100, 999);
}

/** An array of strings (transition qualifiers), dropping anything that is not a string. */
export function asStringList(value: unknown, maxItems: number): string[] {
  const out: string[] = [];
  if (!Array.isArray(value)) return out;
  const n = Math.min(value.length, maxItems);
  for (let i = 0; i < n; i++) {
    const item: unknown = value[i];
    if (typeof item === 'string') out.push(truncate(item, 64));
  }
  return out;
}
