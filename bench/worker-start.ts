/**
 * How long the background takes to start: from the service worker's start to the end of its script's
 * evaluation, when every listener is registered. A worker that starts slowly misses the first requests
 * after an install or an update, and pays again at every wake after 30 idle seconds.
 *   npm run build && tsx bench/worker-start.ts
 * Ours and the do-nothing extension, each from a copy of its folder whose manifest starts a one-line
 * module that imports the real worker script and then notes `performance.now()`: a worker's clock starts
 * with the worker, and a module's body runs only after everything it imports has been fetched, compiled
 * and evaluated, so that figure is the worker script's whole start. The same wrapper for both.
 * Cold: the first start after install, in a fresh profile. Warm: the same browser, the worker stopped
 * over CDP as Chromium stops an idle one, then woken by a page load (its webRequest events).
 * BENCH_START_ROUNDS fresh profiles each (7), with BENCH_START_WAKES wakes in each (3).
 * Prints JSON on the last line for bench/run.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { CdpSession, listTargets, type CdpTarget } from '../tests/e2e/fixtures/cdp';
import { freePort } from '../tests/e2e/fixtures/free-port';
import { CHROME_DIST, CHROMIUM_PATH } from '../tests/e2e/fixtures/paths';
import { startBenchSite } from './bench-site';
import { bootstrapRatioInterval, median } from './stats';

const ROUNDS = Math.max(3, Number(process.env.BENCH_START_ROUNDS ?? 7));
const WAKES = Math.max(1, Number(process.env.BENCH_START_WAKES ?? 3));
const DO_NOTHING = fileURLToPath(new URL('./fixtures/do-nothing-extension', import.meta.url));

interface Start {
  /** From the worker's start to the end of its script's evaluation. */
  total: number;
  /** The evaluation alone: from the first imported module's body to the end. */
  evaluation: number;
}

interface Variant {
  name: 'doNothing' | 'ours';
  dir: string;
  cold: Start[];
  warm: Start[];
}

/**
 * A copy of the extension whose worker is a module that imports the real one between two clock readings.
 * Modules are fetched and compiled as a graph, then evaluated in import order: `t0` runs first, the real
 * worker next, the wrapper's body last.
 */
function wrapped(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'si-worker-start-'));
  cpSync(source, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { background: { service_worker: string; type?: string } };
  writeFileSync(join(dir, 'bench-t0.js'), 'self.benchT0 = performance.now();\n');
  writeFileSync(
    join(dir, 'bench-start.js'),
    `import './bench-t0.js';\nimport './${manifest.background.service_worker}';\nconst end = performance.now();\nself.benchStart = { total: end, evaluation: end - self.benchT0 };\n`,
  );
  manifest.background = { service_worker: 'bench-start.js', type: 'module' };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Chromium on its own, not through Playwright: Playwright attaches to every service worker as it starts
 * and holds it until its debugger lets it run, which would be timed as the worker's start.
 */
async function launch(extensionDir: string): Promise<{ port: number; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'si-chromium-'));
  const port = await freePort();
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--user-data-dir=${userDataDir}`,
    `--remote-debugging-port=${port}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    'about:blank',
  ];
  const child: ChildProcess = spawn(CHROMIUM_PATH, args, { stdio: 'ignore' });
  const close = async (): Promise<void> => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    // Its helper processes may still be writing to the profile for a moment.
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // Left in the temporary folder: the figures do not depend on it.
    }
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (
      await listTargets(port).then(
        () => true,
        () => false,
      )
    )
      return { port, close };
    if (Date.now() > deadline) {
      await close();
      throw new Error('Chromium did not open its debugging port');
    }
    await sleep(100);
  }
}

const isWorker = (t: CdpTarget): boolean => t.type === 'service_worker' && t.url.startsWith('chrome-extension://') && t.url.endsWith('/bench-start.js');

/** The worker's own figures, once its script has run. */
async function startOf(port: number): Promise<Start> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const target = (await listTargets(port)).find(isWorker);
    if (target) {
      const session = await CdpSession.connect(target);
      try {
        const value = await session.evaluate<Start | null>('self.benchStart ?? null').catch(() => null);
        if (value) return value;
      } finally {
        session.close();
      }
    }
    await sleep(50);
  }
  throw new Error('the worker never finished evaluating its script');
}

/** Stops the worker as Chromium stops an idle one, through a page's ServiceWorker domain. */
function stopWorker(page: CdpTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(page.webSocketDebuggerUrl);
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('the worker did not stop'));
    }, 15_000);
    let asked = false;
    socket.on('open', () => socket.send(JSON.stringify({ id: 1, method: 'ServiceWorker.enable' })));
    socket.on('message', (data) => {
      const message = JSON.parse((data as Buffer).toString()) as {
        method?: string;
        params?: { versions?: { versionId: string; scriptURL: string; runningStatus: string }[] };
      };
      if (message.method !== 'ServiceWorker.workerVersionUpdated') return;
      for (const version of message.params?.versions ?? []) {
        if (!version.scriptURL.endsWith('/bench-start.js')) continue;
        if (version.runningStatus === 'running' && !asked) {
          asked = true;
          socket.send(JSON.stringify({ id: 2, method: 'ServiceWorker.stopWorker', params: { versionId: version.versionId } }));
        } else if (version.runningStatus === 'stopped' && asked) {
          clearTimeout(timer);
          socket.close();
          resolve();
        }
      }
    });
    socket.on('error', reject);
  });
}

async function measure(variant: Variant, origin: string, round: number): Promise<void> {
  const browser = await launch(variant.dir);
  try {
    variant.cold.push(await startOf(browser.port));
    const page = (await listTargets(browser.port)).find((t) => t.type === 'page');
    if (!page) throw new Error('no page to drive');
    for (let wake = 0; wake < WAKES; wake++) {
      await stopWorker(page);
      // A page load's webRequest events wake it, with its code still in memory: the warm case.
      const session = await CdpSession.connect(page);
      await session.send('Page.navigate', { url: `${origin}/load/page?u=start-${variant.name}-${round}-${wake}-${Date.now()}` });
      session.close();
      try {
        variant.warm.push(await startOf(browser.port));
      } catch {
        // Seen three times in about 300 wakes on a loaded machine, once with a second page load sent
        // after 5 s: the stopped worker did not start within 20 s. Counted as missing (the output
        // says how many wakes were measured), not as a start.
        process.stderr.write(`  ${variant.name}: a stopped worker did not wake in round ${round + 1}; its remaining wakes skipped\n`);
        return;
      }
    }
  } finally {
    await browser.close();
  }
}

const timesOf = (starts: Start[], key: keyof Start): number[] => starts.map((s) => s[key]);
const med = (starts: Start[], key: keyof Start): number => median(timesOf(starts, key));

const variants: Variant[] = [
  { name: 'doNothing', dir: wrapped(DO_NOTHING), cold: [], warm: [] },
  { name: 'ours', dir: wrapped(process.env.BENCH_CHROME_DIST ?? CHROME_DIST), cold: [], warm: [] },
];
const site = await startBenchSite();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) await measure(variant, site.origin, round);
    process.stderr.write(
      `  round ${round + 1}/${ROUNDS}: ${variants
        .map(
          (v) =>
            `${v.name} cold ${v.cold.at(-1)!.total.toFixed(1)} ms, warm ${v.warm
              .slice(-WAKES)
              .map((t) => t.total.toFixed(1))
              .join('/')} ms`,
        )
        .join('; ')}\n`,
    );
  }
  const [doNothing, ours] = variants as [Variant, Variant];
  // Each browser starts on its own, and a wake may be missing: the two lists are drawn again apart.
  const band = (of: Start[], to: Start[], key: keyof Start) => bootstrapRatioInterval(timesOf(of, key), timesOf(to, key), { paired: false });
  const figures = (key: keyof Start) => ({
    coldMs: { doNothing: med(doNothing.cold, key), ours: med(ours.cold, key) },
    warmMs: { doNothing: med(doNothing.warm, key), ours: med(ours.warm, key) },
    coldRatio: med(ours.cold, key) / med(doNothing.cold, key),
    warmRatio: med(ours.warm, key) / med(doNothing.warm, key),
    coldRatioInterval: band(ours.cold, doNothing.cold, key),
    warmRatioInterval: band(ours.warm, doNothing.warm, key),
  });
  const wakes = Math.min(doNothing.warm.length, ours.warm.length);
  const result = { rounds: ROUNDS, wakes, total: figures('total'), evaluation: figures('evaluation') };
  console.log(`worker start, medians (${ROUNDS} fresh profiles, ${result.wakes} wakes)`);
  for (const key of ['total', 'evaluation'] as const) {
    const f = result[key];
    console.log(
      `  ${key}: cold do-nothing ${f.coldMs.doNothing.toFixed(1)} ms, ours ${f.coldMs.ours.toFixed(1)} ms (${f.coldRatio.toFixed(2)}×, 90% ${f.coldRatioInterval.low.toFixed(2)}–${f.coldRatioInterval.high.toFixed(2)}); warm do-nothing ${f.warmMs.doNothing.toFixed(1)} ms, ours ${f.warmMs.ours.toFixed(1)} ms (${f.warmRatio.toFixed(2)}×, 90% ${f.warmRatioInterval.low.toFixed(2)}–${f.warmRatioInterval.high.toFixed(2)})`,
    );
  }
  console.log(JSON.stringify(result));
} finally {
  await site.close();
  for (const variant of variants) rmSync(variant.dir, { recursive: true, force: true });
}
