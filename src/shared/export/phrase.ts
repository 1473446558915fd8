/**
 * The words for a status code, from the registry. An export says what a code means for whoever
 * answered (Cloudflare's 520, IIS's 404), so it asks the registry with the vendor that answered; it
 * falls back to the reason phrase the server sent, and says "Unregistered status" rather than invent.
 */
import { lookup, originsForVendor, parseStatusLine } from '../registry';
import type { StatusEntry } from '../registry';

export const UNREGISTERED = 'Unregistered status';
const NO_RESPONSE = 'No response';

export interface PhraseInput {
  /** A valid status (100..999) or undefined. */
  statusCode?: number;
  statusLine?: string;
  /** The registry origin of the stored explanation: the meaning the capture core chose. */
  originId?: string;
  /** Vendors that answered, outermost first. */
  vendorIds: readonly string[];
  /** A failure without a status (net::ERR_*, NS_ERROR_*). */
  error?: string;
}

const STANDARD_ORIGINS: ReadonlySet<string> = new Set(['ietf', 'ietf-sip']);

/** The registry's entry; contained, because a registry bug must not break copying a report. */
function safeLookup(code: string, vendor?: string): StatusEntry | undefined {
  try {
    return vendor === undefined ? lookup(code) : lookup(code, { vendor });
  } catch {
    return undefined;
  }
}

/** The meaning defined by one of the hints' own origins (or their family: IIS covers the ASP.NET Core Module). */
function vendorsOwn(code: string, hints: readonly string[]): StatusEntry | undefined {
  for (const hint of hints) {
    const entry = safeLookup(code, hint);
    if (entry !== undefined && originsForVendor(hint.trim().toLowerCase()).includes(entry.origin.id)) return entry;
  }
  return undefined;
}

/** The reason phrase in a status line ('' for HTTP/2 and HTTP/3, which never send one). */
function reasonOf(statusLine: string | undefined): string {
  try {
    return parseStatusLine(statusLine)?.phrase ?? '';
  } catch {
    return '';
  }
}

export function statusPhrase(input: PhraseInput): string {
  const { statusCode, error } = input;
  if (statusCode === undefined) {
    if (error !== undefined && error !== '') return safeLookup(error)?.phrase ?? error;
    return NO_RESPONSE;
  }
  const code = String(statusCode);
  const hints = [...new Set([input.originId, ...input.vendorIds].filter((h): h is string => typeof h === 'string' && h !== ''))];
  const own = vendorsOwn(code, hints);
  if (own !== undefined) return own.phrase;
  const entry = safeLookup(code);
  if (entry !== undefined) {
    if (STANDARD_ORIGINS.has(entry.origin.id)) return entry.phrase;
    // Only a vendor defines this code, and nothing showed that vendor answered: the server's own words
    // are better evidence; failing those, name whose meaning it is rather than assert it.
    const reason = reasonOf(input.statusLine);
    return reason !== '' ? reason : `${entry.phrase} (${entry.origin.name} code)`;
  }
  const reason = reasonOf(input.statusLine);
  return reason !== '' ? reason : UNREGISTERED;
}
