import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { makeOneFile } from './worker-one-file';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package as the crx plugin writes it: a loader, the worker's entry chunk, a chunk it shares with a page. */
function builtPackage(background: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'si-one-file-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({ manifest_version: 3, name: 'x', background }),
    'service-worker-loader.js': "import './assets/background.ts-Ab12.js';\n",
    'assets/background.ts-Ab12.js': 'import{t as e}from"./shared-Cd34.js";self.started=e(41);\n',
    'assets/shared-Cd34.js': 'function t(e){return e+1}export{t};\n',
    'src/page/index.html': '<script type="module" src="/assets/shared-Cd34.js"></script>\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the background as one file', () => {
  it('Chrome: the manifest starts background.js, which imports nothing and runs what the chunks ran', async () => {
    const dir = builtPackage({ service_worker: 'service-worker-loader.js', type: 'module' });
    await makeOneFile(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { name: string; background: unknown };
    expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(manifest.name).toBe('x');
    const code = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    const self: { started?: number } = {};
    runInContext(code, createContext({ self }));
    expect(self.started).toBe(42);
  });

  it('removes the loader and the entry chunk, and keeps the chunk a page still loads', async () => {
    const dir = builtPackage({ service_worker: 'service-worker-loader.js', type: 'module' });
    await makeOneFile(dir);
    expect(existsSync(join(dir, 'service-worker-loader.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets/background.ts-Ab12.js'))).toBe(false);
    expect(existsSync(join(dir, 'assets/shared-Cd34.js'))).toBe(true);
  });

  it('Firefox: the one background script is replaced', async () => {
    const dir = builtPackage({ scripts: ['service-worker-loader.js'], type: 'module' });
    await makeOneFile(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background: unknown };
    expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
  });

  it('a loader already named background.js is replaced by the bundle, not removed after it', async () => {
    const dir = builtPackage({ service_worker: 'service-worker-loader.js', type: 'module' });
    const manifestPath = join(dir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ background: { service_worker: 'background.js', type: 'module' } }));
    writeFileSync(join(dir, 'background.js'), readFileSync(join(dir, 'service-worker-loader.js')));
    await makeOneFile(dir);
    const self: { started?: number } = {};
    runInContext(readFileSync(join(dir, 'background.js'), 'utf8'), createContext({ self }));
    expect(self.started).toBe(42);
  });

  it('refuses a manifest with more than one background script rather than guessing', async () => {
    const dir = builtPackage({ scripts: ['service-worker-loader.js', 'other.js'] });
    await expect(makeOneFile(dir)).rejects.toThrow(/one background script/);
  });
});
