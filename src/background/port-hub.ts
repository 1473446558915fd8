/**
 * Open popups and panels hold a port named for the surface and the tab they show; changes are pushed
 * to them, no polling. Pushes are coalesced per tab, so a page firing hundreds of requests sends a
 * few updates, and each surface's view is built once per push however many of its ports are open.
 */
import type { Runtime } from 'webextension-polyfill';
import { parsePortName, type BackgroundPush, type PortSurface, type SurfaceViews } from '../shared/messages';

const PUSH_INTERVAL_MS = 100;

export type ViewBuilders = { [S in PortSurface]: (tabId: number) => SurfaceViews[S] };

interface Watcher {
  port: Runtime.Port;
  surface: PortSurface;
}

export class PortHub {
  private readonly watchers = new Map<number, Set<Watcher>>();
  private readonly pending = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly viewOf: ViewBuilders) {}

  /** Returns the watcher for the port, or undefined when the port is not one of ours. */
  add(port: Runtime.Port): { tabId: number; surface: PortSurface } | undefined {
    const parsed = parsePortName(port.name);
    if (!parsed) return undefined;
    const set = this.watchers.get(parsed.tabId) ?? new Set<Watcher>();
    const watcher: Watcher = { port, surface: parsed.surface };
    set.add(watcher);
    this.watchers.set(parsed.tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(watcher);
      if (set.size === 0) this.watchers.delete(parsed.tabId);
    });
    return parsed;
  }

  /** Sends the tab's view now to one port (a fresh connection). */
  sendNow(port: Runtime.Port, tabId: number, surface: PortSurface): void {
    port.postMessage(this.message(tabId, surface));
  }

  /** Schedules a push of the tab's view to every port watching it. */
  changed(tabId: number): void {
    if (!this.watchers.has(tabId) || this.pending.has(tabId)) return;
    this.pending.set(
      tabId,
      setTimeout(() => {
        this.pending.delete(tabId);
        const built = new Map<PortSurface, BackgroundPush>();
        for (const { port, surface } of this.watchers.get(tabId) ?? []) {
          let message = built.get(surface);
          if (message === undefined) {
            message = this.message(tabId, surface);
            built.set(surface, message);
          }
          port.postMessage(message);
        }
      }, PUSH_INTERVAL_MS),
    );
  }

  private message(tabId: number, surface: PortSurface): BackgroundPush {
    return { type: 'tab-updated', view: this.viewOf[surface](tabId) };
  }
}
