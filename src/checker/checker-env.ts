/**
 * What the checker page needs from the browser, handed in by the entry point (checker.tsx), so the
 * components never call `browser.*` themselves and the wiring stays in one place.
 */
import type { RequestEvent } from '../shared/capture';
import type { CheckProfile } from '../shared/checker/check-profiles';
import type { CheckRunDeps } from './check-run';
import type { CollectedLinks } from './collect-links';

export type ProfileReady = { ok: true } | { ok: false; message: string };

export interface CheckerEnv {
  /** What a run needs but its settings: fetch, the clock, the registry and the detector. */
  runDeps: Pick<CheckRunDeps, 'fetch' | 'now' | 'ctx'>;
  /** Hands every webRequest event of the extension's own requests to `onEvent`; returns the unsubscribe. */
  watchOwnRequests: (onEvent: (e: RequestEvent) => void) => () => void;
  /**
   * Makes the extension's own requests go out as the profile says (its User-Agent). Call it from the
   * click that starts the run: it may have to ask for a permission, which browsers allow only then.
   */
  prepareProfile: (profile: CheckProfile) => Promise<ProfileReady>;
  /** Puts the browser's own User-Agent back for the extension's requests. */
  resetProfile: () => Promise<void>;
  /** The tab whose links the page was opened to check (`?links-of=TAB`), if any. */
  linksOf: number | undefined;
  /** Whether the page may read a tab's links (the optional `scripting` permission is granted). */
  canReadPages: () => Promise<boolean>;
  /** Asks for that permission: call it while handling a click. */
  allowReadingPages: () => Promise<boolean>;
  /** The links of the tab as its page holds them; undefined when the browser does not let us read the page. */
  readPageLinks: (tabId: number) => Promise<CollectedLinks | undefined>;
  /** Saves a file the person downloads. */
  save: (fileName: string, text: string, mime: string) => void;
}
