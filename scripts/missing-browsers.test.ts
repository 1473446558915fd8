import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Runs a script the way npm does, with browser paths that lead nowhere. */
function run(script: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    // Should the check ever be skipped, the script would go on to build or test: stop it, do not wait.
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a machine without the browsers', () => {
  it('npm test says so in one line, with the install command and the variables, and fails', () => {
    const { status, stdout, stderr } = run('scripts/test-all.ts', { CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'Chromium (/nonexistent/chromium) and Firefox ESR (/nonexistent/firefox) not found: install with `sudo apt-get install chromium firefox-esr`, or set CHROMIUM_PATH and FIREFOX_PATH to where they are.\n',
    );
  }, 40_000);

  it('npm test names only the one missing', () => {
    const { status, stderr } = run('scripts/test-all.ts', { CHROMIUM_PATH: process.execPath, FIREFOX_PATH: '/nonexistent/firefox' });
    expect(status).toBe(1);
    expect(stderr).toBe('Firefox ESR (/nonexistent/firefox) not found: install with `sudo apt-get install firefox-esr`, or set FIREFOX_PATH to where it is.\n');
  }, 40_000);

  it('npm start says so before building, and fails', () => {
    const { status, stdout, stderr } = run('scripts/start.ts', { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Chromium (/nonexistent/chromium) not found: install with `sudo apt-get install chromium`, or set CHROMIUM_PATH to where it is.\n');
  }, 40_000);
});
