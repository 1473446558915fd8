import { httpHistoricEntries } from './data/http-historic';
import { httpStandardEntries } from './data/http-standard';
import { iisEntries } from './data/iis';
import { netErrorEntries } from './data/net-errors';
import { scriptStatusEntries } from './data/script-status';
import { vendorCodeEntries } from './data/vendor-codes';
import type { Protocol, StatusEntry } from './registry-types';

/**
 * Every entry of every data file, in a fixed order (standard first). What a response or a failed
 * request can be (HTTP statuses, browser errors) is here from the start; SIP's codes, which only the
 * lookup box is asked about (webRequest never reports one), are added by the search module that box
 * loads (`addEntries`), so the worker and the panel never carry them.
 */
const entries: StatusEntry[] = [
  ...httpStandardEntries,
  ...iisEntries,
  ...vendorCodeEntries,
  ...httpHistoricEntries,
  ...scriptStatusEntries,
  ...netErrorEntries,
];
export const ALL_ENTRIES: readonly StatusEntry[] = entries;

/** 0: a standard's meaning, 1: a vendor's, 2: a historic one. Lists of meanings are ordered by it. */
export type Tier = 0 | 1 | 2;

const STANDARD_ORIGINS: ReadonlySet<string> = new Set(['ietf', 'ietf-sip']);

export function tierOf(entry: StatusEntry): Tier {
  if (entry.lifecycle === 'historic') return 2;
  return STANDARD_ORIGINS.has(entry.origin.id) ? 0 : 1;
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
function netName(code: string): string | undefined {
  return (NET_NAME.exec(code)?.[1] ?? NSS_FAILURE.exec(code)?.[1])?.toUpperCase();
}

/**
 * The key of any other text a browser reports for a net error: Firefox's NSS message ("Peer's Certificate
 * has expired."), or a number from net-export logs and NSS tools ('-105', '-8179'). Apostrophes and spaces
 * are normalised, because Firefox versions differ in both.
 */
function netTextKey(text: string): string {
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

function indexEntries(index: Map<string, StatusEntry[]>, list: readonly StatusEntry[]): void {
  const add = (key: string | undefined, entry: StatusEntry): void => {
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

const codeIndex = new Map<string, StatusEntry[]>();
indexEntries(codeIndex, entries);

/** protocol + code → every meaning, standard first. Built once, at module load (and for entries added later). */
export const CODE_INDEX: ReadonlyMap<string, readonly StatusEntry[]> = codeIndex;

/** Adds the entries of a namespace loaded on demand (SIP's, by the lookup box); adding the same list twice adds nothing. */
export function addEntries(more: readonly StatusEntry[]): void {
  const fresh = more.filter((e) => !entries.includes(e));
  if (fresh.length === 0) return;
  entries.push(...fresh);
  indexEntries(codeIndex, fresh);
}

/**
 * Whether a code belongs in the net namespace: it is shaped like a browser's error name, or it is a
 * message or number that a net error lists among its forms.
 */
export function isNetCode(code: string): boolean {
  const trimmed = code.trim();
  return netName(trimmed) !== undefined || CODE_INDEX.has(netTextKey(trimmed));
}
