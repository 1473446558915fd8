/**
 * Parsing the status line a browser reports ('HTTP/1.1 404 Not Found', 'HTTP/2 200', 'SIP/2.0 486 Busy
 * Here'), or what the capture core keeps of one whose version the browser made up ('404 Not Found').
 */

export interface StatusLine {
  protocol: 'http' | 'sip';
  /** '1.1', '2', '2.0', ...; absent when the line has none (Chromium's is dropped: it always says 1.1). */
  version?: string;
  status: number;
  /** The reason phrase as sent, trimmed; '' when absent (HTTP/2 and HTTP/3 never send one). */
  phrase: string;
}

const MAX_LINE = 1024;
// Bounded repeats everywhere: the line comes from the network.
const STATUS_LINE = /^[ \t]{0,16}(HTTP|SIP)\/(\d{1,2}(?:\.\d{1,2})?)[ \t]{1,16}(\d{3})(?:[ \t]{1,16}([^\r\n]{0,512}))?/i;
// Without a version the code must stand alone, so that '2000 things' is not read as 200.
const WITHOUT_VERSION = /^[ \t]{0,16}(\d{3})(?=[ \t\r\n]|$)(?:[ \t]{1,16}([^\r\n]{0,512}))?/;

/** Undefined for anything that is not a status line. Never throws. */
export function parseStatusLine(line: unknown): StatusLine | undefined {
  if (typeof line !== 'string') return undefined;
  const text = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
  const m = STATUS_LINE.exec(text);
  if (m?.[1] && m[2] && m[3]) {
    return { protocol: m[1].toLowerCase() === 'sip' ? 'sip' : 'http', version: m[2], status: Number(m[3]), phrase: (m[4] ?? '').trim() };
  }
  // Only HTTP responses reach the capture core, which is what drops a version.
  const bare = WITHOUT_VERSION.exec(text);
  return bare?.[1] ? { protocol: 'http', status: Number(bare[1]), phrase: (bare[2] ?? '').trim() } : undefined;
}

/** For comparing reason phrases: case, punctuation and spacing do not count ('Request-URI Too Long'). */
export function normalizePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One name for a protocol however it is written: DevTools' 'http/1.1' or 'h2', an ALPN id as a page's
 * `nextHopProtocol` gives it ('h3'), a status line's 'HTTP/2.0'. 'http/1.1' → 'HTTP/1.1', 'h2' → 'HTTP/2',
 * 'h3' → 'HTTP/3'; nothing for 'unknown' or ''.
 */
export function normalizeHttpVersion(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase().slice(0, 32);
  if (v === '' || v === 'unknown') return undefined;
  if (v === 'h2' || v === 'http/2' || v === 'http/2.0') return 'HTTP/2';
  if (v === 'h3' || v === 'http/3' || v === 'http/3.0') return 'HTTP/3';
  if (v.startsWith('h3-')) return `HTTP/3 (${v})`;
  if (v === 'http/1.1' || v === 'http/1.0' || v === 'http/0.9') return v.toUpperCase();
  return v;
}
