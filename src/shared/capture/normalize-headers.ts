/**
 * Turns a raw `responseHeaders` array into HeaderEntry[]. Chrome gives `{ name, value }` or
 * `{ name, binaryValue: number[] }` (bytes it could not decode as UTF-8); Firefox gives `{ name, value }`.
 * A response can carry very many or very long headers, so the list is bounded here, before anything
 * else looks at it.
 */
import type { HeaderEntry } from './capture-event';
import { LIMITS, truncate } from './limits';
import { isRecord } from './raw-fields';

/** Returns undefined when the field is absent or not an array (the listener asked for no headers). */
export function normalizeHeaders(raw: unknown): HeaderEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: HeaderEntry[] = [];
  const n = Math.min(raw.length, LIMITS.maxHeadersPerResponse);
  for (let i = 0; i < n; i++) {
    const item: unknown = raw[i];
    if (!isRecord(item)) continue;
    const name = item['name'];
    if (typeof name !== 'string' || name === '' || name.length > LIMITS.maxHeaderNameLength) continue;
    const value = headerValue(item['value'], item['binaryValue']);
    if (value === undefined) continue;
    out.push({ name, value: truncate(value, LIMITS.maxRawHeaderValueLength) });
  }
  return out;
}

function headerValue(value: unknown, binaryValue: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(binaryValue)) return undefined;
  // Latin-1 keeps one character per byte, so no byte sequence can make decoding fail.
  const n = Math.min(binaryValue.length, LIMITS.maxRawHeaderValueLength + 1);
  let text = '';
  for (let i = 0; i < n; i++) {
    const byte: unknown = binaryValue[i];
    if (typeof byte === 'number' && Number.isInteger(byte) && byte >= 0 && byte <= 255) {
      text += String.fromCharCode(byte);
    }
  }
  return text;
}

/** The value of the first header called `name` (case-insensitive, as HTTP header names are). */
export function findHeader(headers: readonly HeaderEntry[] | undefined, lowerName: string): string | undefined {
  if (headers === undefined) return undefined;
  for (const header of headers) {
    if (header.name.length === lowerName.length && header.name.toLowerCase() === lowerName) return header.value;
  }
  return undefined;
}
