/** Open popups and panels hold a port named for the tab they show; updates are pushed to them, no polling. */
import type { Runtime } from 'webextension-polyfill';
import { parsePortName, type BackgroundPush } from '../shared/messages';
import type { TabView } from '../shared/tab-view';

export class PortHub {
  private readonly ports = new Map<number, Set<Runtime.Port>>();

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

  push(view: TabView): void {
    const message: BackgroundPush = { type: 'tab-updated', view };
    for (const port of this.ports.get(view.tabId) ?? []) port.postMessage(message);
  }
}
