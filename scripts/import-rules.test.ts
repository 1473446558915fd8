/**
 * The architecture's import rules live in eslint.config.js; this proves each one fails on a violation
 * (and stays quiet on the allowed form), by linting snippets as if they were files of those folders.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../tests/e2e/fixtures/paths';

// The snippets are not files of the program, so the type-aware rules are left out.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the architecture import rules', () => {
  it('src/shared/ imports no context folder', async () => {
    expect(await rulesBroken('src/shared/ui/example.ts', "export { x } from '../../background/badge';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/shared/example.ts', "export { x } from '../popup/load-label';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/shared/capture/example.ts', "export { x } from '../../devtools/format';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/shared/ui/example.ts', "export { x } from '../capture';\n")).toEqual([]);
    // The checker page (src/checker) and the checker core (src/shared/checker) share a name.
    expect(await rulesBroken('src/shared/export/example.ts', "export { x } from '../../checker/check-run';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/shared/example.ts', "export { x } from '../checker/check-run';\n")).toEqual(['no-restricted-imports']);
    expect(await rulesBroken('src/shared/export/example.ts', "export { x } from '../checker/check-result';\n")).toEqual([]);
    expect(await rulesBroken('src/shared/example.ts', "export { x } from './checker/check-result';\n")).toEqual([]);
  });

  it('capture, checker, registry, fingerprints and wording modules use no extension API', async () => {
    for (const folder of ['capture', 'checker', 'registry', 'fingerprints', 'words']) {
      const file = `src/shared/${folder}/example.ts`;
      expect(await rulesBroken(file, "export { default } from 'webextension-polyfill';\n")).toEqual(['no-restricted-imports']);
      expect(await rulesBroken(file, "export { browser } from '../browser-adapter';\n")).toEqual(['no-restricted-imports']);
      expect(await rulesBroken(file, 'export const id = chrome.runtime.id;\n')).toEqual(['no-restricted-globals']);
      expect(await rulesBroken(file, 'export const id = browser.runtime.id;\n')).toEqual(['no-restricted-globals']);
    }
    // The rest of src/shared/ may (the adapter itself, the messaging client).
    expect(await rulesBroken('src/shared/example.ts', "export { browser } from './browser-adapter';\n")).toEqual([]);
  });

  it('the UIs reach the background only through the messaging client', async () => {
    for (const folder of ['popup', 'devtools', 'options', 'checker']) {
      const file = `src/${folder}/example.ts`;
      const header = "import { browser } from '../shared/browser-adapter';\n";
      expect(await rulesBroken(file, `${header}export const ask = () => browser.runtime.sendMessage({ type: 'get-load' });\n`)).toEqual([
        'no-restricted-syntax',
      ]);
      expect(await rulesBroken(file, `${header}export const port = () => browser.runtime.connect({ name: 'x' });\n`)).toEqual(['no-restricted-syntax']);
      expect(await rulesBroken(file, `${header}const { runtime } = browser;\nexport const ask = () => runtime.sendMessage({});\n`)).toEqual([
        'no-restricted-syntax',
      ]);
      expect(
        await rulesBroken(file, "import { request } from '../shared/messaging-client';\nexport const ask = () => request({ type: 'get-settings' });\n"),
      ).toEqual([]);
    }
  });
});
