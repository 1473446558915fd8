/**
 * The one place where the shapes of messages between the extension's pages are defined,
 * named by direction. Every UI talks to the background through `messaging-client.ts`.
 */
import type { TabView } from './tab-view';

/** UI → background, request/response over runtime.sendMessage. */
export type UiRequest =
  | { type: 'get-tab'; tabId: number }
  /** The options page turns client-side redirect detection on (after the permission was granted) or off. */
  | { type: 'set-client-redirect-detection'; enabled: boolean };

/** Background → UI, the answer to each request type. */
export interface UiResponses {
  'get-tab': TabView;
  /** Whether the content script is registered now. */
  'set-client-redirect-detection': { enabled: boolean };
}

/**
 * Content script → background, fire and forget: the page is about to redirect itself. The tab and
 * frame are taken from the sender, never from the message (the page could forge those).
 */
export interface ClientRedirectHintMessage {
  type: 'client-redirect-hint';
  kind: 'meta-refresh' | 'javascript';
  fromUrl: string;
  toUrl: string;
  delaySeconds?: number;
  timeStamp?: number;
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
  const v = value as { type?: unknown; tabId?: unknown; enabled?: unknown };
  if (v.type === 'set-client-redirect-detection') return typeof v.enabled === 'boolean';
  return v.type === 'get-tab' && typeof v.tabId === 'number' && Number.isInteger(v.tabId);
}

/** Only the type is checked here; the capture core's normaliser validates every field. */
export function isClientRedirectHintMessage(value: unknown): value is ClientRedirectHintMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'client-redirect-hint';
}
