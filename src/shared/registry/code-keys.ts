import { isStandardOrigin } from './origins';
import type { MeaningKey, Protocol } from './registry-types';

/*
 * How codes are keyed and meanings ordered, with no entry's data: shared by the full registry's index
 * (entries.ts) and the background's compact one (meaning-index.ts), so both find the same meanings.
 */

/** 0: a standard's meaning, 1: a vendor's, 2: a historic one. Lists of meanings are ordered by it. */
export type Tier = 0 | 1 | 2;

export function tierOf(entry: Pick<MeaningKey, 'lifecycle' | 'origin'>): Tier {
  if (entry.lifecycle === 'historic') return 2;
  return isStandardOrigin(entry.origin.id) ? 0 : 1;
}

/**
 * The names browsers give a failed request, in any case: Chromium's 'net::ERR_X' or 'ERR_X' and the
 * 'DNS_PROBE_X' its error page shows; Firefox's 'NS_ERROR_X', 'NS_BINDING_X' and the NSS and NSPR names
 * ('SEC_ERROR_X', 'SSL_ERROR_X', 'MOZILLA_PKIX_ERROR_X', 'PR_X_ERROR') its error pages show.
 */
const NET_NAME = /^(?:net::)?((?:ERR|NS|DNS_PROBE|SEC_ERROR|SSL_ERROR|MOZILLA_PKIX_ERROR|PR)_[A-Z0-9_]{1,120})$/i;
/** How Firefox's webRequest wraps an NSS name when it has no message for it. */
const NSS_FAILURE = /^NS_ERROR_GENERATE_FAILURE\(\s*NS_ERROR_MODULE_SECURITY\s*,\s*([A-Z0-9_]{1,120})\s*\)$/i;

/** A net error's name, upper-cased and without 'net::'; undefined when the text is not shaped like one. */
export function netName(code: string): string | undefined {
  return (NET_NAME.exec(code)?.[1] ?? NSS_FAILURE.exec(code)?.[1])?.toUpperCase();
}

/**
 * The key of any other text a browser reports for a net error: Firefox's NSS message ("Peer's Certificate
 * has expired."), or a number from net-export logs and NSS tools ('-105', '-8179'). Apostrophes and spaces
 * are normalised, because Firefox versions differ in both.
 */
export function netTextKey(text: string): string {
  return `net-text ${text
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase()}`;
}

/** The index key for a code; undefined when the code cannot be in that namespace. */
export function keyOf(protocol: Protocol, code: string): string | undefined {
  const trimmed = code.trim();
  if (!trimmed) return undefined;
  if (protocol === 'net') {
    const name = netName(trimmed);
    return name ? `net ${name}` : netTextKey(trimmed);
  }
  return `${protocol} ${trimmed.toLowerCase()}`;
}

/** Adds entries to an index of protocol + code → every meaning, standard first. */
export function indexMeanings<T extends MeaningKey>(index: Map<string, T[]>, list: readonly T[]): void {
  const add = (key: string | undefined, entry: T): void => {
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of list) {
    add(keyOf(entry.protocol, entry.code), entry);
    // A net error's aliases are the other forms a browser reports it in ('ERR_NAME_NOT_RESOLVED', '-105', an
    // NSS message); other entries' aliases are phrases.
    if (entry.protocol === 'net') for (const alias of entry.aliases ?? []) add(keyOf('net', alias), entry);
  }
  // Standard meanings first, then vendors', then historic; stable within a tier (data order).
  for (const meanings of index.values()) meanings.sort((a, b) => tierOf(a) - tierOf(b));
}
