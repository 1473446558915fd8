import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ENTRIES } from '../src/shared/registry/entries';
import { countByKind, countTable, kindOf } from './registry-count-table';

const README = new URL('../src/shared/registry/data/README.md', import.meta.url);

describe('registry counts by kind', () => {
  it('counts every entry once, and the kinds add up to the total', () => {
    const rows = countByKind();
    const total = rows.find(([kind]) => kind === 'Total')?.[1];
    expect(total).toBe(ALL_ENTRIES.length);
    expect(rows.filter(([kind]) => kind !== 'Total').reduce((sum, [, n]) => sum + n, 0)).toBe(total);
  });

  it('names a kind by namespace and by who defines the code', () => {
    const kinds = new Set(ALL_ENTRIES.map(kindOf));
    expect(kinds).toContain('HTTP status, standard');
    expect(kinds).toContain('HTTP status, historic');
    expect([...kinds].filter((k) => k.startsWith('Browser error, '))).toHaveLength(2);
  });

  it('is the table the data README records', () => {
    const readme = readFileSync(README, 'utf8');
    const recorded = /<!-- counts:start -->\s*([\s\S]*?)\s*<!-- counts:end -->/.exec(readme)?.[1];
    expect(recorded, 'run `npx tsx scripts/registry-counts.ts` and paste its table into the README').toBe(countTable(countByKind()));
  });
});
