import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import type { BackgroundPush } from '../shared/messages';
import { PortHub } from './port-hub';

/** A port as the hub uses it: a name, postMessage, and onDisconnect. */
function fakePort(name: string) {
  const sent: BackgroundPush[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    name,
    postMessage: (m: BackgroundPush) => sent.push(m),
    onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) },
  } as unknown as Runtime.Port;
  return { port, sent, disconnect: () => onDisconnect.forEach((f) => f()) };
}

describe('PortHub', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const builders = () => {
    const built = { popup: 0, devtools: 0 };
    const hub = new PortHub({
      popup: (tabId) => {
        built.popup++;
        return { tabId, loads: [] };
      },
      devtools: (tabId) => {
        built.devtools++;
        return { tabId, loads: [] };
      },
    });
    return { hub, built };
  };

  it('sends each surface its own view, built once per push however many ports watch', () => {
    const { hub, built } = builders();
    const a = fakePort('popup:4');
    const b = fakePort('popup:4');
    const panel = fakePort('devtools:4');
    const other = fakePort('devtools:5');
    expect(hub.add(a.port)).toEqual({ surface: 'popup', tabId: 4 });
    hub.add(b.port);
    hub.add(panel.port);
    hub.add(other.port);
    for (let i = 0; i < 30; i++) hub.changed(4);
    vi.advanceTimersByTime(150);
    expect(built).toEqual({ popup: 1, devtools: 1 });
    expect([a.sent.length, b.sent.length, panel.sent.length, other.sent.length]).toEqual([1, 1, 1, 0]);
    expect(a.sent[0]).toBe(b.sent[0]);
    expect(panel.sent[0]).not.toBe(a.sent[0]);
  });

  it('answers a fresh connection at once with its surface’s view, and forgets closed ports', () => {
    const { hub, built } = builders();
    const panel = fakePort('devtools:9');
    hub.add(panel.port);
    hub.sendNow(panel.port, 9, 'devtools');
    expect(built).toEqual({ popup: 0, devtools: 1 });
    expect(panel.sent).toEqual([{ type: 'tab-updated', view: { tabId: 9, loads: [] } }]);
    panel.disconnect();
    hub.changed(9);
    vi.advanceTimersByTime(150);
    expect(built.devtools).toBe(1);
  });

  it('refuses ports that are not ours', () => {
    const { hub } = builders();
    expect(hub.add(fakePort('popup:x').port)).toBeUndefined();
    expect(hub.add(fakePort('something').port)).toBeUndefined();
  });
});
