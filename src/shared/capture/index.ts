/**
 * The capture core: raw browser events -> normalised CaptureEvents -> the per-tab story of page
 * loads, redirect chains and sub-resource responses. Pure, browser-free, JSON state.
 */
export type * from './capture-event';
export type * from './capture-state';
export type * from './reduce-context';
export type { CaptureSettings } from './limits';
export type { RawEventName, WebRequestListener } from './listeners';
export type { FailingRow } from './failing-rows';

export { DEFAULT_CAPTURE_SETTINGS } from './limits';
export { OWN_REQUEST_LISTENERS, WEB_NAVIGATION_LISTENERS, WEB_REQUEST_LISTENERS } from './listeners';
export { normalizeEvent } from './normalize-event';
export { emptyState } from './capture-state';
export { reduce } from './capture-reducer';
export { badgeFor, storyLoad } from './selectors';
export { failingRows } from './failing-rows';
export { findLoadById } from './page-load';
