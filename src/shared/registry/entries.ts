import { httpHistoricEntries } from './data/http-historic';
import { httpStandardEntries } from './data/http-standard';
import { iisEntries } from './data/iis';
import { netErrorEntries } from './data/net-errors';
import { sipEntries } from './data/sip';
import { vendorCodeEntries } from './data/vendor-codes';
import type { Protocol, StatusEntry } from './registry-types';

/** Every entry of every data file, in a fixed order (standard first). */
export const ALL_ENTRIES: readonly StatusEntry[] = [
  ...httpStandardEntries,
  ...iisEntries,
  ...vendorCodeEntries,
  ...httpHistoricEntries,
  ...sipEntries,
  ...netErrorEntries,
];

/** 0: a standard's meaning, 1: a vendor's, 2: a historic one. Lists of meanings are ordered by it. */
export type Tier = 0 | 1 | 2;

const STANDARD_ORIGINS: ReadonlySet<string> = new Set(['ietf', 'ietf-sip']);

export function tierOf(entry: StatusEntry): Tier {
  if (entry.lifecycle === 'historic') return 2;
  return STANDARD_ORIGINS.has(entry.origin.id) ? 0 : 1;
}

/** Net error codes come as 'net::ERR_X', 'ERR_X' or 'NS_ERROR_X' in any case; all index as 'ERR_X' / 'NS_ERROR_X'. */
const NET_CODE = /^(?:net::)?((?:ERR|NS)_[A-Z0-9_]{1,120})$/i;

export function isNetCode(code: string): boolean {
  return NET_CODE.test(code);
}

/** The index key for a code; undefined when the code cannot be in that namespace. */
export function keyOf(protocol: Protocol, code: string): string | undefined {
  const trimmed = code.trim();
  if (!trimmed) return undefined;
  if (protocol === 'net') {
    const m = NET_CODE.exec(trimmed);
    return m?.[1] ? `net ${m[1].toUpperCase()}` : undefined;
  }
  return `${protocol} ${trimmed.toLowerCase()}`;
}

function buildIndex(): Map<string, StatusEntry[]> {
  const index = new Map<string, StatusEntry[]>();
  const add = (key: string | undefined, entry: StatusEntry): void => {
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of ALL_ENTRIES) {
    add(keyOf(entry.protocol, entry.code), entry);
    // Net errors list their short forms ('ERR_NAME_NOT_RESOLVED') as aliases; other aliases are phrases.
    if (entry.protocol === 'net') for (const alias of entry.aliases ?? []) add(keyOf('net', alias), entry);
  }
  // Standard meanings first, then vendors', then historic; stable within a tier (data order).
  for (const list of index.values()) list.sort((a, b) => tierOf(a) - tierOf(b));
  return index;
}

/** protocol + code → every meaning, standard first. Built once, at module load. */
export const CODE_INDEX: ReadonlyMap<string, readonly StatusEntry[]> = buildIndex();
