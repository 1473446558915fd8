/**
 * What a row's status means, always from the registry. The table needs a phrase for every row it
 * shows (and the text filter for every row), so words are memoised per (status, vendors, reason
 * phrase): a page of a thousand 200s from one CDN costs one lookup. A row whose error page DevTools
 * read is explained from its body, once.
 */
import type { HeaderEntry } from '../shared/capture/capture-event';
import { explain, lookup, parseStatusLine, type Explanation, type StatusEntry, type VendorMatch } from '../shared/registry';
import type { RequestRow } from './request-row';

export interface RowWords {
  /** The code as shown: '404', or for a failure the browser's error ('net::ERR_CONNECTION_RESET'). */
  code: string;
  phrase: string;
  /** A more precise code than the status: '404.3' from an IIS page, '1020' from Cloudflare's. */
  detail?: string;
}

export interface RowExplanation {
  entry?: StatusEntry;
  /** Why this meaning applies (the registry's reasoning), when there is a status. */
  reason?: string;
  /** Who answered, with the headers (or body) that said so. */
  vendors: VendorMatch[];
  detail?: Explanation['detail'];
  /** The response headers known for the row, and where they came from. */
  headers: HeaderEntry[];
  headersFrom: 'devtools' | 'capture' | 'none';
  /** Lower-case names of the headers that identified a vendor. */
  identifying: ReadonlySet<string>;
  /** The meaning was read from the error page DevTools gave us. */
  fromBody: boolean;
}

/** A map that forgets everything when it grows past its limit: simple, and bounded. */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    if (this.map.size >= this.limit) this.map.clear();
    const value = compute();
    this.map.set(key, value);
    return value;
  }
  get size(): number {
    return this.map.size;
  }
}

const words = new Memo<RowWords>(4000);
const details = new Memo<RowExplanation>(500);

/** The status line to explain: the captured one, else one built from DevTools' fields (its version only if DevTools gave one). */
export function statusLineOf(row: RequestRow): string | undefined {
  if (row.statusLine !== undefined) return row.statusLine;
  if (row.har && row.statusCode !== undefined)
    return [row.har.httpVersion, row.statusCode, row.har.statusText].filter((p) => p !== undefined && p !== '').join(' ');
  return undefined;
}

function reasonPhrase(statusLine: string | undefined): string {
  return parseStatusLine(statusLine)?.phrase ?? '';
}

/** A vendor's own meaning for the status, as the background picks it (the standard one loses). */
function vendorEntry(status: number, vendorIds: readonly string[]): StatusEntry | undefined {
  for (const vendor of vendorIds) {
    const entry = lookup(status, { vendor });
    if (entry && entry.origin.id !== 'ietf') return entry;
  }
  return undefined;
}

function errorWords(row: RequestRow): RowWords {
  const error = row.error;
  if (error === undefined) return { code: '…', phrase: 'Waiting for the response' };
  return words.get(`e ${error}`, () => ({ code: error, phrase: lookup(error)?.phrase ?? 'No response' }));
}

export function wordsFor(row: RequestRow): RowWords {
  const status = row.statusCode;
  if (status === undefined) return errorWords(row);
  const line = statusLineOf(row);
  if (row.har?.body !== undefined) {
    const har = row.har;
    return words.get(`b ${har.key}`, () => {
      const ex = explain({ statusCode: status, statusLine: line, headers: har.headers, body: har.body });
      const out: RowWords = { code: String(status), phrase: ex.entry.phrase };
      if (ex.detail?.source === 'body') out.detail = ex.detail.code;
      return out;
    });
  }
  const vendorIds = row.vendors.map((v) => v.id);
  return words.get(`s ${status} ${vendorIds.join(',')} ${reasonPhrase(line)}`, () => {
    const entry = vendorEntry(status, vendorIds) ?? explain({ statusCode: status, statusLine: line }).entry;
    return { code: String(status), phrase: entry.phrase };
  });
}

function identifyingHeaders(vendors: readonly VendorMatch[]): Set<string> {
  const names = new Set<string>();
  for (const vendor of vendors) for (const e of vendor.evidence) if (e.header !== 'body') names.add(e.header.toLowerCase());
  return names;
}

/** Everything the details pane says about a row's status. Memoised per row and DevTools entry. */
export function explanationFor(row: RequestRow): RowExplanation {
  const headers = row.har?.headers ?? row.hop?.headers ?? [];
  const headersFrom: RowExplanation['headersFrom'] = row.har ? 'devtools' : row.hop?.headers ? 'capture' : 'none';
  return details.get(`${row.id} ${row.har?.key ?? ''} ${row.statusCode ?? row.error ?? ''}`, () => {
    const status = row.statusCode;
    if (status === undefined) {
      const entry = row.error ? lookup(row.error) : undefined;
      const out: RowExplanation = { vendors: [], headers, headersFrom, identifying: new Set(), fromBody: false };
      if (entry) out.entry = entry;
      return out;
    }
    const ex = explain({ statusCode: status, statusLine: statusLineOf(row), headers, body: row.har?.body });
    const out: RowExplanation = {
      entry: ex.entry,
      reason: ex.reason,
      vendors: ex.vendors,
      headers,
      headersFrom,
      identifying: identifyingHeaders(ex.vendors),
      fromBody: ex.detail?.source === 'body',
    };
    if (ex.detail) out.detail = ex.detail;
    // Without the headers, the capture's vendors still tell whose meaning applies.
    const own =
      ex.vendors.length === 0
        ? vendorEntry(
            status,
            row.vendors.map((v) => v.id),
          )
        : undefined;
    if (own && own !== ex.entry) {
      out.entry = own;
      const vendor = row.vendors.find((v) => own.origin.id === v.id)?.name ?? own.origin.name;
      out.reason = `${vendor} answered (the capture saw it in the response headers), so ${status} is ${own.origin.name}'s '${own.phrase}'.`;
    }
    return out;
  });
}
