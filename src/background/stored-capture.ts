/**
 * How the capture state is laid out in storage.session, and how it is read back. Pure (no browser
 * API), so the store, the tests and the benchmarks read it the same way.
 *
 * Each tab has a record naming its page loads in order; each load has a head (everything but its
 * sub-resources) and its sub-resources in chunks of SUBRESOURCE_CHUNK by position, each under a key
 * of its own. All are JSON text, and the text is what the store compares to skip parts that did not
 * change: a busy page then costs a write of its load's head and newest chunk per flush, not a rewrite
 * of everything the tab keeps. Text because Chromium takes a string into storage about fifteen times
 * faster than the same data as objects (80 KB: 3 ms against 43 ms, measured in the worker).
 */
import type { PageLoad, SubresourceRecord, TabCapture } from '../shared/capture';

export const META_KEY = 'capture:meta';
const TAB_PREFIX = 'capture:tab:';
export const LOAD_PREFIX = 'capture:load:';
export const LAYOUT_VERSION = 2 as const;

export interface StoredMeta {
  version: typeof LAYOUT_VERSION;
  loadSeq: number;
  /** Kept so that a closed tab's late events stay dropped after a restart too. */
  closedTabs?: number[];
}

/** A tab as stored: everything but its loads, which are named by id, oldest first. */
type StoredTab = Omit<TabCapture, 'loads'> & { loadIds: string[] };

export function tabKey(tabId: number | string): string {
  return `${TAB_PREFIX}${tabId}`;
}

export function loadKey(loadId: string): string {
  return LOAD_PREFIX + loadId;
}

/** Sub-resources per stored chunk: small enough that the newest chunk is cheap to rewrite. */
export const SUBRESOURCE_CHUNK = 100;

export function chunkKey(loadId: string, chunk: number): string {
  return `${LOAD_PREFIX}${loadId}#${chunk}`;
}

/** The load a head or chunk key belongs to, or undefined for any other key. */
export function loadIdOfPartKey(key: string): string | undefined {
  return key.startsWith(LOAD_PREFIX) ? key.slice(LOAD_PREFIX.length).replace(/#\d+$/, '') : undefined;
}

export function isChunkKey(key: string): boolean {
  return key.startsWith(LOAD_PREFIX) && /#\d+$/.test(key);
}

/** A load's head as stored: all but its sub-resources, with how many are kept (after the dropped ones). */
type StoredLoadHead = Omit<PageLoad, 'subresources'> & { keptSubresources: number };

/**
 * The stored parts of a load, key → JSON text: its head, then each chunk of sub-resources. Chunks
 * are cut by position (dropped ones included), so dropping the oldest never shifts the newer ones.
 */
/** What a caller knows of a load's sealed chunks (see openChunks): their text, kept from an earlier flush. */
export interface SealedChunks {
  /** The text of a whole chunk that cannot change any more, if known. */
  known: (chunk: number) => string | undefined;
  /** Told the text of every whole chunk made; keeps it if the chunk is sealed. */
  made: (chunk: number, text: string) => void;
}

export function storedLoadParts(load: PageLoad, sealed?: SealedChunks): Map<string, string> {
  const { subresources, ...rest } = load;
  const parts = new Map<string, string>();
  parts.set(loadKey(load.id), JSON.stringify({ ...rest, keptSubresources: subresources.length } satisfies StoredLoadHead));
  const first = load.droppedSubresources;
  for (let at = 0; at < subresources.length;) {
    const chunk = Math.floor((first + at) / SUBRESOURCE_CHUNK);
    const end = Math.min(subresources.length, (chunk + 1) * SUBRESOURCE_CHUNK - first);
    // A chunk holding all of its hundred records may be sealed: its text is then known already.
    const whole = end - at === SUBRESOURCE_CHUNK;
    let text = whole ? sealed?.known(chunk) : undefined;
    if (text === undefined) {
      text = JSON.stringify(subresources.slice(at, end));
      if (whole) sealed?.made(chunk, text);
    }
    parts.set(chunkKey(load.id, chunk), text);
    at = end;
  }
  return parts;
}

/**
 * The chunks of a load that may still change: those holding the record of a request still running
 * (the capture core changes a sub-resource's record only through its running request). Every other
 * whole chunk is sealed, and a flush need not turn it into text again.
 */
export function openChunks(tab: TabCapture, loadId: string): Set<number> {
  const open = new Set<number>();
  for (const rec of tab.inflight) {
    if (rec.done !== true && rec.loadId === loadId && rec.seq >= 0) open.add(Math.floor(rec.seq / SUBRESOURCE_CHUNK));
  }
  return open;
}

/**
 * The tab's record as stored: JSON text. Finished requests waiting for the in-memory list to be
 * compacted are left out: they mean nothing after a restart, and on a busy page they are half the text.
 */
export function storedTabOf(tab: TabCapture): string {
  const { loads, inflight, ...rest } = tab;
  const running = inflight.filter((rec) => rec.done !== true);
  return JSON.stringify({ ...rest, inflight: running, loadIds: loads.map((load) => load.id) } satisfies StoredTab);
}

export interface ReadCapture {
  meta: StoredMeta | undefined;
  tabs: Record<string, TabCapture>;
  /** The stored text of every tab record and every part of a load a tab names, by key: what is already written. */
  partTexts: Map<string, string>;
  /** The keys of each such load's parts, by load id. */
  partKeys: Map<string, string[]>;
  /** Keys of load parts nothing names any more (a write cut short): safe to remove. */
  orphanKeys: string[];
}

/** Reads everything storage.session holds; anything malformed is left out rather than thrown on. */
export function readStoredCapture(stored: Record<string, unknown>): ReadCapture {
  const raw = stored[META_KEY] as Partial<StoredMeta> | undefined;
  const meta =
    raw?.version === LAYOUT_VERSION && typeof raw.loadSeq === 'number'
      ? {
          version: LAYOUT_VERSION,
          loadSeq: raw.loadSeq,
          ...(Array.isArray(raw.closedTabs) ? { closedTabs: raw.closedTabs.filter((id) => Number.isInteger(id)) } : {}),
        }
      : undefined;
  const tabs: Record<string, TabCapture> = {};
  const partTexts = new Map<string, string>();
  const partKeys = new Map<string, string[]>();
  for (const [key, value] of Object.entries(stored)) {
    const record = key.startsWith(TAB_PREFIX) ? parseJson(value) : undefined;
    if (!isStoredTab(record)) continue;
    const { loadIds, ...rest } = record;
    const loads: PageLoad[] = [];
    for (const id of loadIds) {
      const load = readLoad(stored, id, partTexts);
      if (load === undefined) continue;
      loads.push(load.load);
      partKeys.set(id, load.keys);
    }
    tabs[key.slice(TAB_PREFIX.length)] = { ...rest, loads };
  }
  for (const key of Object.keys(tabs)) partTexts.set(tabKey(key), stored[tabKey(key)] as string);
  const orphanKeys = Object.keys(stored).filter((key) => key.startsWith(LOAD_PREFIX) && !partTexts.has(key));
  return { meta, tabs, partTexts, partKeys, orphanKeys };
}

/** One load from its head and chunks; a chunk that is missing or unreadable leaves its records out. */
function readLoad(stored: Record<string, unknown>, id: string, texts: Map<string, string>): { load: PageLoad; keys: string[] } | undefined {
  const headText = stored[loadKey(id)];
  const head = parseJson(headText) as Partial<StoredLoadHead> | null | undefined;
  if (typeof head !== 'object' || head === null || head.id !== id || !Array.isArray(head.chain)) return undefined;
  const { keptSubresources, ...rest } = head as StoredLoadHead;
  const keys = [loadKey(id)];
  texts.set(loadKey(id), headText as string);
  const subresources: SubresourceRecord[] = [];
  const first = Number.isInteger(rest.droppedSubresources) ? rest.droppedSubresources : 0;
  const kept = Number.isInteger(keptSubresources) ? keptSubresources : 0;
  if (kept > 0) {
    for (let chunk = Math.floor(first / SUBRESOURCE_CHUNK); chunk <= Math.floor((first + kept - 1) / SUBRESOURCE_CHUNK); chunk++) {
      const text = stored[chunkKey(id, chunk)];
      const records = parseJson(text);
      if (!Array.isArray(records)) continue;
      subresources.push(...(records as SubresourceRecord[]));
      keys.push(chunkKey(id, chunk));
      texts.set(chunkKey(id, chunk), text as string);
    }
  }
  return { load: { ...rest, subresources }, keys };
}

function isStoredTab(value: unknown): value is StoredTab {
  if (typeof value !== 'object' || value === null) return false;
  const tab = value as Partial<StoredTab>;
  return Array.isArray(tab.loadIds) && tab.loadIds.every((id) => typeof id === 'string') && Array.isArray(tab.inflight);
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
