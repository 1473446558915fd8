/**
 * Capture core throughput and memory, in Node:
 *   node --expose-gc --import tsx bench/capture-core.ts
 * 100,000 recorded Chrome events through the reducer, against a baseline that only appends the same
 * events to an array, measured alternately in one run; then memory per kept entry and memory at the
 * per-tab cap while events keep coming. Prints JSON on the last line for bench/run.ts.
 * BENCH_CORE_TIMING_ONLY=1 (what `npm test` runs) times the reducer only, in fewer rounds.
 */
import { emptyState, normalizeEvent, reduce, type CaptureEvent, type CaptureState } from '../src/shared/capture';
import { chromeBusyPage, chromeRedirectChain } from '../src/shared/capture/fixtures/chrome-scenarios';
import { testContext } from '../src/shared/capture/fixtures/test-context';
import { median } from './stats';

const EVENTS = 100_000;
// Not BENCH_QUICK: `BENCH_QUICK=1 npm run bench` still measures memory, only in fewer rounds.
const QUICK = process.env.BENCH_CORE_TIMING_ONLY === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 5 : 9));

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

// Two events a sub-resource (its start and its end: what the background listens to), a few more for the page.
const raw = [...chromeRedirectChain(), ...chromeBusyPage(Math.ceil(EVENTS / 2), 8)];
const events = raw
  .map((r) => normalizeEvent(r.name, r.details))
  .filter((e): e is CaptureEvent => e !== undefined)
  .slice(0, EVENTS);
const ctx = testContext({}, true);

function timeIt(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const appendTimes: number[] = [];
const reduceTimes: number[] = [];
let sink = 0;
for (let round = 0; round < ROUNDS + 2; round++) {
  const append = timeIt(() => {
    const list: CaptureEvent[] = [];
    for (const event of events) list.push(event);
    sink += list.length;
  });
  const reduced = timeIt(() => {
    const state = emptyState();
    for (const event of events) reduce(state, event, ctx);
    sink += state.loadSeq;
  });
  // The first rounds warm the JIT up; they are not counted.
  if (round >= 2) {
    appendTimes.push(append);
    reduceTimes.push(reduced);
  }
}

function heapUsed(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

/** Memory per kept sub-resource entry: a state holding N entries, measured against an empty one. */
function memoryPerEntry(): number {
  const kept = 1000;
  const tabs = 20;
  const before = heapUsed();
  const states: CaptureState[] = [];
  const state = emptyState();
  for (let tab = 0; tab < tabs; tab++) {
    for (const r of chromeBusyPage(kept, 100 + tab, `https://site${tab}.example/`)) {
      const event = normalizeEvent(r.name, r.details);
      if (event) reduce(state, event, ctx);
    }
  }
  states.push(state);
  const after = heapUsed();
  sink += states.length;
  return (after - before) / (kept * tabs);
}

/** Memory of one tab at its sub-resource cap while events keep coming: it must stay flat. */
function memoryAtCap(): { afterEvents: number; heapMiB: number }[] {
  const state = emptyState();
  const capCtx = testContext({ maxSubresourcesPerLoad: 1000 }, true);
  const stream = chromeBusyPage(100_000, 7);
  const samples: { afterEvents: number; heapMiB: number }[] = [];
  const checkpoints = new Set([20_000, 60_000, 120_000, 200_000]);
  stream.forEach((r, i) => {
    const event = normalizeEvent(r.name, r.details);
    if (event) reduce(state, event, capCtx);
    if (checkpoints.has(i + 1)) samples.push({ afterEvents: i + 1, heapMiB: heapUsed() / 2 ** 20 });
  });
  sink += Object.keys(state.tabs).length;
  return samples;
}

const appendMs = median(appendTimes);
const reduceMs = median(reduceTimes);
const perEntry = QUICK ? Number.NaN : memoryPerEntry();
const atCap = QUICK ? [] : memoryAtCap();
const result = {
  events: events.length,
  rounds: ROUNDS,
  appendMedianMs: appendMs,
  reduceMedianMs: reduceMs,
  eventsPerSecond: Math.round(events.length / (reduceMs / 1000)),
  ratioToAppend: reduceMs / appendMs,
  bytesPerKeptEntry: Math.round(perEntry),
  heapAtCap: atCap,
  heapGrowthAtCapMiB: atCap.length > 1 ? atCap.at(-1)!.heapMiB - atCap[0]!.heapMiB : Number.NaN,
};
console.log(`events through the reducer: ${result.events}, median of ${ROUNDS} rounds`);
console.log(`  baseline (append to array): ${appendMs.toFixed(2)} ms`);
console.log(
  `  reducer:                    ${reduceMs.toFixed(2)} ms  (${result.eventsPerSecond.toLocaleString('en')} events/s, ${result.ratioToAppend.toFixed(1)}× the baseline)`,
);
if (!QUICK) {
  console.log(`memory per kept sub-resource entry: ${result.bytesPerKeptEntry} bytes`);
  console.log(`heap at the per-tab cap (1,000 entries) as events keep coming: ${atCap.map((s) => `${s.afterEvents}: ${s.heapMiB.toFixed(1)} MiB`).join(', ')}`);
}
if (sink < 0) console.log(sink);
console.log(JSON.stringify(result));
