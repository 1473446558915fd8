/**
 * URLs as the UI shows them. Captured URLs come from the network: they are split for display only,
 * and become a link only when they are plain http(s) (never `javascript:`, `data:` or the like).
 */

export interface UrlParts {
  /** Scheme, `//` and any userinfo: 'https://'. */
  before: string;
  /** The host name, emphasised by the UI; '' when the text has none. */
  host: string;
  /** Port, path, query and fragment. */
  after: string;
}

const WITH_AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@\s]*@)?)(\[[^\]/?#]*\]|[^/?#:@\s]*)/i;

/** Splits a URL around its host. The three parts always join back into `url` exactly. */
export function splitUrl(url: string): UrlParts {
  const text = typeof url === 'string' ? url : '';
  const match = WITH_AUTHORITY.exec(text);
  if (!match || !match[2]) return { before: '', host: '', after: text };
  const before = match[1] ?? '';
  const host = match[2];
  return { before, host, after: text.slice(before.length + host.length) };
}

/** The URL as an `href`, only when it is http(s); undefined for anything else (javascript:, data:, garbage). */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/** The host of an http(s) URL in lower case, '' otherwise. */
export function hostOf(url: string | undefined): string {
  const href = safeHref(url);
  return href === undefined ? '' : new URL(href).host.toLowerCase();
}
