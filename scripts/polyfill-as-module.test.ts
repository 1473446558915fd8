import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { polyfillModuleCode } from './polyfill-as-module';

const POLYFILL = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');
const EXPORT = /export default module\.exports;\s*$/;

describe('webextension-polyfill as an ES module', () => {
  it('exports, as its default, the object the polyfill made: the browser’s own `browser` where it has one', () => {
    const code = polyfillModuleCode(POLYFILL);
    expect(code).toMatch(EXPORT);
    const browser = { runtime: { id: 'extension-id' } };
    const context = createContext({ browser, chrome: { runtime: { id: 'extension-id' } } });
    // The module's body as a script: what it leaves in `module.exports` is its default export.
    runInContext(code.replace(EXPORT, ''), context);
    expect((context as { module?: { exports: unknown } }).module?.exports).toBe(browser);
  });
});
