/**
 * When a redirect "lands on" the target a redirect map expects. The rules, stated once:
 *
 * - Both URLs go through the WHATWG URL parser (what the browser requests): the scheme and host are
 *   compared without case (`HTTPS://WWW.A.example` = `https://www.a.example`), an IDN equals its
 *   punycode, the default port is dropped (`:443` on https, `:80` on http), dot segments are
 *   resolved, and an empty path is `/` (`https://a.example` = `https://a.example/`).
 * - The fragment is ignored: it is never sent to the server (a Location's fragment does not change
 *   what is requested).
 * - Percent-escapes are compared without case (`%c3%a9` = `%C3%A9`, RFC 3986 6.2.2.1).
 * - Everything else is significant: the scheme (http is not https), `www.`, the path's case, the
 *   query and its order, and the trailing slash. `/new` and `/new/` are two URLs to a server and to a
 *   search engine; when that is the only difference, `differsOnlyBySlash` says so, so the verdict
 *   can say it rather than a bare "wrong target".
 */

/** The comparable form of a URL, or undefined when it is not one. */
export function comparableUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  parsed.hash = '';
  return parsed.href.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

export function sameTarget(a: string, b: string): boolean {
  const x = comparableUrl(a);
  return x !== undefined && x === comparableUrl(b);
}

/** `https://a.example/new` against `https://a.example/new/`: the same but for a trailing slash on the path. */
export function differsOnlyBySlash(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (x === undefined || y === undefined || x.path === y.path) return false;
  const bare = (p: string): string => (p.endsWith('/') ? p.slice(0, -1) : p);
  return x.origin === y.origin && x.search === y.search && bare(x.path) === bare(y.path);
}

function parts(url: string): { origin: string; path: string; search: string } | undefined {
  const comparable = comparableUrl(url);
  if (comparable === undefined) return undefined;
  const parsed = new URL(comparable);
  return { origin: parsed.origin, path: parsed.pathname, search: parsed.search };
}
