/**
 * Which hop carried a page's final response: the one rule every view and the capture share. In a
 * file of its own because the popup uses it and must not load the rest of the capture core.
 */
import type { Hop, PageLoad } from './capture-state';

/** The hop that ended the chain with a response, if the chain has ended with one (not a redirect, not a failure). */
export function finalHop(load: Pick<PageLoad, 'chain'>): Hop | undefined {
  const last = load.chain[load.chain.length - 1];
  if (last === undefined || last.statusCode === undefined || last.redirectUrl !== undefined) return undefined;
  return last;
}
