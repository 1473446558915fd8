/** The built chunks that hold the registry's words, found by text only the registry's data has. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function registryChunkPaths(assetsDir: string): string[] {
  return readdirSync(assetsDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(assetsDir, f))
    .filter((path) => /HTTP Error|cf-error-code|Unprocessable Content/.test(readFileSync(path, 'utf8')));
}
