/**
 * Small pure reads of the state for the popup, the DevTools panel and the toolbar badge.
 */
import type { StatusClass } from '../registry/registry-types';
import type { PageLoad } from './capture-state';

/**
 * The load that tells the story of what the tab shows, for the badge, the popup and the panel alike:
 * the newest one, except a navigation that never replaced the page (a download, 204, a cancelled
 * navigation), which stays in the history. (The capture's own `displayedLoad` is another question:
 * which committed page is on screen now, for filing a request.) Works on full loads and summaries.
 */
export function storyLoad<L extends Pick<PageLoad, 'noDocument'>>(loads: readonly L[] | undefined): L | undefined {
  if (loads === undefined) return undefined;
  for (let i = loads.length - 1; i >= 0; i--) {
    const load = loads[i];
    if (load !== undefined && load.noDocument !== true) return load;
  }
  return undefined;
}

export interface Badge {
  /** At most 4 characters: the final status ('404'), '!' appended when sub-resources failed; 'ERR' for a failed load. */
  text: string;
  /** The status class, for the UI to map to a colour. */
  color: StatusClass;
  /** The tooltip's first words: the status line (or code), or the browser's error; the background words the rest. */
  head: string;
  /** How many redirects (server, browser or client-side) led to the page: 0 when it was reached directly. */
  redirects: number;
  /** Sub-resource requests that failed or answered 4xx/5xx. */
  subresourceFailures: number;
}

export function statusClassOf(statusCode: number): StatusClass {
  if (statusCode >= 100 && statusCode < 200) return 'informational';
  if (statusCode >= 200 && statusCode < 300) return 'success';
  if (statusCode >= 300 && statusCode < 400) return 'redirection';
  if (statusCode >= 400 && statusCode < 500) return 'client-error';
  if (statusCode >= 500 && statusCode < 600) return 'server-error';
  return 'unknown';
}

/** The badge for a load; undefined when there is nothing observed to show (loading, unobservable). */
export function badgeFor(load: PageLoad | undefined): Badge | undefined {
  if (load === undefined) return undefined;
  const failures = load.counts.failed + load.counts['4xx'] + load.counts['5xx'];
  const redirects = load.chain.filter((hop, i) => i < load.chain.length - 1 || hop.redirectUrl !== undefined).length;
  const base = { redirects, subresourceFailures: failures };

  if (load.final !== undefined) {
    const code = String(load.final.statusCode);
    return {
      ...base,
      text: failures > 0 ? `${code}!` : code,
      color: statusClassOf(load.final.statusCode),
      head: load.final.statusLine ?? code,
    };
  }
  if (load.state === 'error' && load.error !== undefined) {
    return { ...base, text: 'ERR', color: 'no-response', head: load.error };
  }
  return undefined;
}
