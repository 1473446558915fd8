/**
 * A build step that makes the background one file, `background.js`, with nothing to import.
 *
 * The crx plugin starts the worker from a loader that imports the worker's entry chunk, which imports the
 * chunks it shares with the pages: five files, four levels deep. A worker fetches each file through the
 * browser process, one level after another, before its first listener is registered, and it does so at
 * every start: after an install or an update, and at each wake after 30 idle seconds, most often during
 * the page load that woke it, when the browser process is busiest. One file is one fetch. The pages keep
 * the shared chunks; the worker carries its own copy of what it shares with them (the capture core, the
 * fingerprints, the meaning keys), which the package pays once more on disk.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';
import { afterBuild } from './after-build';

/** The file the manifest starts the background from, in both browsers. */
const WORKER_FILE = 'background.js';

interface BackgroundManifest {
  background: { service_worker?: string; scripts?: string[]; type?: string };
}

/** The script the manifest names (Chrome's `service_worker`, Firefox's one entry of `scripts`). */
function workerScriptOf(manifest: BackgroundManifest): string {
  const { service_worker: worker, scripts } = manifest.background;
  if (worker !== undefined) return worker;
  if (scripts?.length === 1) return scripts[0]!;
  throw new Error(`expected one background script, found ${JSON.stringify(manifest.background)}`);
}

/** The manifest with its background started from `file`, the rest as it was. */
function withWorkerFile<M extends BackgroundManifest>(manifest: M, file: string): M {
  const background =
    manifest.background.service_worker !== undefined ? { ...manifest.background, service_worker: file } : { ...manifest.background, scripts: [file] };
  return { ...manifest, background };
}

/** Every text file of the package, as paths relative to its root. */
function packageFiles(outDir: string, dir = outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? packageFiles(outDir, join(dir, e.name)) : /\.(js|html|json)$/.test(e.name) ? [relative(outDir, join(dir, e.name))] : [],
  );
}

/** Bundles the worker the manifest in `outDir` names into one file, and starts the background from it. */
export async function makeOneFile(outDir: string): Promise<void> {
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackgroundManifest;
  const loader = workerScriptOf(manifest);
  const loaderCode = readFileSync(join(outDir, loader), 'utf8');
  const bundle = await rolldown({ input: join(outDir, loader), logLevel: 'warn' });
  const { output } = await bundle.generate({ format: 'esm', minify: true });
  await bundle.close();
  // A service worker cannot import on demand: anything split off would be a file it cannot load.
  if (output.length !== 1) throw new Error(`the background bundled into ${output.length} files`);
  // The loader is removed before the worker is written, in case the two ever share a name.
  rmSync(join(outDir, loader));
  writeFileSync(join(outDir, WORKER_FILE), output[0].code);
  writeFileSync(manifestPath, `${JSON.stringify(withWorkerFile(manifest, WORKER_FILE), null, 2)}\n`);

  // The loader and the entry chunk it imported are the worker's alone; the chunks the entry shares with
  // the pages stay. A file is removed only when no other file of the package names it.
  const others = packageFiles(outDir).map((f) => readFileSync(join(outDir, f), 'utf8'));
  for (const [, imported] of loaderCode.matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g)) {
    const name = imported!.split('/').at(-1)!;
    if (existsSync(join(outDir, imported!)) && !others.some((code) => code.includes(name))) rmSync(join(outDir, imported!));
  }
}

export function workerOneFile(): Plugin {
  return afterBuild('worker-one-file', makeOneFile);
}
