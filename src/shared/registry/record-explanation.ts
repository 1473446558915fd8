/**
 * The one place that chooses what a captured response means. The background calls it once for each
 * hop of a page's chain, over the registry's compact keys (key-source.ts), and stores the result with
 * the hop; the views read that stored result and, for records nothing was stored with (a page's
 * sub-resources, which it would cost every request to explain up front), call this same function over
 * the full registry they load anyway (`explainRecord`, explain.ts). Both indexes hold the same keys
 * (meaning-keys.test.ts), so both choose alike. No view has rules of its own.
 */
import { chooseMeaning, type ExplainInput } from './choose-meaning';
import { tierOf } from './code-keys';
import { isStandardOrigin } from './origins';
import type { MeaningSource } from './meaning-lookup';
import { parseStatusLine } from './status-line';
import type { ExplanationRef, MeaningKey } from './registry-types';
import type { VendorRef } from '../fingerprints';
import { originsForVendor } from './vendor-families';

/** What a record holds that bears on its meaning. */
export interface RecordFacts {
  statusCode?: number;
  statusLine?: string;
  /** The browser's error, for a request that failed without a status ('net::ERR_CONNECTION_REFUSED'). */
  error?: string;
  /** The vendors the background detected on every header of the response. */
  vendors?: readonly VendorRef[];
  /** The error page, where DevTools could read it: it may name a finer code (IIS 404.3, Cloudflare 1020). */
  body?: string;
}

export const UNREGISTERED = 'Unregistered status';

/** The reason phrase in a status line ('' for HTTP/2 and HTTP/3, which never send one). */
function reasonOf(statusLine: string | undefined): string {
  return parseStatusLine(statusLine)?.phrase ?? '';
}

/**
 * The words to show for the chosen entry. A code only some vendor defines, when nothing showed that
 * vendor answered, is not passed off as that vendor's: the server's own reason phrase is better
 * evidence, and failing it the words say whose meaning it is.
 */
function wordsOf(entry: MeaningKey, registered: boolean, answered: readonly { id: string }[], statusLine: string | undefined): string {
  if (!registered || tierOf(entry) > 1) return reasonOf(statusLine) || UNREGISTERED;
  const origin = entry.origin.id;
  if (isStandardOrigin(origin) || answered.some((v) => originsForVendor(v.id).includes(origin))) return entry.phrase;
  return reasonOf(statusLine) || `${entry.phrase} (${entry.origin.name} code)`;
}

function refOf(entry: MeaningKey, phrase: string, registered: boolean): ExplanationRef {
  const ref: ExplanationRef = { code: entry.code, phrase, statusClass: entry.class };
  // An unregistered status has no entry to find again. The summary is not stored: the pages find it in
  // the entry (`entryOf`), so the background carries no registry prose.
  if (registered) ref.originId = entry.origin.id;
  return ref;
}

/**
 * What a captured response means, for whoever answered it. Undefined only for a failure whose error
 * the registry does not know (the views show the error itself) and for a record with neither a status
 * nor an error (nothing was observed). `source` is where meanings are found: the full registry in the
 * pages, the compact keys in the background (which reads no body: its source has no body signatures).
 * Never throws.
 */
export function explainRecordWith<T extends MeaningKey>(source: MeaningSource<T>, facts: RecordFacts): ExplanationRef | undefined {
  const { statusCode, statusLine, error } = facts;
  if (statusCode === undefined) {
    if (error === undefined || error === '') return undefined;
    const entry = source.lookup(error);
    return entry && refOf(entry, entry.phrase, true);
  }
  const input: ExplainInput = { statusCode, vendors: facts.vendors ?? [] };
  if (statusLine !== undefined) input.statusLine = statusLine;
  if (facts.body !== undefined) input.body = facts.body;
  const ex = chooseMeaning(source, input);
  const ref: ExplanationRef = ex.registered
    ? refOf(ex.entry, wordsOf(ex.entry, true, ex.vendors, statusLine), true)
    : { code: String(statusCode), phrase: wordsOf(ex.entry, false, ex.vendors, statusLine), statusClass: ex.entry.class };
  // Who made the response itself, when a proxy or CDN did: said at first paint, before the registry loads.
  if (ex.madeBy) ref.madeBy = ex.madeBy;
  return ref;
}
