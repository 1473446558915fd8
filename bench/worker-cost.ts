/**
 * What our background itself spends on a busy page, measured inside it: the V8 sampling profiler
 * runs in the service worker while the page-load benchmark's page (300 sub-resources behind a 5-hop
 * chain) is loaded again and again, and the samples that were not idle add up to the worker's busy
 * time. Far steadier than page-load times on a shared machine, and it says where the time went.
 *   npm run build && tsx bench/worker-cost.ts
 * BENCH_BASELINE_DIST=<an earlier dist/chrome> profiles that build too, in alternating rounds.
 * Prints JSON on the last line for bench/run.ts.
 */
import type { Page } from '@playwright/test';
import { writesSettled } from '../tests/e2e/fixtures/capture-storage';
import { CdpSession, waitForTarget } from '../tests/e2e/fixtures/cdp';
import { launchChromium, type ChromiumWithExtension } from '../tests/e2e/fixtures/chromium-extension';
import { LOAD_HOPS, LOAD_SUBRESOURCES, startBenchSite } from './bench-site';
import { median } from './stats';

const ROUNDS = Math.max(3, Number(process.env.BENCH_WORKER_LOADS ?? 10));
const SUBRESOURCES = LOAD_SUBRESOURCES.images + LOAD_SUBRESOURCES.styles + LOAD_SUBRESOURCES.scripts;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Build {
  label: string;
  browser: ChromiumWithExtension;
  page: Page;
  cdp: CdpSession;
  busyMs: number[];
  /** Busy time by function, summed over every round: where the time went. */
  byFunction: Map<string, number>;
}

async function open(label: string, extensionDir: string | undefined): Promise<Build> {
  const browser = await launchChromium({ extensionDir });
  const target = await waitForTarget(browser.cdpPort, (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  const cdp = await CdpSession.connect(target);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return { label, browser, page, cdp, busyMs: [], byFunction: new Map() };
}

/** Busy time of one profile (every sample but the idle ones), adding each function's share to `byFunction`. */
function busyTime(profile: Profile, byFunction: Map<string, number>): number {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const name = node?.callFrame.functionName ?? '';
    if (name === '(idle)' || name === '(program)') return;
    const us = profile.timeDeltas[i] ?? 0;
    busyUs += us;
    const key = name || `(anonymous ${node?.callFrame.url.split('/').pop() ?? ''})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us / 1000);
  });
  return busyUs / 1000;
}

async function profiledLoad(build: Build, origin: string, u: string): Promise<void> {
  await build.cdp.send('Profiler.start');
  await build.page.goto(`${origin}/load/hop/1?u=${u}`, { waitUntil: 'load', timeout: 120_000 });
  // The last batched write after a load (a second later, two at most) is counted too.
  await writesSettled();
  const { profile } = await build.cdp.send<{ profile: Profile }>('Profiler.stop');
  build.busyMs.push(busyTime(profile, build.byFunction));
}

const site = await startBenchSite();
const builds: Build[] = [];
try {
  builds.push(await open('Status Inspector', process.env.BENCH_CHROME_DIST));
  if (process.env.BENCH_BASELINE_DIST) builds.push(await open('earlier build of ours', process.env.BENCH_BASELINE_DIST));
  // One warm-up load each, not counted.
  for (const build of builds) await build.page.goto(`${site.origin}/load/hop/1?u=warm-${build.label}-${Date.now()}`, { waitUntil: 'load', timeout: 120_000 });
  for (let round = 0; round < ROUNDS; round++) {
    for (const build of round % 2 === 0 ? builds : [...builds].reverse())
      await profiledLoad(build, site.origin, `w-${round}-${builds.indexOf(build)}-${Date.now()}`);
    process.stderr.write(`  round ${round + 1}/${ROUNDS}: ${builds.map((b) => `${b.label} ${b.busyMs.at(-1)!.toFixed(0)} ms`).join(', ')}\n`);
  }
  const [ours, baseline] = builds as [Build, Build | undefined];
  const top = (build: Build) =>
    [...build.byFunction.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => ({ name, msPerLoad: Math.round((ms / ROUNDS) * 10) / 10 }));
  const result = {
    loads: ROUNDS,
    requestsPerLoad: LOAD_HOPS + 1 + SUBRESOURCES,
    busyMsPerLoad: median(ours.busyMs),
    busyUsPerRequest: (median(ours.busyMs) * 1000) / (LOAD_HOPS + 1 + SUBRESOURCES),
    top: top(ours),
    ...(baseline
      ? { baselineBusyMsPerLoad: median(baseline.busyMs), ratioToBaseline: median(ours.busyMs) / median(baseline.busyMs), baselineTop: top(baseline) }
      : {}),
  };
  console.log(`background busy time per load of ${result.requestsPerLoad} requests, median of ${ROUNDS}`);
  for (const build of builds) {
    console.log(`  ${build.label.padEnd(22)} ${median(build.busyMs).toFixed(1).padStart(7)} ms`);
    for (const { name, msPerLoad } of top(build)) console.log(`      ${msPerLoad.toFixed(1).padStart(7)} ms  ${name}`);
  }
  if (baseline) console.log(`  ours / earlier build: ${result.ratioToBaseline!.toFixed(3)}`);
  console.log(JSON.stringify(result));
} finally {
  for (const build of builds) await build.browser.close();
  await site.close();
}
