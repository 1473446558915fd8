/** The one way every UI talks to the background: typed requests, and a self-healing live port. */
import { browser } from './browser-adapter';
import { portName, type BackgroundPush, type PortSurface, type SurfaceViews, type UiRequest, type UiResponses } from './messages';

export async function request<T extends UiRequest>(message: T): Promise<UiResponses[T['type']]> {
  return await browser.runtime.sendMessage<T, UiResponses[T['type']]>(message);
}

/**
 * Calls `onView` with the tab's current view and again on every change. The port drops when the
 * service worker stops; reconnecting wakes it, and it answers with the stored view at once.
 */
export function watchTab<S extends PortSurface>(surface: S, tabId: number, onView: (view: SurfaceViews[S]) => void): () => void {
  let closed = false;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const connect = (): void => {
    if (closed) return;
    port = browser.runtime.connect({ name: portName(surface, tabId) });
    port.onMessage.addListener((message: unknown) => {
      // The port is named for the surface, so what comes down it is that surface's view.
      const push = message as BackgroundPush<S> | { type?: undefined };
      if (push.type === 'tab-updated' && push.view.tabId === tabId) onView(push.view);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      // The worker went away (idle stop, update); come back shortly rather than spin.
      setTimeout(connect, 100);
    });
  };
  connect();
  return () => {
    closed = true;
    port?.disconnect();
  };
}

/** The tab a popup shows: `?tab=ID` when given (pop-out, tests), else the active tab of its window. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
