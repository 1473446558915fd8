import { indexMeanings } from './code-keys';
import { httpHistoricEntries } from './data/http-historic';
import { httpStandardEntries } from './data/http-standard';
import { iisEntries } from './data/iis';
import { netErrorEntries } from './data/net-errors';
import { scriptStatusEntries } from './data/script-status';
import { vendorCodeEntries } from './data/vendor-codes';
import type { StatusEntry } from './registry-types';

/**
 * Every entry of every data file, in a fixed order (standard first). What a response or a failed
 * request can be (HTTP statuses, browser errors) is here from the start; SIP's codes, which only the
 * lookup box is asked about (webRequest never reports one), are added by the search module that box
 * loads (`addEntries`), so the worker and the panel never carry them. The background carries none of
 * this: it chooses over the compact keys of these entries (meaning-index.ts).
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

const codeIndex = new Map<string, StatusEntry[]>();
indexMeanings(codeIndex, entries);

/** protocol + code → every meaning, standard first. Built once, at module load (and for entries added later). */
export const CODE_INDEX: ReadonlyMap<string, readonly StatusEntry[]> = codeIndex;

/** Adds the entries of a namespace loaded on demand (SIP's, by the lookup box); adding the same list twice adds nothing. */
export function addEntries(more: readonly StatusEntry[]): void {
  const fresh = more.filter((e) => !entries.includes(e));
  if (fresh.length === 0) return;
  entries.push(...fresh);
  indexMeanings(codeIndex, fresh);
}
