/**
 * Every benchmark budget in one place. `fast` budgets (bundle sizes and the capture core's speed)
 * are checked by `npm test` too, so a regression fails CI; the browser ones by `npm run bench`.
 * When a figure misses its budget, the code is made faster or smaller: the budget is not loosened.
 */

export type Unit = 'ms' | '×' | 'KiB' | 'events/s' | 'bytes' | 'MiB' | 'writes' | '';

export interface Budget {
  /** At most (max) or at least (min). */
  kind: 'max' | 'min';
  limit: number;
  /** Checked by `npm test` as well as by `npm run bench`. */
  fast?: boolean;
  unit: Unit;
  /** Where the limit comes from, for docs/benchmarks.md. */
  why?: string;
}

const KiB = 1024;

export const BUDGETS = {
  // Page load: ours against the do-nothing extension, measured in the same run.
  pageLoadOursToDoNothing: { kind: 'max', limit: 1.05, unit: '×', why: 'aim 1.02' },
  // Worker start: from the worker's start to its listeners registered, against the do-nothing worker's.
  workerStartColdRatio: { kind: 'max', limit: 1.5, unit: '×', why: 'the first start after an install or an update' },
  workerStartWarmRatio: { kind: 'max', limit: 1.5, unit: '×', why: 'every wake after 30 idle seconds' },
  // Popup: time to content against the empty tab, and absolute, on this kind of machine.
  popupRatioAt2000: { kind: 'max', limit: 1.5, unit: '×' },
  popupContentAt2000: { kind: 'max', limit: 100, unit: 'ms', why: 'on a 2-core machine' },
  // Panel: a frame while scrolling 5,000 rows stays under three 60 Hz frames.
  panelMedianFrame: { kind: 'max', limit: 50, unit: 'ms' },
  // Link checker: 1,000 one-hop URLs against a plain fetch loop of the same concurrency with no listener, in the same run;
  // 10,000 URLs: the page's frames while it runs, and its heap at the end (after a garbage collection).
  checkerToFetchLoop: { kind: 'max', limit: 1.3, unit: '×' },
  checkerMedianFrame: { kind: 'max', limit: 50, unit: 'ms' },
  checkerHeapAt10k: { kind: 'max', limit: 64, unit: 'MiB', why: 'bounded: the results themselves (about 1 KiB each) and a window of rows' },
  // Burst: every response counted, and writes batched (far fewer than the 2,000 events' worth).
  burstStorageWrites: { kind: 'max', limit: 200, unit: 'writes', why: 'batched: at most one write per 10 responses' },
  // Sizes, gzipped (zips as stored, less the languages' registry text, held by languageTextGzip). What a Preact popup needs before it can show anything.
  popupInitialGzip: {
    kind: 'max',
    limit: 40 * KiB,
    unit: 'KiB',
    fast: true,
    why: 'Preact, the popup and the shared UI; the registry loads after first content',
  },
  panelInitialGzip: { kind: 'max', limit: 185 * KiB, unit: 'KiB', fast: true, why: 'the panel names every row’s status from the registry at once' },
  backgroundGzip: {
    kind: 'max',
    limit: 34 * KiB,
    unit: 'KiB',
    fast: true,
    why: 'the capture core, the fingerprints (with who made an error itself) and the registry’s compact keys, no prose, in one file: 31.8 KiB + 6%, down from 151.4 KiB with the whole registry (the reason sentences and the badge’s per-status sentences, which only the pages show, are no longer in it)',
  },
  registryGzip: { kind: 'max', limit: 145 * KiB, unit: 'KiB', fast: true, why: 'every registered code with its explanation, held at today’s size + 6%' },
  chromeZip: {
    kind: 'max',
    limit: 322 * KiB,
    unit: 'KiB',
    fast: true,
    why: '315.7 KiB + 2%: the checker page, a context of its own (about 40 KiB with its inputs, its compare view, its result details and four export formats), the i18n module and English’s interface messages (about 14 KiB, every word of every page), the worker’s compact keys, which repeat words the pages’ registry holds, for a worker 110 KiB smaller, and the worker as one file (about 20 KiB: its own copy of the code it shares with the pages, so that it fetches one file at every start)',
  },
  firefoxZip: {
    kind: 'max',
    limit: 322 * KiB,
    unit: 'KiB',
    fast: true,
    why: '315.7 KiB + 2%: the checker page, a context of its own (about 40 KiB with its inputs, its compare view, its result details and four export formats), the i18n module and English’s interface messages (about 14 KiB, every word of every page), the worker’s compact keys, which repeat words the pages’ registry holds, for a worker 110 KiB smaller, and the worker as one file (about 20 KiB: its own copy of the code it shares with the pages, so that it fetches one file at every start)',
  },
  // Each language other than English has its text apart: the registry's, a chunk fetched only when that
  // language is shown, and the interface's messages, of which the browser reads one language's. The zips
  // above are weighed without them, and each language is held here instead.
  languageTextGzip: {
    kind: 'max',
    limit: 45 * KiB,
    unit: 'KiB',
    fast: true,
    why: '109 translated registry entries (phrase, summary, advice, crawler note), 19–23 KiB, and the interface’s 738 messages as packed, 15–19 KiB: 41.7 KiB for Russian, the longest, + 8%',
  },
  // The capture core in Node: 100,000 events.
  coreEventsPerSecond: { kind: 'min', limit: 50_000, unit: 'events/s', fast: true },
  coreRatioToAppend: { kind: 'max', limit: 600, unit: '×', fast: true, why: 'plain appends are the floor; catches an accidental quadratic path' },
  coreHeapGrowthAtCap: { kind: 'max', limit: 8, unit: 'MiB', why: 'between the first and last sample at the per-tab cap: flat' },
} satisfies Record<string, Budget>;

export type BudgetId = keyof typeof BUDGETS;

export function withinBudget(id: BudgetId, value: number): boolean {
  const budget: Budget = BUDGETS[id];
  return budget.kind === 'max' ? value <= budget.limit : value >= budget.limit;
}

export function describeBudget(id: BudgetId): string {
  const budget: Budget = BUDGETS[id];
  const unit = budget.unit;
  const limit = unit === 'KiB' ? `${(budget.limit / KiB).toFixed(0)} KiB` : `${budget.limit.toLocaleString('en')}${unit && unit !== '×' ? ` ${unit}` : unit}`;
  return `${budget.kind === 'max' ? '≤' : '≥'} ${limit}`;
}
