/**
 * What a row's status means. The meaning is the one the background stored with a hop, else the one
 * the registry's `explainRecord` gives for the row's stored facts (the same function the background
 * uses): the panel has no rules of its own. It names every row it shows (and the text filter reads
 * every row), so words are memoised per (status, vendors, reason phrase): a page of a thousand 200s
 * from one CDN costs one lookup. A row whose error page DevTools read is explained from its body, once.
 */
import type { HeaderEntry } from '../shared/capture/capture-event';
import { explain, explainRecord, lookup, parseStatusLine, type Explanation, type StatusEntry, type VendorMatch } from '../shared/registry';
import type { RecordFacts } from '../shared/registry';
import type { MadeByRef } from '../shared/fingerprints/vendor-types';
import type { I18n } from '../shared/i18n/create-i18n';
import { responseOf, statusOf, vendorsOf, type RequestRow } from './request-row';

export interface RowWords {
  /** The code as shown: '404', or for a failure the browser's error ('net::ERR_CONNECTION_RESET'). */
  code: string;
  phrase: string;
  /** A more precise code than the status: '404.3' from an IIS page, '1020' from Cloudflare's. */
  detail?: string;
  /** The proxy or CDN that made the response itself, when one did. */
  madeBy?: MadeByRef;
}

export interface RowExplanation {
  entry?: StatusEntry;
  /** Why this meaning applies (the registry's reasoning), when there is a status. */
  reason?: string;
  /** Who answered, with the headers (or body) that said so. */
  vendors: VendorMatch[];
  detail?: Explanation['detail'];
  /** The proxy or CDN that made the response itself, when one did. */
  madeBy?: MadeByRef;
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

const wordsMemo = new Memo<RowWords>(4000);
const explanationMemo = new Memo<RowExplanation>(500);

/** The status line to explain: the captured one, else one built from DevTools' fields (its version only if DevTools gave one). */
export function statusLineOf(row: RequestRow): string | undefined {
  const response = responseOf(row);
  if (response?.statusLine !== undefined) return response.statusLine;
  if (row.har && response?.statusCode !== undefined)
    return [row.har.httpVersion, response.statusCode, row.har.statusText].filter((p) => p !== undefined && p !== '').join(' ');
  return undefined;
}

/** What the row holds that bears on its meaning, for `explainRecord`. */
function factsOf(row: RequestRow, statusCode: number): RecordFacts {
  const facts: RecordFacts = { statusCode, vendors: vendorsOf(row) };
  const line = statusLineOf(row);
  if (line !== undefined) facts.statusLine = line;
  return facts;
}

function errorWords(row: RequestRow, i18n: I18n): RowWords {
  const error = row.record.error;
  if (error === undefined) return { code: '…', phrase: i18n.t('panelWaiting') };
  return wordsMemo.get(`e ${i18n.locale} ${error}`, () => ({ code: error, phrase: lookup(error)?.phrase ?? i18n.t('panelNoResponsePhrase') }));
}

/** `i18n`: the language of the panel's own words for a request without a status (the registry's phrases are its own). */
export function wordsFor(row: RequestRow, i18n: I18n): RowWords {
  const status = statusOf(row);
  if (status === undefined) return errorWords(row, i18n);
  if (row.har?.body !== undefined) {
    const har = row.har;
    return wordsMemo.get(`b ${har.key}`, () => {
      const ex = explainRecord({ ...factsOf(row, status), body: har.body });
      const out: RowWords = { code: String(status), phrase: ex?.phrase ?? '' };
      if (ex !== undefined && ex.code !== String(status)) out.detail = ex.code;
      if (ex?.madeBy !== undefined) out.madeBy = ex.madeBy;
      return out;
    });
  }
  const stored = row.kind === 'hop' ? row.record.explanation : undefined;
  if (stored !== undefined)
    return stored.madeBy ? { code: String(status), phrase: stored.phrase, madeBy: stored.madeBy } : { code: String(status), phrase: stored.phrase };
  const vendorKey = vendorsOf(row)
    // A header showing the vendor made the response itself changes who is blamed, so it is part of the key.
    .map((v) => `${v.id}:${v.confidence ?? ''}:${v.ownAnswer ? (v.ownAnswer.cause ?? 'own') : ''}`)
    .join(',');
  return wordsMemo.get(`s ${status} ${vendorKey} ${parseStatusLine(statusLineOf(row))?.phrase ?? ''}`, () => {
    const ex = explainRecord(factsOf(row, status));
    const out: RowWords = { code: String(status), phrase: ex?.phrase ?? '' };
    if (ex?.madeBy !== undefined) out.madeBy = ex.madeBy;
    return out;
  });
}

function identifyingHeaders(vendors: readonly VendorMatch[]): Set<string> {
  const names = new Set<string>();
  for (const vendor of vendors) for (const e of vendor.evidence) if (e.header !== 'body') names.add(e.header.toLowerCase());
  return names;
}

/** Everything the details pane says about a row's status. Memoised per row and DevTools entry. */
export function explainRow(row: RequestRow): RowExplanation {
  const kept = row.kind === 'hop' ? row.record.headers : undefined;
  const headers = row.har?.headers ?? kept ?? [];
  const headersFrom: RowExplanation['headersFrom'] = row.har ? 'devtools' : kept ? 'capture' : 'none';
  const status = statusOf(row);
  const error = row.record.error;
  return explanationMemo.get(`${row.id} ${row.har?.key ?? ''} ${status ?? error ?? ''}`, () => {
    if (status === undefined) {
      const entry = error ? lookup(error) : undefined;
      const out: RowExplanation = { vendors: [], headers, headersFrom, identifying: new Set(), fromBody: false };
      if (entry) out.entry = entry;
      return out;
    }
    // The vendors are the ones the background stored (or, for a request only DevTools saw, found as it would).
    const ex = explain({ statusCode: status, statusLine: statusLineOf(row), headers, vendors: vendorsOf(row), body: row.har?.body });
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
    if (ex.madeBy) out.madeBy = ex.madeBy;
    return out;
  });
}
