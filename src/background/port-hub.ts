/**
 * Open popups and panels hold a port named for the tab they show; changes are pushed to them, no
 * polling. Pushes are coalesced per tab, so a page firing hundreds of requests sends a few updates.
 */
import type { Runtime } from 'webextension-polyfill';
import { parsePortName, type BackgroundPush } from '../shared/messages';
import type { TabView } from '../shared/tab-view';

const PUSH_INTERVAL_MS = 100;

export class PortHub {
  private readonly ports = new Map<number, Set<Runtime.Port>>();
  private readonly pending = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly viewOf: (tabId: number) => TabView) {}

  /** Returns the tab the port watches, or undefined when the port is not one of ours. */
  add(port: Runtime.Port): number | undefined {
    const parsed = parsePortName(port.name);
    if (!parsed) return undefined;
    const set = this.ports.get(parsed.tabId) ?? new Set<Runtime.Port>();
    set.add(port);
    this.ports.set(parsed.tabId, set);
    port.onDisconnect.addListener(() => {
      set.delete(port);
      if (set.size === 0) this.ports.delete(parsed.tabId);
    });
    return parsed.tabId;
  }

  /** Sends the tab's view now to one port (a fresh connection). */
  sendNow(port: Runtime.Port, tabId: number): void {
    port.postMessage({ type: 'tab-updated', view: this.viewOf(tabId) } satisfies BackgroundPush);
  }

  /** Schedules a push of the tab's view to every port watching it. */
  changed(tabId: number): void {
    if (!this.ports.has(tabId) || this.pending.has(tabId)) return;
    this.pending.set(
      tabId,
      setTimeout(() => {
        this.pending.delete(tabId);
        const message: BackgroundPush = { type: 'tab-updated', view: this.viewOf(tabId) };
        for (const port of this.ports.get(tabId) ?? []) port.postMessage(message);
      }, PUSH_INTERVAL_MS),
    );
  }
}
