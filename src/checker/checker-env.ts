/**
 * What the checker page needs from the browser, handed in by the entry point (checker.tsx), so the
 * components never call `browser.*` themselves and the wiring stays in one place.
 */
import type { RequestEvent } from '../shared/capture';
import type { CheckProfile } from '../shared/checker/check-profiles';
import type { Phrase } from '../shared/checker/checker-phrase';
import type { CheckerSettingsStore } from '../shared/ui/politeness-fields';
import type { CheckRunDeps } from './check-run';
import type { CollectedLinks } from './collect-links';

type ProfileReady = { ok: true } | { ok: false; message: Phrase };

export interface CheckerEnv {
  /** What a run needs but its settings: fetch, the clock, the registry and the detector. */
  runDeps: Pick<CheckRunDeps, 'fetch' | 'now' | 'ctx'>;
  /** Hands every webRequest event of the extension's own requests to `onEvent`; returns the unsubscribe. */
  watchOwnRequests: (onEvent: (e: RequestEvent) => void) => () => void;
  /**
   * Called from the click that starts the run, with every profile the run will ask as: whatever they
   * need is asked for then (a permission, which browsers grant only while a click is handled).
   */
  allowProfiles: (profiles: readonly CheckProfile[]) => Promise<ProfileReady>;
  /** Makes this tab's own requests go out as the profile says (its User-Agent); asks for nothing. */
  useProfile: (profile: CheckProfile) => Promise<ProfileReady>;
  /** Puts the browser's own User-Agent back for this tab's requests. */
  resetProfile: () => Promise<void>;
  /** The tab whose links the page was opened to check (`?links-of=TAB`), if any. */
  linksOf: number | undefined;
  /** Whether the page may read a tab's links (the optional `scripting` permission is granted). */
  canReadPages: () => Promise<boolean>;
  /** Asks for that permission: call it while handling a click. */
  allowReadingPages: () => Promise<boolean>;
  /** The links of the tab as its page holds them; undefined when the browser does not let us read the page. */
  readPageLinks: (tabId: number) => Promise<CollectedLinks | undefined>;
  /** The politeness settings, kept with the extension's settings (shared/settings.ts), also set on the options page. */
  politeness: CheckerSettingsStore;
  /** Saves a file the person downloads. */
  save: (fileName: string, text: string, mime: string) => void;
}
