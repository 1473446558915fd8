/**
 * No two source files share a name: a name says what a file holds, so two files of the same name would
 * be two meanings for one word (as two status-words.ts once were). A folder's `index.ts` is the one
 * exception: it names the folder's public face, not a thing of its own.
 */
import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../tests/e2e/fixtures/paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('source file names', () => {
  it('are unique across src/, but for the folders’ index.ts', () => {
    const byName = new Map<string, string[]>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const name = basename(file).replace(/\.tsx?$/, '');
      if (name === 'index') continue;
      byName.set(name, [...(byName.get(name) ?? []), relative(ROOT, file)]);
    }
    const twice = [...byName.values()].filter((files) => files.length > 1);
    expect(twice).toEqual([]);
    expect(byName.size).toBeGreaterThan(100);
  });
});
