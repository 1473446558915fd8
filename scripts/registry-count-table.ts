/**
 * The registry's entries counted by kind, from the data itself, as the Markdown table that
 * src/shared/registry/data/README.md records (a unit test keeps the two equal). A kind is a namespace and
 * who defines the code in it: the IETF standard, another standards body (named), one vendor, or a historic
 * document; browser errors by browser.
 */
import { tierOf, type Tier } from '../src/shared/registry/code-keys';
import { ALL_ENTRIES } from '../src/shared/registry/entries';
// Every entry counts, SIP's too: they come with the lookup box's search module (see entries.ts).
import '../src/shared/registry/search';
import type { StatusEntry } from '../src/shared/registry/registry-types';

const NAMESPACE: Readonly<Record<StatusEntry['protocol'], string>> = { http: 'HTTP status', sip: 'SIP status', net: 'Browser error' };
const TIER: Readonly<Record<Tier, string>> = { 0: 'standard', 1: 'vendor', 2: 'historic' };

export function kindOf(entry: StatusEntry): string {
  const tier = tierOf(entry);
  let who: string;
  if (entry.protocol === 'net') who = entry.origin.name;
  // A standard that is not the IETF's (the Fetch Standard's status 0) is named, not counted as a vendor's.
  else if (tier === 1 && entry.lifecycle === 'standard') who = `standard (${entry.origin.name})`;
  else who = TIER[tier];
  return `${NAMESPACE[entry.protocol]}, ${who}`;
}

/** [kind, count] in the order kinds first appear in the data, then the total. */
export function countByKind(entries: readonly StatusEntry[] = ALL_ENTRIES): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(kindOf(e), (counts.get(kindOf(e)) ?? 0) + 1);
  return [...counts, ['Total', entries.length]];
}

export function countTable(rows: readonly (readonly [string, number])[]): string {
  const width = Math.max('Kind'.length, ...rows.map(([kind]) => kind.length));
  const line = (kind: string, n: string): string => `| ${kind.padEnd(width)} | ${n.padStart(7)} |`;
  return [line('Kind', 'Entries'), `| ${'-'.repeat(width)} | ${'-'.repeat(6)}: |`, ...rows.map(([kind, n]) => line(kind, String(n)))].join('\n');
}
