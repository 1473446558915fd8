/**
 * Writes the background's compact copy of the registry from the data files, so that the worker chooses a
 * meaning without carrying any entry's prose (src/shared/registry/meaning-index.ts):
 *   npx tsx scripts/generate-meaning-keys.ts
 * Run it after changing a data file; `meaning-keys.test.ts` fails until the generated file agrees.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { meaningKeysSource } from '../src/shared/registry/meaning-keys-source';
import { ALL_ENTRIES } from '../src/shared/registry/entries';

const DATA = join(import.meta.dirname, '..', 'src', 'shared', 'registry', 'data');

async function write(file: string, text: string): Promise<void> {
  const path = join(DATA, file);
  const options = await resolveConfig(path);
  writeFileSync(path, await format(text, { ...options, filepath: path }));
  console.log(`wrote ${path}`);
}

await write('meaning-keys.ts', meaningKeysSource(ALL_ENTRIES));
