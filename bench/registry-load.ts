/**
 * What the popup pays to load the registry, in real Chromium:
 *   npm run build && tsx bench/registry-load.ts
 * Inside the popup page, the built registry chunk is imported afresh (a new query string each time,
 * so it is fetched, parsed and evaluated again) and timed, next to the same for the small shared
 * runtime chunk as a yardstick. Medians of 15 rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/fixtures/chromium-extension';
import { CHROME_DIST } from '../tests/e2e/fixtures/paths';
import { median } from './stats';

const ROUNDS = 15;
const assets = readdirSync(join(CHROME_DIST, 'assets')).filter((f) => f.endsWith('.js'));
const registry = assets.find((f) => /Unprocessable Content/.test(readFileSync(join(CHROME_DIST, 'assets', f), 'utf8')));
const yardstick = assets.find((f) => f.startsWith('jsxRuntime'));
if (!registry || !yardstick) throw new Error('build first: npm run build');

const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  // Source text, not a function: tsx adds a `__name` helper to functions that does not exist in the page.
  const timings = (await page.evaluate(`(async () => {
    const out = { registry: [], yardstick: [] };
    for (let i = 0; i < ${ROUNDS}; i++) {
      for (const [key, file] of [['yardstick', '${yardstick}'], ['registry', '${registry}']]) {
        const start = performance.now();
        await import('/assets/' + file + '?round=' + i);
        out[key].push(performance.now() - start);
      }
    }
    return out;
  })()`)) as { registry: number[]; yardstick: number[] };
  const result = { registryMs: median(timings.registry), yardstickMs: median(timings.yardstick), rounds: ROUNDS, registryChunk: registry };
  console.log(`registry chunk ${registry}: ${result.registryMs.toFixed(1)} ms to fetch, parse and evaluate (median of ${ROUNDS})`);
  console.log(`yardstick ${yardstick}: ${result.yardstickMs.toFixed(1)} ms`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
