/**
 * Prints the registry's entries counted by kind, from the data: `npx tsx scripts/registry-counts.ts`.
 * Paste the table into src/shared/registry/data/README.md when it changes; a unit test compares the two.
 */
import { countByKind, countTable } from './registry-count-table';

console.log(countTable(countByKind()));
