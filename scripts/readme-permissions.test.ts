import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import source from '../manifest.json';

/** The README's permission table: each row's first cell, and whether it says the permission is optional. */
function permissionRows(): { names: string[]; optional: boolean; why: string }[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.split('## Permissions, and why each is needed')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| permission') && !line.startsWith('| ---'))
    .map((line) => {
      const [first = '', why = ''] = line.split(' | ');
      return { names: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), optional: /optional/.test(first), why: why.trim() };
    });
}

describe('README permissions table', () => {
  it('names every permission the manifest asks for, and nothing else, each with its reason', () => {
    const rows = permissionRows();
    const documented = rows.flatMap((r) => r.names);
    const asked = [...source.permissions, ...source.optional_permissions, ...source.host_permissions];
    expect([...documented].sort()).toEqual([...asked].sort());
    for (const row of rows) expect(row.why.length, row.names.join()).toBeGreaterThan(40);
  });

  it('marks the optional permissions as optional, and only those', () => {
    for (const row of permissionRows().filter((r) => r.names.length > 0)) {
      expect(row.optional, row.names.join()).toBe(row.names.every((n) => source.optional_permissions.includes(n)));
    }
  });
});
