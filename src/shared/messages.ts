/**
 * The one place where the shapes of messages between the extension's pages are defined,
 * named by direction. Every UI talks to the background through `messaging-client.ts`.
 */
import type { TabView } from './tab-view';

/** UI → background, request/response over runtime.sendMessage. */
export type UiRequest = { type: 'get-tab'; tabId: number };

/** Background → UI, the answer to each request type. */
export interface UiResponses {
  'get-tab': TabView;
}

/** Background → UI, pushed over a port while a popup or panel is open. */
export type BackgroundPush = { type: 'tab-updated'; view: TabView };

/** Ports are named for the surface and the tab they watch: 'popup:12', 'devtools:12'. */
export type PortSurface = 'popup' | 'devtools';

export function portName(surface: PortSurface, tabId: number): string {
  return `${surface}:${tabId}`;
}

export function parsePortName(name: string): { surface: PortSurface; tabId: number } | undefined {
  const match = /^(popup|devtools):(\d+)$/.exec(name);
  if (!match) return undefined;
  return { surface: match[1] as PortSurface, tabId: Number(match[2]) };
}

export function isUiRequest(value: unknown): value is UiRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; tabId?: unknown };
  return v.type === 'get-tab' && typeof v.tabId === 'number' && Number.isInteger(v.tabId);
}
