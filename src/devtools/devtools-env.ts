/**
 * What the panel page knows about where it runs: inside DevTools (with `devtools.*` for the inspected
 * tab, its network log and its theme) or opened as an ordinary page with `?tab=ID` (pop-out, tests),
 * where there is no DevTools API at all (see inspected-tab.ts).
 */
import { devtoolsApi } from '../shared/browser-adapter';

export type DevtoolsApi = typeof chrome.devtools;

/** The DevTools API, or undefined in a page that is not part of DevTools. */
export function devtoolsIfPresent(): DevtoolsApi | undefined {
  try {
    // The adapter's type promises an API; outside DevTools neither browser provides one.
    const api = devtoolsApi() as DevtoolsApi | undefined;
    return api?.inspectedWindow ? api : undefined;
  } catch {
    return undefined;
  }
}

/** Follows DevTools' own theme where the browser says which it is; otherwise the system's (base.css). */
export function followDevtoolsTheme(api: DevtoolsApi | undefined, root: HTMLElement): void {
  const panels: (DevtoolsApi['panels'] & { onThemeChanged?: chrome.events.Event<(theme: string) => void> }) | undefined = api?.panels;
  const apply = (theme: unknown): void => {
    if (theme === 'dark') root.dataset['theme'] = 'dark';
    else if (theme === 'default' || theme === 'light') root.dataset['theme'] = 'light';
  };
  apply(panels?.themeName);
  // Firefox announces a theme change; Chromium only gives the theme the panel started with.
  panels?.onThemeChanged?.addListener(apply);
}
