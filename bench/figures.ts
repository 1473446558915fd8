/** Turns each benchmark's JSON into the figures of the report, with the budget each one answers to. */
import type { Figure } from './report';
import type { RatioBand } from './stats';

export interface SizesResult {
  popupInitialGzip: number;
  panelInitialGzip: number;
  backgroundGzip: number;
  registryGzip: number;
  registryRaw: number;
  zips: { file: string; bytes: number }[];
  /** Each language's registry text, gzipped: a chunk loaded only when that language is shown. */
  translationsGzip: { locale: string; bytes: number }[];
}

export interface RegistryLoadResult {
  rounds: number;
  registryRawBytes: number;
  importMedianMs: number;
  importMaxMs: number;
}

export interface CoreResult {
  events: number;
  rounds: number;
  appendMedianMs: number;
  reduceMedianMs: number;
  eventsPerSecond: number;
  ratioToAppend: number;
  bytesPerKeptEntry: number | null;
  heapAtCap: { afterEvents: number; heapMiB: number }[];
  heapGrowthAtCapMiB: number | null;
}

export interface PageLoadResult {
  loads: number;
  subresources: number;
  hops: number;
  medianMs: { none: number; doNothing: number; ours: number };
  ratioDoNothingToNone: number;
  ratioOursToNone: number;
  ratioOursToDoNothing: number;
  ratioOursToBaseline?: number;
  /** Where the ratio fell over the run's rounds drawn again (stats.ts). */
  ratioOursToDoNothingInterval?: RatioBand;
  captured: { hops: number; subresources: number };
}

export interface WorkerCostResult {
  loads: number;
  requestsPerLoad: number;
  busyMsPerLoad: number;
  busyUsPerRequest: number;
  top: { name: string; msPerLoad: number }[];
  baselineBusyMsPerLoad?: number;
  ratioToBaseline?: number;
}

export interface BurstResult {
  requests: number;
  capturedHops: (number | undefined)[];
  everyHopCaptured: boolean;
  capturedResponses: number;
  keptResponses: number;
  failedInBrowser: number;
  browserErrors: string[];
  droppedByCap: number;
  storageWrites: number;
  burstMs: number;
  popupShowsAllAfterFiredMs: number;
  popupShowsAllAfterLastResponseMs: number;
}

export interface PopupResult {
  rounds: number;
  smallestPageMs: number;
  rows: { requests: number; contentMs: number; firstRenderMs: number; afterFirstRenderMs: number; ratioToEmpty: number }[];
}

export interface PanelResult {
  requests: number;
  listed: number;
  tableLines: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  toEndMs: number;
  reachedLastRow: boolean;
  domLines: number;
}

const SIZE = 'Size (gzipped)';
const CORE = 'Capture core (Node)';

export function sizeFigures(r: SizesResult): Figure[] {
  const zip = (browser: string): number => r.zips.find((z) => z.file.includes(browser))?.bytes ?? Number.NaN;
  // The languages' text (registry chunk and interface messages) is weighed gzipped, as the zip stores it (deflate, within a few bytes of gzip).
  const translations = r.translationsGzip.reduce((n, t) => n + t.bytes, 0);
  const languages = r.translationsGzip.length;
  const largest = [...r.translationsGzip].sort((a, b) => b.bytes - a.bytes)[0];
  return [
    { section: SIZE, label: 'popup, initial JS + CSS', value: r.popupInitialGzip, unit: 'KiB', budget: 'popupInitialGzip' },
    { section: SIZE, label: 'panel, initial JS + CSS', value: r.panelInitialGzip, unit: 'KiB', budget: 'panelInitialGzip' },
    { section: SIZE, label: 'background worker', value: r.backgroundGzip, unit: 'KiB', budget: 'backgroundGzip' },
    { section: SIZE, label: 'registry chunk', value: r.registryGzip, unit: 'KiB', budget: 'registryGzip' },
    { section: SIZE, label: 'Chrome zip (as stored)', value: zip('chrome'), unit: 'KiB' },
    { section: SIZE, label: 'Firefox zip (as stored)', value: zip('firefox'), unit: 'KiB' },
    {
      section: SIZE,
      label: `Chrome zip, less the ${languages} other languages’ text`,
      value: zip('chrome') - translations,
      unit: 'KiB',
      budget: 'chromeZip',
    },
    {
      section: SIZE,
      label: `Firefox zip, less the ${languages} other languages’ text`,
      value: zip('firefox') - translations,
      unit: 'KiB',
      budget: 'firefoxZip',
    },
    {
      section: SIZE,
      label: `one language’s text (registry and messages), the largest (${largest?.locale ?? 'none'})`,
      value: largest?.bytes ?? Number.NaN,
      unit: 'KiB',
      budget: 'languageTextGzip',
    },
  ];
}

export function coreFigures(r: CoreResult): Figure[] {
  const figures: Figure[] = [
    { section: CORE, label: `${r.events.toLocaleString('en')} events: reducer`, value: r.reduceMedianMs, unit: 'ms' },
    { section: CORE, label: 'baseline: append to an array', value: r.appendMedianMs, unit: 'ms' },
    { section: CORE, label: 'throughput', value: r.eventsPerSecond, unit: 'events/s', budget: 'coreEventsPerSecond' },
    { section: CORE, label: 'reducer / append', value: r.ratioToAppend, unit: '×', budget: 'coreRatioToAppend' },
  ];
  if (r.bytesPerKeptEntry !== null && Number.isFinite(r.bytesPerKeptEntry)) {
    figures.push({ section: CORE, label: 'memory per kept sub-resource entry', value: r.bytesPerKeptEntry, unit: 'bytes' });
  }
  if (r.heapAtCap.length > 0) {
    figures.push({
      section: CORE,
      label: `heap at the per-tab cap after ${r.heapAtCap.map((s) => s.afterEvents.toLocaleString('en')).join(' / ')} events`,
      value: Number.NaN,
      unit: 'MiB',
      text: r.heapAtCap.map((s) => s.heapMiB.toFixed(1)).join(' / ') + ' MiB',
    });
    figures.push({
      section: CORE,
      label: 'heap growth at the cap, first to last sample',
      value: r.heapGrowthAtCapMiB ?? Number.NaN,
      unit: 'MiB',
      budget: 'coreHeapGrowthAtCap',
    });
  }
  return figures;
}

/** The row under a ratio that says where 90% of its redraws fell ('1.21× and 1.93×'); none when the step gave no band. */
function bandRow(section: string, label: string, band: RatioBand | undefined): Figure[] {
  return band === undefined ? [] : [{ section, label, value: Number.NaN, unit: '', text: `${band.low.toFixed(3)}× and ${band.high.toFixed(3)}×` }];
}

export function pageLoadFigures(r: PageLoadResult): Figure[] {
  const s = `Page load (${r.subresources} sub-resources behind ${r.hops} redirects, ${r.loads} loads each, medians)`;
  return [
    { section: s, label: 'no extension', value: r.medianMs.none, unit: 'ms' },
    { section: s, label: 'do-nothing extension (one empty webRequest.onCompleted listener)', value: r.medianMs.doNothing, unit: 'ms' },
    { section: s, label: 'Status Inspector', value: r.medianMs.ours, unit: 'ms' },
    { section: s, label: 'do-nothing / no extension', value: r.ratioDoNothingToNone, unit: '×' },
    { section: s, label: 'Status Inspector / no extension', value: r.ratioOursToNone, unit: '×' },
    { section: s, label: 'Status Inspector / do-nothing', value: r.ratioOursToDoNothing, unit: '×', budget: 'pageLoadOursToDoNothing' },
    ...bandRow(s, 'the same, by chance alone: 90% of the run’s rounds drawn again 2,000 times fall between', r.ratioOursToDoNothingInterval),
    ...(r.ratioOursToBaseline !== undefined
      ? [{ section: s, label: 'Status Inspector / earlier build (BENCH_BASELINE_DIST)', value: r.ratioOursToBaseline, unit: '×' as const }]
      : []),
    {
      section: s,
      label: 'captured by ours in its last load (hops, responses)',
      value: Number.NaN,
      unit: '',
      text: `${r.captured.hops} hops, ${r.captured.subresources} responses`,
    },
  ];
}

export function workerCostFigures(r: WorkerCostResult): Figure[] {
  const s = `Background busy time (V8 profiler in the worker, ${r.requestsPerLoad} requests a load, median of ${r.loads})`;
  return [
    { section: s, label: 'busy per page load', value: r.busyMsPerLoad, unit: 'ms' },
    { section: s, label: 'busy per request', value: r.busyUsPerRequest / 1000, unit: 'ms' },
    { section: s, label: 'where it went (per load)', value: Number.NaN, unit: '', text: r.top.map((t) => `${t.name} ${t.msPerLoad.toFixed(0)} ms`).join('; ') },
    ...(r.baselineBusyMsPerLoad !== undefined && r.ratioToBaseline !== undefined
      ? [
          { section: s, label: 'earlier build (BENCH_BASELINE_DIST), busy per page load', value: r.baselineBusyMsPerLoad, unit: 'ms' as const },
          { section: s, label: 'this build / earlier build', value: r.ratioToBaseline, unit: '×' as const },
        ]
      : []),
  ];
}

export function burstFigures(r: BurstResult): Figure[] {
  const s = `Background under a burst (${r.requests.toLocaleString('en')} requests at once)`;
  return [
    {
      section: s,
      label: 'every main-frame hop captured',
      value: Number.NaN,
      unit: '',
      text: `${r.everyHopCaptured ? 'yes' : 'NO'} (${r.capturedHops.join(' → ')})`,
      ok: r.everyHopCaptured,
    },
    {
      section: s,
      label: 'requests counted; kept as responses + browser failures',
      value: Number.NaN,
      unit: '',
      text: `${r.capturedResponses}; ${r.keptResponses} + ${r.failedInBrowser}${r.browserErrors.length ? ` (${r.browserErrors.join(', ')})` : ''}`,
      ok: r.capturedResponses === r.requests && r.keptResponses + r.failedInBrowser + r.droppedByCap === r.requests,
    },
    { section: s, label: 'storage.session writes', value: r.storageWrites, unit: 'writes', budget: 'burstStorageWrites' },
    { section: s, label: 'burst, first request to last response (page)', value: r.burstMs, unit: 'ms' },
    { section: s, label: 'popup shows the last of them, after the last response', value: r.popupShowsAllAfterLastResponseMs, unit: 'ms' },
  ];
}

export function popupFigures(r: PopupResult): Figure[] {
  const s = `Popup: opening to content (median of ${r.rounds} rounds, alternating)`;
  const figures: Figure[] = [{ section: s, label: 'floor: the extension’s smallest page, opened the same way', value: r.smallestPageMs, unit: 'ms' }];
  for (const row of r.rows) {
    const last = row.requests === 2000;
    figures.push({
      section: s,
      label: `${row.requests.toLocaleString('en')} captured requests`,
      value: row.contentMs,
      unit: 'ms',
      ...(last ? { budget: 'popupContentAt2000' as const } : {}),
    });
    if (row.requests > 0) {
      figures.push({
        section: s,
        label: `${row.requests.toLocaleString('en')} / empty`,
        value: row.ratioToEmpty,
        unit: '×',
        ...(last ? { budget: 'popupRatioAt2000' as const } : {}),
      });
    }
  }
  const last = r.rows.at(-1);
  if (last)
    figures.push({
      section: s,
      label: `${last.requests.toLocaleString('en')}: first render, then content`,
      value: Number.NaN,
      unit: '',
      text: `${last.firstRenderMs.toFixed(0)} ms + ${last.afterFirstRenderMs.toFixed(0)} ms`,
    });
  return figures;
}

export function panelFigures(r: PanelResult): Figure[] {
  const s = `DevTools panel: scrolling ${r.listed.toLocaleString('en')} requests`;
  return [
    { section: s, label: 'frame time, median', value: r.medianFrameMs, unit: 'ms', budget: 'panelMedianFrame' },
    {
      section: s,
      label: 'frame time, 95th percentile / worst',
      value: Number.NaN,
      unit: '',
      text: `${r.p95FrameMs.toFixed(0)} ms / ${r.maxFrameMs.toFixed(0)} ms`,
    },
    { section: s, label: `top to bottom, 10 rows a frame (${r.frames} frames)`, value: r.toEndMs, unit: 'ms' },
    {
      section: s,
      label: 'reached the last row; lines in the DOM',
      value: Number.NaN,
      unit: '',
      text: `${r.reachedLastRow ? 'yes' : 'NO'}; ${r.domLines}`,
      ok: r.reachedLastRow,
    },
  ];
}

export function registryLoadFigures(r: RegistryLoadResult): Figure[] {
  const s = `Registry: what the popup pays to load it, after its first content (median of ${r.rounds} fresh pages)`;
  return [
    { section: s, label: 'its chunks on disk (not gzipped)', value: r.registryRawBytes, unit: 'KiB' },
    { section: s, label: 'fetched, parsed and evaluated', value: r.importMedianMs, unit: 'ms' },
    { section: s, label: 'worst round', value: r.importMaxMs, unit: 'ms' },
  ];
}

export interface CheckerResult {
  urls: number;
  rounds: number;
  hosts: number;
  concurrency: number;
  checkerMedianMs: number;
  loopMedianMs: number;
  ratioMedian: number;
  ratios: number[];
  inPageMedianMs: number;
  inPageRatioMedian: number;
  big: {
    urls: number;
    ms: number;
    frames: number;
    medianFrameMs: number;
    p95FrameMs: number;
    maxFrameMs: number;
    heapBeforeMiB: number;
    heapEndMiB: number;
    samples: { done: number; heapMiB: number }[];
    bytesPerResult: number;
    rowsDrawn: number;
  };
}

export function checkerFigures(r: CheckerResult): Figure[] {
  const s = `Link checker: ${r.urls.toLocaleString('en')} URLs, each a one-hop redirect to a 200, ${r.concurrency} at once (median of ${r.rounds} rotating rounds)`;
  const b = `Link checker: ${r.big.urls.toLocaleString('en')} URLs, the results box scrolled meanwhile`;
  return [
    { section: s, label: 'checker page, wall time', value: r.checkerMedianMs, unit: 'ms' },
    { section: s, label: 'plain fetch loop, no listener (another extension’s page)', value: r.loopMedianMs, unit: 'ms' },
    { section: s, label: 'checker ÷ plain fetch loop (median of the rounds’ ratios)', value: r.ratioMedian, unit: '×', budget: 'checkerToFetchLoop' },
    { section: s, label: 'the same plain loop inside the checker page (its listeners and the background’s present)', value: r.inPageMedianMs, unit: 'ms' },
    { section: s, label: 'listening alone: that loop ÷ plain fetch loop', value: r.inPageRatioMedian, unit: '×' },
    { section: b, label: `wall time (${r.big.frames} frames)`, value: r.big.ms, unit: 'ms' },
    { section: b, label: 'frame time, median', value: r.big.medianFrameMs, unit: 'ms', budget: 'checkerMedianFrame' },
    {
      section: b,
      label: 'frame time, 95th percentile / worst',
      value: Number.NaN,
      unit: '',
      text: `${r.big.p95FrameMs.toFixed(0)} ms / ${r.big.maxFrameMs.toFixed(0)} ms`,
    },
    {
      section: b,
      label: 'JS heap after GC: before, as it went, at the end',
      value: Number.NaN,
      unit: '',
      text: [`${r.big.heapBeforeMiB.toFixed(1)} MiB`, ...r.big.samples.map((x) => `${x.heapMiB.toFixed(1)} MiB at ${x.done.toLocaleString('en')}`)].join(', '),
    },
    { section: b, label: 'JS heap at the end', value: r.big.heapEndMiB, unit: 'MiB', budget: 'checkerHeapAt10k' },
    {
      section: b,
      label: `heap per result (from ${r.big.samples[0]?.done.toLocaleString('en') ?? '?'} to the end)`,
      value: r.big.bytesPerResult,
      unit: 'bytes',
    },
    { section: b, label: 'rows drawn at the end', value: r.big.rowsDrawn, unit: '', ok: r.big.rowsDrawn < 200 },
  ];
}

interface StartFigures {
  coldMs: { doNothing: number; ours: number };
  warmMs: { doNothing: number; ours: number };
  coldRatio: number;
  warmRatio: number;
  /** Where each ratio fell over the starts drawn again (stats.ts). */
  coldRatioInterval?: RatioBand;
  warmRatioInterval?: RatioBand;
}

export interface WorkerStartResult {
  rounds: number;
  wakes: number;
  /** From the worker's start to the end of its script's evaluation. */
  total: StartFigures;
  /** The evaluation alone, once its modules are fetched and compiled. */
  evaluation: StartFigures;
}

export function workerStartFigures(r: WorkerStartResult): Figure[] {
  const s = `Worker start: from the worker’s start to its listeners registered (medians of ${r.rounds} fresh profiles and ${r.wakes} wakes)`;
  const { total: t, evaluation: e } = r;
  return [
    { section: s, label: 'cold (first start after install): do-nothing extension', value: t.coldMs.doNothing, unit: 'ms' },
    { section: s, label: 'cold: Status Inspector', value: t.coldMs.ours, unit: 'ms' },
    { section: s, label: 'cold: Status Inspector / do-nothing', value: t.coldRatio, unit: '×', budget: 'workerStartColdRatio' },
    ...bandRow(s, 'the same, by chance alone: 90% of the starts drawn again fall between', t.coldRatioInterval),
    { section: s, label: 'warm (woken by a page load after being stopped): do-nothing extension', value: t.warmMs.doNothing, unit: 'ms' },
    { section: s, label: 'warm: Status Inspector', value: t.warmMs.ours, unit: 'ms' },
    { section: s, label: 'warm: Status Inspector / do-nothing', value: t.warmRatio, unit: '×', budget: 'workerStartWarmRatio' },
    ...bandRow(s, 'the same, by chance alone: 90% of the wakes drawn again fall between', t.warmRatioInterval),
    {
      section: s,
      label: 'of which evaluating the script, cold; warm (do-nothing → ours)',
      value: Number.NaN,
      unit: '',
      text: `${e.coldMs.doNothing.toFixed(1)} → ${e.coldMs.ours.toFixed(1)} ms; ${e.warmMs.doNothing.toFixed(1)} → ${e.warmMs.ours.toFixed(1)} ms`,
    },
  ];
}
