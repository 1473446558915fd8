/**
 * Serves webextension-polyfill to the bundler as an ES module whose default export is the object the
 * polyfill makes. Imported as the CommonJS module it ships as, the bundler's interop copied every own
 * property of that object onto a namespace object, asking each for its descriptor; where the browser
 * has its own `browser` (Chromium 156 does), the polyfill hands that back, and each descriptor asked
 * for builds that API's bindings: all thirteen, used or not, before the worker registered a listener,
 * the largest part of its start.
 */
import type { Plugin } from 'vite';

const POLYFILL = /\/webextension-polyfill\/dist\/browser-polyfill(?:\.min)?\.js$/;

/** The polyfill is a UMD module: given `exports` and `module`, it sets module.exports, which becomes the default export. */
export function polyfillModuleCode(code: string): string {
  return `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`;
}

export function polyfillAsModule(): Plugin {
  return {
    name: 'polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      return POLYFILL.test(id) ? { code: polyfillModuleCode(code), map: null } : undefined;
    },
  };
}
