/**
 * What an export must not leak. Reports get pasted into tickets, chats and spreadsheets, so by default
 * every value that can carry a secret is replaced by `[redacted]`:
 *
 * - credential headers (Cookie, Set-Cookie, Authorization, API keys, CSRF and session tokens),
 * - credentials in a URL's authority (`https://user:pass@host/` → `https://[redacted]@host/`),
 * - the values of query (and fragment) parameters whose name says they are secret (`?token=…`).
 *
 * The rules work on the text as it is, without `new URL()`, so that everything that is not a secret
 * stays byte for byte what the browser reported (no re-encoding, no punycode), and so that relative
 * and malformed URLs are handled too. Nothing here throws.
 */
import type { HeaderEntry } from '../capture/capture-event';

export const REDACTED = '[redacted]';

/** Headers whose whole value is a credential. */
const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'cookie',
  'cookie2',
  'set-cookie',
  'set-cookie2',
  'authorization',
  'proxy-authorization',
  'authentication-info', // digest response auth (rspauth, nextnonce)
  'proxy-authentication-info',
  'x-api-key',
  'api-key',
  'x-auth',
  'x-auth-token',
  'x-access-token',
  'x-refresh-token',
  'x-csrf-token',
  'x-xsrf-token',
  'x-csrftoken',
  'csrf-token',
  'x-session-id',
  'x-session-token',
  'x-amz-security-token',
  'x-goog-api-key',
  'x-vault-token',
  'x-github-otp',
]);

/**
 * Headers that look secret by name but are not: the authentication challenges say how to log in, not
 * who logged in, and they are what explains a 401 or 407.
 */
const PUBLIC_HEADERS: ReadonlySet<string> = new Set(['www-authenticate', 'proxy-authenticate']);

/** Name patterns for the many vendor-specific credential headers no list can enumerate. */
const SECRET_HEADER_PATTERN = /(?:token|secret|passw(?:or)?d|api[-_]?key|cookie|authorization|credential|session)/;

/** True when a header's value is a credential and must not appear in an export. */
export function isSecretHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (PUBLIC_HEADERS.has(lower)) return false;
  return SECRET_HEADERS.has(lower) || SECRET_HEADER_PATTERN.test(lower);
}

/** Query parameter names whose value is a secret (compared in lower case, after percent-decoding). */
const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'token',
  'access_token',
  'id_token',
  'refresh_token',
  'code', // OAuth authorization code
  'password',
  'passwd',
  'pwd',
  'secret',
  'client_secret',
  'key',
  'api_key',
  'apikey',
  'api-key',
  'sig',
  'signature',
  'session',
  'sessionid',
  'session_id',
  'auth',
  'jsessionid',
  'phpsessid',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
  'credential',
  'credentials',
]);

/** Suffixes that make any name secret: `oauth_token`, `csrfToken`, `aws_secret`, `userPassword`, `X-Goog-Signature`. */
const SECRET_PARAM_SUFFIX = /(?:token|secret|password|passwd|signature|apikey|api_key|sessionid)$/;

/** True when a query parameter's value is a secret. `name` may be percent-encoded (`%74oken`). */
export function isSecretParam(name: string): boolean {
  const lower = decodeComponent(name).trim().toLowerCase();
  return SECRET_PARAMS.has(lower) || SECRET_PARAM_SUFFIX.test(lower);
}

/** `decodeURIComponent` with form encoding's '+', without the URIError on a stray '%'. */
function decodeComponent(text: string): string {
  const plus = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}

/** `a=1&token=x&b` with the secret values replaced. Empty values stay empty: there is nothing to hide. */
function redactParams(params: string): string {
  return params
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0 || eq === pair.length - 1) return pair;
      return isSecretParam(pair.slice(0, eq)) ? `${pair.slice(0, eq + 1)}${REDACTED}` : pair;
    })
    .join('&');
}

/** `;jsessionid=ABC` path parameters (Java servlet containers put session ids in the path). */
const PATH_SESSION = /;(jsessionid|phpsessid|sessionid|sid)=[^;/?#]*/gi;

/** scheme:// or a scheme-relative //, then the authority up to the path, query or fragment. */
const AUTHORITY = /^([a-z][a-z0-9+.-]*:)?\/\/([^/?#\\]*)/i;

/**
 * The URL with credentials and secret parameters replaced by `[redacted]`. Works on absolute,
 * scheme-relative and relative URLs and on text that is not a URL at all (returned as is).
 */
export function redactUrl(url: string): string {
  if (typeof url !== 'string' || url === '') return '';
  let rest = url;
  let head = '';
  const authority = AUTHORITY.exec(url);
  if (authority) {
    const scheme = authority[1] ?? '';
    const host = authority[2] ?? '';
    // The host starts after the last '@': 'user:p@ss@host' is user 'user', password 'p@ss'.
    const at = host.lastIndexOf('@');
    head = `${scheme}//${at >= 0 ? `${REDACTED}@${host.slice(at + 1)}` : host}`;
    rest = url.slice(authority[0].length);
  }
  const hash = rest.indexOf('#');
  let fragment = hash >= 0 ? rest.slice(hash + 1) : undefined;
  if (hash >= 0) rest = rest.slice(0, hash);
  const question = rest.indexOf('?');
  let path = question >= 0 ? rest.slice(0, question) : rest;
  const query = question >= 0 ? rest.slice(question + 1) : undefined;
  path = path.replace(PATH_SESSION, (_match, name: string) => `;${name}=${REDACTED}`);
  // OAuth's implicit flow returns tokens in the fragment (#access_token=...): treat a fragment with
  // parameters like a query. A plain '#section' has no '=' and is left alone.
  if (fragment !== undefined && fragment.includes('=')) fragment = redactParams(fragment);
  return `${head}${path}${query !== undefined ? `?${redactParams(query)}` : ''}${fragment !== undefined ? `#${fragment}` : ''}`;
}

/** Absolute URLs inside free text (error messages, Refresh and Link headers, finding messages). */
const URL_IN_TEXT = /[a-z][a-z0-9+.-]{0,31}:\/\/[^\s<>"'`]+/gi;

/** What closes a sentence or a list rather than a URL: 'see https://a/?token=x.' ends at 'x'. (Quotes never reach here: URL_IN_TEXT stops at them.) */
const SENTENCE_END = /[.,;:!?]$/;
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const BRACKETS = '()[]{}';

/**
 * The end of a URL found in free text, without the punctuation written after it: a trailing '.', ',',
 * ';' … and a closing bracket the URL did not open ('(see https://a/b)'; 'https://a/Foo_(bar)' keeps
 * its own). Without this, a secret value swallowed the sentence's full stop when it was redacted.
 */
function urlEnd(match: string): number {
  // Counted once, so a URL ending in thousands of brackets costs one pass, not one per bracket.
  const count = new Map<string, number>();
  for (const char of match) if (BRACKETS.includes(char)) count.set(char, (count.get(char) ?? 0) + 1);
  let end = match.length;
  while (end > 0) {
    const last = match[end - 1] ?? '';
    const opener = CLOSERS[last];
    const unopened = opener !== undefined && (count.get(last) ?? 0) > (count.get(opener) ?? 0);
    if (!SENTENCE_END.test(last) && !unopened) break;
    if (unopened) count.set(last, (count.get(last) ?? 0) - 1);
    end--;
  }
  return end;
}

/** Free text with every absolute URL in it redacted; the punctuation after a URL is kept as written. */
export function redactUrlsInText(text: string): string {
  if (typeof text !== 'string') return '';
  // Most values hold no URL; skipping the regex keeps a megabyte header value cheap.
  if (!text.includes('://')) return text;
  return text.replace(URL_IN_TEXT, (match) => {
    const end = urlEnd(match);
    return redactUrl(match.slice(0, end)) + match.slice(end);
  });
}

/** Headers whose value is one URL, possibly relative (`Location: /login?token=...`). */
const URL_HEADERS: ReadonlySet<string> = new Set(['location', 'content-location', 'referer', 'origin']);

/** `Refresh: 5; url=/next?token=...`: the URL part may be relative, so the free-text rule would miss it. */
const REFRESH_URL = /(url\s*=\s*['"]?)([^'"]*)/i;

/** One header's value as an export may show it. */
export function redactHeaderValue(name: string, value: string): string {
  if (typeof value !== 'string') return '';
  const lower = typeof name === 'string' ? name.trim().toLowerCase() : '';
  if (isSecretHeader(lower)) return value === '' ? '' : REDACTED;
  if (URL_HEADERS.has(lower)) return redactUrl(value);
  if (lower === 'refresh') return value.replace(REFRESH_URL, (_m, prefix: string, target: string) => prefix + redactUrl(target));
  return redactUrlsInText(value);
}

/**
 * A copy of `headers` with credential values replaced by `[redacted]` and secrets in URL-valued
 * headers removed. Names are kept (knowing a Set-Cookie was sent is useful; its value is not).
 * Entries that are not `{ name: string, value: string }` are dropped. Never mutates its input.
 */
export function redactHeaders(headers: readonly HeaderEntry[]): HeaderEntry[] {
  if (!Array.isArray(headers)) return [];
  const out: HeaderEntry[] = [];
  for (const header of headers as readonly unknown[]) {
    if (typeof header !== 'object' || header === null) continue;
    const { name, value } = header as { name?: unknown; value?: unknown };
    if (typeof name !== 'string') continue;
    out.push({ name, value: redactHeaderValue(name, typeof value === 'string' ? value : '') });
  }
  return out;
}
