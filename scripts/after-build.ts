/**
 * A build step that edits what Vite has written, once everything is written: the output folder's
 * files are final only then (Vite copies public/ as it is, and the crx plugin writes the manifest late).
 */
import type { Plugin } from 'vite';

export function afterBuild(name: string, edit: (outDir: string) => void | Promise<void>): Plugin {
  let outDir = '';
  return {
    name: `status-inspector:${name}`,
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: { order: 'post', handler: () => edit(outDir) },
  };
}
