import { netName, netTextKey } from './code-keys';
import type { Protocol } from './registry-types';

/** A code as typed or received, resolved to the namespace it belongs in. */
export interface CodeQuery {
  protocol: Protocol;
  code: string;
}

const MAX_INPUT = 256;
const SIP_PREFIX = /^sip(?:\/2\.0)?[\s:]{0,8}(\d{3})(?=\s|$)/i;
const HTTP_PREFIX = /^https?(?:\/\d(?:\.\d)?)?[\s:]{1,8}(\d{3}(?:\.\d{1,3})?)(?=\s|$)/i;

/**
 * Whether a code belongs in the net namespace: it is shaped like a browser's error name, or it is a
 * message or number that a net error of `index` lists among its forms.
 */
function isNetCode(code: string, index: ReadonlyMap<string, unknown>): boolean {
  return netName(code) !== undefined || index.has(netTextKey(code));
}

/**
 * Reads what a person or a caller passes as a code: 404, '404', '404.3', '1020', 'net::ERR_X', 'ERR_X',
 * 'NS_ERROR_X', 'sip 486', 'SIP/2.0 486 Busy Here', 'HTTP/1.1 404 Not Found'. Net-error-looking strings
 * always go to the 'net' namespace; anything else stays in `protocol` (default 'http'). Never throws.
 * Sub-status codes should be strings: the number 500.30 is 500.3 by the time it arrives. `index` is the
 * index of meanings asked (the full registry's or the background's compact one), for net errors' other forms.
 */
export function parseCode(input: unknown, index: ReadonlyMap<string, unknown>, protocol: 'http' | 'sip' = 'http'): CodeQuery | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { protocol, code: String(input) } : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT).trim() : input.trim();
  if (!text) return undefined;
  if (isNetCode(text, index)) return { protocol: 'net', code: text };
  const sip = SIP_PREFIX.exec(text);
  if (sip?.[1]) return { protocol: 'sip', code: sip[1] };
  const http = HTTP_PREFIX.exec(text);
  if (http?.[1]) return { protocol: 'http', code: http[1] };
  return { protocol, code: text };
}
