/**
 * A curl command that replays the chain from its first URL, for a developer to check the server side
 * from a terminal: `curl -sIL --max-redirs 20 --globoff 'URL'`.
 *
 * The command will be pasted into a shell, so it is built to be inert whatever the URL holds: the URL is
 * single-quoted (see shell-quote.ts), comment lines cannot contain a line break, only http(s) URLs are
 * ever given to curl (so a hostile value can never start with '-' and be read as an option, nor use
 * file:// or another protocol), and `--globoff` stops curl from reading '[...]' and '{...}' (which
 * `[redacted]` and IPv6 literals contain) as URL ranges.
 *
 * The comments stay in English, as the command does; the labels they quote from the shared words (who
 * made a hop, why nothing was observed) are in the interface's language, as in the other formats.
 */
import type { Hop, PageLoad } from '../capture/capture-state';
import type { I18n } from '../i18n/create-i18n';
import { madeByLabel } from '../words/made-by-words';
import { hopNumber, notObservedText } from './report-phrases';
import { REDACTED } from './redact';
import { isPlainWord, shellComment, shellQuote } from './shell-quote';
import { TRUNCATION_MARKER } from './clean-text';

export const CURL_PREFIX = 'curl -sIL --max-redirs 20 --globoff';

const HTTP_URL = /^https?:\/\/[^/?#\s]/i;

/**
 * Non-ASCII characters of the path and query percent-encoded as UTF-8, which is what the browser sent
 * on the wire; it also keeps invisible or right-to-left characters from disguising the command.
 * The authority is left alone: an internationalised host must not be percent-encoded.
 */
function asciiUrl(url: string): string {
  const head = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? '';
  const tail = url.slice(head.length);
  const encoder = new TextEncoder();
  // Code points, not code units: a lone surrogate is encoded as U+FFFD by TextEncoder instead of throwing.
  const encoded = Array.from(tail, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x21 && cp <= 0x7e) return ch;
    return Array.from(encoder.encode(ch), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }).join('');
  return head + encoded;
}

function chainSummary(load: PageLoad): string {
  const codes = load.chain.map((hop) => (hop.statusCode !== undefined ? String(hop.statusCode) : (hop.error ?? '?')));
  const hops = load.chain.length === 1 ? '1 hop' : `${load.chain.length} hops`;
  return `${hops}: ${codes.join(' → ')}`;
}

/** What curl will not do like the browser did, said up front so nobody mistakes a difference for a bug. */
function caveats(load: PageLoad, first: Hop | undefined, url: string, i18n: I18n): string[] {
  const notes: string[] = [];
  const hsts = load.chain.flatMap((hop, i) => (hop.madeBy === 'browser-hsts' ? [hopNumber(load, i)] : []));
  if (hsts.length > 0) {
    notes.push(
      `Hop ${hsts.join(', ')} was the browser's own HSTS upgrade: curl does not know the site's HSTS policy, so the server answers the http URL itself.`,
    );
  }
  const client = load.chain.findIndex((hop) => hop.madeBy?.startsWith('client-') === true);
  if (client >= 0) {
    notes.push(
      `curl follows HTTP redirects only: the chain continues client-side at hop ${hopNumber(load, client)} (${madeByLabel(load.chain[client]?.madeBy, i18n)}), which curl will not follow.`,
    );
  }
  if (first === undefined) {
    notes.push(
      `No request was observed for this page (${load.final === undefined ? notObservedText(load, i18n) : 'nothing was seen'}): this asks the server for it now.`,
    );
  } else if (!isGetOrHead(first.method)) {
    notes.push(
      `The first request was a ${first.method}: its body is not reproduced, and curl keeps -X for every redirect it follows (browsers switch to GET after 301, 302 and 303).`,
    );
  }
  if (load.droppedHops > 0) notes.push(`The first ${load.droppedHops} hops were not kept: this starts from the oldest kept hop.`);
  if (url.includes(REDACTED)) notes.push('Secrets in the URL were replaced by [redacted]: the server will receive that text, not the original value.');
  if (url.endsWith(TRUNCATION_MARKER)) notes.push('The URL was too long and was cut: this request will not match the original.');
  return notes;
}

function isGetOrHead(method: string): boolean {
  const upper = method.toUpperCase();
  return upper === 'GET' || upper === 'HEAD';
}

export function formatCurl(load: PageLoad, _redacted: boolean, i18n: I18n): string {
  const first = load.chain[0];
  const url = first?.url || load.url;
  if (!HTTP_URL.test(url)) {
    return `${shellComment(`Nothing for curl to reproduce: ${url === '' ? 'no URL was observed' : `${url} is not an http(s) URL`}.`)}\n`;
  }
  const lines = [
    shellComment(
      first !== undefined
        ? `Reproduces the redirect chain of ${load.url || url} (${chainSummary(load)}) from its first URL.`
        : `Requests ${url}: no redirect chain was observed for it.`,
    ),
  ];
  for (const note of caveats(load, first, url, i18n)) lines.push(shellComment(note));
  const method = first !== undefined && !isGetOrHead(first.method) ? ` -X ${isPlainWord(first.method) ? first.method : shellQuote(first.method)}` : '';
  lines.push(`${CURL_PREFIX}${method} ${shellQuote(asciiUrl(url))}`);
  return `${lines.join('\n')}\n`;
}
