/**
 * `npm run package`: zips the two builds into the files a person uploads to the Chrome Web Store and
 * to addons.mozilla.org. web-ext's zipper is used for both (it reads only the manifest's name and version).
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { ROOT } from '../tests/e2e/fixtures/paths';

const artifacts = join(ROOT, 'artifacts');
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });

for (const browser of ['chrome', 'firefox'] as const) {
  const filename = `status-inspector-${browser}-${version}.zip`;
  await webExt.cmd.build({ sourceDir: join(ROOT, 'dist', browser), artifactsDir: artifacts, filename, overwriteDest: true }, { shouldExitProgram: false });
  const path = join(artifacts, filename);
  console.log(`${path}  ${(statSync(path).size / 1024).toFixed(1)} KiB`);
}
