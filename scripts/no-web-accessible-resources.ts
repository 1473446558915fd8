/**
 * A build step that drops the `web_accessible_resources` entry @crxjs/vite-plugin adds for the
 * optional content script. A script registered with `scripting.registerContentScripts` runs from the
 * package without being web-accessible; listing it would let every web page fetch it and so learn
 * that the extension is installed (a fingerprint), for no use. The build fails if anything else is
 * ever listed there, so a real need gets a deliberate decision.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterBuild } from './after-build';

/** The only resources the plugin may add, and this step removes. */
const EXPECTED = ['src/content/client-redirect-detector.js'];

export function withoutWebAccessibleResources(manifest: Record<string, unknown>): Record<string, unknown> {
  const entries = manifest['web_accessible_resources'];
  if (entries === undefined) return manifest;
  const listed = (entries as { resources?: string[] }[]).flatMap((e) => e.resources ?? []);
  const unexpected = listed.filter((r) => !EXPECTED.includes(r));
  if (unexpected.length > 0) throw new Error(`unexpected web_accessible_resources ${unexpected.join(', ')}: review scripts/no-web-accessible-resources.ts`);
  const { web_accessible_resources: _dropped, ...rest } = manifest;
  return rest;
}

/** Edits the manifest the crx plugin wrote. */
export function noWebAccessibleResources(): Plugin {
  return afterBuild('no-web-accessible-resources', (outDir) => {
    const path = join(outDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      path,
      `${JSON.stringify(withoutWebAccessibleResources(manifest), null, 2)}
`,
    );
  });
}
