import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import source from './manifest.json';
import { manifestFor, type SourceManifest, type TargetBrowser } from './scripts/manifest-for';
import { noInnerHtml } from './scripts/no-inner-html';
import { noWebAccessibleResources } from './scripts/no-web-accessible-resources';
import { packedMessages } from './scripts/packed-messages';
import { polyfillAsModule } from './scripts/polyfill-as-module';
import { popupChunk } from './scripts/popup-chunk';
import { workerOneFile } from './scripts/worker-one-file';

// One build per browser: `vite build --mode chrome` and `vite build --mode firefox`.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      polyfillAsModule(),
      noInnerHtml(),
      popupChunk(),
      crx({ manifest: manifestFor(source as SourceManifest, browser) as never, browser }),
      noWebAccessibleResources(),
      workerOneFile(),
      packedMessages(),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // The panel page is opened by devtools.panels.create, "All requests in a tab" and the checker by the popup, so the manifest names none of them.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- @crxjs/vite-plugin still reads build.rollupOptions
      rollupOptions: {
        input: { panel: 'src/devtools/panel.html', 'tab-requests': 'src/devtools/tab-requests.html', checker: 'src/checker/checker.html' },
      },
      // Extension pages load from disk; source maps only help a reader of the store package.
      sourcemap: false,
      target: 'es2022',
      // Chrome 120+ and Firefox 140+ preload modules themselves: the polyfill would be one more file
      // every page fetches before its own code.
      modulePreload: { polyfill: false },
    },
  };
});
