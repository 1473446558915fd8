/**
 * Decides whether a navigation the page starts is a JavaScript redirect: the page sending the
 * browser to another document by itself, with no person asking. Pure: takes the few fields of a
 * Navigation API `navigate` event it needs, so it runs in Node.
 */

/** The fields of a `NavigateEvent` (Navigation API; not in TypeScript's DOM lib yet) read here. */
export interface NavigateFacts {
  /** A person started it: a link click, a form they submitted, the browser's own buttons. */
  userInitiated: boolean;
  /** 'push' | 'replace' | 'reload' | 'traverse'. */
  navigationType: string;
  destination: { url: string; sameDocument: boolean };
  /** Non-null for a link with a `download` attribute: the page stays. */
  downloadRequest: string | null;
}

export interface ScriptRedirectContext {
  /** `navigator.userActivation.isActive`: a person clicked or typed moments ago (a button's handler). */
  userActive: boolean;
  /** Where the page's meta refresh goes, when it has one: that navigation is the meta refresh's. */
  metaRefreshUrl?: string;
}

const withoutFragment = (url: string): string => url.split('#', 1)[0] ?? url;

/** The URL the script sends the browser to, or undefined when this navigation is not a script redirect. */
export function scriptRedirectTarget(e: NavigateFacts, ctx: ScriptRedirectContext): string | undefined {
  if (e.userInitiated || ctx.userActive) return undefined;
  // history.back() and friends go to an entry the person already saw; same-document changes are not loads.
  if (e.navigationType === 'traverse' || e.destination.sameDocument || e.downloadRequest !== null) return undefined;
  const url = e.destination.url;
  if (!/^https?:/i.test(url)) return undefined;
  if (ctx.metaRefreshUrl !== undefined && withoutFragment(ctx.metaRefreshUrl) === withoutFragment(url)) return undefined;
  return url;
}
