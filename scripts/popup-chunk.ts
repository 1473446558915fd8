/**
 * Puts every module the popup loads at start, and that the background does not, into one chunk.
 * Left to itself the bundler splits the popup's start into nine files shared with the panel, the
 * options page and the background; an extension page fetches each one through the browser process,
 * and on a busy machine those fetches were the largest part of the popup's time to first paint.
 * Modules the background also runs stay in the shared chunks (the worker must not load Preact).
 *
 * Modules the worker also runs are grouped by which pages load them: what the popup shares with the
 * worker, what the panel loads at start (the meaning's choice and the fingerprints), and the rest (the
 * capture core, the settings), so the panel and the other pages start from few files. The worker itself is
 * made one file after the build (worker-one-file.ts), with its own copy of these modules.
 */
import type { Plugin } from 'vite';

interface ModuleInfo {
  importers: readonly string[];
  dynamicImporters: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

const POPUP_ENTRY = /\/src\/popup\/popup\.tsx$/;
const PANEL_ENTRY = /\/src\/devtools\/panel\.tsx$/;
/** The scripts the browser runs outside the extension's pages. */
const WORKER_ENTRIES = [/\/src\/background\/background\.ts$/, /\/src\/content\//];

/** Whether a static import path leads from an entry matching `entry` to `id`. */
function staticallyReachable(id: string, entry: RegExp[], ctx: ChunkingContext, memo: Map<string, boolean>): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  memo.set(id, false); // import cycles
  const found = entry.some((e) => e.test(id)) || (ctx.getModuleInfo(id)?.importers ?? []).some((importer) => staticallyReachable(importer, entry, ctx, memo));
  memo.set(id, found);
  return found;
}

/** Whether `id` is loaded by something other than the worker's scripts: a page's entry, or a chunk a page imports on demand. */
function loadedByAPage(id: string, ctx: ChunkingContext, memo: Map<string, boolean>): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  memo.set(id, false); // import cycles
  const info = ctx.getModuleInfo(id);
  const importers = info?.importers ?? [];
  const found =
    (info?.dynamicImporters.length ?? 0) > 0 ||
    (importers.length === 0 && !WORKER_ENTRIES.some((e) => e.test(id))) ||
    importers.some((importer) => loadedByAPage(importer, ctx, memo));
  memo.set(id, found);
  return found;
}

export function popupChunk(): Plugin {
  // Memos per chunking pass: the context object changes from one build to the next.
  const freshMemos = () => ({
    popup: new Map<string, boolean>(),
    worker: new Map<string, boolean>(),
    pages: new Map<string, boolean>(),
    panel: new Map<string, boolean>(),
  });
  let memoCtx: ChunkingContext | undefined;
  let memo = freshMemos();
  const reach = (id: string, ctx: ChunkingContext): { popup: boolean; worker: boolean; pages: boolean; panel: boolean } => {
    if (ctx !== memoCtx) {
      memoCtx = ctx;
      memo = freshMemos();
    }
    return {
      popup: staticallyReachable(id, [POPUP_ENTRY], ctx, memo.popup),
      worker: staticallyReachable(id, WORKER_ENTRIES, ctx, memo.worker),
      pages: loadedByAPage(id, ctx, memo.pages),
      panel: staticallyReachable(id, [PANEL_ENTRY], ctx, memo.panel),
    };
  };
  return {
    name: 'status-inspector-popup-chunk',
    config() {
      return {
        build: {
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- @crxjs/vite-plugin still reads build.rollupOptions
          rollupOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // What the popup shares with the background, first: the popup group below would
                  // otherwise take these along as its own modules' dependencies.
                  {
                    debugName: 'popup-and-worker',
                    priority: 2,
                    name: (id: string, ctx: ChunkingContext) => {
                      const r = reach(id, ctx);
                      return r.popup && r.worker ? 'core' : null;
                    },
                  },
                  {
                    debugName: 'popup-only',
                    priority: 1,
                    name: (id: string, ctx: ChunkingContext) => {
                      const r = reach(id, ctx);
                      return r.popup && !r.worker ? 'popup' : null;
                    },
                  },
                  {
                    debugName: 'worker-and-pages',
                    priority: 0,
                    name: (id: string, ctx: ChunkingContext) => {
                      const r = reach(id, ctx);
                      if (!r.worker || r.popup || !r.pages) return null;
                      return r.panel ? 'record-explanation' : 'capture';
                    },
                  },
                ],
              },
            },
          },
        },
      };
    },
  };
}
