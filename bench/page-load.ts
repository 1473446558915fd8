/**
 * Page-load overhead in real headless Chromium, three ways in one run:
 *   npm run build && tsx bench/page-load.ts
 * Three browsers run side by side: no extension, a do-nothing extension (one empty
 * webRequest.onCompleted listener on <all_urls>, bench/fixtures/do-nothing-extension) and ours
 * (dist/chrome); BENCH_BASELINE_DIST adds an earlier build of ours as a fourth. Each round loads
 * a page of 300 sub-resources behind a 5-hop redirect chain once in each, in a rotating order, in a
 * new tab, with a fresh `u=` so nothing is cached. The figure is the page's
 * own navigation timing, from the start of the first hop to the end of its load event.
 * Prints JSON on the last line for bench/run.ts.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { readStoredCapture } from '../src/background/stored-capture';
import { launchChromium, type ChromiumWithExtension } from '../tests/e2e/fixtures/chromium-extension';
import { LOAD_HOPS, LOAD_SUBRESOURCES, startBenchSite, type BenchSite } from './bench-site';
import { bootstrapRatioInterval, median } from './stats';

const ROUNDS = Math.max(3, Number(process.env.BENCH_LOADS ?? 31));
const WARMUP = 2;
/** Lets each browser finish what a load left behind (our worker writes at most 500 ms after an event). */
const SETTLE_MS = 600;
const DO_NOTHING = fileURLToPath(new URL('./fixtures/do-nothing-extension', import.meta.url));

interface Variant {
  name: 'none' | 'doNothing' | 'ours' | 'baseline';
  label: string;
  browser: ChromiumWithExtension;
  page: Page;
  times: number[];
  lastMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const SUBRESOURCES = LOAD_SUBRESOURCES.images + LOAD_SUBRESOURCES.styles + LOAD_SUBRESOURCES.scripts;

async function loadOnce(variant: Variant, site: BenchSite, u: string): Promise<number> {
  // A fresh tab for every load: in one tab that Playwright drives, each load of this page took
  // longer than the one before (1.6 s to 6 s over twelve loads with no extension at all, while
  // a new tab each time held 1.2-1.5 s), which buried the differences being measured.
  const previous = variant.page;
  variant.page = await variant.browser.context.newPage();
  await previous.close();
  await variant.page.goto(`${site.origin}/load/hop/1?u=${u}`, { waitUntil: 'load', timeout: 120_000 });
  const nav = await variant.page.evaluate<{ loadEnd: number; redirects: number }>(`(() => {
    const e = performance.getEntriesByType('navigation')[0];
    return { loadEnd: e.loadEventEnd, redirects: e.redirectCount };
  })()`);
  if (nav.redirects !== LOAD_HOPS) throw new Error(`${variant.label}: ${nav.redirects} redirects, expected ${LOAD_HOPS}`);
  // The hops, the page and every sub-resource reached the server: nothing came from a cache.
  const hits = await site.hits(u);
  if (hits !== LOAD_HOPS + 1 + SUBRESOURCES) throw new Error(`${variant.label}: the server saw ${hits} requests, expected ${LOAD_HOPS + 1 + SUBRESOURCES}`);
  return nav.loadEnd;
}

/** What our background captured of the last load: the proof it did its work while being timed. */
async function capturedByOurs(ours: Variant, u: string): Promise<{ hops: number; subresources: number }> {
  const stored = await ours.browser.worker.evaluate(() => chrome.storage.session.get(null));
  for (const tab of Object.values(readStoredCapture(stored).tabs)) {
    const load = tab.loads.find((l) => l.url.includes(`u=${u}`));
    if (load) return { hops: load.chain.length, subresources: load.counts.total };
  }
  return { hops: 0, subresources: 0 };
}

const site = await startBenchSite();
const variants: Variant[] = [];
try {
  const launch = async (name: Variant['name'], label: string, extensionDir: string | null | undefined): Promise<Variant> => {
    const browser = await launchChromium({ extensionDir });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    return { name, label, browser, page, times: [] };
  };
  variants.push(await launch('none', 'no extension', null));
  variants.push(await launch('doNothing', 'do-nothing extension', DO_NOTHING));
  // BENCH_CHROME_DIST measures another build of ours (one made elsewhere to compare with).
  variants.push(await launch('ours', 'Status Inspector', process.env.BENCH_CHROME_DIST));
  // BENCH_BASELINE_DIST adds a fourth browser with an earlier build of ours, timed in the same rounds.
  if (process.env.BENCH_BASELINE_DIST) variants.push(await launch('baseline', 'earlier build of ours', process.env.BENCH_BASELINE_DIST));

  let lastOursU = '';
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    // Rotate who goes first, so no browser always loads right after another one's busy moment.
    const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
    for (const variant of order) {
      const u = `${variant.name}-${round}-${Date.now()}`;
      const ms = await loadOnce(variant, site, u);
      variant.lastMs = ms;
      if (round >= WARMUP) variant.times.push(ms);
      if (variant.name === 'ours') lastOursU = u;
      await sleep(SETTLE_MS);
    }
    // Progress on stderr: stdout ends with the JSON line bench/run.ts reads.
    process.stderr.write(
      `  round ${round + 1}/${ROUNDS + WARMUP}${round < WARMUP ? ' (warm-up)' : ''}: ${order.map((v) => `${v.name} ${Math.round(v.lastMs ?? 0)} ms`).join(', ')}\n`,
    );
  }
  const ours = variants.find((v) => v.name === 'ours')!;
  await sleep(500);
  const captured = await capturedByOurs(ours, lastOursU);
  const med = Object.fromEntries(variants.map((v) => [v.name, median(v.times)])) as Record<Exclude<Variant['name'], 'baseline'>, number> & {
    baseline?: number;
  };
  const result = {
    loads: ROUNDS,
    subresources: SUBRESOURCES,
    hops: LOAD_HOPS,
    medianMs: med,
    ratioDoNothingToNone: med.doNothing / med.none,
    ratioOursToNone: med.ours / med.none,
    ratioOursToDoNothing: med.ours / med.doNothing,
    ...(med.baseline !== undefined ? { ratioOursToBaseline: med.ours / med.baseline } : {}),
    // The same rounds drawn again: how far this run's ratio could have fallen by chance alone.
    ratioOursToDoNothingInterval: bootstrapRatioInterval(ours.times, variants.find((v) => v.name === 'doNothing')!.times),
    captured,
    timesMs: Object.fromEntries(variants.map((v) => [v.name, v.times.map((t) => Math.round(t))])),
  };
  console.log(`page with ${result.subresources} sub-resources behind ${LOAD_HOPS} redirects, ${ROUNDS} loads each, alternating (median ms)`);
  for (const v of variants)
    console.log(`  ${v.label.padEnd(22)} ${median(v.times).toFixed(0).padStart(6)} ms  (${(median(v.times) / med.none).toFixed(3)}× no extension)`);
  const interval = result.ratioOursToDoNothingInterval;
  console.log(
    `  ours / do-nothing: ${result.ratioOursToDoNothing.toFixed(3)} (rounds drawn again: 90% between ${interval.low.toFixed(3)} and ${interval.high.toFixed(3)})`,
  );
  if (med.baseline !== undefined) console.log(`  ours / earlier build: ${(med.ours / med.baseline).toFixed(3)}`);
  console.log(`  ours captured the last load: ${captured.hops} hops, ${captured.subresources} responses`);
  console.log(JSON.stringify(result));
} finally {
  for (const v of variants) await v.browser.close();
  await site.close();
}
