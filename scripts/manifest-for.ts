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

export function manifestFor(source: SourceManifest, browser: TargetBrowser): Record<string, unknown> {
  const manifest: Record<string, unknown> = structuredClone(source);
  if (browser === 'chrome') {
    // Chrome rejects nothing here, but Gecko-only settings mean nothing to it and the store flags them.
    delete manifest.browser_specific_settings;
    return manifest;
  }
  // Firefox MV3 runs the background as an event page (`background.scripts`), not a service worker.
  manifest.background = { scripts: [source.background.service_worker], type: source.background.type ?? 'module' };
  delete manifest.minimum_chrome_version;
  if (!source.browser_specific_settings?.gecko.id) {
    throw new Error('manifest.json needs browser_specific_settings.gecko.id for the Firefox build');
  }
  return manifest;
}
