/**
 * The built chunks that hold the registry's prose, found by text only it has. Not by a code's phrase: the
 * background's compact keys carry the phrases ('Unprocessable Content'), and none of the prose.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function registryChunkPaths(assetsDir: string): string[] {
  return readdirSync(assetsDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(assetsDir, f))
    .filter((path) => /HTTP Error|cf-error-code/.test(readFileSync(path, 'utf8')));
}
