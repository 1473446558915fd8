/**
 * Chrome's prerendering (speculation rules): a page loads in the background of a tab, with events
 * marked documentLifecycle 'prerender', and may or may not be shown. It is kept aside in
 * `tab.prerender` so it never replaces the story of the page on screen, and becomes the tab's newest
 * load once there is evidence it was shown: a main-frame commit for its URL without a request of its
 * own, or an event from its document (same documentId) no longer marked 'prerender'.
 */
import type { PageLoad, TabCapture } from './capture-state';
import { trimLoads } from './page-load';
import type { ReduceContext } from './reduce-context';
import { sameDocument } from './url-utils';

function isPrerenderOf(prerender: PageLoad, url: string): boolean {
  return sameDocument(prerender.url, url) || prerender.chain.some((hop) => sameDocument(hop.url, url));
}

/** Puts the prerendered load where `placeholder` (an empty, request-less load) was. */
export function promotePrerenderAt(tab: TabCapture, placeholder: PageLoad, url: string): PageLoad | undefined {
  const prerender = tab.prerender;
  if (prerender === undefined || !isPrerenderOf(prerender, url)) return undefined;
  const index = tab.loads.indexOf(placeholder);
  if (index < 0) return undefined;
  tab.loads[index] = prerender;
  delete tab.prerender;
  return prerender;
}

/** Chrome gives the prerendering document's id at its (non-zero frame) commit; remember it. */
export function notePrerenderCommit(tab: TabCapture, url: string, documentId: string | undefined): void {
  const prerender = tab.prerender;
  if (prerender === undefined || documentId === undefined || !isPrerenderOf(prerender, url)) return;
  prerender.tracking.documentId = documentId;
  prerender.committed = true;
  prerender.url = url;
}

/** An 'active' event from the prerendered document means it was shown: it becomes the newest load. */
export function activatePrerenderIfShown(tab: TabCapture, documentId: string | undefined, documentLifecycle: string | undefined, ctx: ReduceContext): void {
  const prerender = tab.prerender;
  if (prerender === undefined || documentId === undefined || documentLifecycle === 'prerender') return;
  if (prerender.tracking.documentId !== documentId) return;
  delete tab.prerender;
  prerender.committed = true;
  tab.loads.push(prerender);
  trimLoads(tab, ctx);
}
