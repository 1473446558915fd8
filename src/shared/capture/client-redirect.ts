/**
 * Client-side redirects: a page that sends the browser on by itself (meta refresh, script).
 *
 * The browser only tells us afterwards, in webNavigation.onCommitted's 'client_redirect' qualifier;
 * the optional content script tells us how (meta refresh or script), usually before it happens but
 * with no ordering guarantee. Each document stays its own load (its own sub-resources, its own final
 * response); the two loads are linked both ways, and the new load's chain starts with the previous
 * load's hops, so the chain shows the whole journey: what the person asked for, every hop, what they
 * got. A page that refreshes itself (same URL) is linked but starts a fresh chain: not a redirect.
 */
import type { ClientRedirectHintEvent, NavigationCommittedEvent } from './capture-event';
import type { Hop, MadeBy, PageLoad, PendingClientRedirectHint, TabCapture } from './capture-state';
import { LIMITS } from './limits';
import { chainChanged } from './page-load';
import { copyHop, newHop } from './redirect-chain';
import { sameDocument } from './url-utils';

function hintMadeBy(hint: PendingClientRedirectHint): MadeBy {
  return hint.redirectKind === 'meta-refresh' ? 'client-meta-refresh' : 'client-javascript';
}

/** The URL the load first asked for (before its own server redirects). */
function requestedUrl(load: PageLoad): string {
  return load.chain[0]?.url ?? load.url;
}

/** The page shown before `load`: the nearest earlier committed load that replaced the page. */
function previousShown(tab: TabCapture, load: PageLoad): PageLoad | undefined {
  for (let i = tab.loads.indexOf(load) - 1; i >= 0; i--) {
    const candidate = tab.loads[i];
    if (candidate !== undefined && candidate.committed && candidate.noDocument !== true) return candidate;
  }
  return undefined;
}

function hintTargets(hint: PendingClientRedirectHint, load: PageLoad): boolean {
  return sameDocument(hint.toUrl, requestedUrl(load)) || sameDocument(hint.toUrl, load.url);
}

/** Stores the hint for the navigation it announces, or applies it to a navigation already committed. */
export function receiveHint(tab: TabCapture, e: ClientRedirectHintEvent): void {
  const hint: PendingClientRedirectHint = { redirectKind: e.redirectKind, fromUrl: e.fromUrl, toUrl: e.toUrl };
  if (e.delaySeconds !== undefined) hint.delaySeconds = e.delaySeconds;
  if (e.timeStamp !== undefined) hint.at = e.timeStamp;
  if (!applyLateHint(tab, hint)) tab.hint = hint;
}

/**
 * The content script's message can arrive after the commit it announces. If the newest load is that
 * navigation, the hint is applied now: it names the kind of a link made as 'client-unknown', or
 * makes the link when the browser gave no qualifier (Firefox).
 */
function applyLateHint(tab: TabCapture, hint: PendingClientRedirectHint): boolean {
  const load = tab.loads[tab.loads.length - 1];
  // A self-refresh hint always names the page on screen: it announces the next load, not this one.
  if (load === undefined || !load.committed || sameDocument(hint.fromUrl, hint.toUrl) || !hintTargets(hint, load)) {
    return false;
  }
  const madeBy = hintMadeBy(hint);
  if (load.arrivedBy === 'client-unknown') {
    load.arrivedBy = madeBy;
    for (const hop of load.chain) {
      if (hop.madeBy === 'client-unknown' && sameDocument(hop.redirectUrl, hint.toUrl)) {
        hop.madeBy = madeBy;
        if (hint.delaySeconds !== undefined) hop.clientDelaySeconds = hint.delaySeconds;
      }
    }
    chainChanged(load);
    return true;
  }
  if (load.redirectedFromLoadId !== undefined || load.transitionQualifiers?.includes('forward_back') === true) return false;
  const previous = previousShown(tab, load);
  if (previous === undefined || !sameDocument(previous.url, hint.fromUrl)) return false;
  linkLoads(previous, load, madeBy, hint.delaySeconds);
  return true;
}

/**
 * Decides, at commit, whether `load` was reached by a client-side redirect from the page shown before
 * it, and links them if so. Back/forward is never a redirect; a click or a typed URL has neither the
 * 'client_redirect' qualifier nor a matching hint, so it stays a separate, unlinked load.
 */
export function linkClientRedirect(tab: TabCapture, load: PageLoad, e: NavigationCommittedEvent): void {
  const hint = tab.hint;
  delete tab.hint;
  if (load.redirectedFromLoadId !== undefined || e.transitionQualifiers.includes('forward_back')) return;
  const matching = hint !== undefined && hintTargets(hint, load) ? hint : undefined;
  // Chrome sets 'client_redirect'; Firefox is less consistent, so a matching hint is evidence enough.
  if (!e.transitionQualifiers.includes('client_redirect') && matching === undefined) return;
  const previous = previousShown(tab, load);
  if (previous === undefined) return;
  linkLoads(previous, load, matching !== undefined ? hintMadeBy(matching) : 'client-unknown', matching?.delaySeconds);
}

function linkLoads(previous: PageLoad, load: PageLoad, madeBy: MadeBy, delaySeconds: number | undefined): void {
  load.redirectedFromLoadId = previous.id;
  load.arrivedBy = madeBy;
  previous.redirectedToLoadId = load.id;
  const target = requestedUrl(load);
  if (sameDocument(previous.url, target)) return;

  const prefix = journeySoFar(previous);
  const last = prefix[prefix.length - 1];
  if (last !== undefined) {
    last.madeBy = madeBy;
    last.redirectUrl = target;
    if (delaySeconds !== undefined) last.clientDelaySeconds = delaySeconds;
  }
  const chain = prefix.concat(load.chain);
  const excess = Math.max(0, chain.length - LIMITS.maxChainHops);
  load.droppedHops += previous.droppedHops + excess;
  load.chain = excess > 0 ? chain.slice(excess) : chain;
  chainChanged(load);
}

/**
 * The previous page's own request was reported after the page it redirected to was linked (Firefox
 * delivers webRequest events late): the copy of its journey at the front of the next load's chain
 * is out of date. Copies it again, keeping how the page moved on, and so on down the line of
 * client-side redirects. The next load's own hops are those after its last client-side hop (only a
 * link makes client-side hops).
 */
export function refreshJourney(tab: TabCapture, previous: PageLoad): void {
  let from = previous;
  for (let guard = 0; guard < tab.loads.length && from.redirectedToLoadId !== undefined; guard++) {
    const next = tab.loads.find((l) => l.id === from.redirectedToLoadId);
    if (next === undefined || next.redirectedFromLoadId !== from.id) return;
    let linkIndex = -1;
    next.chain.forEach((hop, i) => {
      if (hop.madeBy?.startsWith('client-') === true) linkIndex = i;
    });
    const link = next.chain[linkIndex];
    // A self-refresh starts a fresh chain: nothing was copied.
    if (link === undefined) return;
    const prefix = journeySoFar(from);
    const last = prefix[prefix.length - 1];
    if (last !== undefined) {
      if (link.madeBy !== undefined) last.madeBy = link.madeBy;
      if (link.redirectUrl !== undefined) last.redirectUrl = link.redirectUrl;
      if (link.clientDelaySeconds !== undefined) last.clientDelaySeconds = link.clientDelaySeconds;
    }
    const chain = prefix.concat(next.chain.slice(linkIndex + 1));
    const excess = Math.max(0, chain.length - LIMITS.maxChainHops);
    next.droppedHops += excess;
    next.chain = excess > 0 ? chain.slice(excess) : chain;
    chainChanged(next);
    from = next;
  }
}

/**
 * Copies of the previous load's hops. When its page was never observed (a service worker served
 * it), one hop stands for it, with no status: we know it was there, not what it answered.
 */
function journeySoFar(previous: PageLoad): Hop[] {
  if (previous.chain.length > 0) return previous.chain.map(copyHop);
  return [newHop(previous.url, 'GET', previous.startedAt)];
}
