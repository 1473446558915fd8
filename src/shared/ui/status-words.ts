/**
 * Words for a status code, from the registry; the server's own reason phrase is the fallback. The
 * registry's lookup comes from registry-source (its lookup alone, not its search index), and until
 * it is loaded the callers show the words the background stored with each response.
 */
import { parseStatusLine } from '../registry/status-line';
import type { StatusEntry } from '../registry/types';
import { currentLookup } from './registry-source';

export interface StatusWords {
  phrase: string;
  summary?: string;
}

export function reasonFromStatusLine(statusLine: string): string {
  // 'HTTP/1.1 404 Not Found' or, from Chromium, '404 Not Found' → 'Not Found'; HTTP/2 lines carry no reason phrase at all.
  return parseStatusLine(statusLine)?.phrase ?? '';
}

export function statusWords(statusCode: number, statusLine = ''): StatusWords {
  const lookup = currentLookup();
  const entry = lookup?.(statusCode);
  if (entry) return { phrase: entry.phrase, summary: entry.summary };
  const fromLine = reasonFromStatusLine(statusLine);
  // Before the registry is loaded, an unknown code is not yet known to be unregistered.
  return { phrase: fromLine || (lookup ? 'Unregistered status' : '') };
}

export interface EntryQuery {
  /** The code the capture core explained ('404', '1020', 'net::ERR_…'), else the status. */
  code?: string;
  statusCode?: number;
  /** A request that failed without a status. */
  error?: string;
  /** The registry origin the capture core chose, then the vendors that answered. */
  originId?: string;
  vendorIds?: readonly string[];
}

/**
 * The registry entry that explains a response: the meaning for whoever answered (Cloudflare's 520,
 * IIS's 404), else the standard one. Undefined when the registry does not know the code (or is not
 * loaded yet).
 */
export function entryFor(query: EntryQuery): StatusEntry | undefined {
  const lookup = currentLookup();
  if (!lookup) return undefined;
  const code = query.code ?? (query.statusCode !== undefined ? String(query.statusCode) : query.error);
  if (code === undefined || code === '') return undefined;
  const hints = [query.originId, ...(query.vendorIds ?? [])].filter((h): h is string => typeof h === 'string' && h !== '');
  for (const vendor of hints) {
    const entry = lookup(code, { vendor });
    if (entry && entry.origin.id === vendor) return entry;
  }
  return lookup(code) ?? (query.error !== undefined && code !== query.error ? lookup(query.error) : undefined);
}
