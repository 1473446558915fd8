/**
 * Creating, keeping and finding page loads within a tab.
 */
import { finalHop } from './final-hop';
import type { CaptureState, PageLoad, TabCapture } from './capture-state';
import { emptyCounts } from './capture-state';
import { findChainIssues } from './chain-findings';
import { DEFAULT_CAPTURE_SETTINGS, effectiveLimit } from './limits';
import type { ReduceContext } from './reduce-context';

export function getTab(state: CaptureState, tabId: number): TabCapture | undefined {
  return state.tabs[tabId];
}

export function ensureTab(state: CaptureState, tabId: number): TabCapture {
  let tab = state.tabs[tabId];
  if (tab === undefined) {
    tab = { tabId, loads: [], inflight: [], inflightCount: 0 };
    state.tabs[tabId] = tab;
  }
  return tab;
}

export function createLoad(state: CaptureState, tabId: number, url: string, startedAt: number | undefined): PageLoad {
  return {
    id: `${tabId}-${state.loadSeq++}`,
    tabId,
    startedAt: startedAt ?? 0,
    url,
    state: 'loading',
    committed: false,
    chain: [],
    droppedHops: 0,
    findings: [],
    subresources: [],
    droppedSubresources: 0,
    errors: [],
    droppedErrors: 0,
    counts: emptyCounts(),
    spaNavigations: [],
    droppedSpaNavigations: 0,
    tracking: { navigationStarted: false },
  };
}

/** Adds a load as the tab's newest and forgets the oldest beyond `keptLoadsPerTab`. */
export function pushLoad(tab: TabCapture, load: PageLoad, ctx: ReduceContext): PageLoad {
  tab.loads.push(load);
  trimLoads(tab, ctx);
  return load;
}

export function trimLoads(tab: TabCapture, ctx: ReduceContext): void {
  const kept = effectiveLimit(ctx.settings.keptLoadsPerTab, DEFAULT_CAPTURE_SETTINGS.keptLoadsPerTab, 1);
  if (tab.loads.length > kept) tab.loads.splice(0, tab.loads.length - kept);
}

export function lastLoad(tab: TabCapture): PageLoad | undefined {
  return tab.loads[tab.loads.length - 1];
}

/** A load by id, newest first (there are only a handful), including a prerendering page and one set aside. */
export function findLoadById(tab: TabCapture, id: string): PageLoad | undefined {
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const load = tab.loads[i];
    if (load !== undefined && load.id === id) return load;
  }
  if (tab.prerender !== undefined && tab.prerender.id === id) return tab.prerender;
  return tab.earlyDocuments?.find((load) => load.id === id);
}

/** The load a main-frame request belongs to, including a prerendering page. */
export function findLoadByMainRequest(tab: TabCapture, requestId: string): PageLoad | undefined {
  if (tab.prerender !== undefined && tab.prerender.tracking.mainRequestId === requestId) return tab.prerender;
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const load = tab.loads[i];
    if (load !== undefined && load.tracking.mainRequestId === requestId) return load;
  }
  return undefined;
}

/**
 * The page that is on screen: the newest committed load, skipping a newer one that is still
 * navigating (the old page keeps running until the new one commits) or that never replaced the page.
 */
export function displayedLoad(tab: TabCapture): PageLoad | undefined {
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const load = tab.loads[i];
    if (load !== undefined && load.committed && load.noDocument !== true) return load;
  }
  return undefined;
}

/** Recomputes the findings; chains are short, so recomputing beats keeping them in step by hand. */
export function chainChanged(load: PageLoad): void {
  load.findings = findChainIssues(load.chain);
}

/** Sets `final` (and the source) from the chain's last hop, once it is a response that ended the chain. */
export function updateFinal(load: PageLoad): void {
  const hop = finalHop(load);
  if (hop === undefined || hop.statusCode === undefined) return;
  const source = hop.fromCache === true ? 'disk-cache' : 'network';
  load.final = { statusCode: hop.statusCode, source };
  if (hop.statusLine !== undefined) load.final.statusLine = hop.statusLine;
  // Copies, never the hop's own objects: Firefox's storage drops an object met twice (as if a cycle).
  if (hop.vendors !== undefined) load.final.vendors = hop.vendors.map((v) => ({ ...v }));
  if (hop.explanation !== undefined) load.final.explanation = { ...hop.explanation };
  load.source = source;
  delete load.notObservedReason;
  if (!load.committed) load.url = hop.url;
}
