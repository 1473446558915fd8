/**
 * The capture reducer: one CaptureEvent in, the updated CaptureState out.
 *
 * OWNERSHIP: the caller owns `state`. For speed (it sees every request of every tab) `reduce`
 * updates it IN PLACE and returns the same object; it never copies arrays per event. A caller that
 * needs the previous state must copy it first. The state stays plain JSON, so the caller can persist
 * it at any moment and continue from the parsed copy after a service-worker restart.
 *
 * Pure apart from that mutation: no browser API, no clock (times come from the events), and the
 * registry and the vendor detector come in through `ctx`.
 */
import type { CaptureEvent, RequestEvent } from './capture-event';
import type { CaptureState } from './capture-state';
import { receiveHint } from './client-redirect';
import { receiveDocumentProtocol } from './document-protocol';
import { isMainFrameRequest, mainBeforeRedirect, mainBeforeRequest, mainCompleted, mainError, mainResponse } from './main-frame';
import { historyStateUpdated, isMainFrameNavigation, navigationBefore, navigationCommitted, navigationCompleted, navigationError } from './navigation';
import { ensureTab, getTab } from './page-load';
import type { ReduceContext } from './reduce-context';
import { subBeforeRedirect, subBeforeRequest, subCompleted, subError, subResponseStarted } from './subresources';
import { isClosedTab, removeTab, replaceTab } from './tab-lifecycle';

export function reduce(state: CaptureState, event: CaptureEvent, ctx: ReduceContext): CaptureState {
  if (event.kind !== 'tab-replaced' && isClosedTab(state, event.tabId)) return state;
  switch (event.kind) {
    case 'before-request':
    case 'before-redirect':
    case 'response-started':
    case 'completed':
    case 'error':
      reduceRequest(state, event, ctx);
      break;
    case 'navigation-before':
      if (isMainFrameNavigation(event)) navigationBefore(state, ensureTab(state, event.tabId), event, ctx);
      break;
    case 'navigation-committed':
      // Only the tab's main frame, or a prerendering page's (its document id is worth noting).
      if (event.frameId === 0 || event.documentLifecycle === 'prerender') {
        navigationCommitted(state, ensureTab(state, event.tabId), event, ctx);
      }
      break;
    case 'history-state-updated': {
      const tab = getTab(state, event.tabId);
      if (tab !== undefined) historyStateUpdated(tab, event);
      break;
    }
    case 'navigation-completed': {
      const tab = getTab(state, event.tabId);
      if (tab !== undefined) navigationCompleted(tab, event);
      break;
    }
    case 'navigation-error': {
      const tab = getTab(state, event.tabId);
      if (tab !== undefined) navigationError(tab, event);
      break;
    }
    case 'tab-removed':
      removeTab(state, event);
      break;
    case 'tab-replaced':
      replaceTab(state, event, ctx);
      break;
    case 'client-redirect-hint':
      // A frame's meta refresh moves only that frame, not the tab.
      if (event.frameId === 0) receiveHint(ensureTab(state, event.tabId), event);
      break;
    case 'document-protocol': {
      const tab = getTab(state, event.tabId);
      if (tab !== undefined && event.frameId === 0) receiveDocumentProtocol(tab, event);
      break;
    }
  }
  return state;
}

function reduceRequest(state: CaptureState, e: RequestEvent, ctx: ReduceContext): void {
  const tab = ensureTab(state, e.tabId);
  if (isMainFrameRequest(e)) {
    switch (e.kind) {
      case 'before-request':
        return mainBeforeRequest(state, tab, e, ctx);
      case 'before-redirect':
        return mainBeforeRedirect(state, tab, e, ctx);
      case 'response-started':
        return mainResponse(state, tab, e, ctx);
      case 'completed':
        return mainCompleted(tab, e, ctx);
      case 'error':
        return mainError(tab, e);
    }
  }
  switch (e.kind) {
    case 'before-request':
      return subBeforeRequest(state, tab, e, ctx);
    case 'before-redirect':
      return subBeforeRedirect(state, tab, e, ctx);
    case 'response-started':
      return subResponseStarted(state, tab, e, ctx);
    case 'completed':
      return subCompleted(state, tab, e, ctx);
    case 'error':
      return subError(state, tab, e, ctx);
  }
}
