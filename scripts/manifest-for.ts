/**
 * Derives each browser's manifest from the one `manifest.json`, so the two builds can never drift
 * apart by hand. Only what truly differs between Chrome and Firefox is changed here.
 */

export type TargetBrowser = 'chrome' | 'firefox';

/** The manifest keys this project uses; anything else passes through untouched. */
export interface SourceManifest {
  manifest_version: 3;
  name: string;
  version: string;
  background: { service_worker: string; type?: 'module' };
  permissions?: string[];
  optional_permissions?: string[];
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko: { id: string; strict_min_version?: string } & Record<string, unknown> };
  [key: string]: unknown;
}

/** How the checker changes its own requests' User-Agent differs by browser: each build keeps its own. */
const CHROMIUM_ONLY_PERMISSION = 'declarativeNetRequestWithHostAccess';
const FIREFOX_ONLY_PERMISSION = 'webRequestBlocking';

export function manifestFor(source: SourceManifest, browser: TargetBrowser): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(source);
  if (browser === 'chrome') {
    // Chrome rejects nothing here, but Gecko-only settings mean nothing to it and the store flags them.
    delete manifest.browser_specific_settings;
    // The checker changes its own requests' User-Agent with a declarativeNetRequest session rule in
    // Chromium; MV3 Chromium grants blocking webRequest to policy-installed extensions only.
    manifest.optional_permissions = (source.optional_permissions ?? []).filter((p) => p !== FIREFOX_ONLY_PERMISSION);
    return manifest;
  }
  // The checker changes its own requests' User-Agent: in Firefox with a blocking webRequest listener,
  // under a permission a person grants on request there; Chromium's declarativeNetRequest is not needed.
  manifest.permissions = (source.permissions ?? []).filter((p) => p !== CHROMIUM_ONLY_PERMISSION);
  // Firefox MV3 runs the background as an event page (`background.scripts`), not a service worker.
  manifest.background = { scripts: [source.background.service_worker], type: source.background.type ?? 'module' };
  delete manifest.minimum_chrome_version;
  if (!source.browser_specific_settings?.gecko.id) {
    throw new Error('manifest.json needs browser_specific_settings.gecko.id for the Firefox build');
  }
  return manifest;
}
