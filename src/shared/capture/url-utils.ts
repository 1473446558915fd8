/**
 * Small URL helpers. Parsing is only done on the main-frame path (chains are short); the hot
 * sub-resource path never parses URLs.
 */

/** The URL without its #fragment: a fragment change is the same document. */
export function stripFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Same document: equal once fragments are removed. */
export function sameDocument(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && stripFragment(a) === stripFragment(b);
}

/** `new URL` without the exception. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The scheme in lower case, without ':' ('' when there is none). */
export function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon <= 0 ? '' : url.slice(0, colon).toLowerCase();
}
