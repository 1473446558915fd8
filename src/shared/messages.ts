/**
 * The one place where the shapes of messages between the extension's pages are defined,
 * named by direction. Every UI talks to the background through `messaging-client.ts`.
 */
import type { FailingRow, PageLoad } from './capture';
import type { PopupView, TabView } from './tab-view';

/** UI → background, request/response over runtime.sendMessage. */
export type UiRequest =
  /** One kept load in full (the popup's export: the popup itself holds only failing rows). */
  | { type: 'get-load'; tabId: number; loadId: string }
  /** Every failing row of one kept load (the popup's summary holds the first of them). */
  | { type: 'get-failing'; tabId: number; loadId: string }
  /** The options page turns client-side redirect detection on (after the permission was granted) or off. */
  | { type: 'set-client-redirect-detection'; enabled: boolean };

/** Background → UI, the answer to each request type. */
export interface UiResponses {
  /** undefined when the load is no longer kept. */
  'get-load': PageLoad | undefined;
  /** undefined when the load is no longer kept. */
  'get-failing': FailingRow[] | undefined;
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

/**
 * Content script → background, once the page has loaded: the protocol its document came over, from the
 * page's navigation timing ('h2'). The tab and frame are taken from the sender, as for a hint.
 */
export interface DocumentProtocolMessage {
  type: 'document-protocol';
  url: string;
  nextHopProtocol: string;
  timeStamp?: number;
}

/** Ports are named for the surface and the tab they watch: 'popup:12', 'devtools:12'. */
export type PortSurface = 'popup' | 'devtools';

/** What each surface is sent: the panel every record, the popup the summaries it shows. */
export interface SurfaceViews {
  popup: PopupView;
  devtools: TabView;
}

/** Background → UI, pushed over a port while a popup or panel is open. */
export type BackgroundPush<S extends PortSurface = PortSurface> = { type: 'tab-updated'; view: SurfaceViews[S] };

export function portName(surface: PortSurface, tabId: number): string {
  return `${surface}:${tabId}`;
}

export function parsePortName(name: string): { surface: PortSurface; tabId: number } | undefined {
  const match = /^(popup|devtools):(\d+)$/.exec(name);
  if (!match) return undefined;
  return { surface: match[1] as PortSurface, tabId: Number(match[2]) };
}

/** Load ids are short ('12-3'); anything longer is not one of ours. */
const MAX_LOAD_ID_LENGTH = 64;

export function isUiRequest(value: unknown): value is UiRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; tabId?: unknown; enabled?: unknown; loadId?: unknown };
  if (v.type === 'set-client-redirect-detection') return typeof v.enabled === 'boolean';
  const hasTab = typeof v.tabId === 'number' && Number.isInteger(v.tabId);
  return (v.type === 'get-load' || v.type === 'get-failing') && hasTab && typeof v.loadId === 'string' && v.loadId.length <= MAX_LOAD_ID_LENGTH;
}

/** Only the type is checked here; the capture core's normaliser validates every field. */
export function isClientRedirectHintMessage(value: unknown): value is ClientRedirectHintMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'client-redirect-hint';
}

/** Only the type is checked here; the capture core's normaliser validates every field. */
export function isDocumentProtocolMessage(value: unknown): value is DocumentProtocolMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'document-protocol';
}
