/**
 * What the popup pays to load the registry, in real Chromium:
 *   npm run build && tsx bench/registry-load.ts
 * The popup shows its first content from the words the background stored, then imports the registry
 * (`src/shared/ui/registry-source.ts`): the lookup chunk and the data it imports. Each round opens a
 * fresh options page, which loads the same shared chunks as the popup but not the registry, and times
 * that same import there: fetching, parsing and evaluating the registry in a page with an empty module
 * map, as the popup does. Medians; prints JSON on the last line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { CHROME_DIST } from '../tests/e2e/fixtures/paths';
import { registryChunkPaths } from './registry-chunks';
import { median } from './stats';

const ROUNDS = Math.max(3, Number(process.env.BENCH_POPUP_ROUNDS ?? 21));
const assetsDir = join(CHROME_DIST, 'assets');
const assets = readdirSync(assetsDir).filter((f) => f.endsWith('.js'));
// The chunk the popup imports for the registry, named in the popup's own code.
const popupChunk = assets.find((f) => f.startsWith('popup-'));
const lookupChunk = popupChunk ? /import\(`\.\/(lookup-[\w-]+\.js)`\)/.exec(readFileSync(join(assetsDir, popupChunk), 'utf8'))?.[1] : undefined;
if (!lookupChunk) throw new Error('no registry import found in the popup chunk: build first (npm run build)');
// The chunks that hold the registry's words (as bench/sizes.ts weighs them), for their size on disk.
const registryPaths = registryChunkPaths(assetsDir);
const registryChunks = registryPaths.map((path) => basename(path));
const registryRawBytes = registryPaths.reduce((n, path) => n + statSync(path).size, 0);

const browser = await launchChromium();
try {
  const importMs: number[] = [];
  for (let round = 0; round < ROUNDS + 2; round++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.waitForLoadState('load');
    // Source text, not a function: tsx adds a `__name` helper to functions that the page lacks.
    const ms = await page.evaluate<number>(`(async () => {
      if (document.documentElement.dataset.registry === 'ready') throw new Error('the page loaded the registry itself');
      const start = performance.now();
      const module = await import('/assets/${lookupChunk}');
      if (typeof Object.values(module).find((m) => m && typeof m.lookup === 'function')?.lookup !== 'function') throw new Error('no lookup in the registry chunk');
      return performance.now() - start;
    })()`);
    // Two warm-up rounds: the first page of a profile pays for starting the extension's process.
    if (round >= 2) importMs.push(ms);
    await page.close();
  }
  const result = { rounds: ROUNDS, lookupChunk, registryChunks, registryRawBytes, importMedianMs: median(importMs), importMaxMs: Math.max(...importMs) };
  console.log(`registry (${registryChunks.join(', ')}): ${(registryRawBytes / 1024).toFixed(1)} KiB on disk`);
  console.log(`importing it in a fresh extension page: ${result.importMedianMs.toFixed(1)} ms median, ${result.importMaxMs.toFixed(1)} ms worst of ${ROUNDS}`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
